using AwsEmulator.Control;
using Grpc.Core;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace Awsdirect.Integration.Tests.Engine.CloudFront;

/// <summary>
/// Deletes that never cause an outage and that end when CloudFront has let the group go, through the
/// real plugin against the emulator's 300 ms deployments (a deleted group lingers, name taken, for as long).
/// </summary>
public sealed class ConnectionGroupDeleteEngineTests : IClassFixture<PluginFixture>
{
    private const string Type = "awsdirect:cloudfront:ConnectionGroup";
    private const string ListType = "awsdirect:cloudfront:AnycastIpList";

    private readonly PluginFixture _fx;
    private readonly ITestOutputHelper _output;

    public ConnectionGroupDeleteEngineTests(PluginFixture fx, ITestOutputHelper output)
    {
        _fx = fx;
        _output = output;
    }

    [Fact]
    public async Task Destroy_GroupUsedByTenants_ChangesNothingAndNamesThem()
    {
        var driver = _fx.NewDriver();
        var created = await driver.UpAsync(Type, "edge", JObject.Parse("""{ "name": "edge-tenanted" }"""));
        var eu = await EmulatorTenants.CreateAsync(_fx.Emulator, "shop-eu", created.Id!);
        var us = await EmulatorTenants.CreateAsync(_fx.Emulator, "shop-us", created.Id!);
        await _fx.ClearCallsAsync();

        var ex = await Assert.ThrowsAsync<RpcException>(() => driver.DestroyAsync(created.Urn));

        Assert.Contains("not deleted (nor disabled)", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"{eu} (shop-eu), {us} (shop-us)", ex.Message, StringComparison.Ordinal);
        await ExpectCalls("refused destroy", ["ListDistributionTenants"]);

        // Still enabled, still the same version: refresh sees no change at all.
        var refreshed = await driver.RefreshAsync(created.Urn);
        Assert.True((bool)refreshed.Outputs!["enabled"]!);
        Assert.Equal((string?)created.Outputs!["etag"], (string?)refreshed.Outputs["etag"]);
    }

    [Fact]
    public async Task DestroyThenCreateSameName_AsDeleteBeforeReplace_Succeeds()
    {
        var driver = _fx.NewDriver();
        var program = JObject.Parse("""{ "name": "edge-reborn", "enabled": false }""");
        var first = await driver.UpAsync(Type, "edge", program);
        await _fx.ClearCallsAsync();

        // The engine's delete-before-replace: Delete, then Create under the same name straight away.
        await driver.DestroyAsync(first.Urn);
        var second = await driver.UpAsync(Type, "edge", program);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal("edge-reborn", (string?)second.Outputs!["name"]);
        var calls = await _fx.TakeCallsAsync();
        _output.WriteLine(string.Join(", ", calls.Select(c => c.Operation + (c.ErrorCode is null ? "" : $" ({c.ErrorCode})"))));
        Assert.Equal("DeleteConnectionGroup", calls[0].Operation);
        Assert.Equal("CreateConnectionGroup", calls.Single(c => c.Operation == "CreateConnectionGroup").Operation);
        Assert.DoesNotContain(calls, c => c.ErrorCode == "EntityAlreadyExists");
        await driver.DestroyAsync(second.Urn);
    }

    [Fact]
    public async Task ReplaceAnycastListKeepingItsName_DeleteBeforeReplace_Succeeds()
    {
        var driver = _fx.NewDriver();
        var program = JObject.Parse("""{ "name": "ips-reborn", "ipCount": 3 }""");
        var first = await driver.UpAsync(ListType, "ips", program);
        await _fx.ClearCallsAsync();

        var bigger = (JObject)program.DeepClone();
        bigger["ipCount"] = 21;
        var replaced = await driver.UpAsync(ListType, "ips", bigger);

        Assert.Equal(StepKind.Replace, replaced.Kind);
        Assert.True(replaced.Diff!.DeleteBeforeReplace);
        Assert.NotEqual(first.Id, replaced.Id);
        Assert.Equal("ips-reborn", (string?)replaced.Outputs!["name"]);
        var calls = await _fx.TakeCallsAsync();
        _output.WriteLine(string.Join(", ", calls.Select(c => c.Operation + (c.ErrorCode is null ? "" : $" ({c.ErrorCode})"))));
        Assert.DoesNotContain(calls, c => c.ErrorCode == "EntityAlreadyExists");
        await driver.DestroyAsync(replaced.Urn);
    }

    private async Task ExpectCalls(string step, string[] operations)
    {
        IReadOnlyList<RecordedCall> calls = await _fx.TakeCallsAsync();
        _output.WriteLine($"{step}: {calls.Count} AWS call(s) {string.Join(", ", calls.Select(c => c.Operation))}");
        Assert.Equal(operations, calls.Select(c => c.Operation));
    }
}
