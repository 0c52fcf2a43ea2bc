using Awsdirect.Provider.Aws.GroundStation;
using Newtonsoft.Json.Linq;
using Pulumirpc;
using Xunit.Abstractions;

namespace Awsdirect.Integration.Tests.Engine.GroundStation;

/// <summary>
/// <c>awsdirect:groundstation:Config</c> through the engine protocol: the built plugin, driven by the mini
/// engine, against the emulator. Each step prints and asserts the AWS calls it cost.
/// </summary>
public sealed class ConfigEngineTests : IClassFixture<PluginFixture>
{
    private const string Type = "awsdirect:groundstation:Config";
    private const string Name = "jpss1-downlink";
    private const string CentreValue = "configData.antennaDownlinkDemodDecodeConfig.spectrumConfig.centerFrequency.value";

    private const string DemodJson =
        """{"type":"QPSK","qpsk":{"carrierFrequencyRecovery":{"centerFrequency":{"value":7812,"units":"MHz"},"range":{"value":250,"units":"kHz"}},"symbolTimingRecovery":{"symbolRate":{"value":15,"units":"Msps"},"range":{"value":0.75,"units":"ksps"},"matchedFilter":{"type":"ROOT_RAISED_COSINE","rolloffFactor":0.5}}}}""";

    private const string DecodeJson =
        """{"edges":[{"from":"I-Ingress","to":"UncodedFramesEgress"}],"nodeConfigs":{"I-Ingress":{"type":"CODED_SYMBOLS_INGRESS","codedSymbolsIngress":{"source":"I"}},"UncodedFramesEgress":{"type":"UNCODED_FRAMES_EGRESS"}}}""";

    private readonly PluginFixture _fx;
    private readonly ITestOutputHelper _output;

    public ConfigEngineTests(PluginFixture fx, ITestOutputHelper output)
    {
        _fx = fx;
        _output = output;
        _fx.Emulator.Reset();
        _fx.Engine.ClearLogs();
    }

    private static JObject Program(double centreMHz = 7812, string mission = "jpss-1") => new()
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
                ["demodulationConfig"] = new JObject { ["unvalidatedJSON"] = DemodJson },
                ["decodeConfig"] = new JObject { ["unvalidatedJSON"] = DecodeJson },
            },
        },
        ["tags"] = new JObject { ["mission"] = mission },
    };

    private static JObject Downlink() => JObject.Parse("""
        { "configData": { "antennaDownlinkConfig": { "spectrumConfig": {
            "centerFrequency": { "value": 7812, "units": "MHz" }, "bandwidth": { "value": 30, "units": "MHz" }, "polarization": "RIGHT_HAND" } } },
          "tags": { "mission": "jpss-1" } }
        """);

    [Fact]
    public async Task Lifecycle_PreviewCreateNoOpUpdateReplaceRefreshDestroy_CallCounts()
    {
        var driver = _fx.NewDriver();
        var urn = driver.Urn(Type, Name);

        var preview = await Step("preview (create)", 0, () => driver.PreviewAsync(Type, Name, Program()));
        Assert.Equal(StepKind.Create, preview.Kind);
        Assert.Equal("<unknown>", (string?)preview.Outputs!["arn"]);
        Assert.Equal("antenna-downlink-demod-decode", (string?)preview.Outputs["configType"]);

        var created = await Step("up (create)", 1, () => driver.UpAsync(Type, Name, Program()));
        Assert.Equal(StepKind.Create, created.Kind);
        Assert.Matches("^jpss1-downlink-[a-z0-9]{7}$", (string?)created.Outputs!["name"]);
        Assert.EndsWith(":config/antenna-downlink-demod-decode/" + created.Id, (string?)created.Outputs["arn"], StringComparison.Ordinal);

        var noOp = await Step("preview (no change)", 0, () => driver.PreviewAsync(Type, Name, Program()));
        Assert.Equal(StepKind.Same, noOp.Kind);

        var updatePreview = await Step("preview (update)", 0, () => driver.PreviewAsync(Type, Name, Program(8100)));
        Assert.Equal(StepKind.Update, updatePreview.Kind);
        Assert.Contains(CentreValue, updatePreview.Diff!.DetailedDiff.Keys);
        // The plugin sends logs to the engine in the background, so wait for the warning to arrive.
        Assert.NotNull(await _fx.Engine.WaitForLogAsync(l => l.Severity == LogSeverity.Warning && l.Urn == urn && l.Message.Contains("scheduled after the update", StringComparison.Ordinal)));

        var updated = await Step("up (update)", 1, () => driver.UpAsync(Type, Name, Program(8100)));
        Assert.Equal(StepKind.Update, updated.Kind);
        Assert.Equal(created.Id, updated.Id);
        Assert.NotNull(await _fx.Engine.WaitForLogAsync(l => l.Severity == LogSeverity.Warning && l.Urn == urn && l.Message.Contains("was updated", StringComparison.Ordinal)));

        var retag = await Step("up (tags only)", 1, () => driver.UpAsync(Type, Name, Program(8100, mission: "noaa-20")));
        Assert.Equal(StepKind.Update, retag.Kind);

        var replaced = await Step("up (type change: replace)", 2, () => driver.UpAsync(Type, Name, Downlink()));
        Assert.Equal(StepKind.Replace, replaced.Kind);
        Assert.False(replaced.Diff!.DeleteBeforeReplace);
        Assert.NotEqual(created.Id, replaced.Id);
        Assert.Equal("antenna-downlink", (string?)replaced.Outputs!["configType"]);

        await Step("refresh (unchanged)", 1, () => driver.RefreshAsync(urn));
        Assert.Equal(StepKind.Same, (await Step("preview after refresh", 0, () => driver.PreviewAsync(Type, Name, Downlink()))).Kind);

        await Step("destroy", 1, () => driver.DestroyAsync(urn));
        Assert.Empty(driver.State);
    }

    [Fact]
    public async Task Refresh_OutOfBandChangeAndDeletion()
    {
        var driver = _fx.NewDriver();
        var urn = driver.Urn(Type, Name);
        var created = await driver.UpAsync(Type, Name, Program());
        var aws = Client();
        var current = await aws.GetConfigAsync(new GetConfigRequest { ConfigId = created.Id!, ConfigType = "antenna-downlink-demod-decode" });
        await aws.UpdateConfigAsync(new UpdateConfigRequest
        {
            ConfigId = created.Id!,
            ConfigType = "antenna-downlink-demod-decode",
            Name = current.Name,
            ConfigData = current.ConfigData with
            {
                AntennaDownlinkDemodDecodeConfig = current.ConfigData.AntennaDownlinkDemodDecodeConfig! with
                {
                    SpectrumConfig = current.ConfigData.AntennaDownlinkDemodDecodeConfig.SpectrumConfig with
                    {
                        CenterFrequency = new Frequency { Value = 8200, Units = FrequencyUnits.MHz },
                    },
                },
            },
        });
        await _fx.ClearCallsAsync();

        await Step("refresh (changed out of band)", 1, () => driver.RefreshAsync(urn));
        Assert.Equal(8200, (double)driver.State[urn].Inputs.SelectToken(CentreValue)!);
        var back = await Step("preview (restore program)", 0, () => driver.PreviewAsync(Type, Name, Program()));
        Assert.Equal(StepKind.Update, back.Kind);
        Assert.Equal([CentreValue], back.Diff!.DetailedDiff.Keys);

        await aws.DeleteConfigAsync(new DeleteConfigRequest { ConfigId = created.Id!, ConfigType = "antenna-downlink-demod-decode" });
        await _fx.ClearCallsAsync();
        var gone = await Step("refresh (deleted out of band)", 1, () => driver.RefreshAsync(urn));
        Assert.Equal(StepKind.Delete, gone.Kind);
        Assert.False(driver.State.ContainsKey(urn));
    }

    [Fact]
    public async Task Import_ByArnAndByTypeSlashId_MatchingProgramHasNoDiff()
    {
        var creator = _fx.NewDriver();
        var program = Program();
        program["name"] = "jpss1-imported";
        var created = await creator.UpAsync(Type, Name, program);
        creator.Forget(creator.Urn(Type, Name));
        await _fx.ClearCallsAsync();

        var byArn = await Step("import (ARN)", 1, () => _fx.NewDriver().ImportAsync(Type, Name, (string)created.Outputs!["arn"]!, program));
        Assert.False(byArn.HasDiff);
        Assert.Equal(created.Id, byArn.State!.Id);

        var byTypeAndId = await Step("import (type/id)", 1, () => _fx.NewDriver().ImportAsync(Type, Name, "antenna-downlink-demod-decode/" + created.Id, program));
        Assert.False(byTypeAndId.HasDiff);

        var importer = _fx.NewDriver();
        await importer.ImportAsync(Type, Name, (string)created.Outputs!["arn"]!, program);
        await Step("destroy imported", 1, () => importer.DestroyAsync(importer.Urn(Type, Name)));
    }

    [Fact]
    public async Task Preview_BadInputs_FailuresNamePathsAndNoAwsCalls()
    {
        var driver = _fx.NewDriver();
        var program = Program(9100);
        program["configData"]!["antennaDownlinkDemodDecodeConfig"]!["demodulationConfig"]!["unvalidatedJSON"] = "{\"type\": ";

        var result = await Step("preview (bad inputs)", 0, () => driver.PreviewAsync(Type, Name, program));

        Assert.Equal(StepKind.Failed, result.Kind);
        Assert.Contains(result.Failures, f => f.Property == CentreValue && f.Reason.Contains("downlink frequency band", StringComparison.Ordinal));
        Assert.Contains(result.Failures, f => f.Property == "configData.antennaDownlinkDemodDecodeConfig.demodulationConfig.unvalidatedJSON");
    }

    private Task<T> Step<T>(string name, int expectedCalls, Func<Task<T>> action) =>
        CallCountSteps.Step(_fx, _output, name, expectedCalls, action);

    private IGroundStationApi Client() => CallCountSteps.GroundStationClient(_fx);
}
