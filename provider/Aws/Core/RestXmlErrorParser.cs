using System.Net;
using System.Xml;
using System.Xml.Linq;

namespace Awsdirect.Provider.Aws.Core;

/// <summary>
/// rest-xml errors: <c>&lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type/&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;RequestId/&gt;&lt;/ErrorResponse&gt;</c>
/// (namespace ignored); request id from the body, else <c>x-amz-request-id</c>/<c>x-amzn-RequestId</c>.
/// </summary>
internal sealed class RestXmlErrorParser : IAwsErrorParser
{
    public static RestXmlErrorParser Instance { get; } = new();

    public AwsServiceException Parse(string service, HttpStatusCode status, IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        XElement? root = null;
        if (body is { Length: > 0 })
        {
            try
            {
                using var stream = new MemoryStream(body);
                root = XDocument.Load(stream).Root;
            }
            catch (XmlException)
            {
                // Not XML (e.g. a proxy page): fall back to the status code.
            }
        }

        var error = root?.Name.LocalName == "Error" ? root : root?.Elements().FirstOrDefault(e => e.Name.LocalName == "Error");
        var code = RestJsonErrorParser.Sanitize(Child(error, "Code")) ?? RestJsonErrorParser.StatusName(status);
        var message = Child(error, "Message") ?? $"HTTP {(int)status} with no error message";
        var requestId = Child(root, "RequestId")
            ?? (headers.TryGetValue("x-amz-request-id", out var id) ? id : headers.TryGetValue("x-amzn-RequestId", out var id2) ? id2 : null);
        return new AwsServiceException(service, code, message, status, requestId);
    }

    private static string? Child(XElement? parent, string name) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
}
