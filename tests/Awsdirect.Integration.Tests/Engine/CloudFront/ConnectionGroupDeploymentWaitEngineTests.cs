using Newtonsoft.Json.Linq;
using Pulumirpc;
using Xunit.Abstractions;

namespace Awsdirect.Integration.Tests.Engine.CloudFront;

/// <summary>
/// The plugin's real waiter against the emulator's default deployment delay (300 ms). The waiter sleeps
/// its first interval (seconds) before polling, so by then the change has deployed: each wait costs
/// exactly one GetConnectionGroup, and its progress reaches the engine log.
/// </summary>
public sealed class ConnectionGroupDeploymentWaitEngineTests : IClassFixture<PluginFixture>
{
    private const string Type = "awsdirect:cloudfront:ConnectionGroup";

    private readonly PluginFixture _fx;
    private readonly ITestOutputHelper _output;

    public ConnectionGroupDeploymentWaitEngineTests(PluginFixture fx, ITestOutputHelper output)
    {
        _fx = fx;
        _output = output;
    }

    [Fact]
    public async Task CreateAndDestroyEnabledGroup_WaitForDeployed_OnePollEachAndLogsToEngine()
    {
        var driver = _fx.NewDriver();
        _fx.Engine.ClearLogs();
        await _fx.ClearCallsAsync();

        var created = await driver.UpAsync(Type, "waited", JObject.Parse("""{ "name": "edge-waited" }"""));

        Assert.Equal("Deployed", (string?)created.Outputs!["status"]);
        await ExpectCalls("create (waits)", ["CreateConnectionGroup", "GetConnectionGroup"]);
        var log = await _fx.Engine.WaitForLogAsync(l => l.Message.Contains("Waiting for connection group", StringComparison.Ordinal));
        Assert.NotNull(log);
        Assert.Equal(LogSeverity.Info, log.Severity);
        Assert.Equal(created.Urn, log.Urn);

        await driver.DestroyAsync(created.Urn);
        await ExpectCalls("destroy enabled group (disable, wait, delete)", ["UpdateConnectionGroup", "GetConnectionGroup", "DeleteConnectionGroup"]);
    }

    [Fact]
    public async Task Create_WaitForDeploymentFalse_NoPoll()
    {
        var driver = _fx.NewDriver();
        await _fx.ClearCallsAsync();

        var created = await driver.UpAsync(Type, "unwaited", JObject.Parse("""{ "name": "edge-unwaited", "enabled": false, "waitForDeployment": false }"""));

        Assert.Equal("InProgress", (string?)created.Outputs!["status"]);
        await ExpectCalls("create (no wait)", ["CreateConnectionGroup"]);
        await driver.DestroyAsync(created.Urn);
        await _fx.ClearCallsAsync();
    }

    private async Task ExpectCalls(string step, string[] operations)
    {
        var calls = await _fx.TakeCallsAsync();
        _output.WriteLine($"{step}: {calls.Count} AWS call(s) {string.Join(", ", calls.Select(c => c.Operation))}");
        Assert.Equal(operations, calls.Select(c => c.Operation));
    }
}
