using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;

namespace Awsdirect.Provider.Protocol.Grpc;

/// <summary>
/// Unary gRPC calls over cleartext HTTP/2 with prior knowledge (no TLS, no upgrade), as the engine's
/// monitor and Engine services expect. Non-OK statuses surface as <see cref="GrpcException"/>; a call
/// cancelled through its own token surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class GrpcClient : IDisposable
{
    private readonly HttpClient _http;

    /// <param name="address"><c>127.0.0.1:port</c>, <c>localhost:port</c> or an <c>http://</c> URL.</param>
    public GrpcClient(string address)
    {
        Address = ParseAddress(address);
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,

            // The server caps streams per connection; more connections instead of queueing keeps parallel calls parallel.
            EnableMultipleHttp2Connections = true,
            ConnectTimeout = TimeSpan.FromSeconds(10),

            // Status details (e.g. partial resource state) can be large: allow 1 MiB (the unit is KiB) instead of 64 KiB.
#pragma warning disable CA2262 // 1024 KiB is meant.
            MaxResponseHeadersLength = 1024,
#pragma warning restore CA2262
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The base URL calls are sent to, e.g. <c>http://127.0.0.1:50051/</c>.</summary>
    public Uri Address { get; }

    public int MaxReceiveMessageSize { get; init; } = GrpcFraming.DefaultMaxMessageSize;

    public Task<TResponse> CallAsync<TRequest, TResponse>(
        string service,
        string method,
        TRequest request,
        CancellationToken cancellationToken = default)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>, new() =>
        CallAsync<TRequest, TResponse>(service, method, request, timeout: null, cancellationToken);

    /// <param name="timeout">Sent as <c>grpc-timeout</c>; when it passes the call fails with DEADLINE_EXCEEDED.</param>
    public async Task<TResponse> CallAsync<TRequest, TResponse>(
        string service,
        string method,
        TRequest request,
        TimeSpan? timeout,
        CancellationToken cancellationToken = default)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>, new()
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(request);

        using var deadline = timeout is { } t ? new CancellationTokenSource(t) : null;
        using var linked = deadline is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var token = linked?.Token ?? cancellationToken;
        var path = $"/{service}/{method}";
        try
        {
            return await SendAsync<TResponse>(path, request, timeout, token);
        }
        catch (OperationCanceledException) when (deadline?.IsCancellationRequested == true && !cancellationToken.IsCancellationRequested)
        {
            throw new GrpcException(GrpcStatusCode.DeadlineExceeded, $"Deadline of {timeout} exceeded calling {path} at {Address}.");
        }
    }

    public void Dispose() => _http.Dispose();

    internal static Uri ParseAddress(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        var text = address.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "http://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"'{address}' is not a gRPC address (expected host:port or an http:// URL).", nameof(address));
        }

        return new Uri(uri.GetLeftPart(UriPartial.Authority) + "/");
    }

    private async Task<TResponse> SendAsync<TResponse>(string path, IMessage request, TimeSpan? timeout, CancellationToken cancellationToken)
        where TResponse : IMessage<TResponse>, new()
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(Address, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(GrpcFraming.Encode(request)),
        };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue(GrpcMetadata.ContentType);
        message.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        if (timeout is { } t)
        {
            message.Headers.TryAddWithoutValidation(GrpcMetadata.TimeoutHeader, GrpcMetadata.FormatTimeout(t));
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GrpcException(GrpcStatusCode.Unavailable, $"Could not call {path} at {Address}: {ex.Message}", ex);
        }

        using (response)
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new GrpcException(FromHttpStatus(response.StatusCode), $"{path} at {Address} answered HTTP {(int)response.StatusCode} instead of a gRPC response.");
            }

            // Trailers-only response: the status arrived with the headers and there is no body.
            if (ReadStatus(response.Headers) is { } early)
            {
                ThrowIfNotOk(early, path);
                throw new GrpcException(GrpcStatusCode.Internal, $"{path} answered OK without a response message.");
            }

            byte[]? payload;
            try
            {
                using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                payload = await GrpcFraming.ReadFrameAsync(body, MaxReceiveMessageSize, cancellationToken);
                if (payload is not null && await GrpcFraming.ReadFrameAsync(body, MaxReceiveMessageSize, cancellationToken) is not null)
                {
                    throw new GrpcException(GrpcStatusCode.Internal, $"{path} answered with more than one message.");
                }
            }
            catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new GrpcException(GrpcStatusCode.Internal, $"The response stream of {path} failed: {ex.Message}", ex);
            }

            var status = ReadStatus(response.TrailingHeaders)
                ?? throw new GrpcException(GrpcStatusCode.Internal, $"{path} ended without a grpc-status trailer.");
            ThrowIfNotOk(status, path);
            if (payload is null)
            {
                throw new GrpcException(GrpcStatusCode.Internal, $"{path} answered OK without a response message.");
            }

            try
            {
                var reply = new TResponse();
                reply.MergeFrom(payload);
                return reply;
            }
            catch (InvalidProtocolBufferException ex)
            {
                throw new GrpcException(GrpcStatusCode.Internal, $"Could not parse the response of {path}: {ex.Message}", ex);
            }
        }
    }

    private static (GrpcStatusCode Code, string Message, Google.Rpc.Status? Details)? ReadStatus(HttpHeaders headers)
    {
        if (!headers.TryGetValues(GrpcMetadata.StatusHeader, out var statusValues))
        {
            return null;
        }

        var code = int.TryParse(statusValues.FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            ? (GrpcStatusCode)parsed
            : GrpcStatusCode.Unknown;
        var message = headers.TryGetValues(GrpcMetadata.MessageHeader, out var messages)
            ? GrpcMetadata.DecodeMessage(messages.FirstOrDefault())
            : string.Empty;
        var details = headers.TryGetValues(GrpcMetadata.StatusDetailsHeader, out var detailValues)
            ? GrpcMetadata.DecodeDetails(detailValues.FirstOrDefault())
            : null;
        return (code, message, details);
    }

    private static void ThrowIfNotOk((GrpcStatusCode Code, string Message, Google.Rpc.Status? Details) status, string path)
    {
        if (status.Code != GrpcStatusCode.OK)
        {
            var message = string.IsNullOrEmpty(status.Message) ? $"{path} failed with {status.Code}." : status.Message;
            throw new GrpcException(status.Code, message, status.Details);
        }
    }

    /// <summary>The mapping grpc.io's HTTP-to-gRPC status table prescribes for responses that are not gRPC at all.</summary>
    private static GrpcStatusCode FromHttpStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => GrpcStatusCode.Internal,
        HttpStatusCode.Unauthorized => GrpcStatusCode.Unauthenticated,
        HttpStatusCode.Forbidden => GrpcStatusCode.PermissionDenied,
        HttpStatusCode.NotFound => GrpcStatusCode.Unimplemented,
        HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
            => GrpcStatusCode.Unavailable,
        _ => GrpcStatusCode.Unknown,
    };
}
