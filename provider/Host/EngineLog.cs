using System.Threading.Channels;
using Awsdirect.Provider.Protocol.Rpc;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.Common;
using Grpc.Net.Client;
using Rpc = Pulumirpc;

namespace Awsdirect.Provider.Host;

/// <summary>
/// Sends log messages to the engine's <c>pulumirpc.Engine/Log</c>, which shows them in the CLI against
/// the resource's URN. Callers never wait on the engine and never see an error: messages are queued
/// and sent in order by one background loop, and a message the engine cannot take (no address yet,
/// engine gone) is written to stderr instead, which the engine also captures.
/// </summary>
internal sealed class EngineLog : IEngineLog, IAsyncDisposable
{
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(5);

    private readonly Channel<Rpc.LogRequest> _queue = Channel.CreateUnbounded<Rpc.LogRequest>(
        new UnboundedChannelOptions { SingleReader = true });

    private readonly TextWriter _fallback;
    private readonly bool _echoToStderr;
    private readonly Task _pump;
    private readonly Lock _gate = new();
    private string? _address;
    private GrpcChannel? _channel;
    private Rpc.Engine.EngineClient? _client;

    public EngineLog(string? engineAddress, TextWriter fallback, bool echoToStderr = false)
    {
        _address = engineAddress;
        _fallback = fallback;
        _echoToStderr = echoToStderr;
        _pump = Task.Run(PumpAsync);
    }

    /// <summary>The engine address currently logged to (from argv, then Handshake or Attach).</summary>
    public string? EngineAddress
    {
        get
        {
            lock (_gate)
            {
                return _address;
            }
        }
    }

    public void SetEngineAddress(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return;
        }

        lock (_gate)
        {
            if (!string.Equals(address, _address, StringComparison.Ordinal))
            {
                // The pump may be mid-call on the old channel; it is left to the collector, as it is only
                // replaced when the engine announces a new address.
                _address = address;
                _channel = null;
                _client = null;
            }
        }
    }

    public Task LogAsync(LogSeverity severity, string message, string? urn = null, bool ephemeral = false)
    {
        var request = new Rpc.LogRequest
        {
            Severity = severity switch
            {
                LogSeverity.Debug => Rpc.LogSeverity.Debug,
                LogSeverity.Warning => Rpc.LogSeverity.Warning,
                LogSeverity.Error => Rpc.LogSeverity.Error,
                _ => Rpc.LogSeverity.Info,
            },
            Message = BoundedText.LimitUtf8(message, 4 * BoundedText.MaxReasonBytes),
            Urn = urn ?? string.Empty,
            Ephemeral = ephemeral,
        };
        if (!_queue.Writer.TryWrite(request))
        {
            WriteFallback(request);
        }

        return Task.CompletedTask;
    }

    /// <summary>Sends what is queued (waiting at most <paramref name="timeout"/>) and stops accepting messages.</summary>
    public async Task FlushAsync(TimeSpan timeout)
    {
        _queue.Writer.TryComplete();
        await Task.WhenAny(_pump, Task.Delay(timeout)).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await FlushAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        lock (_gate)
        {
            _channel?.Dispose();
            _channel = null;
            _client = null;
        }
    }

    private async Task PumpAsync()
    {
        await foreach (var request in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            if (_echoToStderr)
            {
                WriteFallback(request);
            }

            var client = CurrentClient();
            if (client is null)
            {
                if (!_echoToStderr)
                {
                    WriteFallback(request);
                }

                continue;
            }

            try
            {
                using var timeout = new CancellationTokenSource(SendTimeout);
                await client.LogAsync(request, cancellationToken: timeout.Token).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // A log message must never take the plugin down; stderr is the last resort.
            catch (Exception e)
#pragma warning restore CA1031
            {
                if (!_echoToStderr)
                {
                    WriteFallback(request);
                }

                WriteLine($"[engine log unavailable: {e.Message}]");
            }
        }
    }

    private Rpc.Engine.EngineClient? CurrentClient()
    {
        lock (_gate)
        {
            if (_client is null && !string.IsNullOrWhiteSpace(_address))
            {
                try
                {
                    _channel = GrpcChannels.ForAddress(_address);
                    _client = new Rpc.Engine.EngineClient(_channel);
                }
#pragma warning disable CA1031 // A malformed address means "log to stderr", not a crash.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    WriteLine($"[engine address '{_address}' unusable: {e.Message}]");
                    _address = null;
                }
            }

            return _client;
        }
    }

    private void WriteFallback(Rpc.LogRequest request) =>
        WriteLine($"{request.Severity.ToString().ToLowerInvariant()}: {(request.Urn.Length > 0 ? request.Urn + ": " : string.Empty)}{request.Message}");

    private void WriteLine(string line)
    {
        try
        {
            lock (_fallback)
            {
                _fallback.WriteLine(line);
                _fallback.Flush();
            }
        }
#pragma warning disable CA1031 // stderr closed: nothing left to tell anyone.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
