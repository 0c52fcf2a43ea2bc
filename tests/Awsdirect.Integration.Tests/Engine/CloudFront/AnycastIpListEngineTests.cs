using AwsEmulator.Control;
using Grpc.Core;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace Awsdirect.Integration.Tests.Engine.CloudFront;

/// <summary>
/// <c>awsdirect:cloudfront:AnycastIpList</c> and its ties to connection groups, through the real plugin
/// process driven as the engine drives it, against the emulator (instant deployments), with exact AWS calls.
/// Where a connection group uses a list of the same stack, the test passes the list's outputs into the
/// group's inputs the way the engine does: known values as they are, the rest unknown.
/// </summary>
public sealed class AnycastIpListEngineTests : IClassFixture<InstantDeployPluginFixture>
{
    private const string ListType = "awsdirect:cloudfront:AnycastIpList";
    private const string GroupType = "awsdirect:cloudfront:ConnectionGroup";

    private readonly InstantDeployPluginFixture _fx;
    private readonly ITestOutputHelper _output;

    public AnycastIpListEngineTests(InstantDeployPluginFixture fx, ITestOutputHelper output)
    {
        _fx = fx;
        _output = output;
    }

    [Fact]
    public async Task Lifecycle_PreviewCreateUpdateTypeRefreshImportReplaceDestroy_MinimumAwsCalls()
    {
        var driver = _fx.NewDriver();
        await _fx.ClearCallsAsync();
        var program = JObject.Parse("""{ "name": "partner-ips", "ipCount": 3, "tags": { "team": "edge" } }""");

        var preview = await driver.PreviewAsync(ListType, "ips", program);
        Assert.Equal(StepKind.Create, preview.Kind);
        Assert.Equal("ipv4", (string?)preview.Outputs!["ipAddressType"]);
        Assert.Equal("<unknown>", (string?)preview.Outputs["anycastIps"]);
        await ExpectCalls("preview", []);

        var created = await driver.UpAsync(ListType, "ips", program);
        Assert.StartsWith("aip_", created.Id, StringComparison.Ordinal);
        Assert.EndsWith(":anycast-ip-list/" + created.Id, (string?)created.Outputs!["arn"], StringComparison.Ordinal);
        Assert.Equal("Deployed", (string?)created.Outputs["status"]);
        Assert.Equal(3, ((JArray)created.Outputs["anycastIps"]!).Count);
        Assert.False(string.IsNullOrEmpty((string?)created.Outputs["etag"]));
        await ExpectCalls("create", ["CreateAnycastIpList"]);

        Assert.Equal(StepKind.Same, (await driver.PreviewAsync(ListType, "ips", program)).Kind);
        await ExpectCalls("no-op preview", []);

        // ipAddressType changes in place (UpdateAnycastIpList with If-Match); IPv6 addresses join the list.
        var dual = (JObject)program.DeepClone();
        dual["ipAddressType"] = "dualstack";
        var updated = await driver.UpAsync(ListType, "ips", dual);
        Assert.Equal(StepKind.Update, updated.Kind);
        Assert.Equal("dualstack", (string?)updated.Outputs!["ipAddressType"]);
        Assert.Contains(((JArray)updated.Outputs["anycastIps"]!).Select(t => (string)t!), ip => ip.Contains(':', StringComparison.Ordinal));
        Assert.NotEqual((string?)created.Outputs["etag"], (string?)updated.Outputs["etag"]);
        await ExpectCalls("update ipAddressType", ["UpdateAnycastIpList"]);

        var refreshed = await driver.RefreshAsync(created.Urn);
        Assert.Equal((string?)updated.Outputs["etag"], (string?)refreshed.Outputs!["etag"]);
        await ExpectCalls("refresh", ["GetAnycastIpList", "ListTagsForResource"]);
        Assert.Equal(StepKind.Same, (await driver.PreviewAsync(ListType, "ips", dual)).Kind);

        var importer = _fx.NewDriver(stack: "adopter");
        var imported = await importer.ImportAsync(ListType, "adopted", created.Id!, dual);
        Assert.False(imported.HasDiff, imported.Diff?.ToString());
        await ExpectCalls("import", ["GetAnycastIpList", "ListTagsForResource"]);

        // ipCount cannot change in place: a written name is deleted first, then created again under the same name.
        var bigger = (JObject)dual.DeepClone();
        bigger["ipCount"] = 21;
        var replaced = await driver.UpAsync(ListType, "ips", bigger);
        Assert.Equal(StepKind.Replace, replaced.Kind);
        Assert.True(replaced.Diff!.DeleteBeforeReplace);
        Assert.Equal(["ipCount"], replaced.Diff.Replaces);
        Assert.NotEqual(created.Id, replaced.Id);
        Assert.Equal(42, ((JArray)replaced.Outputs!["anycastIps"]!).Count);
        await ExpectCalls("replace (ipCount)", ["ListConnectionGroups", "ListDistributionsByAnycastIpListId", "DeleteAnycastIpList", "GetAnycastIpList", "CreateAnycastIpList"], failed: 1);

        await driver.DestroyAsync(replaced.Urn);
        await ExpectCalls("destroy", ["ListConnectionGroups", "ListDistributionsByAnycastIpListId", "DeleteAnycastIpList", "GetAnycastIpList"], failed: 1);
    }

    [Fact]
    public async Task Check_IpCountAndNameOutsideModel_FailuresNamePropertyAndRule()
    {
        var driver = _fx.NewDriver();
        await _fx.ClearCallsAsync();

        var result = await driver.PreviewAsync(ListType, "bad", JObject.Parse("""{ "name": "not ok!", "ipCount": 5, "ipAddressType": "ipv5" }"""));

        Assert.Equal(StepKind.Failed, result.Kind);
        Assert.Contains(result.Failures, f => f.Property == "ipCount" && f.Reason.StartsWith("allowed values: CloudFront allocates 3 or 21", StringComparison.Ordinal));
        Assert.Contains(result.Failures, f => f.Property == "name" && f.Reason.Contains("pattern", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(result.Failures, f => f.Property == "ipAddressType");
        await ExpectCalls("check", []);
    }

    [Fact]
    public async Task Destroy_ListUsedByConnectionGroup_ChangesNothingAndNamesTheGroup()
    {
        var driver = _fx.NewDriver();
        var list = await driver.UpAsync(ListType, "shared", JObject.Parse("""{ "name": "shared-ips", "ipCount": 3 }"""));
        var group = await driver.UpAsync(GroupType, "edge", new JObject { ["name"] = "edge-on-list", ["anycastIpListId"] = list.Id, ["anycastIpListIpAddressType"] = "ipv4" });
        Assert.False((bool)group.Outputs!["ipv6Enabled"]!);
        await _fx.ClearCallsAsync();

        var ex = await Assert.ThrowsAsync<RpcException>(() => driver.DestroyAsync(list.Urn));

        Assert.Contains($"Anycast static IP list {list.Id} was not deleted", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"connection group {group.Id} (edge-on-list)", ex.Message, StringComparison.Ordinal);
        await ExpectCalls("refused destroy", ["ListConnectionGroups", "ListDistributionsByAnycastIpListId"]);

        // Dependents first, as the engine destroys: the group, then the list.
        await driver.DestroyAsync(group.Urn);
        await driver.DestroyAsync(list.Urn);
    }

    [Fact]
    public async Task Preview_GroupEnablesIpv6OnIpv4ListOfSameStack_RefusedAtCheckWithoutAwsCalls()
    {
        var driver = _fx.NewDriver();
        await _fx.ClearCallsAsync();

        // The list is new in this stack: preview knows its ipAddressType (an input) but not its id.
        var list = await driver.PreviewAsync(ListType, "ips", JObject.Parse("""{ "name": "v4-ips", "ipCount": 3 }"""));
        var group = new JObject
        {
            ["name"] = "edge-v6",
            ["ipv6Enabled"] = true,
            ["anycastIpListId"] = list.Outputs!["arn"]!.DeepClone(), // "<unknown>", as the list's id is at preview
            ["anycastIpListIpAddressType"] = list.Outputs["ipAddressType"]!.DeepClone(),
        };

        var refused = await driver.PreviewAsync(GroupType, "edge", group);

        Assert.Equal(StepKind.Failed, refused.Kind);
        var failure = Assert.Single(refused.Failures);
        Assert.Equal("ipv6Enabled", failure.Property);
        Assert.Contains("dual-stack Anycast static IP list", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("'ipv4'", failure.Reason, StringComparison.Ordinal);

        // Left out, ipv6Enabled follows the list: off on an IPv4 list, on for a dual-stack one.
        group.Remove("ipv6Enabled");
        var ipv4Preview = await driver.PreviewAsync(GroupType, "edge", group);
        Assert.Equal(StepKind.Create, ipv4Preview.Kind);
        Assert.False((bool)ipv4Preview.Outputs!["ipv6Enabled"]!);
        group["anycastIpListIpAddressType"] = "dualstack";
        Assert.True((bool)(await driver.PreviewAsync(GroupType, "edge", group)).Outputs!["ipv6Enabled"]!);
        await ExpectCalls("previews", []);
    }

    [Fact]
    public async Task Up_GroupEnablesIpv6OnListMadeElsewhere_RefusedBeforeAnyWrite()
    {
        var owner = _fx.NewDriver(stack: "network");
        var list = await owner.UpAsync(ListType, "ips", JObject.Parse("""{ "name": "elsewhere-ips", "ipCount": 3 }"""));
        var driver = _fx.NewDriver();
        await _fx.ClearCallsAsync();

        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            driver.UpAsync(GroupType, "edge", new JObject { ["name"] = "edge-elsewhere", ["ipv6Enabled"] = true, ["anycastIpListId"] = list.Id }));

        Assert.Contains($"list {list.Id} has ipAddressType 'ipv4'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was created", ex.Message, StringComparison.Ordinal);
        await ExpectCalls("refused create", ["GetAnycastIpList"]);
        Assert.Empty(driver.State);
        await owner.DestroyAsync(list.Urn);
    }

    private async Task ExpectCalls(string step, string[] operations, int failed = 0)
    {
        IReadOnlyList<RecordedCall> calls = await _fx.TakeCallsAsync();
        _output.WriteLine($"{step}: {calls.Count} AWS call(s) {string.Join(", ", calls.Select(c => c.Operation + (c.ErrorCode is null ? "" : $" ({c.ErrorCode})")))}");
        Assert.Equal(operations, calls.Select(c => c.Operation));
        Assert.Equal(failed, calls.Count(c => c.ErrorCode is not null));
    }
}
