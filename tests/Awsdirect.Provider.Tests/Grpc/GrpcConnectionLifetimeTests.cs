using Awsdirect.Provider.Protocol.Grpc;

namespace Awsdirect.Provider.Tests.Grpc;

/// <summary>
/// The engine keeps one HTTP/2 connection to the plugin for the whole operation and it idles between
/// calls. A server that closes idle connections races every call that starts as the close goes out: the
/// client may already have sent a request the server then abandons, which surfaces as UNAVAILABLE
/// ("The HTTP/2 server closed the connection. HTTP/2 error code 'NO_ERROR'") and cannot be retried
/// safely because the server may have run it.
/// </summary>
public sealed class GrpcConnectionLifetimeTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    /// <summary>Kestrel checks connection timeouts once a second; this spans at least two of its checks.</summary>
    private static readonly TimeSpan IdleAcrossServerHeartbeats = TimeSpan.FromSeconds(2.5);

    [Fact]
    public async Task IdleConnection_StaysOpenAcrossServerHeartbeats()
    {
        await using var server = await GrpcServer.StartAsync(new GrpcServiceRegistry());
        using var guard = new CancellationTokenSource(HangGuard);
        await using var connection = await RawHttp2Connection.OpenAsync(server.Port, guard.Token);

        await Task.Delay(IdleAcrossServerHeartbeats, guard.Token);
        byte[] opaque = [1, 2, 3, 4, 5, 6, 7, 8];
        await connection.SendPingAsync(opaque, guard.Token);

        // Still open means the server answers the ping; a closing one sends GOAWAY or ends the stream first.
        var frames = new List<string>();
        while (true)
        {
            var frame = await connection.ReadFrameAsync(guard.Token);
            Assert.True(frame is not null, $"The server closed the idle connection after: {string.Join(", ", frames)}");
            Assert.True(frame.Type != RawHttp2Connection.GoAwayFrame, $"The server sent {frame} on an idle connection.");
            frames.Add(frame.ToString());
            if (frame.Type == RawHttp2Connection.PingFrame && (frame.Flags & RawHttp2Connection.AckFlag) != 0)
            {
                Assert.Equal(opaque, frame.Payload);
                return;
            }
        }
    }

    [Fact]
    public async Task StoppingTheServer_SendsGracefulGoAwayToIdleConnections()
    {
        await using var server = await GrpcServer.StartAsync(new GrpcServiceRegistry());
        using var guard = new CancellationTokenSource(HangGuard);
        await using var connection = await RawHttp2Connection.OpenAsync(server.Port, guard.Token);

        // The server's SETTINGS proves it serves the connection, so the stop below has it to close.
        var first = await connection.ReadFrameAsync(guard.Token);
        Assert.Equal(RawHttp2Connection.SettingsFrame, first?.Type);
        await server.StopAsync(guard.Token);

        Http2Frame? frame;
        do
        {
            frame = await connection.ReadFrameAsync(guard.Token);
        }
        while (frame is not null && frame.Type != RawHttp2Connection.GoAwayFrame);

        Assert.NotNull(frame);
        Assert.Equal(0, frame.GoAwayErrorCode);
    }
}
