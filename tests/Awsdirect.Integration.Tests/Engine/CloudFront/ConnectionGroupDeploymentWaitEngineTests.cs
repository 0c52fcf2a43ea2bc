using Newtonsoft.Json.Linq;
using Pulumirpc;
using Xunit.Abstractions;

namespace Awsdirect.Integration.Tests.Engine.CloudFront;

/// <summary>
/// The plugin's real waiter against the engine fixture's deployment delay (300 ms). The waiter sleeps
/// its first interval (1 s) before polling, so by then the change has deployed: each deployment wait
/// costs exactly one GetConnectionGroup, and its progress reaches the engine log. A delete reads once at
/// once (the group is still there, being deleted) and once more after 1 s, when it is gone.
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
        await ExpectCalls("destroy enabled group (tenant check, disable, wait, delete, wait until gone)",
            ["ListDistributionTenants", "UpdateConnectionGroup", "GetConnectionGroup", "DeleteConnectionGroup", "GetConnectionGroup", "GetConnectionGroup"]);
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
