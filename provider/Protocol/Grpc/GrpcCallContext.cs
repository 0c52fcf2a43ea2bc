namespace Awsdirect.Provider.Protocol.Grpc;

/// <summary>Per-call information handed to a unary handler.</summary>
public sealed class GrpcCallContext
{
    public GrpcCallContext(string service, string method, CancellationToken cancellationToken, DateTimeOffset? deadline = null)
    {
        Service = service;
        Method = method;
        CancellationToken = cancellationToken;
        Deadline = deadline;
    }

    /// <summary>Full service name, e.g. <c>pulumirpc.ResourceProvider</c>.</summary>
    public string Service { get; }

    public string Method { get; }

    /// <summary>Cancelled when the caller aborts the call (stream reset, connection lost) or its deadline passes.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The caller's <c>grpc-timeout</c> as an absolute time, if it sent one.</summary>
    public DateTimeOffset? Deadline { get; }
}
