using System.Buffers.Binary;
using Google.Protobuf;

namespace Awsdirect.Provider.Protocol.Grpc;

/// <summary>
/// gRPC length-prefixed messages: one byte compressed-flag, a four-byte big-endian length, then the
/// protobuf bytes. Compression is never negotiated by this implementation, so a set flag is a protocol error.
/// </summary>
public static class GrpcFraming
{
    public const int HeaderLength = 5;

    /// <summary>The engine and its plugins raise gRPC's 4 MiB default to 400 MiB; large schemas and states need it.</summary>
    public const int DefaultMaxMessageSize = 400 * 1024 * 1024;

    public static byte[] Encode(IMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var size = message.CalculateSize();
        var frame = new byte[HeaderLength + size];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1, 4), (uint)size);
        message.WriteTo(frame.AsSpan(HeaderLength));
        return frame;
    }

    /// <summary>Reads one frame's message bytes; <c>null</c> when the stream ends cleanly before a frame starts.</summary>
    /// <exception cref="GrpcException">INTERNAL for a truncated or compressed frame, RESOURCE_EXHAUSTED for an oversized one.</exception>
    public static async Task<byte[]?> ReadFrameAsync(Stream stream, int maxMessageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var header = new byte[HeaderLength];
        var read = await stream.ReadAtLeastAsync(header, HeaderLength, throwOnEndOfStream: false, cancellationToken);
        if (read == 0)
        {
            return null;
        }

        if (read < HeaderLength)
        {
            throw new GrpcException(
                GrpcStatusCode.Internal,
                $"Truncated gRPC frame: the stream ended after {read} of the {HeaderLength} header bytes.");
        }

        switch (header[0])
        {
            case 0:
                break;
            case 1:
                throw new GrpcException(
                    GrpcStatusCode.Internal,
                    "Compressed gRPC message received, but no compression was negotiated (only 'identity' is supported).");
            default:
                throw new GrpcException(
                    GrpcStatusCode.Internal,
                    $"Invalid gRPC frame: compressed-flag byte is {header[0]}, expected 0 or 1.");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(1));
        if (length > (uint)maxMessageSize)
        {
            throw new GrpcException(
                GrpcStatusCode.ResourceExhausted,
                $"gRPC message of {length} bytes is larger than the limit of {maxMessageSize} bytes.");
        }

        var payload = new byte[length];
        read = await stream.ReadAtLeastAsync(payload, payload.Length, throwOnEndOfStream: false, cancellationToken);
        if (read < payload.Length)
        {
            throw new GrpcException(
                GrpcStatusCode.Internal,
                $"Truncated gRPC frame: the stream ended after {read} of the {length} message bytes.");
        }

        return payload;
    }

    /// <summary>Reads the single message of a unary call and checks nothing follows it.</summary>
    public static async Task<byte[]> ReadSingleMessageAsync(Stream stream, int maxMessageSize, CancellationToken cancellationToken)
    {
        var payload = await ReadFrameAsync(stream, maxMessageSize, cancellationToken)
            ?? throw new GrpcException(GrpcStatusCode.Internal, "Unary gRPC call carried no message.");

        var probe = new byte[1];
        if (await stream.ReadAsync(probe, cancellationToken) > 0)
        {
            throw new GrpcException(GrpcStatusCode.Internal, "Unary gRPC call carried more than one message.");
        }

        return payload;
    }
}
