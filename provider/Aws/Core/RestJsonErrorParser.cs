using System.Net;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Aws.Core;

/// <summary>
/// rest-json errors: the code comes from the <c>x-amzn-ErrorType</c> header, else the body's
/// <c>__type</c> (or <c>code</c>), with any <c>namespace#</c> prefix and <c>:uri</c> suffix removed;
/// the message from <c>message</c>/<c>Message</c>.
/// </summary>
internal sealed class RestJsonErrorParser : IAwsErrorParser
{
    public static RestJsonErrorParser Instance { get; } = new();

    public AwsServiceException Parse(string service, HttpStatusCode status, IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        JObject? json = null;
        if (body is { Length: > 0 })
        {
            try
            {
                json = JToken.Parse(Encoding.UTF8.GetString(body)) as JObject;
            }
            catch (JsonReaderException)
            {
                // A proxy's HTML error page: fall back to the status code below.
            }
        }

        var code = headers.TryGetValue("x-amzn-ErrorType", out var header) ? header : null;
        code ??= Str(json, "__type") ?? Str(json, "code") ?? Str(json, "Code");
        code = Sanitize(code) ?? StatusName(status);
        var message = Str(json, "message") ?? Str(json, "Message") ?? Str(json, "errorMessage") ?? $"HTTP {(int)status} with no error message";
        var requestId = headers.TryGetValue("x-amzn-RequestId", out var id) ? id
            : headers.TryGetValue("x-amz-request-id", out var id2) ? id2 : null;
        return new AwsServiceException(service, code, message, status, requestId, Str(json, "parameterName"));
    }

    internal static string? Sanitize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            code = code[..colon];
        }

        var hash = code.LastIndexOf('#');
        if (hash >= 0)
        {
            code = code[(hash + 1)..];
        }

        code = code.Trim();
        return code.Length == 0 ? null : code;
    }

    internal static string StatusName(HttpStatusCode status) =>
        Enum.IsDefined(status) ? status.ToString() : $"Http{(int)status}";

    private static string? Str(JObject? json, string name) =>
        json?.GetValue(name, StringComparison.Ordinal) is JValue { Type: JTokenType.String } v ? (string?)v : null;
}
