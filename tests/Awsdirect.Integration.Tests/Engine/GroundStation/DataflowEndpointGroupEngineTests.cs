using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Grpc.Core;
using Newtonsoft.Json.Linq;
using Pulumirpc;
using Xunit.Abstractions;

namespace Awsdirect.Integration.Tests.Engine.GroundStation;

/// <summary>
/// <c>awsdirect:groundstation:DataflowEndpointGroup</c> (a dataflow endpoint with VPC security details) and
/// <c>awsdirect:groundstation:DataflowEndpointGroupV2</c> (a downlink agent endpoint) through the engine
/// protocol: the built plugin, driven by the mini engine, against the emulator. Each step prints and
/// asserts the AWS calls it cost.
/// </summary>
public sealed class DataflowEndpointGroupEngineTests : IClassFixture<PluginFixture>
{
    private const string V1 = "awsdirect:groundstation:DataflowEndpointGroup";
    private const string V2 = "awsdirect:groundstation:DataflowEndpointGroupV2";
    private const string ConfigType = "awsdirect:groundstation:Config";
    private const string ProfileType = "awsdirect:groundstation:MissionProfile";
    private const string Name = "jpss1-group";
    private const string UuidPattern = "^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$";

    private readonly PluginFixture _fx;
    private readonly ITestOutputHelper _output;

    public DataflowEndpointGroupEngineTests(PluginFixture fx, ITestOutputHelper output)
    {
        _fx = fx;
        _output = output;
        _fx.Emulator.Reset();
        _fx.Engine.ClearLogs();
    }

    /// <summary>The endpoint's name, which a dataflow-endpoint config names to use the group.</summary>
    private static string EndpointName(string type) => type == V1 ? "jpss1-downlink" : "digif-downlink";

    private static string EndpointsProperty(string type) => type == V1 ? "endpointDetails" : "endpoints";

    private static string EndpointNamePath(string type) =>
        type == V1 ? "endpointDetails[0].endpoint.name" : "endpoints[0].downlinkAwsGroundStationAgentEndpoint.name";

    private static string PortPath(string type) =>
        type == V1
            ? "endpointDetails[0].endpoint.address.port"
            : "endpoints[0].downlinkAwsGroundStationAgentEndpoint.dataflowDetails.agentConnectionDetails.egressAddressAndPort.socketAddress.port";

    private static string CreateOperation(string type) => type == V1 ? "CreateDataflowEndpointGroup" : "CreateDataflowEndpointGroupV2";

    /// <summary>The program; <paramref name="port"/> is the port data reaches (v1: the endpoint's, V2: the agent's egress).</summary>
    private static JObject Program(string type, int port = 55888, JObject? tags = null)
    {
        var entry = type == V1
            ? JObject.Parse($$"""
                { "endpoint": { "name": "jpss1-downlink", "address": { "name": "10.0.1.12", "port": {{port}} }, "mtu": 1500 },
                  "securityDetails": { "subnetIds": ["subnet-0123456789abcdef0"], "securityGroupIds": ["sg-0123456789abcdef0"],
                                       "roleArn": "arn:aws:iam::123456789012:role/GroundStationDataflowRole" } }
                """)
            : JObject.Parse($$"""
                { "downlinkAwsGroundStationAgentEndpoint": { "name": "digif-downlink", "dataflowDetails": { "agentConnectionDetails": {
                    "agentIpAndPortAddress": { "socketAddress": { "name": "3.4.5.6", "portRange": { "minimum": 43000, "maximum": 43010 } } },
                    "egressAddressAndPort": { "socketAddress": { "name": "10.0.2.20", "port": {{port}} } } } } } }
                """);
        return new JObject
        {
            [EndpointsProperty(type)] = new JArray(entry),
            ["contactPrePassDurationSeconds"] = 120,
            ["contactPostPassDurationSeconds"] = 180,
            ["tags"] = tags ?? new JObject { ["mission"] = "jpss-1", ["stage"] = "a" },
        };
    }

    [Theory]
    [InlineData(V1)]
    [InlineData(V2)]
    public async Task Lifecycle_PreviewCreateNoOpTagsReplaceRefreshDestroy_CallCounts(string type)
    {
        var driver = _fx.NewDriver();
        var urn = driver.Urn(type, Name);

        var preview = await Step("preview (create)", [], () => driver.PreviewAsync(type, Name, Program(type)));
        Assert.Equal(StepKind.Create, preview.Kind);
        Assert.Equal(StructJson.Unknown, (string?)preview.Outputs!["arn"]);
        Assert.Equal(StructJson.Unknown, (string?)preview.Outputs["dataflowEndpointGroupId"]);
        Assert.Equal(StructJson.Unknown, (string?)preview.Outputs["endpointsHealth"]);
        Assert.Null(preview.Id);

        // Create answers only the id; the ARN (holding the account id) needs one read.
        var created = await Step("up (create)", [CreateOperation(type), "GetDataflowEndpointGroup"], () => driver.UpAsync(type, Name, Program(type)));
        Assert.Equal(StepKind.Create, created.Kind);
        Assert.Matches(UuidPattern, created.Id);
        Assert.Equal(created.Id, (string?)created.Outputs!["dataflowEndpointGroupId"]);
        Assert.Equal($"arn:aws:groundstation:{PluginFixture.Region}:123456789012:dataflow-endpoint-group/{created.Id}", (string?)created.Outputs["arn"]);
        Assert.Equal(EndpointName(type), (string?)created.Outputs.SelectToken(EndpointNamePath(type)));

        var noOp = await Step("preview (no change)", [], () => driver.PreviewAsync(type, Name, Program(type)));
        Assert.Equal(StepKind.Same, noOp.Kind);
        Assert.Equal(["Check", "Create", "Check", "Create", "Check", "Diff"], driver.Calls);

        // Tags alone change in place: "mission" changed, "stage" dropped.
        var retag = new JObject { ["mission"] = "noaa-20" };
        var tagPreview = await Step("preview (tags only)", [], () => driver.PreviewAsync(type, Name, Program(type, tags: retag)));
        Assert.Equal(StepKind.Update, tagPreview.Kind);
        Assert.Equal(["tags"], tagPreview.Diff!.DetailedDiff.Keys);
        Assert.Empty(tagPreview.Diff.Replaces);
        var retagged = await Step("up (tags only)", ["TagResource", "UntagResource"], () => driver.UpAsync(type, Name, Program(type, tags: retag)));
        Assert.Equal(StepKind.Update, retagged.Kind);
        Assert.Equal(created.Id, retagged.Id);
        AssertJson(new JObject { ["mission"] = "noaa-20" }, retagged.Outputs!["tags"]);
        var afterTags = await Client().GetDataflowEndpointGroupAsync(new GetDataflowEndpointGroupRequest { DataflowEndpointGroupId = created.Id! });
        Assert.Equal("noaa-20", Assert.Single(afterTags.Tags!, t => t.Key == "mission").Value);
        Assert.Single(afterTags.Tags!);

        // An endpoint change replaces (no update API), new group first; operators hear it at preview.
        var replacePreview = await Step("preview (endpoint change)", [], () => driver.PreviewAsync(type, Name, Program(type, 50011, retag)));
        Assert.Equal(StepKind.Replace, replacePreview.Kind);
        Assert.Equal([EndpointsProperty(type)], replacePreview.Diff!.Replaces);
        Assert.False(replacePreview.Diff.DeleteBeforeReplace);
        Assert.Equal(StructJson.Unknown, (string?)replacePreview.Outputs!["arn"]);
        var previewWarning = await Warning(urn, "will be replaced", created.Id!);
        Assert.NotNull(previewWarning);
        Assert.Contains("Contacts already scheduled", previewWarning.Message, StringComparison.Ordinal);
        // Nothing before the endpoint change (create, no-op, tags) warned about a replacement.
        Assert.Single(Warnings(urn, "will be replaced"));

        var replaced = await Step("up (endpoint change: replace)",
            [CreateOperation(type), "GetDataflowEndpointGroup", "DeleteDataflowEndpointGroup"],
            () => driver.UpAsync(type, Name, Program(type, 50011, retag)));
        Assert.Equal(StepKind.Replace, replaced.Kind);
        Assert.NotEqual(created.Id, replaced.Id);
        Assert.Equal(replaced.Id, driver.State[urn].Id);
        Assert.Equal(50011, (int)replaced.Outputs!.SelectToken(PortPath(type))!);
        Assert.NotNull(await Warning(urn, "was deleted", created.Id!));
        Assert.Equal(2, Warnings(urn, "will be replaced").Count);
        var oldGone = await Assert.ThrowsAsync<AwsServiceException>(() => Client().GetDataflowEndpointGroupAsync(new GetDataflowEndpointGroupRequest { DataflowEndpointGroupId = created.Id! }));
        Assert.True(oldGone.IsNotFound);

        await Step("refresh (unchanged)", ["GetDataflowEndpointGroup"], () => driver.RefreshAsync(urn));
        Assert.Equal(StepKind.Same, (await Step("preview after refresh", [], () => driver.PreviewAsync(type, Name, Program(type, 50011, retag)))).Kind);

        await Step("destroy", ["DeleteDataflowEndpointGroup"], () => driver.DestroyAsync(urn));
        Assert.Empty(driver.State);
        Assert.Empty((await Client().ListDataflowEndpointGroupsAsync(new ListDataflowEndpointGroupsRequest())).DataflowEndpointGroupList ?? []);
    }

    [Theory]
    [InlineData(V1)]
    [InlineData(V2)]
    public async Task Refresh_OutOfBandTagChangeThenDeletion_StateFollowsAws(string type)
    {
        var driver = _fx.NewDriver();
        var urn = driver.Urn(type, Name);
        var created = await driver.UpAsync(type, Name, Program(type));
        var aws = Client();
        await aws.TagResourceAsync(new TagResourceRequest
        {
            ResourceArn = (string)created.Outputs!["arn"]!,
            Tags = new Dictionary<string, string> { ["mission"] = "changed-by-hand" },
        });

        var refreshed = await Step("refresh (tag changed out of band)", ["GetDataflowEndpointGroup"], () => driver.RefreshAsync(urn));
        Assert.Equal(StepKind.Refresh, refreshed.Kind);
        Assert.Equal(created.Id, refreshed.Id);
        AssertJson(new JObject { ["mission"] = "changed-by-hand", ["stage"] = "a" }, driver.State[urn].Inputs["tags"]);
        // The endpoints were not touched, so refresh keeps the program's spelling of them.
        AssertJson(Program(type)[EndpointsProperty(type)], driver.State[urn].Inputs[EndpointsProperty(type)]);

        var back = await Step("preview (restore program)", [], () => driver.PreviewAsync(type, Name, Program(type)));
        Assert.Equal(StepKind.Update, back.Kind);
        Assert.Equal(["tags"], back.Diff!.DetailedDiff.Keys);
        await Step("up (restore tags)", ["TagResource"], () => driver.UpAsync(type, Name, Program(type)));
        var restored = await aws.GetDataflowEndpointGroupAsync(new GetDataflowEndpointGroupRequest { DataflowEndpointGroupId = created.Id! });
        Assert.Equal("jpss-1", restored.Tags!["mission"]);

        await aws.DeleteDataflowEndpointGroupAsync(new DeleteDataflowEndpointGroupRequest { DataflowEndpointGroupId = created.Id! });
        var gone = await Step("refresh (deleted out of band)", ["GetDataflowEndpointGroup"], () => driver.RefreshAsync(urn));
        Assert.Equal(StepKind.Delete, gone.Kind);
        Assert.False(driver.State.ContainsKey(urn));

        var recreated = await Step("up (create again)", [CreateOperation(type), "GetDataflowEndpointGroup"], () => driver.UpAsync(type, Name, Program(type)));
        Assert.Equal(StepKind.Create, recreated.Kind);
        Assert.NotEqual(created.Id, recreated.Id);
    }

    [Theory]
    [InlineData(V1)]
    [InlineData(V2)]
    public async Task Import_ByUuidAndByArn_MatchingProgramPreviewsNoChange(string type)
    {
        var creator = _fx.NewDriver();
        var created = await creator.UpAsync(type, Name, Program(type));
        var arn = (string)created.Outputs!["arn"]!;

        foreach (var (form, id) in new[] { ("UUID", created.Id!), ("ARN", arn) })
        {
            var importer = _fx.NewDriver();
            var imported = await Step($"import ({form})", ["GetDataflowEndpointGroup"], () => importer.ImportAsync(type, Name, id, Program(type)));
            Assert.False(imported.HasDiff);
            Assert.Equal(created.Id, imported.State!.Id);
            Assert.Equal(arn, (string?)imported.ReadOutputs["arn"]);
            AssertJson(Program(type)[EndpointsProperty(type)], imported.ReadInputs[EndpointsProperty(type)]);
            Assert.Equal(["Read", "Check", "Diff"], importer.Calls);

            var preview = await Step($"preview after import ({form})", [], () => importer.PreviewAsync(type, Name, Program(type)));
            Assert.Equal(StepKind.Same, preview.Kind);
        }

        // A program that differs from what AWS has is not imported silently.
        var changed = await _fx.NewDriver().ImportAsync(type, Name, created.Id!, Program(type, 50011));
        Assert.True(changed.HasDiff);
        Assert.Equal([EndpointsProperty(type)], changed.Diff!.Replaces);

        // The other version's type refuses the group and names the type to use.
        var other = type == V1 ? V2 : V1;
        var wrongType = await Assert.ThrowsAsync<RpcException>(() => _fx.NewDriver().ImportAsync(other, Name, created.Id!, Program(type)));
        Assert.Contains("import it as " + type, wrongType.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(V1)]
    [InlineData(V2)]
    public async Task Up_ReplaceGroupWhoseEndpointMissionProfileNames_NewGroupFirstThenOldDeleted(string type)
    {
        // AWS ties no group to a mission profile (its dataflow-endpoint config names an endpoint, not a
        // group), so replacing the group the profile's endpoint lives in is a plain create-before-delete.
        var driver = _fx.NewDriver();
        var groupUrn = driver.Urn(type, Name);
        var group = await driver.UpAsync(type, Name, Program(type));
        var profile = await UpMissionProfileAsync(driver, EndpointName(type));

        var replaced = await Step("up (endpoint change: replace the group in use)",
            [CreateOperation(type), "GetDataflowEndpointGroup", "DeleteDataflowEndpointGroup"],
            () => driver.UpAsync(type, Name, Program(type, 50011)));

        Assert.Equal(StepKind.Replace, replaced.Kind);
        Assert.NotEqual(group.Id, replaced.Id);
        Assert.Equal(replaced.Id, driver.State[groupUrn].Id);
        Assert.Equal(replaced.Id, (await Client().GetDataflowEndpointGroupAsync(new GetDataflowEndpointGroupRequest { DataflowEndpointGroupId = replaced.Id! })).DataflowEndpointGroupId);
        var old = await Assert.ThrowsAsync<Provider.Aws.Core.AwsServiceException>(() =>
            Client().GetDataflowEndpointGroupAsync(new GetDataflowEndpointGroupRequest { DataflowEndpointGroupId = group.Id! }));
        Assert.True(old.IsNotFound);
        var unchangedProfile = await Step("preview mission profile (unchanged)", [], () => driver.PreviewAsync(ProfileType, "jpss1", (JObject)driver.State[profile.Urn].Inputs.DeepClone()));
        Assert.Equal(StepKind.Same, unchangedProfile.Kind);
    }

    /// <summary>A downlink profile whose dataflow-endpoint config names <paramref name="endpointName"/>, all through the plugin.</summary>
    private static async Task<StepResult> UpMissionProfileAsync(EngineDriver driver, string endpointName)
    {
        var tracking = await driver.UpAsync(ConfigType, "jpss1-tracking",
            JObject.Parse("""{ "configData": { "trackingConfig": { "autotrack": "PREFERRED" } } }"""));
        var downlink = await driver.UpAsync(ConfigType, "jpss1-downlink", JObject.Parse("""
            { "configData": { "antennaDownlinkConfig": { "spectrumConfig": {
                "centerFrequency": { "value": 7812, "units": "MHz" }, "bandwidth": { "value": 30, "units": "MHz" }, "polarization": "RIGHT_HAND" } } } }
            """));
        var endpoint = await driver.UpAsync(ConfigType, "jpss1-endpoint", new JObject
        {
            ["configData"] = new JObject { ["dataflowEndpointConfig"] = new JObject { ["dataflowEndpointName"] = endpointName } },
        });
        return await driver.UpAsync(ProfileType, "jpss1", new JObject
        {
            ["minimumViableContactDurationSeconds"] = 60,
            ["dataflowEdges"] = new JArray(new JObject { ["source"] = downlink.Outputs!["arn"], ["destination"] = endpoint.Outputs!["arn"] }),
            ["trackingConfigArn"] = tracking.Outputs!["arn"],
        });
    }

    private static void AssertJson(JToken? expected, JToken? actual) =>
        Assert.True(JToken.DeepEquals(expected, actual), $"expected {expected?.ToString(Newtonsoft.Json.Formatting.None)}\n  actual {actual?.ToString(Newtonsoft.Json.Formatting.None)}");

    private Task<LogRequest?> Warning(string urn, params string[] fragments) => CallCountSteps.Warning(_fx, urn, fragments);

    private List<LogRequest> Warnings(string urn, params string[] fragments) => CallCountSteps.Warnings(_fx, urn, fragments);

    private Task<T> Step<T>(string name, string[] expectedOperations, Func<Task<T>> action) =>
        CallCountSteps.Step(_fx, _output, name, expectedOperations, action);

    private IGroundStationApi Client() => CallCountSteps.GroundStationClient(_fx);
}
