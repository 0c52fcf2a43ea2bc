using System.Text;
using AwsEmulator.Sts;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Sso;

/// <summary>
/// The IAM Identity Center portal's GetRoleCredentials (SSO 2019-06-10, restJson1):
/// <c>GET /federation/credentials?role_name=&amp;account_id=</c> with the access token that
/// <c>aws sso login</c> cached in the <c>x-amz-sso_bearer_token</c> header; the request is not SigV4-signed.
/// A token the test did not register is refused with UnauthorizedException (401), as the portal refuses an
/// expired or unknown session.
/// </summary>
internal static class SsoPortalEndpoint
{
    public const string Path = "/federation/credentials";

    public static async Task<(string Operation, string? ErrorCode)> HandleAsync(HttpContext context, CredentialRegistry registry, DateTimeOffset now)
    {
        const string operation = "GetRoleCredentials";
        var roleName = context.Request.Query["role_name"].ToString();
        var accountId = context.Request.Query["account_id"].ToString();
        var token = context.Request.Headers["x-amz-sso_bearer_token"].ToString();
        if (token.Length == 0 || !registry.IsSsoToken(token))
        {
            await ErrorAsync(context, "UnauthorizedException", 401, "Session token not found or invalid").ConfigureAwait(false);
            return (operation, "UnauthorizedException");
        }

        // Model: accountId is a required query member; roleName is required as well.
        if (roleName.Length == 0 || accountId.Length == 0)
        {
            await ErrorAsync(context, "InvalidRequestException", 400, "role_name and account_id are required").ConfigureAwait(false);
            return (operation, "InvalidRequestException");
        }

        var issued = registry.Issue(accountId, $"arn:aws:sts::{accountId}:assumed-role/AWSReservedSSO_{roleName}_0123456789abcdef/awsdirect-user",
            TimeSpan.FromHours(1), operation, now);
        var body = new JObject
        {
            ["roleCredentials"] = new JObject
            {
                ["accessKeyId"] = issued.AccessKeyId,
                ["secretAccessKey"] = issued.SecretAccessKey,
                ["sessionToken"] = issued.SessionToken,
                ["expiration"] = issued.Expiration!.Value.ToUnixTimeMilliseconds(),
            },
        };
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToString(Newtonsoft.Json.Formatting.None), Encoding.UTF8).ConfigureAwait(false);
        return (operation, null);
    }

    private static Task ErrorAsync(HttpContext context, string code, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.Headers["x-amzn-ErrorType"] = code;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(new JObject { ["message"] = message }.ToString(Newtonsoft.Json.Formatting.None), Encoding.UTF8);
    }
}
