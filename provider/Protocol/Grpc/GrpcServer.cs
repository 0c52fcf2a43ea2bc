using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Awsdirect.Provider.Protocol.Grpc;

/// <summary>
/// Unary gRPC over cleartext HTTP/2 (prior knowledge) on 127.0.0.1. Plain Kestrel without the generic
/// host keeps start-up short (the engine waits for the port line) and logs nothing, so stdout stays
/// reserved for the port.
/// </summary>
public sealed class GrpcServer : IAsyncDisposable
{
    private static readonly TimeSpan DisposeGracePeriod = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Longer than any engine operation, so the server never closes a connection the engine still uses.
    /// Not <see cref="Timeout.InfiniteTimeSpan"/>: Kestrel stores that as <see cref="TimeSpan.MaxValue"/>, adds it
    /// to the current time and overflows, so every HTTP/2 connection without a call in flight got a graceful
    /// GOAWAY at the next one-second heartbeat. A call starting just then was abandoned by the server and
    /// failed UNAVAILABLE ("HTTP/2 server closed the connection ... NO_ERROR"), often under load.
    /// </summary>
    private static readonly TimeSpan IdleConnectionTimeout = TimeSpan.FromDays(1);

    private readonly KestrelServer _kestrel;
    private int _stopped;

    private GrpcServer(KestrelServer kestrel, int port)
    {
        _kestrel = kestrel;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The address clients dial, e.g. <c>127.0.0.1:50051</c>.</summary>
    public string Address => $"127.0.0.1:{Port}";

    public static Task<GrpcServer> StartAsync(GrpcServiceRegistry registry, CancellationToken cancellationToken = default) =>
        StartAsync(registry, new GrpcServerOptions(), cancellationToken);

    public static async Task<GrpcServer> StartAsync(GrpcServiceRegistry registry, GrpcServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);

        var kestrelOptions = new KestrelServerOptions { AddServerHeader = false };
        var limits = kestrelOptions.Limits;

        // gRPC has its own message-size limit, and a long-lived engine connection may idle between calls.
        limits.MaxRequestBodySize = null;
        limits.MinRequestBodyDataRate = null;
        limits.MinResponseDataRate = null;
        limits.KeepAliveTimeout = IdleConnectionTimeout;
        limits.Http2.MaxStreamsPerConnection = options.MaxConcurrentStreams;

        ListenOptions? listen = null;
        kestrelOptions.Listen(IPAddress.Loopback, options.Port, l =>
        {
            l.Protocols = HttpProtocols.Http2;
            listen = l;
        });

        var transport = new SocketTransportFactory(Options.Create(new SocketTransportOptions()), NullLoggerFactory.Instance);
        var kestrel = new KestrelServer(Options.Create(kestrelOptions), transport, NullLoggerFactory.Instance);
        try
        {
            await kestrel.StartAsync(new GrpcHttpApplication(new GrpcRequestProcessor(registry, options)), cancellationToken);
        }
        catch
        {
            kestrel.Dispose();
            throw;
        }

        var port = (listen?.EndPoint as IPEndPoint)?.Port ?? 0;
        return new GrpcServer(kestrel, port);
    }

    /// <summary>Stops accepting calls and lets running ones finish until <paramref name="cancellationToken"/> fires, then aborts them.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _kestrel.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        using (var grace = new CancellationTokenSource(DisposeGracePeriod))
        {
            await StopAsync(grace.Token);
        }

        _kestrel.Dispose();
    }
}
