using Awsdirect.Provider.Aws.GroundStation;
using Newtonsoft.Json.Linq;
using Pulumirpc;
using Xunit.Abstractions;

namespace Awsdirect.Integration.Tests.Engine.GroundStation;

/// <summary>
/// <c>awsdirect:groundstation:MissionProfile</c> through the engine protocol: the built plugin, driven by
/// the mini engine, against the emulator. The full JPSS-1 downlink mission is built from the plugin's own
/// Config and DataflowEndpointGroup resources, the profile's edges wired from the configs' ARNs. Each step
/// prints and asserts the AWS calls it cost.
/// </summary>
public sealed class MissionProfileEngineTests : IClassFixture<PluginFixture>
{
    private const string ConfigType = "awsdirect:groundstation:Config";
    private const string GroupType = "awsdirect:groundstation:DataflowEndpointGroup";
    private const string ProfileType = "awsdirect:groundstation:MissionProfile";
    private const string ProfileName = "jpss1";

    private readonly PluginFixture _fx;
    private readonly ITestOutputHelper _output;

    public MissionProfileEngineTests(PluginFixture fx, ITestOutputHelper output)
    {
        _fx = fx;
        _output = output;
        _fx.Emulator.Reset();
        _fx.Engine.ClearLogs();
    }

    private static JObject Tracking() => JObject.Parse("""{ "configData": { "trackingConfig": { "autotrack": "PREFERRED" } }, "tags": { "mission": "jpss-1" } }""");

    private static JObject DemodDecode() => new()
    {
        ["configData"] = new JObject
        {
            ["antennaDownlinkDemodDecodeConfig"] = new JObject
            {
                ["spectrumConfig"] = new JObject
                {
                    ["centerFrequency"] = new JObject { ["value"] = 7812, ["units"] = "MHz" },
                    ["bandwidth"] = new JObject { ["value"] = 30, ["units"] = "MHz" },
                    ["polarization"] = "RIGHT_HAND",
                },
                ["demodulationConfig"] = new JObject { ["unvalidatedJSON"] = Jpss1MissionConfigs.Demodulation },
                ["decodeConfig"] = new JObject { ["unvalidatedJSON"] = Jpss1MissionConfigs.Decode },
            },
        },
        ["tags"] = new JObject { ["mission"] = "jpss-1" },
    };

    private static JObject EndpointConfig() => JObject.Parse(
        """{ "configData": { "dataflowEndpointConfig": { "dataflowEndpointName": "jpss1-downlink" } }, "tags": { "mission": "jpss-1" } }""");

    private static JObject Group() => JObject.Parse("""
        { "endpointDetails": [ {
            "endpoint": { "name": "jpss1-downlink", "address": { "name": "10.0.1.12", "port": 55888 }, "mtu": 1500 },
            "securityDetails": { "subnetIds": ["subnet-0123456789abcdef0"], "securityGroupIds": ["sg-0123456789abcdef0"],
                                 "roleArn": "arn:aws:iam::123456789012:role/GroundStationDataflowRole" } } ],
          "contactPrePassDurationSeconds": 120, "contactPostPassDurationSeconds": 180, "tags": { "mission": "jpss-1" } }
        """);

    private static JObject Profile(string tracking, string demodDecode, string endpoint, int minimumSeconds = 60) => new()
    {
        ["contactPrePassDurationSeconds"] = 120,
        ["contactPostPassDurationSeconds"] = 180,
        ["minimumViableContactDurationSeconds"] = minimumSeconds,
        ["dataflowEdges"] = new JArray(new JObject { ["source"] = demodDecode, ["destination"] = endpoint }),
        ["trackingConfigArn"] = tracking,
        ["tags"] = new JObject { ["mission"] = "jpss-1" },
    };

    [Fact]
    public async Task Jpss1Mission_PreviewUpNoOpUpdateRefreshImportDestroy_CallCounts()
    {
        var driver = _fx.NewDriver();
        var urn = driver.Urn(ProfileType, ProfileName);

        // First preview: nothing exists, so every ARN the profile needs is unknown.
        await Step("preview (whole mission)", 0, async () =>
        {
            foreach (var (name, inputs) in new[] { ("jpss1-tracking", Tracking()), ("jpss1-demod", DemodDecode()), ("jpss1-endpoint", EndpointConfig()) })
            {
                Assert.Equal(StepKind.Create, (await driver.PreviewAsync(ConfigType, name, inputs)).Kind);
            }

            Assert.Equal(StepKind.Create, (await driver.PreviewAsync(GroupType, "jpss1-group", Group())).Kind);
            var profile = await driver.PreviewAsync(ProfileType, ProfileName, Profile(StructJson.Unknown, StructJson.Unknown, StructJson.Unknown));
            Assert.Equal(StepKind.Create, profile.Kind);
            Assert.Equal(StructJson.Unknown, (string?)profile.Outputs!["arn"]);
            Assert.Equal(StructJson.Unknown, (string?)profile.Outputs["missionProfileId"]);
            return true;
        });

        // Up: the configs and the group first, then the profile wired from the configs' ARNs.
        var tracking = await Step("up: tracking config", 1, () => driver.UpAsync(ConfigType, "jpss1-tracking", Tracking()));
        var demod = await Step("up: demod/decode config", 1, () => driver.UpAsync(ConfigType, "jpss1-demod", DemodDecode()));
        var endpoint = await Step("up: dataflow-endpoint config", 1, () => driver.UpAsync(ConfigType, "jpss1-endpoint", EndpointConfig()));
        await Step("up: endpoint group", 2, () => driver.UpAsync(GroupType, "jpss1-group", Group()));
        string Arn(StepResult r) => (string)r.Outputs!["arn"]!;
        JObject Program(int minimumSeconds = 60) => Profile(Arn(tracking), Arn(demod) + "/UncodedFramesEgress", Arn(endpoint), minimumSeconds);

        var created = await Step("up: mission profile", 1, () => driver.UpAsync(ProfileType, ProfileName, Program()));
        Assert.Equal(StepKind.Create, created.Kind);
        Assert.Equal("arn:aws:groundstation:us-east-2:123456789012:mission-profile/" + created.Id, (string?)created.Outputs!["arn"]);
        Assert.Equal(PluginFixture.Region, (string?)created.Outputs["region"]);
        Assert.Matches("^jpss1-[a-z0-9]{7}$", (string?)created.Outputs["name"]);

        var noOp = await Step("preview (no change)", 0, () => driver.PreviewAsync(ProfileType, ProfileName, Program()));
        Assert.Equal(StepKind.Same, noOp.Kind);

        // Update: in place, and operators hear that scheduled contacts keep the old settings.
        var updatePreview = await Step("preview (update)", 0, () => driver.PreviewAsync(ProfileType, ProfileName, Program(90)));
        Assert.Equal(StepKind.Update, updatePreview.Kind);
        Assert.Equal(["minimumViableContactDurationSeconds"], updatePreview.Diff!.DetailedDiff.Keys);
        // The plugin queues log messages to the engine, so they may arrive just after the answer.
        Assert.NotNull(await _fx.Engine.WaitForLogAsync(l => l.Severity == LogSeverity.Warning && l.Urn == urn && l.Message.Contains("reserved afterwards", StringComparison.Ordinal)));
        var updated = await Step("up (update)", 1, () => driver.UpAsync(ProfileType, ProfileName, Program(90)));
        Assert.Equal(StepKind.Update, updated.Kind);
        Assert.Equal(created.Id, updated.Id);
        Assert.Equal(90, (int)updated.Outputs!["minimumViableContactDurationSeconds"]!);
        Assert.NotNull(await _fx.Engine.WaitForLogAsync(l => l.Severity == LogSeverity.Warning && l.Urn == urn && l.Message.Contains("was updated", StringComparison.Ordinal)));

        // Refresh of an unchanged profile changes nothing.
        await Step("refresh (unchanged)", 1, () => driver.RefreshAsync(urn));
        Assert.Equal(StepKind.Same, (await Step("preview after refresh", 0, () => driver.PreviewAsync(ProfileType, ProfileName, Program(90)))).Kind);

        // Deleted behind the program's back: refresh drops it, the next up creates it again.
        await Client().DeleteMissionProfileAsync(new DeleteMissionProfileRequest { MissionProfileId = created.Id! });
        var gone = await Step("refresh (deleted out of band)", 1, () => driver.RefreshAsync(urn));
        Assert.Equal(StepKind.Delete, gone.Kind);
        Assert.False(driver.State.ContainsKey(urn));
        var recreated = await Step("up (create again)", 1, () => driver.UpAsync(ProfileType, ProfileName, Program(90)));
        Assert.Equal(StepKind.Create, recreated.Kind);

        // Import into another stack's state by ARN: the same program shows no diff.
        var program = Program(90);
        program["name"] = (string)recreated.Outputs!["name"]!;
        var imported = await Step("import (ARN)", 1, () => _fx.NewDriver().ImportAsync(ProfileType, ProfileName, (string)recreated.Outputs["arn"]!, program));
        Assert.False(imported.HasDiff);
        Assert.Equal(recreated.Id, imported.State!.Id);

        // Destroy: the profile first (configs in use cannot be deleted), then what it used.
        await Step("destroy: mission profile", 1, () => driver.DestroyAsync(urn));
        await Step("destroy: group and configs", 4, async () =>
        {
            foreach (var resource in driver.State.Keys.ToList())
            {
                await driver.DestroyAsync(resource);
            }

            return true;
        });
        Assert.Empty(driver.State);
    }

    [Fact]
    public async Task Preview_S3RecordingAsEdgeSource_FailsNamingPathWithoutAwsCalls()
    {
        var driver = _fx.NewDriver();
        var s3 = "arn:aws:groundstation:us-east-2:123456789012:config/s3-recording/77777777-7777-4777-8777-777777777777";
        var endpoint = "arn:aws:groundstation:us-east-2:123456789012:config/dataflow-endpoint/55555555-5555-4555-8555-555555555555";
        var tracking = "arn:aws:groundstation:us-east-2:123456789012:config/tracking/11111111-1111-4111-8111-111111111111";

        var result = await Step("preview (bad edge)", 0, () => driver.PreviewAsync(ProfileType, ProfileName, Profile(tracking, s3, endpoint)));

        Assert.Equal(StepKind.Failed, result.Kind);
        Assert.Contains(result.Failures, f => f.Property == "dataflowEdges[0].source" && f.Reason.StartsWith("edge source", StringComparison.Ordinal));
        Assert.Equal(["Check"], driver.Calls);
    }

    [Fact]
    public async Task Up_EdgesReordered_NoUpdate()
    {
        var driver = _fx.NewDriver();
        var configs = await Jpss1MissionConfigs.CreateAsync(Client());
        var program = Profile(configs.Tracking, configs.DemodDecodeEgress, configs.Endpoint);
        ((JArray)program["dataflowEdges"]!).Add(new JObject { ["source"] = configs.Downlink, ["destination"] = configs.S3Recording });
        await driver.UpAsync(ProfileType, ProfileName, program);
        var reordered = (JObject)program.DeepClone();
        reordered["dataflowEdges"] = new JArray(((JArray)program["dataflowEdges"]!).Reverse());

        var result = await Step("up (edges reordered)", 0, () => driver.UpAsync(ProfileType, ProfileName, reordered));

        Assert.Equal(StepKind.Same, result.Kind);
    }

    private Task<T> Step<T>(string name, int expectedCalls, Func<Task<T>> action) =>
        CallCountSteps.Step(_fx, _output, name, expectedCalls, action);

    private IGroundStationApi Client() => CallCountSteps.GroundStationClient(_fx);
}
