using Awsdirect.Provider.Protocol.Grpc;

namespace Awsdirect.Provider.Host;

/// <summary>The running plugin: the gRPC server with the provider service, and the engine log.</summary>
internal sealed class PluginHost : IAsyncDisposable
{
    private readonly GrpcServer _server;
    private volatile string _shutdownStage = "serving";

    private PluginHost(GrpcServer server, ResourceProviderService provider, EngineLog log)
    {
        _server = server;
        Provider = provider;
        Log = log;
    }

    public int Port => _server.Port;

    public ResourceProviderService Provider { get; }

    public EngineLog Log { get; }

    /// <summary>What <see cref="DisposeAsync"/> is doing, for a shutdown that overruns its deadline to name.</summary>
    public string ShutdownStage => _shutdownStage;

    public static async Task<PluginHost> StartAsync(PluginArguments arguments, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var log = new EngineLog(arguments.EngineAddress, stderr, echoToStderr: arguments.LogToStderr);
        try
        {
            var provider = ResourceProviderService.CreateDefault(log);
            var registry = ResourceProviderEndpoints.Register(new GrpcServiceRegistry(), provider);
            var server = await GrpcServer.StartAsync(
                registry,
                new GrpcServerOptions { OnUnhandledException = (path, e) => stderr.WriteLine($"{path}: {e}") },
                cancellationToken).ConfigureAwait(false);
            return new PluginHost(server, provider, log);
        }
        catch
        {
            await log.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _shutdownStage = "stopping the gRPC server";
        await _server.DisposeAsync().ConfigureAwait(false);
        _shutdownStage = "flushing the engine log";
        await Log.DisposeAsync().ConfigureAwait(false);
        _shutdownStage = "disposing the provider";
        Provider.Dispose();
        _shutdownStage = "stopped";
    }
}
