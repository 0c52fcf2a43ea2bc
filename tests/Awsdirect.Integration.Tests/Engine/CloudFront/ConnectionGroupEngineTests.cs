using AwsEmulator;
using AwsEmulator.Control;
using Grpc.Core;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace Awsdirect.Integration.Tests.Engine.CloudFront;

/// <summary>The emulator deploys at once (every write answers Deployed), so each step shows its minimum AWS calls.</summary>
public sealed class InstantDeployPluginFixture : PluginFixture
{
    protected override EmulatorOptions EmulatorOptions => new() { CloudFrontDeploymentDelay = TimeSpan.Zero };
}

/// <summary>
/// <c>awsdirect:cloudfront:ConnectionGroup</c> through the real plugin process over gRPC, driven the way the
/// engine drives it, against the emulator. Every step asserts the exact AWS calls the emulator answered.
/// </summary>
public sealed class ConnectionGroupEngineTests : IClassFixture<InstantDeployPluginFixture>
{
    private const string Type = "awsdirect:cloudfront:ConnectionGroup";

    private readonly InstantDeployPluginFixture _fx;
    private readonly ITestOutputHelper _output;

    public ConnectionGroupEngineTests(InstantDeployPluginFixture fx, ITestOutputHelper output)
    {
        _fx = fx;
        _output = output;
    }

    [Fact]
    public async Task Lifecycle_PreviewCreateNoOpUpdateRefreshReplaceDestroy_MinimumAwsCalls()
    {
        var driver = _fx.NewDriver();
        await _fx.ClearCallsAsync();
        var program = JObject.Parse("""{ "name": "edge-life", "tags": { "team": "edge" } }""");

        var preview = await driver.PreviewAsync(Type, "edge", program);
        Assert.Equal(StepKind.Create, preview.Kind);
        foreach (var output in new[] { "arn", "etag", "routingEndpoint", "status", "isDefault", "createdTime", "lastModifiedTime" })
        {
            Assert.Equal("<unknown>", (string?)preview.Outputs![output]);
        }

        Assert.Equal("edge-life", (string?)preview.Outputs!["name"]);
        await ExpectCalls("preview", []);

        var created = await driver.UpAsync(Type, "edge", program);
        Assert.Equal(StepKind.Create, created.Kind);
        Assert.StartsWith("cg_", created.Id, StringComparison.Ordinal);
        Assert.EndsWith(":connection-group/" + created.Id, (string?)created.Outputs!["arn"], StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string?)created.Outputs["etag"]));
        Assert.Equal("Deployed", (string?)created.Outputs["status"]);
        Assert.EndsWith(".cloudfront.net", (string?)created.Outputs["routingEndpoint"], StringComparison.Ordinal);
        await ExpectCalls("create", ["CreateConnectionGroup"]);

        var rePreview = await driver.PreviewAsync(Type, "edge", program);
        Assert.Equal(StepKind.Same, rePreview.Kind);
        await ExpectCalls("no-op preview", []);

        var updateProgram = (JObject)program.DeepClone();
        updateProgram["ipv6Enabled"] = false;
        var updated = await driver.UpAsync(Type, "edge", updateProgram);
        Assert.Equal(StepKind.Update, updated.Kind);
        Assert.False((bool)updated.Outputs!["ipv6Enabled"]!);
        Assert.NotEqual((string?)created.Outputs["etag"], (string?)updated.Outputs["etag"]);
        await ExpectCalls("in-place update", ["UpdateConnectionGroup"]);

        var refreshed = await driver.RefreshAsync(created.Urn);
        Assert.Equal(StepKind.Refresh, refreshed.Kind);
        Assert.Equal((string?)updated.Outputs["etag"], (string?)refreshed.Outputs!["etag"]);
        await ExpectCalls("refresh", ["GetConnectionGroup"]);
        Assert.Equal(StepKind.Same, (await driver.PreviewAsync(Type, "edge", updateProgram)).Kind);
        await ExpectCalls("preview after refresh", []);

        // An explicit name: delete-before-replace. The old group is enabled, so it is disabled first.
        var renamedProgram = (JObject)updateProgram.DeepClone();
        renamedProgram["name"] = "edge-life-2";
        var replaced = await driver.UpAsync(Type, "edge", renamedProgram);
        Assert.Equal(StepKind.Replace, replaced.Kind);
        Assert.True(replaced.Diff!.DeleteBeforeReplace);
        Assert.Contains("name", replaced.Diff.Replaces);
        Assert.NotEqual(created.Id, replaced.Id);
        Assert.Equal(["Check", "Diff", "Check", "Delete", "Create"], driver.Calls.TakeLast(5));
        await ExpectCalls("replace (name)", ["UpdateConnectionGroup", "DeleteConnectionGroup", "CreateConnectionGroup"]);

        await driver.DestroyAsync(replaced.Urn);
        await ExpectCalls("destroy (enabled group)", ["UpdateConnectionGroup", "DeleteConnectionGroup"]);
        foreach (var id in new[] { created.Id!, replaced.Id! })
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => _fx.NewDriver().ImportAsync(Type, "probe", id, []));
        }

        await ExpectCalls("probe reads", ["GetConnectionGroup", "GetConnectionGroup"], failed: 2);
    }

    [Fact]
    public async Task Up_AfterOutOfBandChange_FailsClearlyAndOverwritesNothing()
    {
        var driver = _fx.NewDriver();
        var program = JObject.Parse("""{ "name": "edge-oob" }""");
        var created = await driver.UpAsync(Type, "edge", program);
        await _fx.ClearCallsAsync();

        // Someone disables the group in the console: its ETag moves on.
        await OutOfBandDisableAsync(created.Id!);

        var changed = (JObject)program.DeepClone();
        changed["ipv6Enabled"] = false;
        var ex = await Assert.ThrowsAsync<RpcException>(() => driver.UpAsync(Type, "edge", changed));
        Assert.Contains("changed outside Pulumi", ex.Message, StringComparison.Ordinal);
        Assert.Contains("pulumi refresh", ex.Message, StringComparison.Ordinal);
        await ExpectCalls("update after out-of-band change", ["UpdateConnectionGroup"], failed: 1);
        Assert.Equal((string?)created.Outputs!["etag"], (string?)driver.State[created.Urn].Outputs["etag"]);

        var refreshed = await driver.RefreshAsync(created.Urn);
        Assert.False((bool)refreshed.Outputs!["enabled"]!);
        await ExpectCalls("refresh", ["GetConnectionGroup"]);

        // The program says enabled (by default): after refresh the update shows that and goes through.
        var retry = await driver.UpAsync(Type, "edge", changed);
        Assert.Equal(StepKind.Update, retry.Kind);
        Assert.True((bool)retry.Outputs!["enabled"]!);
        Assert.False((bool)retry.Outputs["ipv6Enabled"]!);
        await ExpectCalls("update after refresh", ["UpdateConnectionGroup"]);

        await driver.DestroyAsync(created.Urn);
        await ExpectCalls("destroy (enabled group)", ["UpdateConnectionGroup", "DeleteConnectionGroup"]);
    }

    [Fact]
    public async Task Import_ById_MatchingProgramHasNoDiff()
    {
        var owner = _fx.NewDriver();
        var program = JObject.Parse("""{ "name": "edge-import", "ipv6Enabled": false, "tags": { "team": "edge", "stage": "prod" } }""");
        var created = await owner.UpAsync(Type, "original", program);
        await _fx.ClearCallsAsync();

        var importer = _fx.NewDriver();
        var imported = await importer.ImportAsync(Type, "adopted", created.Id!, program);

        Assert.False(imported.HasDiff, imported.Diff?.ToString());
        Assert.Equal(created.Id, imported.State!.Id);
        Assert.Equal("edge-import", (string?)imported.ReadInputs["name"]);
        await ExpectCalls("import", ["GetConnectionGroup"]);

        Assert.Equal(StepKind.Same, (await importer.PreviewAsync(Type, "adopted", program)).Kind);
        await ExpectCalls("preview after import", []);

        await importer.DestroyAsync(imported.Urn);
        await ExpectCalls("destroy (enabled group)", ["UpdateConnectionGroup", "DeleteConnectionGroup"]);
    }

    [Fact]
    public async Task Destroy_DisabledGroup_OneCall()
    {
        var driver = _fx.NewDriver();
        var created = await driver.UpAsync(Type, "edge", JObject.Parse("""{ "name": "edge-off", "enabled": false }"""));
        await _fx.ClearCallsAsync();

        await driver.DestroyAsync(created.Urn);

        await ExpectCalls("destroy (disabled group)", ["DeleteConnectionGroup"]);
    }

    [Fact]
    public async Task Refresh_GroupDeletedOutOfBand_DropsFromState()
    {
        var driver = _fx.NewDriver();
        var created = await driver.UpAsync(Type, "edge", JObject.Parse("""{ "name": "edge-gone", "enabled": false }"""));
        var other = _fx.NewDriver();
        await other.ImportAsync(Type, "edge", created.Id!, JObject.Parse("""{ "name": "edge-gone", "enabled": false }"""));
        await other.DestroyAsync(other.Urn(Type, "edge"));
        await _fx.ClearCallsAsync();

        var refreshed = await driver.RefreshAsync(created.Urn);

        Assert.Equal(StepKind.Delete, refreshed.Kind);
        Assert.False(driver.State.ContainsKey(created.Urn));
        await ExpectCalls("refresh of a deleted group", ["GetConnectionGroup"], failed: 1);
    }

    [Fact]
    public async Task AutoNamed_StableAcrossPreviewsAndUps()
    {
        var driver = _fx.NewDriver();
        var program = JObject.Parse("""{ "enabled": false }""");

        var created = await driver.UpAsync(Type, "auto", program);
        var name = (string?)created.Outputs!["name"];
        Assert.Matches("^auto-[a-z0-9]{7}$", name);

        Assert.Equal(StepKind.Same, (await driver.PreviewAsync(Type, "auto", program)).Kind);
        Assert.Equal(StepKind.Same, (await driver.UpAsync(Type, "auto", program)).Kind);
        Assert.Equal(name, (string?)driver.State[created.Urn].Outputs["name"]);
        await driver.DestroyAsync(created.Urn);
    }

    [Fact]
    public async Task Check_BadTagsAndUnknownProperty_FailuresNameProperties()
    {
        var driver = _fx.NewDriver();
        await _fx.ClearCallsAsync();

        var result = await driver.PreviewAsync(Type, "bad", JObject.Parse("""{ "name": "x", "tags": { "aws:owner": "me", "ok": "a;b" }, "colour": "blue" }"""));

        Assert.Equal(StepKind.Failed, result.Kind);
        Assert.Contains(result.Failures, f => f.Property == "tags[\"aws:owner\"]" && f.Reason.StartsWith("reserved tag key", StringComparison.Ordinal));
        Assert.Contains(result.Failures, f => f.Property == "tags.ok" && f.Reason.StartsWith("tag value characters", StringComparison.Ordinal));
        Assert.Contains(result.Failures, f => f.Property == "colour");
        await ExpectCalls("check", []);
    }

    private async Task OutOfBandDisableAsync(string id)
    {
        // A second, independent engine session (another stack importing the same group) makes the change.
        var other = _fx.NewDriver(stack: "console");
        await other.ImportAsync(Type, "oob", id, JObject.Parse("""{ "name": "edge-oob" }"""));
        await other.UpAsync(Type, "oob", JObject.Parse("""{ "name": "edge-oob", "enabled": false }"""));
        await _fx.ClearCallsAsync();
    }

    private async Task ExpectCalls(string step, string[] operations, int failed = 0)
    {
        IReadOnlyList<RecordedCall> calls = await _fx.TakeCallsAsync();
        _output.WriteLine($"{step}: {calls.Count} AWS call(s) {string.Join(", ", calls.Select(c => c.Operation + (c.ErrorCode is null ? "" : $" ({c.ErrorCode})")))}");
        Assert.Equal(operations, calls.Select(c => c.Operation));
        Assert.Equal(failed, calls.Count(c => c.ErrorCode is not null));
    }
}
