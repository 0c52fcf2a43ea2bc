using AwsEmulator.Control;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AwsEmulator;

/// <summary>
/// An emulator running inside the calling process on <c>127.0.0.1</c> and a free port.
/// <code>await using var emu = await EmulatorHost.StartAsync(new EmulatorOptions());</code>
/// Point AWS clients at <see cref="BaseAddress"/> for both Ground Station and CloudFront.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorState _state;

    private EmulatorHost(WebApplication app, Uri baseAddress, EmulatorState state)
    {
        _app = app;
        BaseAddress = baseAddress;
        _state = state;
    }

    /// <summary>Root URL, e.g. <c>http://127.0.0.1:50123/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Live options; changing <see cref="EmulatorOptions.CloudFrontDeploymentDelay"/> applies to later writes.</summary>
    public EmulatorOptions Options => _state.Options;

    /// <summary>Every AWS call answered so far, in order (the same list as <c>GET /_emulator/calls</c>).</summary>
    public IReadOnlyList<RecordedCall> Calls => _state.Calls.Snapshot();

    /// <summary>Adds a fault rule (same semantics as <c>POST /_emulator/faults</c>); returns its id.</summary>
    public string AddFault(FaultRule rule) => _state.Faults.Add(rule);

    /// <summary>Turns the seeded random fault mode on (same semantics as <c>POST /_emulator/faults/random</c>).</summary>
    public void SetRandomFaults(RandomFaultSettings settings) => _state.Faults.SetRandom(settings);

    /// <summary>Faults injected so far, by kind and operation (the same as <c>GET /_emulator/faults/injected</c>).</summary>
    public InjectedFaults InjectedFaults => _state.Faults.Injected.Snapshot();

    /// <summary>Removes every fault rule and the random mode.</summary>
    public void ClearFaults() => _state.Faults.Clear();

    /// <summary>Forgets all resources, tags, recorded calls and faults.</summary>
    public void Reset() => _state.Reset();

    public static async Task<EmulatorHost> StartAsync(EmulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var app = EmulatorApp.Build([], options.Clone(), "http://127.0.0.1:0");
        await app.StartAsync(ct).ConfigureAwait(false);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        var address = addresses?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        var state = app.Services.GetRequiredService<EmulatorState>();
        return new EmulatorHost(app, new Uri(address.TrimEnd('/') + "/"), state);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
