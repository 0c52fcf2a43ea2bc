using Newtonsoft.Json.Linq;

namespace AwsEmulator.Http;

/// <summary>Who is calling and where: the account is the emulator's, the region the request's credential scope.</summary>
/// <param name="DeploymentDelay">How long a CloudFront change this call makes takes to deploy: the configured
/// delay, or a fault rule's <c>deploymentDelayMs</c>.</param>
internal sealed record RequestScope(string Region, string AccountId, DateTimeOffset Now, TimeSpan DeploymentDelay);

/// <summary>One service's in-memory behaviour. Input and output are model structures keyed by member name.</summary>
internal interface IServiceBackend
{
    JObject Invoke(string operation, JObject input, RequestScope scope);

    void Clear();
}
