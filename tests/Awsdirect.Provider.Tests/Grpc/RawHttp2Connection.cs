using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Awsdirect.Provider.Tests.Grpc;

/// <summary>
/// A bare HTTP/2 connection speaking frames directly, so tests can see what the server sends on a
/// connection (GOAWAY, PING ACK...) that <see cref="HttpClient"/> would handle and hide.
/// </summary>
internal sealed class RawHttp2Connection : IAsyncDisposable
{
    public const byte SettingsFrame = 0x4;
    public const byte PingFrame = 0x6;
    public const byte GoAwayFrame = 0x7;
    public const byte AckFlag = 0x1;

    private readonly Socket _socket;
    private readonly NetworkStream _stream;

    private RawHttp2Connection(Socket socket)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: false);
    }

    /// <summary>Connects and sends the client preface and an empty SETTINGS frame, as every HTTP/2 client does first.</summary>
    public static async Task<RawHttp2Connection> OpenAsync(int port, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var connection = new RawHttp2Connection(socket);
        await connection._stream.WriteAsync("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"u8.ToArray(), cancellationToken);
        await connection.WriteFrameAsync(SettingsFrame, flags: 0, ReadOnlyMemory<byte>.Empty, cancellationToken);
        return connection;
    }

    public Task SendPingAsync(ReadOnlyMemory<byte> opaqueData, CancellationToken cancellationToken) =>
        WriteFrameAsync(PingFrame, flags: 0, opaqueData, cancellationToken);

    /// <summary>The next frame the server sent, or null once it closed the connection.</summary>
    public async Task<Http2Frame?> ReadFrameAsync(CancellationToken cancellationToken)
    {
        var header = new byte[9];
        if (!await ReadExactlyOrEndAsync(header, cancellationToken))
        {
            return null;
        }

        var length = (header[0] << 16) | (header[1] << 8) | header[2];
        var payload = new byte[length];
        if (!await ReadExactlyOrEndAsync(payload, cancellationToken))
        {
            return null;
        }

        var streamId = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(5)) & int.MaxValue;
        return new Http2Frame(header[3], header[4], streamId, payload);
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _socket.Dispose();
    }

    private async Task WriteFrameAsync(byte type, byte flags, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var frame = new byte[9 + payload.Length];
        frame[0] = (byte)(payload.Length >> 16);
        frame[1] = (byte)(payload.Length >> 8);
        frame[2] = (byte)payload.Length;
        frame[3] = type;
        frame[4] = flags;
        payload.Span.CopyTo(frame.AsSpan(9));
        await _stream.WriteAsync(frame, cancellationToken);
    }

    private async Task<bool> ReadExactlyOrEndAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            await _stream.ReadExactlyAsync(buffer, cancellationToken);
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
        catch (IOException e) when (e.InnerException is SocketException)
        {
            // A reset after the server's GOAWAY is still "the server closed the connection".
            return false;
        }
    }
}

internal sealed record Http2Frame(byte Type, byte Flags, int StreamId, byte[] Payload)
{
    /// <summary>For a GOAWAY frame: the HTTP/2 error code (0 = NO_ERROR, a graceful close).</summary>
    public int GoAwayErrorCode => BinaryPrimitives.ReadInt32BigEndian(Payload.AsSpan(4));

    public override string ToString() => Type == RawHttp2Connection.GoAwayFrame
        ? $"GOAWAY(last stream {BinaryPrimitives.ReadInt32BigEndian(Payload) & int.MaxValue}, error {GoAwayErrorCode})"
        : $"frame type {Type} flags {Flags} on stream {StreamId}";
}
