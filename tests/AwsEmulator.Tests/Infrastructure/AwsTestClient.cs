using System.Net;
using System.Text;
using System.Xml.Linq;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Tests.Infrastructure;

/// <summary>
/// Sends raw HTTP the way an AWS SDK would, with a well-formed (but not verifiable) SigV4 header, so tests
/// see exactly the bytes the emulator puts on the wire.
/// </summary>
public sealed class AwsTestClient : IDisposable
{
    public static readonly XNamespace CloudFrontNs = "http://cloudfront.amazonaws.com/doc/2020-05-31/";

    private readonly HttpClient _http;

    public AwsTestClient(Uri baseAddress)
    {
        _http = new HttpClient { BaseAddress = baseAddress };
    }

    public HttpClient Http => _http;

    public static string Authorization(string region, string service) =>
        $"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250101/{region}/{service}/aws4_request, "
        + "SignedHeaders=host;x-amz-date, Signature=" + new string('a', 64);

    public async Task<GsResponse> Gs(HttpMethod method, string path, object? body = null, string region = "us-east-1", bool signed = true)
    {
        using var request = new HttpRequestMessage(method, path);
        if (signed)
        {
            request.Headers.TryAddWithoutValidation("Authorization", Authorization(region, "groundstation"));
        }

        request.Headers.TryAddWithoutValidation("X-Amz-Date", "20250101T000000Z");
        if (body is not null)
        {
            var text = body as string ?? JToken.FromObject(body).ToString();
            request.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();
        return new GsResponse(response.StatusCode, content.Length == 0 ? [] : JObject.Parse(content), Header(response, "x-amzn-ErrorType"), Header(response, "x-amzn-RequestId"));
    }

    public async Task<CfResponse> Cf(HttpMethod method, string path, XElement? body = null, string? ifMatch = null, bool signed = true)
    {
        using var request = new HttpRequestMessage(method, path);
        if (signed)
        {
            request.Headers.TryAddWithoutValidation("Authorization", Authorization("us-east-1", "cloudfront"));
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToString(SaveOptions.DisableFormatting), Encoding.UTF8, "text/xml");
        }

        using var response = await _http.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();
        return new CfResponse(response.StatusCode, content.Length == 0 ? null : XElement.Parse(content), Header(response, "ETag"), Header(response, "x-amzn-RequestId"));
    }

    public void Dispose() => _http.Dispose();

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.First()
        : response.Content.Headers.TryGetValues(name, out var content) ? content.First() : null;
}

public sealed record GsResponse(HttpStatusCode Status, JObject Body, string? ErrorType, string? RequestId)
{
    public string? Message => (string?)Body["message"];

    public string? ParameterName => (string?)Body["parameterName"];
}

public sealed record CfResponse(HttpStatusCode Status, XElement? Body, string? ETag, string? RequestId)
{
    public string? ErrorCode => Body?.Element(AwsTestClient.CloudFrontNs + "Error")?.Element(AwsTestClient.CloudFrontNs + "Code")?.Value;

    public string? Value(string name) => Body?.Element(AwsTestClient.CloudFrontNs + name)?.Value;
}
