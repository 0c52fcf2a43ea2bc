using System.Globalization;
using System.Text;
using AwsEmulator.Sts;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Metadata;

/// <summary>
/// A container credentials endpoint (ECS task role / EKS Pod Identity style): <c>GET /v2/credentials/{id}</c>,
/// which a client reaches through <c>AWS_CONTAINER_CREDENTIALS_FULL_URI</c>, with the
/// <c>Authorization</c> header from <c>AWS_CONTAINER_AUTHORIZATION_TOKEN</c>(<c>_FILE</c>) when the
/// registry requires one. Answers AccessKeyId, SecretAccessKey, Token, Expiration and RoleArn.
/// </summary>
internal static class ContainerCredentialsEndpoint
{
    public const string PathPrefix = "/v2/credentials/";

    public static async Task<(string Operation, string? ErrorCode)> HandleAsync(HttpContext context, CredentialRegistry registry, DateTimeOffset now)
    {
        const string operation = "GetContainerCredentials";
        if (registry.ContainerAuthorizationToken is { } required
            && !string.Equals(context.Request.Headers.Authorization.ToString(), required, StringComparison.Ordinal))
        {
            context.Response.StatusCode = 403;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"code":"AccessDeniedException","message":"Authorization token is missing or invalid"}""", Encoding.UTF8).ConfigureAwait(false);
            return (operation, "AccessDeniedException");
        }

        var account = registry.WorkloadAccountId ?? registry.DefaultAccountId;
        var issued = registry.Current("container", account, $"arn:aws:sts::{account}:assumed-role/awsdirect-task-role/task", TimeSpan.FromHours(6), now);
        var body = new JObject
        {
            ["AccessKeyId"] = issued.AccessKeyId,
            ["SecretAccessKey"] = issued.SecretAccessKey,
            ["Token"] = issued.SessionToken,
            ["Expiration"] = issued.Expiration!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["RoleArn"] = $"arn:aws:iam::{account}:role/awsdirect-task-role",
        };
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToString(Newtonsoft.Json.Formatting.None), Encoding.UTF8).ConfigureAwait(false);
        return (operation, null);
    }
}
