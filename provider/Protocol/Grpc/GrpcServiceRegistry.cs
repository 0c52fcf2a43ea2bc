using Google.Protobuf;

namespace Awsdirect.Provider.Protocol.Grpc;

/// <summary>The unary methods a <see cref="GrpcServer"/> answers, keyed by <c>/service/method</c>.</summary>
public sealed class GrpcServiceRegistry
{
    private readonly Dictionary<string, GrpcUnaryMethod> _methods = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Paths => _methods.Keys;

    public GrpcServiceRegistry AddUnary<TRequest, TResponse>(
        string service,
        string method,
        Func<TRequest, GrpcCallContext, Task<TResponse>> handler)
        where TRequest : IMessage<TRequest>, new()
        where TResponse : IMessage<TResponse>
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(handler);

        var path = $"/{service}/{method}";
        if (_methods.ContainsKey(path))
        {
            throw new ArgumentException($"A handler for {path} is already registered.", nameof(method));
        }

        var parser = new MessageParser<TRequest>(() => new TRequest());
        var requestType = new TRequest().Descriptor.FullName;
        _methods.Add(path, new GrpcUnaryMethod(service, method, async (payload, context) =>
        {
            TRequest request;
            try
            {
                request = parser.ParseFrom(payload);
            }
            catch (InvalidProtocolBufferException ex)
            {
                throw new GrpcException(
                    GrpcStatusCode.Internal,
                    $"Could not parse the request of {path} as {requestType}: {ex.Message}",
                    ex);
            }

            var response = await handler(request, context);
            return response ?? throw new GrpcException(GrpcStatusCode.Internal, $"The handler of {path} returned no response.");
        }));
        return this;
    }

    public bool Contains(string service, string method) => _methods.ContainsKey($"/{service}/{method}");

    internal bool TryGet(string path, out GrpcUnaryMethod method) => _methods.TryGetValue(path, out method!);

    internal bool HasService(string service)
    {
        var prefix = $"/{service}/";
        return _methods.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));
    }
}

internal sealed record GrpcUnaryMethod(string Service, string Method, Func<byte[], GrpcCallContext, Task<IMessage>> Invoke);
