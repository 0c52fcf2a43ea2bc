using System.Net;

namespace Awsdirect.Provider.Aws.Core;

/// <summary>
/// One operation's HTTP request, already marshalled. Kept as data (not an HttpRequestMessage) because
/// every retry attempt needs a fresh message with a fresh signature.
/// </summary>
/// <param name="Operation">API operation name, for logs and errors.</param>
/// <param name="Method">HTTP method from the model's <c>http.method</c>.</param>
/// <param name="Path">Percent-encoded path with URI labels substituted.</param>
/// <param name="Query">Query parameters (unencoded); repeated keys allowed.</param>
/// <param name="Headers">Extra headers bound by the model (e.g. <c>If-Match</c>).</param>
/// <param name="Body">Serialized payload, or null for none.</param>
/// <param name="ContentType">Content type of <paramref name="Body"/>.</param>
/// <param name="Idempotent">
/// Whether repeating the call after an unknown outcome (5xx, dropped connection) is safe. Creates are
/// not: a retried create whose first attempt landed would orphan a resource.
/// </param>
internal sealed record AwsHttpRequest(
    string Operation,
    HttpMethod Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyDictionary<string, string> Headers,
    byte[]? Body,
    string? ContentType,
    bool Idempotent);

/// <summary>A successful (2xx) response with its body read.</summary>
internal sealed record AwsHttpResponse(HttpStatusCode StatusCode, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}
