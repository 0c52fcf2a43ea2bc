using Newtonsoft.Json.Linq;

namespace AwsEmulator.Http;

/// <summary>Who is calling and where: the account is the emulator's, the region the request's credential scope.</summary>
internal sealed record RequestScope(string Region, string AccountId, DateTimeOffset Now);

/// <summary>One service's in-memory behaviour. Input and output are model structures keyed by member name.</summary>
internal interface IServiceBackend
{
    JObject Invoke(string operation, JObject input, RequestScope scope);

    void Clear();
}
