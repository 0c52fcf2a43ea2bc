namespace Awsdirect.Provider.Protocol.Grpc;

public sealed class GrpcServerOptions
{
    /// <summary>0 lets the operating system choose; the plugin prints the chosen port for the engine.</summary>
    public int Port { get; init; }

    public int MaxReceiveMessageSize { get; init; } = GrpcFraming.DefaultMaxMessageSize;

    /// <summary>
    /// The engine runs many resource operations at once over one connection; its client queues streams
    /// beyond this limit, so a generous value avoids needless waiting.
    /// </summary>
    public int MaxConcurrentStreams { get; init; } = 1000;

    /// <summary>The clock <c>grpc-timeout</c> deadlines run on (tests substitute one they can advance).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Called for handler exceptions that are not <see cref="GrpcException"/> (answered as UNKNOWN), e.g. to log them.</summary>
    public Action<string, Exception>? OnUnhandledException { get; init; }
}
