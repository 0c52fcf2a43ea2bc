using AwsEmulator.Metadata;
using AwsEmulator.Model;
using AwsEmulator.Sso;
using AwsEmulator.Sts;
using Microsoft.AspNetCore.Http;

namespace AwsEmulator.Http;

/// <summary>
/// The identity side of the emulator on the same port: STS (form-encoded <c>POST /</c>), the SSO portal,
/// EC2 instance metadata and a container credentials endpoint, each recorded in the call log like the
/// service calls (service <c>sts</c>, <c>sso</c>, <c>imds</c>, <c>container</c>).
/// </summary>
internal sealed partial class RequestDispatcher
{
    private async Task<bool> TryHandleIdentityAsync(HttpContext context, string rawPath, string rawTarget, SigV4Credential? credential, string requestId, DateTimeOffset receivedAt)
    {
        var now = _state.Options.Clock.GetUtcNow();
        var registry = _state.Credentials;
        string service;
        (string Operation, string? ErrorCode) outcome;
        var signature = credential is null ? SignatureCheck.Unsigned : SignatureCheck.UnknownKey;
        if (rawPath == SsoPortalEndpoint.Path && HttpMethods.IsGet(context.Request.Method))
        {
            service = "sso";
            outcome = await SsoPortalEndpoint.HandleAsync(context, registry, now).ConfigureAwait(false);
        }
        else if (InstanceMetadataEndpoint.Matches(rawPath))
        {
            service = "imds";
            outcome = await InstanceMetadataEndpoint.HandleAsync(context, rawPath, registry, now).ConfigureAwait(false);
        }
        else if (rawPath.StartsWith(ContainerCredentialsEndpoint.PathPrefix, StringComparison.Ordinal) && HttpMethods.IsGet(context.Request.Method))
        {
            service = "container";
            outcome = await ContainerCredentialsEndpoint.HandleAsync(context, registry, now).ConfigureAwait(false);
        }
        else if (IsStsRequest(context, rawPath, credential))
        {
            service = "sts";
            var body = await ReadBodyAsync(context).ConfigureAwait(false);
            var form = ParseForm(System.Text.Encoding.UTF8.GetString(body));
            IssuedCredentials? caller = null;
            if (credential is not null && registry.Find(credential.AccessKeyId) is { } issued)
            {
                var question = rawTarget.IndexOf('?', StringComparison.Ordinal);
                var failure = SigV4Verifier.Verify(context.Request, rawPath, question < 0 ? string.Empty : rawTarget[question..], body, credential, issued, now);
                if (failure is { } refused)
                {
                    var error = SignatureError(ServiceModel.CloudFront, refused);
                    await StsEndpoint.WriteErrorAsync(context, error.Code, 403, error.Message, requestId).ConfigureAwait(false);
                    _state.Calls.Add(service, form.GetValueOrDefault("Action") ?? string.Empty, context.Request.Method, rawPath, 403, error.Code, false,
                        receivedAt, _state.Options.Clock.GetUtcNow(), credential.AccessKeyId, SessionTokenOf(context), SignatureCheck.Refused);
                    return true;
                }

                caller = issued;
                signature = SignatureCheck.Verified;
            }

            outcome = await StsEndpoint.HandleAsync(context, form, caller, credential is not null, registry, now, requestId).ConfigureAwait(false);
        }
        else
        {
            return false;
        }

        _state.Calls.Add(service, outcome.Operation, context.Request.Method, rawPath, context.Response.StatusCode, outcome.ErrorCode, false,
            receivedAt, _state.Options.Clock.GetUtcNow(), credential?.AccessKeyId, SessionTokenOf(context), signature);
        return true;
    }

    // STS is the only API here answered at POST / with a form body; a signed request names it in its scope.
    private static bool IsStsRequest(HttpContext context, string rawPath, SigV4Credential? credential) =>
        HttpMethods.IsPost(context.Request.Method) && rawPath == "/"
        && (credential?.Service == "sts"
            || (credential is null && context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true));

    private static Dictionary<string, string> ParseForm(string body)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString((eq < 0 ? part : part[..eq]).Replace('+', ' '));
            var value = Uri.UnescapeDataString((eq < 0 ? string.Empty : part[(eq + 1)..]).Replace('+', ' '));
            form[name] = value;
        }

        return form;
    }

    /// <summary>The whole body, left readable again for the model binder.</summary>
    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var bytes = buffer.ToArray();
        context.Request.Body = new MemoryStream(bytes, writable: false);
        return bytes;
    }

    private static string? SessionTokenOf(HttpContext context) =>
        context.Request.Headers["x-amz-security-token"].ToString() is { Length: > 0 } token ? token : null;

    // AWS's common errors: restJson services use the ...Exception names, query and restXml ones the short codes.
    private static AwsErrorException SignatureError(ServiceModel model, SignatureFailure failure) => (model.IsXml, failure) switch
    {
        (false, SignatureFailure.Mismatch) => new AwsErrorException("InvalidSignatureException",
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.", 403),
        (false, SignatureFailure.InvalidToken) => new AwsErrorException("UnrecognizedClientException", "The security token included in the request is invalid.", 403),
        (false, _) => new AwsErrorException("ExpiredTokenException", "The security token included in the request is expired", 403),
        (true, SignatureFailure.Mismatch) => new AwsErrorException("SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.", 403),
        (true, SignatureFailure.InvalidToken) => new AwsErrorException("InvalidClientTokenId", "The security token included in the request is invalid.", 403),
        (true, _) => new AwsErrorException("ExpiredToken", "The security token included in the request is expired", 403),
    };
}
