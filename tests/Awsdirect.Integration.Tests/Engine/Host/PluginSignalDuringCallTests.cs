using System.Diagnostics;
using Awsdirect.Provider.Protocol.Rpc;
using AwsEmulator.Control;
using Grpc.Core;
using Newtonsoft.Json.Linq;
using Pulumirpc;

namespace Awsdirect.Integration.Tests.Engine.Host;

/// <summary>
/// SIGINT while the engine waits for an answer (the user pressed Ctrl-C during <c>pulumi up</c>): the plugin
/// cancels the operation as the engine's Cancel RPC does, sends the answer the handler gives (never a reset
/// stream, which would lose whatever the handler knew), and exits by itself well inside the engine's 5 s.
/// </summary>
public sealed class PluginSignalDuringCallTests : IClassFixture<PluginFixture>
{
    /// <summary>Far longer than the engine's 5 s between SIGINT and SIGKILL: only the cancellation can end the call in time.</summary>
    private const int AwsLatencyMs = 30_000;

    private readonly PluginFixture _fx;

    public PluginSignalDuringCallTests(PluginFixture fx) => _fx = fx;

    [Fact]
    public async Task Sigint_DuringCreate_AnswersTheCall_ThenExitsWithCodeZero()
    {
        _fx.Emulator.AddFault(new FaultRule { Service = "groundstation", Operation = "CreateConfig", LatencyMs = AwsLatencyMs });
        var create = _fx.Provider.CreateAsync(new CreateRequest
        {
            Urn = "urn:pulumi:dev::mission::awsdirect:groundstation:Config::tracking",
            Type = "awsdirect:groundstation:Config",
            Properties = StructJson.ToStruct(JObject.Parse("""
                { "name": "sigint-tracking", "configData": { "trackingConfig": { "autotrack": "PREFERRED" } } }
                """)),
        });

        // The plugin is then waiting on CreateConfig (the only AWS call of this create).
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.False(create.IsCompleted);
        var clock = Stopwatch.StartNew();
        await _fx.Plugin.SendSigintAsync();

        var answer = await Record.ExceptionAsync(() => create);
        var answered = clock.Elapsed;
        Assert.Equal(0, await _fx.Plugin.WaitForExitAsync(TimeSpan.FromSeconds(5)));

        // A handler's answer, not a transport failure: a reset stream reads as an HTTP/2 error here.
        if (answer is not null)
        {
            var e = Assert.IsType<RpcException>(answer);
            Assert.True(
                e.StatusCode is StatusCode.Cancelled or StatusCode.Unknown && e.Status.Detail.Contains("Create", StringComparison.Ordinal),
                $"expected the provider's answer to the cancelled Create, got {e.Status} (details: {e.GetStatusDetails()})");
            Assert.DoesNotContain("HTTP/2", e.Status.Detail, StringComparison.Ordinal);
        }

        Assert.True(answered < TimeSpan.FromSeconds(4), $"the answer came {answered} after SIGINT");
        Assert.Equal(string.Empty, _fx.Plugin.StdoutAfterPortLine);
    }
}
