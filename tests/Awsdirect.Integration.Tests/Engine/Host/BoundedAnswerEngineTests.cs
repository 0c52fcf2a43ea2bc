using System.Text;
using AwsEmulator.Control;
using Grpc.Core;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Integration.Tests.Engine.Host;

/// <summary>
/// Answers stay deliverable whatever AWS says: the built plugin, driven as the engine drives it, meets
/// an AWS error whose message is a megabyte long, and the engine still receives the error (bounded),
/// instead of a connection that breaks or hangs.
/// </summary>
public sealed class BoundedAnswerEngineTests : IClassFixture<PluginFixture>
{
    private const string Type = "awsdirect:groundstation:Config";

    private readonly PluginFixture _fx;

    public BoundedAnswerEngineTests(PluginFixture fx)
    {
        _fx = fx;
        _fx.Emulator.Reset();
    }

    [Fact]
    public async Task Up_AwsErrorWithMegabyteMessage_EngineReceivesBoundedError()
    {
        var huge = string.Concat(Enumerable.Repeat("refused config parameter ", 40_000)) + "END";
        _fx.Emulator.AddFault(new FaultRule { Operation = "CreateConfig", ErrorCode = "InvalidParameterException", Message = huge, Count = 1 });
        var driver = _fx.NewDriver();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var error = await Assert.ThrowsAsync<RpcException>(() => driver.UpAsync(Type, "tracking",
            JObject.Parse("""{ "name": "jpss1-tracking", "configData": { "trackingConfig": { "autotrack": "PREFERRED" } } }"""), timeout.Token));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("Creating the config failed", error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("refused config parameter", error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("END", error.Status.Detail, StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(error.Status.Detail), 100, Provider.Resources.Common.BoundedText.MaxErrorMessageBytes);
        Assert.Single(_fx.Emulator.Calls, c => c.Operation == "CreateConfig");
    }
}
