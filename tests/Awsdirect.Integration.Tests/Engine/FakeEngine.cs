using Awsdirect.Provider.Tests.Grpc;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace Awsdirect.Integration.Tests.Engine;

/// <summary>
/// The engine's side of the plugin protocol that a provider calls back: <c>pulumirpc.Engine/Log</c>,
/// recording every message. Pass <see cref="Address"/> to <see cref="PluginProcess.StartAsync"/>.
/// </summary>
public sealed class FakeEngine : IAsyncDisposable
{
    private readonly List<LogRequest> _logs = [];
    private TestGrpcServer? _server;

    private FakeEngine()
    {
    }

    /// <summary><c>127.0.0.1:&lt;port&gt;</c>, as the engine passes its address to a plugin.</summary>
    public string Address => _server?.Address ?? throw new InvalidOperationException("The fake engine is not started.");

    /// <summary>Every log message received so far, in arrival order.</summary>
    public IReadOnlyList<LogRequest> Logs
    {
        get
        {
            lock (_logs)
            {
                return [.. _logs];
            }
        }
    }

    public static async Task<FakeEngine> StartAsync(CancellationToken cancellationToken = default)
    {
        var engine = new FakeEngine();
        engine._server = await TestGrpcServer.StartAsync(
            methods => methods.AddUnary<LogRequest, Empty>("pulumirpc.Engine", "Log", (request, _) =>
            {
                lock (engine._logs)
                {
                    engine._logs.Add(request);
                }

                return Task.FromResult(new Empty());
            }),
            cancellationToken).ConfigureAwait(false);
        return engine;
    }

    public void ClearLogs()
    {
        lock (_logs)
        {
            _logs.Clear();
        }
    }

    /// <summary>
    /// Waits until a matching message has arrived (the plugin sends logs asynchronously), for at most
    /// <paramref name="timeout"/> (default 10 s); returns it, or null if none came.
    /// </summary>
    public async Task<LogRequest?> WaitForLogAsync(Func<LogRequest, bool> match, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (Logs.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow >= until)
            {
                return null;
            }

            await Task.Delay(25).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
