using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Awsdirect.Provider.Protocol.Grpc;

/// <summary>Serves one HTTP/2 request as a unary gRPC call and always ends it with a gRPC status.</summary>
internal sealed class GrpcRequestProcessor(GrpcServiceRegistry registry, GrpcServerOptions options)
{
    public async Task ProcessAsync(HttpContext http)
    {
        var request = http.Request;
        var response = http.Response;
        if (!HttpMethods.IsPost(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        // Non-gRPC clients must not mistake a gRPC error (HTTP 200) for success, hence a plain HTTP status.
        if (!IsGrpcContentType(request.ContentType))
        {
            response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        response.ContentType = GrpcMetadata.ContentType;
        var path = request.Path.Value ?? string.Empty;
        if (!registry.TryGet(path, out var method))
        {
            WriteStatus(response, GrpcStatusCode.Unimplemented, UnimplementedMessage(path), details: null);
            return;
        }

        var timeout = GrpcMetadata.ParseTimeout(request.Headers[GrpcMetadata.TimeoutHeader]);
        using var deadline = timeout is { } t ? new CancellationTokenSource(t, options.TimeProvider) : null;
        using var linked = deadline is null
            ? null
            : CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, deadline.Token);
        var token = linked?.Token ?? http.RequestAborted;
        var context = new GrpcCallContext(method.Service, method.Method, token, timeout is { } d ? options.TimeProvider.GetUtcNow() + d : null);

        try
        {
            var payload = await GrpcFraming.ReadSingleMessageAsync(request.Body, options.MaxReceiveMessageSize, token);
            var reply = await method.Invoke(payload, context);
            var frame = GrpcFraming.Encode(reply);
            await response.Body.WriteAsync(frame, token);
            response.AppendTrailer(GrpcMetadata.StatusHeader, "0");
        }
        catch (GrpcException ex)
        {
            WriteStatus(response, ex.StatusCode, ex.StatusMessage, ex.Details);
        }
        catch (OperationCanceledException) when (deadline?.IsCancellationRequested == true && !http.RequestAborted.IsCancellationRequested)
        {
            WriteStatus(response, GrpcStatusCode.DeadlineExceeded, "Deadline exceeded.", details: null);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The caller is gone; nothing written now can reach it.
        }
#pragma warning disable CA1031 // A handler fault must become a gRPC status, never a dropped stream.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            options.OnUnhandledException?.Invoke(path, ex);
            WriteStatus(response, GrpcStatusCode.Unknown, ex.Message, details: null);
        }
    }

    private static bool IsGrpcContentType(string? contentType) =>
        contentType is not null
        && contentType.StartsWith(GrpcMetadata.ContentType, StringComparison.OrdinalIgnoreCase)
        && (contentType.Length == GrpcMetadata.ContentType.Length || contentType[GrpcMetadata.ContentType.Length] is '+' or ';');

    private string UnimplementedMessage(string path)
    {
        var slash = path.LastIndexOf('/');
        if (slash <= 0)
        {
            return $"Malformed method name '{path}'.";
        }

        var service = path[1..slash];
        return registry.HasService(service)
            ? $"Unknown method {path[(slash + 1)..]} for service {service}."
            : $"Unknown service {service}.";
    }

    /// <summary>
    /// Before any body was sent the status goes in the response headers (gRPC's "trailers-only" form, one
    /// HEADERS frame with END_STREAM); after, it goes in the trailers.
    /// </summary>
    private static void WriteStatus(HttpResponse response, GrpcStatusCode code, string message, Google.Rpc.Status? details)
    {
        var entries = new List<KeyValuePair<string, StringValues>>(3)
        {
            new(GrpcMetadata.StatusHeader, ((int)code).ToString(CultureInfo.InvariantCulture)),
        };
        if (!string.IsNullOrEmpty(message))
        {
            entries.Add(new(GrpcMetadata.MessageHeader, GrpcMetadata.EncodeMessage(message)));
        }

        if (details is not null)
        {
            entries.Add(new(GrpcMetadata.StatusDetailsHeader, GrpcMetadata.EncodeDetails(details)));
        }

        foreach (var (name, value) in entries)
        {
            if (response.HasStarted)
            {
                response.AppendTrailer(name, value);
            }
            else
            {
                response.Headers[name] = value;
            }
        }
    }
}
