using System.Globalization;
using System.Text;
using AwsEmulator.Sts;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Metadata;

/// <summary>
/// The EC2 instance metadata service's credential paths, as an instance that requires IMDSv2 answers
/// them: <c>PUT /latest/api/token</c> with <c>X-aws-ec2-metadata-token-ttl-seconds</c> (1 to 21,600)
/// returns a session token; <c>GET /latest/meta-data/iam/security-credentials/</c> names the instance
/// role and <c>GET .../security-credentials/{role}</c> returns its credentials, both only with a valid
/// <c>X-aws-ec2-metadata-token</c> (401 otherwise).
/// </summary>
internal static class InstanceMetadataEndpoint
{
    public const string TokenPath = "/latest/api/token";
    public const string CredentialsPath = "/latest/meta-data/iam/security-credentials";

    public static bool Matches(string path) =>
        path == TokenPath || path.StartsWith(CredentialsPath, StringComparison.Ordinal);

    public static async Task<(string Operation, string? ErrorCode)> HandleAsync(HttpContext context, string path, CredentialRegistry registry, DateTimeOffset now)
    {
        if (path == TokenPath)
        {
            if (!HttpMethods.IsPut(context.Request.Method))
            {
                return await TextAsync(context, 405, string.Empty, "GetToken", "MethodNotAllowed").ConfigureAwait(false);
            }

            var ttlText = context.Request.Headers["X-aws-ec2-metadata-token-ttl-seconds"].ToString();
            if (!int.TryParse(ttlText, NumberStyles.None, CultureInfo.InvariantCulture, out var ttl) || ttl is < 1 or > 21600)
            {
                return await TextAsync(context, 400, string.Empty, "GetToken", "BadRequest").ConfigureAwait(false);
            }

            var token = registry.IssueMetadataToken(TimeSpan.FromSeconds(ttl), now);
            context.Response.Headers["X-aws-ec2-metadata-token-ttl-seconds"] = ttlText;
            return await TextAsync(context, 200, token, "GetToken", null).ConfigureAwait(false);
        }

        var session = context.Request.Headers["X-aws-ec2-metadata-token"].ToString();
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            return await TextAsync(context, 405, string.Empty, "GetMetadata", "MethodNotAllowed").ConfigureAwait(false);
        }

        if (session.Length == 0 || !registry.IsMetadataToken(session, now))
        {
            return await TextAsync(context, 401, string.Empty, "GetMetadata", "Unauthorized").ConfigureAwait(false);
        }

        var role = path[CredentialsPath.Length..].Trim('/');
        if (role.Length == 0)
        {
            return await TextAsync(context, 200, CredentialRegistry.DefaultInstanceRole, "GetInstanceRole", null).ConfigureAwait(false);
        }

        if (role != CredentialRegistry.DefaultInstanceRole)
        {
            return await TextAsync(context, 404, string.Empty, "GetInstanceCredentials", "NotFound").ConfigureAwait(false);
        }

        var account = registry.WorkloadAccountId ?? registry.DefaultAccountId;
        var issued = registry.Current("imds", account, $"arn:aws:sts::{account}:assumed-role/{role}/i-0123456789abcdef0", TimeSpan.FromHours(6), now);
        var body = new JObject
        {
            ["Code"] = "Success",
            ["LastUpdated"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["Type"] = "AWS-HMAC",
            ["AccessKeyId"] = issued.AccessKeyId,
            ["SecretAccessKey"] = issued.SecretAccessKey,
            ["Token"] = issued.SessionToken,
            ["Expiration"] = issued.Expiration!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        context.Response.ContentType = "text/plain";
        return await TextAsync(context, 200, body.ToString(Newtonsoft.Json.Formatting.Indented), "GetInstanceCredentials", null).ConfigureAwait(false);
    }

    private static async Task<(string Operation, string? ErrorCode)> TextAsync(HttpContext context, int status, string text, string operation, string? error)
    {
        context.Response.StatusCode = status;
        if (string.IsNullOrEmpty(context.Response.ContentType))
        {
            context.Response.ContentType = "text/plain";
        }

        await context.Response.WriteAsync(text, Encoding.UTF8).ConfigureAwait(false);
        return (operation, error);
    }
}
