using System.Net;
using System.Text;

namespace Awsdirect.Provider.Tests.Aws;

/// <summary>Records every request (with its body) and answers from a queue of canned responses.</summary>
internal sealed class FakeAwsHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _responses = new();

    public List<RecordedRequest> Requests { get; } = [];

    public FakeAwsHandler Respond(HttpStatusCode status, string? body = null, string contentType = "application/json", IDictionary<string, string>? headers = null)
    {
        _responses.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status);
            if (body is not null)
            {
                response.Content = new StringContent(body, Encoding.UTF8, contentType);
            }

            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                if (!response.Headers.TryAddWithoutValidation(name, value))
                {
                    response.Content.Headers.TryAddWithoutValidation(name, value);
                }
            }

            return response;
        });
        return this;
    }

    public FakeAwsHandler Throw(Exception exception)
    {
        _responses.Enqueue(_ => throw exception);
        return this;
    }

    public RecordedRequest Single() => Assert.Single(Requests);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(
            request.Method.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            request.Content?.Headers.ContentType?.MediaType,
            body));
        if (_responses.Count == 0)
        {
            throw new InvalidOperationException($"unexpected request {request.Method} {request.RequestUri}");
        }

        return _responses.Dequeue()(request);
    }
}

internal sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, string? Body)
{
    /// <summary>The path exactly as sent (still percent-encoded).</summary>
    public string Path => Uri.AbsolutePath;

    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}
