using System.Diagnostics;
using Pulumirpc;
using Xunit.Abstractions;

namespace Awsdirect.Integration.Tests.Engine.Host;

/// <summary>
/// How the plugin ends: the engine sends SIGINT (SIGTERM from other supervisors) and SIGKILLs after 5 s,
/// so the plugin must exit by itself, with code 0, whatever disposition it inherited.
/// </summary>
public sealed class PluginShutdownTests : IAsyncLifetime
{
    private readonly ITestOutputHelper _output;
    private FakeEngine _engine = null!;

    public PluginShutdownTests(ITestOutputHelper output) => _output = output;

    public async Task InitializeAsync() => _engine = await FakeEngine.StartAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task Sigint_WhenStartedWithSigintIgnored_StillExitsWithCodeZero()
    {
        // What the plugin inherits under any parent run with `&` from a script (CI runners, nohup-style
        // wrappers): .NET leaves an inherited SIG_IGN in place unless the plugin resets it.
        await using var plugin = await PluginProcess.StartAsync(_engine.Address, PluginFixture.PluginEnvironment, sigintIgnored: true);
        using (var client = new ProviderClient(plugin.Address))
        {
            await client.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = _engine.Address });
        }

        var clock = Stopwatch.StartNew();
        await plugin.SendSigintAsync();

        Assert.Equal(0, await plugin.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Report(clock, plugin);
    }

    [Fact]
    public async Task Sigterm_WithAnOpenEngineConnection_ExitsWithCodeZero()
    {
        await using var plugin = await PluginProcess.StartAsync(_engine.Address, PluginFixture.PluginEnvironment);
        using var client = new ProviderClient(plugin.Address);
        await client.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = _engine.Address });

        var clock = Stopwatch.StartNew();
        await plugin.SendSignalAsync("TERM");

        Assert.Equal(0, await plugin.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Report(clock, plugin);
        Assert.Equal(string.Empty, plugin.StdoutAfterPortLine);
    }

    // A figure, not an assertion: the engine's kill comes 5 s after the signal.
    private void Report(Stopwatch clock, PluginProcess plugin) =>
        _output.WriteLine($"signal to exit: {clock.ElapsedMilliseconds} ms; stderr: {string.Join(" | ", plugin.StderrLines)}");
}
