using Awsdirect.Components.CloudFront;
using Awsdirect.Components.Hosting;
using Awsdirect.Components.Tests.Support;
using Awsdirect.Components.Values;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Components.Tests.CloudFront;

public class ConnectionGroupSetTests
{
    private const string Name = "edge";
    private const string GroupToken = "awsdirect:cloudfront:ConnectionGroup";

    internal const string Base = """
        {
          "anycastIpListId": "aip_0123456789abcdef",
          "tags": { "team": "media", "cost-center": "42" },
          "environments": [
            { "name": "dev", "enabled": false },
            { "name": "staging" },
            { "name": "prod", "ipv6Enabled": false, "tags": { "cost-center": "7" } }
          ]
        }
        """;

    [Fact]
    public async Task Construct_ThreeEnvironments_OneConnectionGroupEachParentedByTheSet()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Parse(Base));

        Assert.Equal(new[] { "edge-dev", "edge-prod", "edge-staging" }, engine.Registrations.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(engine.Registrations, r => Assert.Equal(GroupToken, r.Type));
        Assert.All(engine.Registrations, r => Assert.Equal(FakeEngine.ComponentUrn(ConnectionGroupSet.TypeToken, Name), r.Args.Options.Parent));
        Assert.Equal("edge-prod", engine.Child("edge-prod").Input("name").StringValue);
    }

    [Fact]
    public async Task Construct_EveryGroup_SharesTheAnycastListAndHonoursPerEnvironmentSwitches()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Parse(Base));

        Assert.All(engine.Registrations, r => Assert.Equal("aip_0123456789abcdef", r.Input("anycastIpListId").StringValue));
        Assert.False(engine.Child("edge-dev").Input("enabled").BoolValue);
        Assert.True(engine.Child("edge-staging").Input("enabled").BoolValue);
        Assert.True(engine.Child("edge-staging").Input("ipv6Enabled").BoolValue);
        Assert.False(engine.Child("edge-prod").Input("ipv6Enabled").BoolValue);
    }

    [Fact]
    public async Task Construct_Tags_SharedThenEnvironmentThenEnvironmentTag()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Parse(Base));

        var prod = engine.Child("edge-prod").Input("tags").ObjectValue;
        Assert.Equal("media", prod["team"].StringValue);
        Assert.Equal("7", prod["cost-center"].StringValue);
        Assert.Equal("prod", prod[ConnectionGroupSet.EnvironmentTagKey].StringValue);
        Assert.Equal("42", engine.Child("edge-dev").Input("tags").ObjectValue["cost-center"].StringValue);
    }

    [Fact]
    public async Task Construct_NamePrefixAndWaitForDeployment_ReachEveryGroup()
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Base, o =>
        {
            o["namePrefix"] = "media-edge";
            o["waitForDeployment"] = false;
        });

        await ConstructAsync(engine, inputs);

        Assert.Equal("media-edge-dev", engine.Child("edge-dev").Input("name").StringValue);
        Assert.All(engine.Registrations, r => Assert.False(r.Input("waitForDeployment").BoolValue));
    }

    [Fact]
    public async Task Construct_Outputs_ByEnvironmentFromEachGroup()
    {
        var engine = new FakeEngine();

        var outputs = await ConstructAsync(engine, Inputs.Parse(Base));

        foreach (var environment in new[] { "dev", "staging", "prod" })
        {
            var group = engine.Child("edge-" + environment);
            Assert.Equal(group.Reported("arn").StringValue, outputs["arns"].ObjectValue[environment].StringValue);
            Assert.Equal(group.Reported("routingEndpoint").StringValue, outputs["routingEndpoints"].ObjectValue[environment].StringValue);
            Assert.Equal(group.Result.Id.StringValue, outputs["ids"].ObjectValue[environment].StringValue);
            Assert.Contains(group.Result.Urn, outputs["ids"].ObjectValue[environment].Dependencies);
        }
    }

    [Fact]
    public async Task Construct_PreviewWithUnknownAnycastList_PassesItThroughAndLeavesOutputsUnknown()
    {
        var engine = new FakeEngine(preview: true);
        var inputs = Inputs.Edit(Base, o => o["anycastIpListId"] = Inputs.UnknownMarker);

        var outputs = await ConstructAsync(engine, inputs);

        Assert.All(engine.Registrations, r => Assert.True(r.Input("anycastIpListId").IsUnknown));
        Assert.True(outputs["arns"].ObjectValue["prod"].IsUnknown);
        Assert.Contains(engine.Child("edge-prod").Result.Urn, outputs["arns"].ObjectValue["prod"].Dependencies);
    }

    [Fact]
    public async Task Construct_NoAnycastList_LeavesTheInputOutSoCloudFrontUsesItsSharedIps()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Edit(Base, o => o.Remove("anycastIpListId")));

        Assert.All(engine.Registrations, r => Assert.False(r.Args.Inputs.ContainsKey("anycastIpListId")));
    }

    public static TheoryData<string, string> BadInputs() => new()
    {
        { """{ "remove": "environments" }""", "environments" },
        { """{ "set": { "environments": [] } }""", "environments" },
        { """{ "set": { "environments": "<unknown>" } }""", "environments" },
        { """{ "set": { "environments": [ { "name": "prod" }, { "name": "prod" } ] } }""", "environments[1].name" },
        { """{ "set": { "environments": [ { "name": "prod east" } ] } }""", "environments[0].name" },
        { """{ "set": { "environments": [ { "enabled": true } ] } }""", "environments[0].name" },
        { """{ "set": { "environments": [ { "name": "prod", "enabled": "yes" } ] } }""", "environments[0].enabled" },
        { """{ "set": { "environments": [ { "name": "prod", "tags": { "tier": 1 } } ] } }""", "environments[0].tags.tier" },
        { """{ "set": { "namePrefix": "<unknown>" } }""", "namePrefix" },
        { """{ "set": { "ipv6Enabled": "true" } }""", "ipv6Enabled" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Construct_BadInput_RejectedNamingTheInputBeforeRegisteringAnything(string edit, string path)
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Base, o => Missions.DownlinkMissionTests.Apply(o, JObject.Parse(edit)));

        var error = await Assert.ThrowsAsync<ComponentInputException>(() => ConstructAsync(engine, inputs));

        Assert.Contains(error.Errors, e => e.Path == path);
        engine.VerifyNothingRegistered();
    }

    private static Task<IReadOnlyDictionary<string, ComponentValue>> ConstructAsync(FakeEngine engine, ComponentInputs inputs) =>
        new ConnectionGroupSet().ConstructAsync(engine.Context(ConnectionGroupSet.TypeToken, Name), inputs, CancellationToken.None);
}
