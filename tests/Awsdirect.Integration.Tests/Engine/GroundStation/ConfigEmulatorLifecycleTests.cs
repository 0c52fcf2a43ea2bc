using System.Collections.Immutable;
using Awsdirect.Integration.Tests.Aws;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.Common;
using Awsdirect.Provider.Resources.GroundStation.Configs;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace Awsdirect.Integration.Tests.Engine.GroundStation;

/// <summary>
/// The config handler with the provider's real Ground Station client against the emulator, with
/// JPSS-1 values: every lifecycle step, and how many AWS calls each one costs (printed, and asserted exactly).
/// </summary>
public sealed class ConfigEmulatorLifecycleTests : IClassFixture<EmulatorClients>
{
    private const string Urn = "urn:pulumi:dev::mission::awsdirect:groundstation:Config::jpss1-downlink";

    private const string Demod =
        """{"type":"QPSK","qpsk":{"carrierFrequencyRecovery":{"centerFrequency":{"value":7812,"units":"MHz"},"range":{"value":250,"units":"kHz"}},"symbolTimingRecovery":{"symbolRate":{"value":15,"units":"Msps"},"range":{"value":0.75,"units":"ksps"},"matchedFilter":{"type":"ROOT_RAISED_COSINE","rolloffFactor":0.5}}}}""";

    private const string Decode =
        """{"edges":[{"from":"I-Ingress","to":"IQ-Recombiner"},{"from":"Q-Ingress","to":"IQ-Recombiner"},{"from":"IQ-Recombiner","to":"CcsdsViterbiDecoder"},{"from":"CcsdsViterbiDecoder","to":"NrzmDecoder"},{"from":"NrzmDecoder","to":"UncodedFramesEgress"}],"nodeConfigs":{"I-Ingress":{"type":"CODED_SYMBOLS_INGRESS","codedSymbolsIngress":{"source":"I"}},"Q-Ingress":{"type":"CODED_SYMBOLS_INGRESS","codedSymbolsIngress":{"source":"Q"}},"IQ-Recombiner":{"type":"IQ_RECOMBINER"},"CcsdsViterbiDecoder":{"type":"CCSDS_171_133_VITERBI_DECODER","ccsds171133ViterbiDecoder":{"codeRate":"ONE_HALF"}},"NrzmDecoder":{"type":"NRZ_M_DECODER"},"UncodedFramesEgress":{"type":"UNCODED_FRAMES_EGRESS"}}}""";

    private const string CentreValue = "configData.antennaDownlinkDemodDecodeConfig.spectrumConfig.centerFrequency.value";

    private readonly EmulatorClients _aws;
    private readonly ITestOutputHelper _output;
    private readonly List<(LogSeverity Severity, string Message, string? Urn)> _logs = [];

    public ConfigEmulatorLifecycleTests(EmulatorClients aws, ITestOutputHelper output)
    {
        _aws = aws;
        _output = output;
        _aws.Reset();
    }

    public static PropertyMap DemodDecode(double centreMHz = 7812) => PropertyJson.FromJObject(new JObject
    {
        ["configData"] = new JObject
        {
            ["antennaDownlinkDemodDecodeConfig"] = new JObject
            {
                ["spectrumConfig"] = new JObject
                {
                    ["centerFrequency"] = new JObject { ["value"] = centreMHz, ["units"] = "MHz" },
                    ["bandwidth"] = new JObject { ["value"] = 30, ["units"] = "MHz" },
                    ["polarization"] = "RIGHT_HAND",
                },
                ["demodulationConfig"] = new JObject { ["unvalidatedJSON"] = Demod },
                ["decodeConfig"] = new JObject { ["unvalidatedJSON"] = Decode },
            },
        },
        ["tags"] = new JObject { ["mission"] = "jpss-1", ["stage"] = "a" },
    });

    public static PropertyMap Tracking() => PropertyJson.FromJObject(JObject.Parse("""{ "configData": { "trackingConfig": { "autotrack": "PREFERRED" } } }"""));

    public static PropertyMap DataflowEndpoint() => PropertyJson.FromJObject(JObject.Parse(
        """{ "configData": { "dataflowEndpointConfig": { "dataflowEndpointName": "jpss1-downlink", "dataflowEndpointRegion": "us-west-2" } } }"""));

    [Fact]
    public async Task DemodDecode_EveryStep_WithCallCounts()
    {
        var handler = new ConfigHandler(Services());
        var program = DemodDecode();

        // Preview of a create: Check + Create(preview) cost nothing; the type is already known.
        var inputs = (await Step("check", 0, () => handler.CheckAsync(CheckRequest(program), default))).Inputs;
        Assert.Matches("^jpss1-downlink-[a-z0-9]{7}$", inputs["name"].StringValue);
        var preview = await Step("preview create", 0, () => handler.CreateAsync(new CreateRequest(Urn, inputs, Preview: true), default));
        Assert.True(preview.Outputs["arn"].IsComputed);
        Assert.Equal("antenna-downlink-demod-decode", preview.Outputs["configType"].StringValue);

        // Create: one call (CreateConfig answers id, type and ARN and takes the tags).
        var created = await Step("create", 1, () => handler.CreateAsync(new CreateRequest(Urn, inputs, Preview: false), default));
        Assert.Matches("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$", created.Id);
        Assert.EndsWith(":config/antenna-downlink-demod-decode/" + created.Id, created.Outputs["arn"].StringValue, StringComparison.Ordinal);
        Assert.Equal("CreateConfig", _aws.Emulator.Calls[0].Operation);

        // No-op preview of the same program (a fresh seed: the recorded auto-name is kept).
        var again = (await handler.CheckAsync(CheckRequest(program, inputs) with { RandomSeed = [1, 2, 3] }, default)).Inputs;
        var noOp = await Step("no-op diff", 0, () => handler.DiffAsync(Diff(created, inputs, again), default));
        Assert.Equal(DiffChanges.None, noOp.Changes);

        // Refresh of an unchanged config: one read, and the next diff stays empty.
        var refreshed = await Step("refresh", 1, () => handler.ReadAsync(new ReadRequest(Urn, created.Id, created.Outputs, inputs), default));
        Assert.Equal(DiffChanges.None, (await handler.DiffAsync(Diff(created, refreshed.Inputs, inputs), default)).Changes);

        // In-place update of the centre frequency plus a tag change: UpdateConfig + TagResource + UntagResource, and warnings.
        var retagged = DemodDecode(8100).Set("tags", PropertyValue.Create(new PropertyMap().Set("mission", "noaa-20")));
        var changed = (await handler.CheckAsync(CheckRequest(retagged, inputs), default)).Inputs;
        var updateDiff = await Step("update diff", 0, () => handler.DiffAsync(Diff(created, inputs, changed), default));
        Assert.Empty(updateDiff.Replaces);
        Assert.Contains(CentreValue, updateDiff.DetailedDiff.Keys);
        var updated = await Step("update", 3, () => handler.UpdateAsync(
            new UpdateRequest(Urn, created.Id, created.Outputs, inputs, changed, Preview: false, ImmutableArray<string>.Empty), default));
        Assert.Equal(2, _logs.Count(l => l.Severity == LogSeverity.Warning && l.Urn == Urn && l.Message.Contains(created.Id, StringComparison.Ordinal)));
        var afterUpdate = await handler.ReadAsync(new ReadRequest(Urn, created.Id, updated.Outputs, changed), default);
        Assert.Equal(DiffChanges.None, (await handler.DiffAsync(Diff(created with { Outputs = updated.Outputs }, afterUpdate.Inputs, changed), default)).Changes);
        Assert.Equal("test", afterUpdate.Inputs["tags"].ObjectValue["env"].StringValue);
        Assert.False(afterUpdate.Inputs["tags"].ObjectValue.ContainsKey("stage"));

        // Import by ARN: one read; the program (without a name) then shows no diff.
        var imported = await Step("import", 1, () => handler.ReadAsync(new ReadRequest(Urn, updated.Outputs["arn"].StringValue, PropertyMap.Empty, PropertyMap.Empty), default));
        var importCheck = await handler.CheckAsync(CheckRequest(retagged, imported.Inputs), default);
        Assert.Equal(DiffChanges.None, (await handler.DiffAsync(
            new DiffRequest(Urn, imported.Id!, imported.Outputs, imported.Inputs, importCheck.Inputs, ImmutableArray<string>.Empty), default)).Changes);

        // Destroy: one call; refresh then finds it gone; a second destroy (already gone) succeeds.
        await Step("destroy", 1, async () =>
        {
            await handler.DeleteAsync(new DeleteRequest(Urn, created.Id, updated.Outputs, changed), default);
            return true;
        });
        var gone = await Step("refresh after delete", 1, () => handler.ReadAsync(new ReadRequest(Urn, created.Id, updated.Outputs, changed), default));
        Assert.Null(gone.Id);
        await Step("destroy (already gone)", 1, async () =>
        {
            await handler.DeleteAsync(new DeleteRequest(Urn, created.Id, updated.Outputs, changed), default);
            return true;
        });
    }

    [Fact]
    public async Task TypeChange_ReplacesWithCreateThenDelete()
    {
        var handler = new ConfigHandler(Services());
        var inputs = (await handler.CheckAsync(CheckRequest(Tracking()), default)).Inputs;
        var created = await handler.CreateAsync(new CreateRequest(Urn, inputs, Preview: false), default);
        var news = (await handler.CheckAsync(CheckRequest(DataflowEndpoint(), inputs), default)).Inputs;

        var diff = await Step("replace diff", 0, () => handler.DiffAsync(Diff(created, inputs, news), default));
        Assert.Equal(["configData"], diff.Replaces);
        Assert.False(diff.DeleteBeforeReplace);
        var replacement = await Step("replace: create", 1, () => handler.CreateAsync(new CreateRequest(Urn, news, Preview: false), default));
        await Step("replace: delete old", 1, async () =>
        {
            await handler.DeleteAsync(new DeleteRequest(Urn, created.Id, created.Outputs, inputs), default);
            return true;
        });

        Assert.Equal("dataflow-endpoint", replacement.Outputs["configType"].StringValue);
        Assert.Equal(inputs["name"], replacement.Outputs["name"]);
        Assert.Null((await handler.ReadAsync(new ReadRequest(Urn, created.Id, created.Outputs, inputs), default)).Id);
    }

    [Fact]
    public async Task OutOfBandChange_RefreshShowsItAndUpdateRestoresProgram()
    {
        var handler = new ConfigHandler(Services());
        var inputs = (await handler.CheckAsync(CheckRequest(DemodDecode()), default)).Inputs;
        var created = await handler.CreateAsync(new CreateRequest(Urn, inputs, Preview: false), default);
        var current = await _aws.GroundStation.GetConfigAsync(new GetConfigRequest { ConfigId = created.Id, ConfigType = "antenna-downlink-demod-decode" });
        var data = current.ConfigData.AntennaDownlinkDemodDecodeConfig!;
        await _aws.GroundStation.UpdateConfigAsync(new UpdateConfigRequest
        {
            ConfigId = created.Id,
            ConfigType = "antenna-downlink-demod-decode",
            Name = current.Name,
            ConfigData = current.ConfigData with
            {
                AntennaDownlinkDemodDecodeConfig = data with { SpectrumConfig = data.SpectrumConfig with { Polarization = Polarization.LeftHand } },
            },
        });

        var refreshed = await Step("refresh (changed out of band)", 1, () => handler.ReadAsync(new ReadRequest(Urn, created.Id, created.Outputs, inputs), default));
        var diff = await handler.DiffAsync(Diff(created, refreshed.Inputs, inputs), default);

        Assert.Equal(["configData.antennaDownlinkDemodDecodeConfig.spectrumConfig.polarization"], diff.DetailedDiff.Keys);
        Assert.Empty(diff.Replaces);
        await Step("update back", 1, () => handler.UpdateAsync(
            new UpdateRequest(Urn, created.Id, refreshed.Outputs, refreshed.Inputs, inputs, Preview: false, ImmutableArray<string>.Empty), default));
    }

    [Fact]
    public async Task Delete_WhileMissionProfileUsesConfig_ClearErrorAndConfigKept()
    {
        var handler = new ConfigHandler(Services());
        var tracking = (await handler.CheckAsync(CheckRequest(Tracking()), default)).Inputs;
        var trackingConfig = await handler.CreateAsync(new CreateRequest(Urn, tracking, Preview: false), default);
        var antenna = await handler.CreateAsync(new CreateRequest(Urn, (await handler.CheckAsync(CheckRequest(DemodDecode()), default)).Inputs, Preview: false), default);
        var endpoint = await handler.CreateAsync(new CreateRequest(Urn, (await handler.CheckAsync(CheckRequest(DataflowEndpoint()), default)).Inputs, Preview: false), default);
        await _aws.GroundStation.CreateMissionProfileAsync(new CreateMissionProfileRequest
        {
            Name = "jpss1",
            MinimumViableContactDurationSeconds = 60,
            DataflowEdges = [[antenna.Outputs["arn"].StringValue, endpoint.Outputs["arn"].StringValue]],
            TrackingConfigArn = trackingConfig.Outputs["arn"].StringValue,
        });

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            handler.DeleteAsync(new DeleteRequest(Urn, trackingConfig.Id, trackingConfig.Outputs, tracking), default));

        Assert.Contains("mission profile still uses it", ex.Message, StringComparison.Ordinal);
        Assert.Equal(trackingConfig.Id, (await handler.ReadAsync(new ReadRequest(Urn, trackingConfig.Id, trackingConfig.Outputs, tracking), default)).Id);
    }

    private Task<T> Step<T>(string name, int expectedCalls, Func<Task<T>> action) =>
        CallCountSteps.Step(_aws.Emulator, _output, name, expectedCalls, action);

    private ProviderServices Services() => CallCountSteps.EmulatorServices(_aws, _logs);

    private static CheckRequest CheckRequest(PropertyMap news, PropertyMap? olds = null) =>
        new(Urn, "jpss1-downlink", ConfigHandler.TypeToken, olds ?? PropertyMap.Empty, news, new byte[32]);

    private static DiffRequest Diff(CreateResult created, PropertyMap olds, PropertyMap news) =>
        new(Urn, created.Id, created.Outputs, olds, news, ImmutableArray<string>.Empty);
}
