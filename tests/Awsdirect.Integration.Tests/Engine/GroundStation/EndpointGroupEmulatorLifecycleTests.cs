using System.Collections.Immutable;
using Awsdirect.Integration.Tests.Aws;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.Common;
using Awsdirect.Provider.Resources.GroundStation.EndpointGroups;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace Awsdirect.Integration.Tests.Engine.GroundStation;

/// <summary>
/// The endpoint group handlers with the provider's real Ground Station client against the emulator:
/// every lifecycle step, and how many AWS calls each one costs (printed, and asserted exactly).
/// </summary>
public sealed class EndpointGroupEmulatorLifecycleTests : IClassFixture<EmulatorClients>
{
    private const string Urn = "urn:pulumi:dev::mission::awsdirect:groundstation:DataflowEndpointGroup::downlink";

    private const string DataflowEndpoint = """
        { "endpoint": { "name": "jpss1-downlink", "address": { "name": "10.0.1.12", "port": 55888 }, "mtu": 1500 },
          "securityDetails": { "subnetIds": ["subnet-0123456789abcdef0"], "securityGroupIds": ["sg-0123456789abcdef0"],
                               "roleArn": "arn:aws:iam::123456789012:role/GroundStationDataflowRole" } }
        """;

    private const string DownlinkV2 = """
        { "downlinkAwsGroundStationAgentEndpoint": { "name": "digif-downlink", "dataflowDetails": { "agentConnectionDetails": {
            "agentIpAndPortAddress": { "socketAddress": { "name": "3.4.5.6", "portRange": { "minimum": 43000, "maximum": 43010 } } },
            "egressAddressAndPort": { "socketAddress": { "name": "10.0.2.20", "port": 50010 } } } } } }
        """;

    private readonly EmulatorClients _aws;
    private readonly ITestOutputHelper _output;
    private readonly List<(LogSeverity Severity, string Message, string? Urn)> _logs = [];

    public EndpointGroupEmulatorLifecycleTests(EmulatorClients aws, ITestOutputHelper output)
    {
        _aws = aws;
        _output = output;
        _aws.Reset();
    }

    [Fact]
    public async Task V1_EveryStep_WithCallCounts()
    {
        var handler = new DataflowEndpointGroupHandler(Services());
        await RunLifecycle(handler, "endpointDetails", Inputs("endpointDetails", DataflowEndpoint), "CreateDataflowEndpointGroup");
    }

    [Fact]
    public async Task V2_EveryStep_WithCallCounts()
    {
        var handler = new DataflowEndpointGroupV2Handler(Services());
        await RunLifecycle(handler, "endpoints", Inputs("endpoints", DownlinkV2), "CreateDataflowEndpointGroupV2");
    }

    [Fact]
    public async Task Delete_WhileMissionProfileNamesItsEndpoint_Deleted()
    {
        var handler = new DataflowEndpointGroupHandler(Services());
        var inputs = (await handler.CheckAsync(CheckRequest(Inputs("endpointDetails", DataflowEndpoint)), default)).Inputs;
        var created = await handler.CreateAsync(new CreateRequest(Urn, inputs, Preview: false), default);
        var gs = _aws.GroundStation;
        var tracking = await gs.CreateConfigAsync(new CreateConfigRequest
        {
            Name = "track",
            ConfigData = new ConfigTypeData { TrackingConfig = new TrackingConfig { Autotrack = Criticality.Preferred } },
        });
        var antenna = await gs.CreateConfigAsync(new CreateConfigRequest
        {
            Name = "jpss1-antenna",
            ConfigData = new ConfigTypeData
            {
                AntennaDownlinkConfig = new AntennaDownlinkConfig
                {
                    SpectrumConfig = new SpectrumConfig
                    {
                        CenterFrequency = new Frequency { Value = 7812, Units = FrequencyUnits.MHz },
                        Bandwidth = new FrequencyBandwidth { Value = 30, Units = FrequencyUnits.MHz },
                        Polarization = Polarization.RightHand,
                    },
                },
            },
        });
        var endpointConfig = await gs.CreateConfigAsync(new CreateConfigRequest
        {
            Name = "jpss1-endpoint",
            ConfigData = new ConfigTypeData { DataflowEndpointConfig = new DataflowEndpointConfig { DataflowEndpointName = "jpss1-downlink" } },
        });
        await gs.CreateMissionProfileAsync(new CreateMissionProfileRequest
        {
            Name = "jpss1",
            MinimumViableContactDurationSeconds = 60,
            DataflowEdges = [[antenna.ConfigArn!, endpointConfig.ConfigArn!]],
            TrackingConfigArn = tracking.ConfigArn!,
        });

        // AWS ties no group to a profile: the profile's dataflow-endpoint config names an endpoint, not a group.
        await handler.DeleteAsync(new DeleteRequest(Urn, created.Id, created.Outputs, inputs), default);

        var read = await handler.ReadAsync(new ReadRequest(Urn, created.Id, created.Outputs, inputs), default);
        Assert.Null(read.Id);
    }

    private async Task RunLifecycle(IResourceHandler handler, string listProperty, PropertyMap program, string createOperation)
    {
        // Preview of a create: Check + Create(preview) cost nothing and leave outputs unknown.
        var inputs = (await Step("check", 0, () => handler.CheckAsync(CheckRequest(program), default))).Inputs;
        var preview = await Step("preview create", 0, () => handler.CreateAsync(new CreateRequest(Urn, inputs, Preview: true), default));
        Assert.True(preview.Outputs["arn"].IsComputed);

        // Create: one create call plus one read for the ARN.
        var created = await Step("create", 2, () => handler.CreateAsync(new CreateRequest(Urn, inputs, Preview: false), default));
        Assert.Matches("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$", created.Id);
        Assert.EndsWith(":dataflow-endpoint-group/" + created.Id, created.Outputs["arn"].StringValue, StringComparison.Ordinal);
        Assert.Equal(createOperation, _aws.Emulator.Calls[0].Operation);

        // No-op preview of the same program.
        var noOp = await Step("no-op diff", 0, () => handler.DiffAsync(Diff(created, inputs, inputs), default));
        Assert.Equal(DiffChanges.None, noOp.Changes);

        // Refresh of an unchanged group: one read, and the next diff stays empty.
        var refreshed = await Step("refresh", 1, () => handler.ReadAsync(new ReadRequest(Urn, created.Id, created.Outputs, inputs), default));
        Assert.Equal(DiffChanges.None, (await handler.DiffAsync(Diff(created, refreshed.Inputs, inputs), default)).Changes);

        // Tag-only change ("mission" changed, "stage" dropped; the provider default "env" stays): in place, TagResource + UntagResource.
        var retagged = (await handler.CheckAsync(CheckRequest(program.Set("tags", PropertyValue.Create(new PropertyMap().Set("mission", "noaa-20")))), default)).Inputs;
        var tagDiff = await handler.DiffAsync(Diff(created, inputs, retagged), default);
        Assert.Empty(tagDiff.Replaces);
        var updated = await Step("tag update", 2, () => handler.UpdateAsync(
            new UpdateRequest(Urn, created.Id, created.Outputs, inputs, retagged, Preview: false, ImmutableArray<string>.Empty), default));
        var afterTags = await handler.ReadAsync(new ReadRequest(Urn, created.Id, updated.Outputs, retagged), default);
        Assert.Equal("noaa-20", afterTags.Inputs["tags"].ObjectValue["mission"].StringValue);
        Assert.False(afterTags.Inputs["tags"].ObjectValue.ContainsKey("stage"));
        Assert.Equal("test", afterTags.Inputs["tags"].ObjectValue["env"].StringValue);

        // Any other change replaces (create new, then delete old) and warns about scheduled contacts.
        var changed = retagged.Set("contactPostPassDurationSeconds", 240);
        var replaceDiff = await Step("replace diff", 0, () => handler.DiffAsync(Diff(created with { Outputs = updated.Outputs }, retagged, changed), default));
        Assert.Equal(["contactPostPassDurationSeconds"], replaceDiff.Replaces);
        Assert.False(replaceDiff.DeleteBeforeReplace);
        var replacement = await Step("replace: create", 2, () => handler.CreateAsync(new CreateRequest(Urn, changed, Preview: false), default));
        await Step("replace: delete old", 1, async () =>
        {
            await handler.DeleteAsync(new DeleteRequest(Urn, created.Id, updated.Outputs, retagged), default);
            return true;
        });
        Assert.NotEqual(created.Id, replacement.Id);
        Assert.Equal(2, _logs.Count(l => l.Severity == LogSeverity.Warning && l.Urn == Urn && l.Message.Contains(created.Id, StringComparison.Ordinal)));

        // Import of the replacement by id: inputs match the program, so no diff.
        var imported = await Step("import", 1, () => handler.ReadAsync(new ReadRequest(Urn, replacement.Id, PropertyMap.Empty, PropertyMap.Empty), default));
        var importCheck = await handler.CheckAsync(CheckRequest(changed) with { Olds = imported.Inputs }, default);
        Assert.Equal(DiffChanges.None, (await handler.DiffAsync(
            new DiffRequest(Urn, replacement.Id, imported.Outputs, imported.Inputs, importCheck.Inputs, ImmutableArray<string>.Empty), default)).Changes);
        Assert.Equal(program[listProperty], imported.Inputs[listProperty]);

        // Out-of-band deletion: refresh drops the resource.
        await _aws.GroundStation.DeleteDataflowEndpointGroupAsync(new DeleteDataflowEndpointGroupRequest { DataflowEndpointGroupId = replacement.Id });
        var gone = await Step("refresh after out-of-band delete", 1, () => handler.ReadAsync(new ReadRequest(Urn, replacement.Id, replacement.Outputs, changed), default));
        Assert.Null(gone.Id);

        // Destroy of something already gone succeeds.
        await Step("destroy (already gone)", 1, async () =>
        {
            await handler.DeleteAsync(new DeleteRequest(Urn, replacement.Id, replacement.Outputs, changed), default);
            return true;
        });
    }

    private Task<T> Step<T>(string name, int expectedCalls, Func<Task<T>> action) =>
        CallCountSteps.Step(_aws.Emulator, _output, name, expectedCalls, action);

    private ProviderServices Services() => CallCountSteps.EmulatorServices(_aws, _logs);

    private static PropertyMap Inputs(string listProperty, string entry) => PropertyJson.FromJObject(JObject.Parse($$"""
        { "{{listProperty}}": [{{entry}}], "contactPrePassDurationSeconds": 120, "tags": { "mission": "jpss-1", "stage": "a" } }
        """));

    private static CheckRequest CheckRequest(PropertyMap news) =>
        new(Urn, "downlink", DataflowEndpointGroupHandler.TypeToken, PropertyMap.Empty, news, new byte[32]);

    private static DiffRequest Diff(CreateResult created, PropertyMap olds, PropertyMap news) =>
        new(Urn, created.Id, created.Outputs, olds, news, ImmutableArray<string>.Empty);
}
