using System.Net;
using System.Runtime.CompilerServices;
using Awsdirect.Provider.Protocol.Rpc;
using Grpc.AspNetCore.Server.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Awsdirect.Provider.Host;

/// <summary>
/// The running plugin: the provider and health services on grpc-dotnet over cleartext HTTP/2 on
/// 127.0.0.1, and the engine log.
/// </summary>
/// <remarks>
/// The host is ASP.NET Core's empty builder: no configuration sources (appsettings, environment, command
/// line), no logging providers (stdout carries only the port line) and no console lifetime (the plugin owns
/// SIGINT/SIGTERM, see <see cref="StopAsync"/>). Each of those is start-up work the engine waits for.
/// </remarks>
internal sealed class PluginHost : IAsyncDisposable
{
    /// <summary>
    /// How long in-flight calls may take to answer once a shutdown cancelled them; handlers answer
    /// cancellation with partial state within milliseconds, so this only bounds a misbehaving one, well
    /// inside the engine's 5 s between SIGINT and SIGKILL.
    /// </summary>
    private static readonly TimeSpan InFlightGrace = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan LogFlushGrace = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Longer than any engine operation, so the server never closes a connection the engine still uses.
    /// Not <see cref="Timeout.InfiniteTimeSpan"/>: Kestrel stores that as <see cref="TimeSpan.MaxValue"/>, adds it
    /// to the current time and overflows, so every idle HTTP/2 connection got a GOAWAY at the next
    /// one-second heartbeat and a call starting just then failed UNAVAILABLE.
    /// </summary>
    private static readonly TimeSpan IdleConnectionTimeout = TimeSpan.FromDays(1);

    private readonly WebApplication _app;
    private volatile string _shutdownStage = "serving";
    private int _stopped;

    private PluginHost(WebApplication app, int port, ResourceProviderService provider, EngineLog log)
    {
        _app = app;
        Port = port;
        Provider = provider;
        Log = log;
    }

    public int Port { get; }

    public ResourceProviderService Provider { get; }

    public EngineLog Log { get; }

    /// <summary>What <see cref="StopAsync"/> is doing, for a shutdown that overruns its deadline to name.</summary>
    public string ShutdownStage => _shutdownStage;

    public static async Task<PluginHost> StartAsync(PluginArguments arguments, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var log = new EngineLog(arguments.EngineAddress, stderr, echoToStderr: arguments.LogToStderr);
        try
        {
            return await StartAsync(ResourceProviderService.CreateDefault(log), log, stderr, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await log.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Serves <paramref name="provider"/> (the production one, or one over test handlers).</summary>
    internal static async Task<PluginHost> StartAsync(ResourceProviderService provider, EngineLog log, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var listen = new StrongBox<ListenOptions?>();
        var app = Build(new ResourceProviderGrpcService(provider, stderr), listen);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);

            // Kestrel writes the port the system chose back into the endpoint once it is bound.
            var port = (listen.Value?.EndPoint as IPEndPoint)?.Port
                ?? throw new InvalidOperationException("The gRPC server started without its loopback endpoint.");
            return new PluginHost(app, port, provider, log);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// The engine's "you are done" (SIGINT/SIGTERM): in-flight operations are cancelled exactly as the
    /// engine's Cancel RPC cancels them, so they answer with what exists (partial state); the server then
    /// stops taking calls and lets the running ones send those answers (bounded by
    /// <see cref="InFlightGrace"/>), and the engine log is flushed.
    /// </summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        _shutdownStage = "cancelling in-flight operations";
        await Provider.CancelAsync().ConfigureAwait(false);
        _shutdownStage = "answering in-flight calls";
        using (var grace = new CancellationTokenSource(InFlightGrace))
        {
            await _app.StopAsync(grace.Token).ConfigureAwait(false);
        }

        _shutdownStage = "flushing the engine log";
        await Log.FlushAsync(LogFlushGrace).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _shutdownStage = "disposing the server";
        await _app.DisposeAsync().ConfigureAwait(false);
        await Log.DisposeAsync().ConfigureAwait(false);
        Provider.Dispose();
        _shutdownStage = "stopped";
    }

    private static WebApplication Build(ResourceProviderGrpcService provider, StrongBox<ListenOptions?> listen)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "pulumi-resource-awsdirect" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            var limits = kestrel.Limits;

            // gRPC has its own message limit, and the engine's one connection idles between calls.
            limits.MaxRequestBodySize = null;
            limits.MinRequestBodyDataRate = null;
            limits.MinResponseDataRate = null;
            limits.KeepAliveTimeout = IdleConnectionTimeout;

            // The engine runs many resource operations at once over one connection and queues streams
            // beyond this limit (Kestrel's default is 100).
            limits.Http2.MaxStreamsPerConnection = 1000;
            kestrel.Listen(IPAddress.Loopback, 0, l =>
            {
                l.Protocols = HttpProtocols.Http2;
                listen.Value = l;
            });
        });
        builder.Services.AddSingleton<IHostLifetime, EngineLifetime>();
        builder.Services.AddRoutingCore();
        builder.Services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = GrpcChannels.MaxMessageSize;
            grpc.MaxSendMessageSize = GrpcChannels.MaxMessageSize;
        });
        var health = new HealthGrpcService();
        builder.Services.AddSingleton<IServiceMethodProvider<ResourceProviderEndpoint>>(
            new StubServiceMethods<ResourceProviderEndpoint>(Pulumirpc.ResourceProvider.Descriptor, b => Pulumirpc.ResourceProvider.BindService(b, provider)));
        builder.Services.AddSingleton<IServiceMethodProvider<HealthEndpoint>>(
            new StubServiceMethods<HealthEndpoint>(Grpc.Health.V1.Health.Descriptor, b => Grpc.Health.V1.Health.BindService(b, health)));
        builder.Services.AddSingleton<ResourceProviderEndpoint>();
        builder.Services.AddSingleton<HealthEndpoint>();

        var app = builder.Build();
        app.MapGrpcService<ResourceProviderEndpoint>();
        app.MapGrpcService<HealthEndpoint>();
        return app;
    }

    /// <summary>The route type of the generated ResourceProvider stub's methods.</summary>
    private sealed class ResourceProviderEndpoint;

    /// <summary>The route type of the generated Health stub's methods.</summary>
    private sealed class HealthEndpoint;

    /// <summary>Signals are the plugin's own (<see cref="ShutdownSignals"/>); the host neither waits for nor handles them.</summary>
    private sealed class EngineLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
