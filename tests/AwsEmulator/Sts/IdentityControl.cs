using Newtonsoft.Json.Linq;

namespace AwsEmulator.Sts;

/// <summary>
/// <c>POST /_emulator/credentials</c> registers keys whose signatures are then verified
/// (<c>{"accessKeyId", "secretAccessKey", "sessionToken"?, "accountId"?}</c>);
/// <c>POST /_emulator/identity</c> sets <c>credentialLifetimeSeconds</c>, <c>workloadAccountId</c>,
/// <c>containerAuthorizationToken</c> and adds an <c>ssoAccessToken</c>.
/// </summary>
internal static class IdentityControl
{
    public static object Apply(CredentialRegistry registry, string route, JObject body)
    {
        if (route == "/_emulator/credentials")
        {
            var registered = registry.Register(
                (string?)body["accessKeyId"] ?? throw new ArgumentException("accessKeyId is required."),
                (string?)body["secretAccessKey"] ?? throw new ArgumentException("secretAccessKey is required."),
                (string?)body["sessionToken"],
                (string?)body["accountId"]);
            return new { registered.AccessKeyId, registered.AccountId };
        }

        if (body["credentialLifetimeSeconds"] is { } lifetime)
        {
            registry.LifetimeOverride = lifetime.Type == JTokenType.Null ? null : TimeSpan.FromSeconds(lifetime.Value<int>());
        }

        if (body["workloadAccountId"] is { } account)
        {
            registry.WorkloadAccountId = (string?)account;
        }

        if (body["containerAuthorizationToken"] is { } token)
        {
            registry.ContainerAuthorizationToken = (string?)token;
        }

        if ((string?)body["ssoAccessToken"] is { } sso)
        {
            registry.RegisterSsoToken(sso);
        }

        return new
        {
            credentialLifetimeSeconds = registry.LifetimeOverride?.TotalSeconds,
            workloadAccountId = registry.WorkloadAccountId ?? registry.DefaultAccountId,
            containerAuthorizationRequired = registry.ContainerAuthorizationToken is not null,
        };
    }
}
