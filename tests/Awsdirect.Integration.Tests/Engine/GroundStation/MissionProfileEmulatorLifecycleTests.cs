using System.Collections.Immutable;
using Awsdirect.Integration.Tests.Aws;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.GroundStation.MissionProfiles;
using Xunit.Abstractions;

namespace Awsdirect.Integration.Tests.Engine.GroundStation;

/// <summary>
/// The mission profile handler with the provider's real Ground Station client against the emulator,
/// wired to JPSS-1 configs: every lifecycle step, and how many AWS calls each one costs (printed, and
/// asserted exactly).
/// </summary>
public sealed class MissionProfileEmulatorLifecycleTests : IClassFixture<EmulatorClients>
{
    private const string Urn = "urn:pulumi:dev::mission::awsdirect:groundstation:MissionProfile::jpss1";

    private readonly EmulatorClients _aws;
    private readonly ITestOutputHelper _output;
    private readonly List<(LogSeverity Severity, string Message, string? Urn)> _logs = [];

    public MissionProfileEmulatorLifecycleTests(EmulatorClients aws, ITestOutputHelper output)
    {
        _aws = aws;
        _output = output;
        _aws.Reset();
    }

    [Fact]
    public async Task Jpss1Profile_EveryStep_WithCallCounts()
    {
        var configs = await Jpss1MissionConfigs.CreateAsync(_aws.GroundStation);
        var handler = new MissionProfileHandler(Services());
        var program = Program(configs);

        // Preview of a create: Check + Create(preview) cost nothing and leave outputs unknown.
        var inputs = (await Step("check", 0, () => handler.CheckAsync(CheckRequest(program), default))).Inputs;
        var preview = await Step("preview create", 0, () => handler.CreateAsync(new CreateRequest(Urn, inputs, Preview: true), default));
        Assert.True(preview.Outputs["arn"].IsComputed);

        // Create: one call; the ARN and region come from the tracking config's ARN and match what AWS reports.
        var created = await Step("create", 1, () => handler.CreateAsync(new CreateRequest(Urn, inputs, Preview: false), default));
        Assert.Matches("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$", created.Id);
        var actual = await _aws.GroundStation.GetMissionProfileAsync(new GetMissionProfileRequest { MissionProfileId = created.Id });
        Assert.Equal(actual.MissionProfileArn, created.Outputs["arn"].StringValue);
        Assert.Equal(actual.Region, created.Outputs["region"].StringValue);
        Assert.Equal([configs.DemodDecodeEgress, configs.Endpoint], actual.DataflowEdges![0]);
        Assert.Equal("test", actual.Tags!["env"]);

        // No-op preview, and a reordered edge list, cost nothing and change nothing.
        Assert.Equal(DiffChanges.None, (await Step("no-op diff", 0, () => handler.DiffAsync(Diff(created, inputs, inputs), default))).Changes);
        var reordered = (await handler.CheckAsync(CheckRequest(program.Set("dataflowEdges", Reversed(program["dataflowEdges"]))), default)).Inputs;
        Assert.Equal(DiffChanges.None, (await Step("reordered edges diff", 0, () => handler.DiffAsync(Diff(created, inputs, reordered), default))).Changes);

        // Refresh of an unchanged profile: one read, and the next diff stays empty.
        var refreshed = await Step("refresh", 1, () => handler.ReadAsync(new ReadRequest(Urn, created.Id, created.Outputs, inputs), default));
        Assert.Equal(DiffChanges.None, (await handler.DiffAsync(Diff(created, refreshed.Inputs, inputs), default)).Changes);

        // Rename, add an edge and retag: in place, UpdateMissionProfile + TagResource + UntagResource, with the operators' warning.
        var changedProgram = program
            .Set("name", "jpss1-downlink-v2")
            .Set("dataflowEdges", PropertyValue.Create(program["dataflowEdges"].ArrayValue.Add(Edge(configs.Downlink, configs.S3Recording))))
            .Set("tags", PropertyValue.Create(new PropertyMap().Set("mission", "noaa-20")));
        var changed = (await handler.CheckAsync(CheckRequest(changedProgram, inputs), default)).Inputs;
        var updateDiff = await Step("update diff", 0, () => handler.DiffAsync(Diff(created, inputs, changed), default));
        Assert.Empty(updateDiff.Replaces);
        Assert.Equal(PropertyDiffKind.Add, updateDiff.DetailedDiff["dataflowEdges[2]"].Kind);
        var updated = await Step("update", 3, () => handler.UpdateAsync(
            new UpdateRequest(Urn, created.Id, created.Outputs, inputs, changed, Preview: false, ImmutableArray<string>.Empty), default));
        // One warning at the diff (what preview shows), one once the update is applied.
        Assert.Equal(2, _logs.Count(l => l.Severity == LogSeverity.Warning && l.Urn == Urn && l.Message.Contains(created.Id, StringComparison.Ordinal)));
        var afterUpdate = await _aws.GroundStation.GetMissionProfileAsync(new GetMissionProfileRequest { MissionProfileId = created.Id });
        Assert.Equal("jpss1-downlink-v2", afterUpdate.Name);
        Assert.Equal(3, afterUpdate.DataflowEdges!.Count);
        Assert.Equal(new Dictionary<string, string> { ["env"] = "test", ["mission"] = "noaa-20" }, afterUpdate.Tags);

        // Tags only: one TagResource, no UpdateMissionProfile.
        var retagged = (await handler.CheckAsync(CheckRequest(changedProgram.Set("tags", PropertyValue.Create(new PropertyMap().Set("mission", "noaa-20").Set("team", "ops"))), changed), default)).Inputs;
        var afterTags = await Step("tag update", 1, () => handler.UpdateAsync(
            new UpdateRequest(Urn, created.Id, updated.Outputs, changed, retagged, Preview: false, ImmutableArray<string>.Empty), default));
        Assert.Equal("TagResource", _aws.Emulator.Calls[^1].Operation);

        // Dropping the telemetry sink cannot be done in place: replace (create new, then delete old).
        var withoutSink = retagged.Remove("telemetrySinkConfigArn");
        var replaceDiff = await Step("replace diff", 0, () => handler.DiffAsync(Diff(created with { Outputs = afterTags.Outputs }, retagged, withoutSink), default));
        Assert.Equal(["telemetrySinkConfigArn"], replaceDiff.Replaces);
        var replacement = await Step("replace: create", 1, () => handler.CreateAsync(new CreateRequest(Urn, withoutSink, Preview: false), default));
        await Step("replace: delete old", 1, async () =>
        {
            await handler.DeleteAsync(new DeleteRequest(Urn, created.Id, afterTags.Outputs, retagged), default);
            return true;
        });

        // Import of the replacement by ARN: the matching program shows no diff.
        var imported = await Step("import", 1, () => handler.ReadAsync(
            new ReadRequest(Urn, replacement.Outputs["arn"].StringValue, PropertyMap.Empty, PropertyMap.Empty), default));
        Assert.Equal(replacement.Id, imported.Id);
        var importCheck = await handler.CheckAsync(CheckRequest(withoutSink.Remove("__defaults"), imported.Inputs), default);
        Assert.Empty(importCheck.Failures);
        Assert.Equal(DiffChanges.None, (await handler.DiffAsync(
            new DiffRequest(Urn, replacement.Id, imported.Outputs, imported.Inputs, importCheck.Inputs, ImmutableArray<string>.Empty), default)).Changes);

        // Out-of-band deletion: refresh drops the profile; destroy of something already gone succeeds.
        await _aws.GroundStation.DeleteMissionProfileAsync(new DeleteMissionProfileRequest { MissionProfileId = replacement.Id });
        var gone = await Step("refresh after out-of-band delete", 1, () => handler.ReadAsync(new ReadRequest(Urn, replacement.Id, replacement.Outputs, withoutSink), default));
        Assert.Null(gone.Id);
        await Step("destroy (already gone)", 1, async () =>
        {
            await handler.DeleteAsync(new DeleteRequest(Urn, replacement.Id, replacement.Outputs, withoutSink), default);
            return true;
        });
    }

    [Fact]
    public async Task Create_ConfigDeletedMeanwhile_ClearErrorAfterOneCall()
    {
        var configs = await Jpss1MissionConfigs.CreateAsync(_aws.GroundStation);
        var id = configs.Endpoint2.Split('/')[^1];
        await _aws.GroundStation.DeleteConfigAsync(new DeleteConfigRequest { ConfigId = id, ConfigType = ConfigCapabilityType.DataflowEndpoint });
        var handler = new MissionProfileHandler(Services());
        var program = Program(configs).Set("dataflowEdges", PropertyValue.Create(new[] { Edge(configs.Downlink, configs.Endpoint2) }));
        var inputs = (await handler.CheckAsync(CheckRequest(program), default)).Inputs;

        var ex = await Step("create", 1, () => Assert.ThrowsAsync<ResourceException>(() => handler.CreateAsync(new CreateRequest(Urn, inputs, Preview: false), default)));

        Assert.Contains(configs.Endpoint2, ex.Message, StringComparison.Ordinal);
    }

    private static PropertyMap Program(Jpss1MissionConfigs configs) => new PropertyMap()
        .Set("name", "jpss1-downlink")
        .Set("contactPrePassDurationSeconds", 120)
        .Set("contactPostPassDurationSeconds", 180)
        .Set("minimumViableContactDurationSeconds", 60)
        .Set("dataflowEdges", PropertyValue.Create(new[] { Edge(configs.DemodDecodeEgress, configs.Endpoint), Edge(configs.Downlink, configs.Endpoint2) }))
        .Set("trackingConfigArn", configs.Tracking)
        .Set("telemetrySinkConfigArn", configs.Telemetry)
        .Set("streamsKmsKey", PropertyValue.Create(new PropertyMap().Set("kmsAliasName", "alias/groundstation-jpss1")))
        .Set("streamsKmsRole", "arn:aws:iam::123456789012:role/GroundStationKmsRole")
        .Set("tags", PropertyValue.Create(new PropertyMap().Set("mission", "jpss-1").Set("stage", "a")));

    private static PropertyValue Edge(string source, string destination) =>
        PropertyValue.Create(new PropertyMap().Set("source", source).Set("destination", destination));

    private static PropertyValue Reversed(PropertyValue edges) => PropertyValue.Create(edges.ArrayValue.Reverse());

    private Task<T> Step<T>(string name, int expectedCalls, Func<Task<T>> action) =>
        CallCountSteps.Step(_aws.Emulator, _output, name, expectedCalls, action);

    private ProviderServices Services() => CallCountSteps.EmulatorServices(_aws, _logs);

    private static CheckRequest CheckRequest(PropertyMap news, PropertyMap? olds = null) =>
        new(Urn, "jpss1", MissionProfileHandler.TypeToken, olds ?? PropertyMap.Empty, news, new byte[32]);

    private static DiffRequest Diff(CreateResult created, PropertyMap olds, PropertyMap news) =>
        new(Urn, created.Id, created.Outputs, olds, news, ImmutableArray<string>.Empty);
}
