using Google.Rpc;

namespace Awsdirect.Provider.Protocol.Grpc;

/// <summary>
/// A non-OK gRPC status. Thrown by handlers to answer with that status, and by <see cref="GrpcClient"/>
/// when a call ends with one. <see cref="Details"/> travels in the <c>grpc-status-details-bin</c> trailer.
/// </summary>
public sealed class GrpcException : Exception
{
    public GrpcException()
        : this(GrpcStatusCode.Unknown, "Unknown gRPC error")
    {
    }

    public GrpcException(string message)
        : this(GrpcStatusCode.Unknown, message)
    {
    }

    public GrpcException(string message, Exception innerException)
        : base(message, innerException)
    {
        StatusCode = GrpcStatusCode.Unknown;
        StatusMessage = message;
    }

    public GrpcException(GrpcStatusCode code, string message, Status? details = null)
        : base($"{code}: {message}")
    {
        StatusCode = code;
        StatusMessage = message;
        Details = details;
    }

    public GrpcException(GrpcStatusCode code, string message, Exception innerException)
        : base($"{code}: {message}", innerException)
    {
        StatusCode = code;
        StatusMessage = message;
    }

    public GrpcStatusCode StatusCode { get; }

    /// <summary>The status message as sent in <c>grpc-message</c> (without the code prefix of <see cref="Exception.Message"/>).</summary>
    public string StatusMessage { get; }

    /// <summary>The rich status (typically with <c>Any</c>-packed details such as <c>pulumirpc.ErrorResourceInitFailed</c>).</summary>
    public Status? Details { get; }
}
