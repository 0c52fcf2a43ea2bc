using Newtonsoft.Json.Linq;
using Pulumirpc;

namespace Awsdirect.Integration.Tests.Engine.Host;

/// <summary>Messages a handler logs reach the engine's Log service, attached to the resource's URN.</summary>
public sealed class EngineLogTests : IClassFixture<PluginFixture>
{
    private const string GroupType = "awsdirect:groundstation:DataflowEndpointGroup";

    private readonly PluginFixture _fx;

    public EngineLogTests(PluginFixture fx) => _fx = fx;

    [Fact]
    public async Task HandlerWarning_ReachesTheEngine_WithTheResourceUrn()
    {
        var driver = _fx.NewDriver();
        var created = await driver.UpAsync(GroupType, "downlink", JObject.Parse("""
            { "endpointDetails": [ { "endpoint": { "name": "jpss1-downlink", "address": { "name": "10.0.1.12", "port": 55888 }, "mtu": 1500 },
                "securityDetails": { "subnetIds": ["subnet-0123456789abcdef0"], "securityGroupIds": ["sg-0123456789abcdef0"],
                                     "roleArn": "arn:aws:iam::123456789012:role/GroundStationDataflowRole" } } ] }
            """));
        Assert.Equal(StepKind.Create, created.Kind);

        await driver.DestroyAsync(created.Urn);

        var log = await _fx.Engine.WaitForLogAsync(l => l.Urn == created.Urn && l.Message.Contains(created.Id!, StringComparison.Ordinal));
        Assert.NotNull(log);
        Assert.Equal(LogSeverity.Warning, log.Severity);
    }
}
