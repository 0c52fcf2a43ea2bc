using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Grpc.Core;
using Newtonsoft.Json.Linq;
using Pulumirpc;
using Xunit.Abstractions;

namespace Awsdirect.Integration.Tests.Engine.GroundStation;

/// <summary>
/// The parts of the <c>awsdirect:groundstation:MissionProfile</c> lifecycle that
/// <see cref="MissionProfileEngineTests"/> leaves out, through the engine protocol against the emulator:
/// replacement when a member is cleared, refresh after changes made behind the program's back, the
/// operators' warnings as the engine receives them, and deleting a config a profile still uses.
/// Each step prints and asserts the AWS operations it made.
/// </summary>
public sealed class MissionProfileEngineLifecycleTests : IClassFixture<PluginFixture>
{
    private const string ConfigType = "awsdirect:groundstation:Config";
    private const string ProfileType = "awsdirect:groundstation:MissionProfile";
    private const string ProfileName = "jpss1";
    private const string KmsRole = "arn:aws:iam::123456789012:role/GroundStationStreamsKmsRole";

    private readonly PluginFixture _fx;
    private readonly ITestOutputHelper _output;

    public MissionProfileEngineLifecycleTests(PluginFixture fx, ITestOutputHelper output)
    {
        _fx = fx;
        _output = output;
        _fx.Emulator.Reset();
        _fx.Engine.ClearLogs();
    }

    private static JObject Program(Jpss1MissionConfigs configs, int minimumSeconds = 60, string mission = "jpss-1") => new()
    {
        ["contactPrePassDurationSeconds"] = 120,
        ["contactPostPassDurationSeconds"] = 180,
        ["minimumViableContactDurationSeconds"] = minimumSeconds,
        ["dataflowEdges"] = new JArray(new JObject { ["source"] = configs.DemodDecodeEgress, ["destination"] = configs.Endpoint }),
        ["trackingConfigArn"] = configs.Tracking,
        ["tags"] = new JObject { ["mission"] = mission },
    };

    /// <summary>The program with the members that only a replacement can clear.</summary>
    private static JObject WithClearable(JObject program, string members, Jpss1MissionConfigs configs)
    {
        var result = (JObject)program.DeepClone();
        if (members == "telemetry")
        {
            result["telemetrySinkConfigArn"] = configs.Telemetry;
        }
        else
        {
            result["streamsKmsKey"] = new JObject { ["kmsAliasName"] = "alias/jpss1-streams" };
            result["streamsKmsRole"] = KmsRole;
        }

        return result;
    }

    [Theory]
    [InlineData("telemetry", new[] { "telemetrySinkConfigArn" })]
    [InlineData("kms", new[] { "streamsKmsKey", "streamsKmsRole" })]
    public async Task Up_ClearedMemberUpdateCannotClear_ReplacesCreateBeforeDeleteAndWarnsAtPreview(string members, string[] cleared)
    {
        var driver = _fx.NewDriver();
        var urn = driver.Urn(ProfileType, ProfileName);
        var configs = await Jpss1MissionConfigs.CreateAsync(Client());
        var withMembers = WithClearable(Program(configs), members, configs);
        var created = await Step("up (create)", ["CreateMissionProfile"], () => driver.UpAsync(ProfileType, ProfileName, withMembers));

        var preview = await Step("preview (members cleared)", [], () => driver.PreviewAsync(ProfileType, ProfileName, Program(configs)));
        Assert.Equal(StepKind.Replace, preview.Kind);
        Assert.Equal(cleared, preview.Diff!.Replaces);
        Assert.False(preview.Diff.DeleteBeforeReplace);
        Assert.All(cleared, m => Assert.Equal(PropertyDiff.Types.Kind.DeleteReplace, preview.Diff.DetailedDiff[m].Kind));
        Assert.Equal(StructJson.Unknown, (string?)preview.Outputs!["arn"]);
        var warning = await Warning(urn, $"Mission profile {created.Id} will be replaced (cleared: {string.Join(", ", cleared)})");
        Assert.NotNull(warning);
        Assert.Contains("not moved to the new one", warning.Message, StringComparison.Ordinal);
        // A replacement is not an in-place update: no "contacts reserved afterwards" warning.
        Assert.Empty(Warnings(urn, "will be updated in place"));

        var replaced = await Step("up (replace)", ["CreateMissionProfile", "DeleteMissionProfile"],
            () => driver.UpAsync(ProfileType, ProfileName, Program(configs)));
        Assert.Equal(StepKind.Replace, replaced.Kind);
        Assert.NotEqual(created.Id, replaced.Id);
        Assert.Equal(replaced.Id, driver.State[urn].Id);
        Assert.Equal("arn:aws:groundstation:us-east-2:123456789012:mission-profile/" + replaced.Id, (string?)replaced.Outputs!["arn"]);
        Assert.All(cleared, m => Assert.Null(replaced.Outputs[m]));
        var aws = Client();
        var now = await aws.GetMissionProfileAsync(new GetMissionProfileRequest { MissionProfileId = replaced.Id! });
        Assert.Null(now.TelemetrySinkConfigArn);
        Assert.Null(now.StreamsKmsKey);
        Assert.Null(now.StreamsKmsRole);
        var old = await Assert.ThrowsAsync<AwsServiceException>(() => aws.GetMissionProfileAsync(new GetMissionProfileRequest { MissionProfileId = created.Id! }));
        Assert.True(old.IsNotFound);
        Assert.NotNull(await Warning(urn, $"Mission profile {created.Id} will be replaced"));
        Assert.Equal(2, Warnings(urn, "will be replaced").Count);

        Assert.Equal(StepKind.Same, (await Step("preview (after replace)", [], () => driver.PreviewAsync(ProfileType, ProfileName, Program(configs)))).Kind);
    }

    [Fact]
    public async Task Refresh_OutOfBandUpdateThenDeletion_StateFollowsAws()
    {
        var driver = _fx.NewDriver();
        var urn = driver.Urn(ProfileType, ProfileName);
        var configs = await Jpss1MissionConfigs.CreateAsync(Client());
        var created = await driver.UpAsync(ProfileType, ProfileName, Program(configs));
        var aws = Client();
        await aws.UpdateMissionProfileAsync(new UpdateMissionProfileRequest
        {
            MissionProfileId = created.Id!,
            MinimumViableContactDurationSeconds = 300,
            DataflowEdges = [[configs.DemodDecodeEgress, configs.Endpoint], [configs.Downlink, configs.S3Recording]],
        });

        var refreshed = await Step("refresh (updated out of band)", ["GetMissionProfile"], () => driver.RefreshAsync(urn));
        Assert.Equal(StepKind.Refresh, refreshed.Kind);
        var state = driver.State[urn];
        Assert.Equal(created.Id, state.Id);
        Assert.Equal(300, (int)state.Inputs["minimumViableContactDurationSeconds"]!);
        Assert.Equal(2, ((JArray)state.Inputs["dataflowEdges"]!).Count);
        Assert.Contains(state.Inputs["dataflowEdges"]!, e => (string?)e["source"] == configs.Downlink && (string?)e["destination"] == configs.S3Recording);
        // Untouched members keep the program's values.
        Assert.Equal(180, (int)state.Inputs["contactPostPassDurationSeconds"]!);
        Assert.Equal(configs.Tracking, (string?)state.Inputs["trackingConfigArn"]);

        var back = await Step("preview (restore program)", [], () => driver.PreviewAsync(ProfileType, ProfileName, Program(configs)));
        Assert.Equal(StepKind.Update, back.Kind);
        Assert.Equal(["dataflowEdges[1]", "minimumViableContactDurationSeconds"], back.Diff!.DetailedDiff.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(back.Diff.Replaces);
        var restored = await Step("up (restore program)", ["UpdateMissionProfile"], () => driver.UpAsync(ProfileType, ProfileName, Program(configs)));
        Assert.Equal(created.Id, restored.Id);
        var now = await aws.GetMissionProfileAsync(new GetMissionProfileRequest { MissionProfileId = created.Id! });
        Assert.Equal(60, now.MinimumViableContactDurationSeconds);
        Assert.Equal([configs.DemodDecodeEgress, configs.Endpoint], Assert.Single(now.DataflowEdges!));

        await aws.DeleteMissionProfileAsync(new DeleteMissionProfileRequest { MissionProfileId = created.Id! });
        var gone = await Step("refresh (deleted out of band)", ["GetMissionProfile"], () => driver.RefreshAsync(urn));
        Assert.Equal(StepKind.Delete, gone.Kind);
        Assert.False(driver.State.ContainsKey(urn));
    }

    [Fact]
    public async Task Update_WarningReachesEngineAtPreviewAndAtUp_NamingUrnProfileAndMembers()
    {
        var driver = _fx.NewDriver();
        var urn = driver.Urn(ProfileType, ProfileName);
        var configs = await Jpss1MissionConfigs.CreateAsync(Client());
        var created = await driver.UpAsync(ProfileType, ProfileName, Program(configs));

        // Tags do not change how contacts run, so a tags-only update says nothing to operators.
        var retagged = await Step("up (tags only)", ["TagResource"], () => driver.UpAsync(ProfileType, ProfileName, Program(configs, mission: "noaa-20")));
        Assert.Equal(StepKind.Update, retagged.Kind);

        var preview = await Step("preview (update)", [], () => driver.PreviewAsync(ProfileType, ProfileName, Program(configs, 90, "noaa-20")));
        Assert.Equal(StepKind.Update, preview.Kind);
        var previewWarning = await Warning(urn, $"Mission profile {created.Id} will be updated in place (minimumViableContactDurationSeconds)");
        Assert.NotNull(previewWarning);
        Assert.Contains("applies mission profile updates only to contacts reserved afterwards", previewWarning.Message, StringComparison.Ordinal);
        // Logs arrive in order, so by now any warning from the tags-only update would have arrived too.
        Assert.Single(Warnings(urn, "will be updated in place"));
        Assert.Empty(Warnings(urn, "was updated"));

        var updated = await Step("up (update)", ["UpdateMissionProfile"], () => driver.UpAsync(ProfileType, ProfileName, Program(configs, 90, "noaa-20")));
        Assert.Equal(StepKind.Update, updated.Kind);
        var upWarning = await Warning(urn, $"Mission profile {created.Id} was updated (minimumViableContactDurationSeconds)");
        Assert.NotNull(upWarning);
        Assert.Contains("Only contacts reserved from now on use the new settings", upWarning.Message, StringComparison.Ordinal);
        Assert.Equal(2, Warnings(urn, "will be updated in place").Count);
        Assert.Single(Warnings(urn, "was updated"));
        Assert.All(_fx.Engine.Logs.Where(l => l.Severity == LogSeverity.Warning), l => Assert.Equal(urn, l.Urn));
    }

    [Fact]
    public async Task DestroyConfig_WhileMissionProfileUsesIt_ClearErrorThenSucceedsOnceProfileIsGone()
    {
        var driver = _fx.NewDriver();
        var tracking = await driver.UpAsync(ConfigType, "jpss1-tracking", JObject.Parse("""{ "configData": { "trackingConfig": { "autotrack": "PREFERRED" } } }"""));
        var downlink = await driver.UpAsync(ConfigType, "jpss1-downlink", JObject.Parse("""
            { "configData": { "antennaDownlinkConfig": { "spectrumConfig": {
                "centerFrequency": { "value": 7812, "units": "MHz" }, "bandwidth": { "value": 30, "units": "MHz" }, "polarization": "RIGHT_HAND" } } } }
            """));
        var endpoint = await driver.UpAsync(ConfigType, "jpss1-endpoint",
            JObject.Parse("""{ "configData": { "dataflowEndpointConfig": { "dataflowEndpointName": "jpss1-downlink" } } }"""));
        var profile = await driver.UpAsync(ProfileType, ProfileName, new JObject
        {
            ["minimumViableContactDurationSeconds"] = 60,
            ["dataflowEdges"] = new JArray(new JObject { ["source"] = downlink.Outputs!["arn"], ["destination"] = endpoint.Outputs!["arn"] }),
            ["trackingConfigArn"] = tracking.Outputs!["arn"],
        });

        // Used as the tracking config and as an edge's destination: both refuse with the reason and the profile.
        foreach (var (config, type) in new[] { (tracking, "tracking"), (endpoint, "dataflow-endpoint") })
        {
            var ex = await Assert.ThrowsAsync<RpcException>(() => Step($"destroy {type} config (in use)", ["DeleteConfig"], () => driver.DestroyAsync(config.Urn)));
            Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
            Assert.Contains($"Config {config.Id} ({type}) cannot be deleted because a mission profile still uses it", ex.Message, StringComparison.Ordinal);
            Assert.Contains(profile.Id!, ex.Message, StringComparison.Ordinal);
            Assert.Contains("delete them first, then retry", ex.Message, StringComparison.Ordinal);
            Assert.Equal(config.Id, driver.State[config.Urn].Id);
        }

        Assert.Equal(4, driver.State.Count);
        await Step("destroy mission profile", ["DeleteMissionProfile"], () => driver.DestroyAsync(profile.Urn));
        foreach (var config in new[] { tracking, downlink, endpoint })
        {
            await Step("destroy config (no longer used)", ["DeleteConfig"], () => driver.DestroyAsync(config.Urn));
        }

        Assert.Empty(driver.State);
        Assert.Empty((await Client().ListConfigsAsync(new ListConfigsRequest())).ConfigList ?? []);
    }

    private Task<LogRequest?> Warning(string urn, string fragment) => CallCountSteps.Warning(_fx, urn, fragment);

    private List<LogRequest> Warnings(string urn, string fragment) => CallCountSteps.Warnings(_fx, urn, fragment);

    private Task<T> Step<T>(string name, string[] expectedOperations, Func<Task<T>> action) =>
        CallCountSteps.Step(_fx, _output, name, expectedOperations, action);

    private IGroundStationApi Client() => CallCountSteps.GroundStationClient(_fx);
}
