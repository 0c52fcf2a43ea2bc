using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Awsdirect.Provider.Protocol.Rpc;

/// <summary>
/// gRPC's rich error model: a <c>google.rpc.Status</c> with <c>Any</c>-packed details (e.g. a
/// <c>pulumirpc.ErrorResourceInitFailed</c>) in the binary <c>grpc-status-details-bin</c> trailer, the
/// way grpc-go's <c>status.WithDetails</c> sends it and the engine reads it.
/// </summary>
public static class StatusDetails
{
    public const string TrailerName = "grpc-status-details-bin";

    /// <summary>An error answered with <paramref name="code"/>, <paramref name="message"/> and one packed detail.</summary>
    public static RpcException Exception(StatusCode code, string message, IMessage detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.Add(Any.Pack(detail));
        return Exception(status);
    }

    /// <summary>An error answered with the code and message of <paramref name="status"/> and all of it in the trailer.</summary>
    public static RpcException Exception(Google.Rpc.Status status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var trailers = new Metadata { { TrailerName, status.ToByteArray() } };
        return new RpcException(new Status((StatusCode)status.Code, status.Message), trailers);
    }

    /// <summary>The rich status a call ended with, or null when it carried none (or an unreadable one).</summary>
    public static Google.Rpc.Status? GetStatusDetails(this RpcException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var entry = exception.Trailers.Get(TrailerName);
        if (entry is null || !entry.IsBinary)
        {
            return null;
        }

        try
        {
            return Google.Rpc.Status.Parser.ParseFrom(entry.ValueBytes);
        }
        catch (InvalidProtocolBufferException)
        {
            return null;
        }
    }
}
