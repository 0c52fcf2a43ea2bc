using Awsdirect.Provider.Protocol.Rpc;
using Grpc.Core;
using Pulumirpc;
using static Awsdirect.Provider.Tests.Construct.ComponentInputsBuilder;

namespace Awsdirect.Provider.Tests.Construct;

public sealed class ConnectionGroupSetConstructTests
{
    [Fact]
    public async Task Update_RegistersOneConnectionGroupPerEnvironmentUnderTheComponent()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);

        var response = await ConstructCalls.RunAsync(ConstructCalls.Request(monitor, ConnectionGroupSet, "cg", Groups(), dryRun: false));

        var children = monitor.Registrations.Skip(1).ToList();
        Assert.Equal(["cg-dev", "cg-prod"], children.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(children, c => Assert.Equal((ConnectionGroup, true, response.Urn), (c.Type, c.Custom, c.Parent)));
        var prod = monitor.Registration(ConnectionGroup, "cg-prod").Inputs();
        Assert.Equal("cg-prod", prod.At("name").StringValue);
        Assert.False(prod.At("enabled").BoolValue);
        Assert.Equal("aip-12345", prod.At("anycastIpListId").StringValue);
        Assert.Equal(["environment", "team", "tier"], prod.At("tags").ObjectValue.Keys);
        Assert.Equal("prod", prod.At("tags.environment").StringValue);
    }

    [Fact]
    public async Task Update_OutputsAreKeyedByEnvironmentAndDependOnTheirGroup()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);

        var response = await ConstructCalls.RunAsync(ConstructCalls.Request(monitor, ConnectionGroupSet, "cg", Groups(), dryRun: false));

        var state = response.State();
        Assert.Equal("id-cg-dev", state.At("ids.dev").StringValue);
        Assert.Equal(FakeResourceMonitor.ArnOf(ConnectionGroup, "cg-prod"), state.At("arns.prod").StringValue);
        Assert.Equal("cg-dev.cloudfront.example", state.At("routingEndpoints.dev").StringValue);
        Assert.Equal(
            new[] { monitor.UrnOf(ConnectionGroup, "cg-dev"), monitor.UrnOf(ConnectionGroup, "cg-prod") }.Order(StringComparer.Ordinal),
            response.StateDependencies["ids"].Urns);
    }

    [Fact]
    public async Task Preview_IdsOfGroupsToCreateAreUnknown()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForPreview);

        var response = await ConstructCalls.RunAsync(ConstructCalls.Request(monitor, ConnectionGroupSet, "cg", Groups(), dryRun: true));

        Assert.True(response.State().At("ids.dev").IsComputed);
        Assert.True(response.State().At("routingEndpoints.prod").IsComputed);
        Assert.Equal("aip-12345", monitor.Registration(ConnectionGroup, "cg-dev").Inputs().At("anycastIpListId").StringValue);
    }

    [Fact]
    public async Task DuplicateEnvironment_AnswersInvalidArgumentAndRegistersNothing()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);
        var inputs = Groups().With("environments", Arr(Obj(("name", "dev")), Obj(("name", "dev"))));

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            ConstructCalls.RunAsync(ConstructCalls.Request(monitor, ConnectionGroupSet, "cg", inputs, dryRun: false)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("environments[1].name", Assert.Single(Assert.Single(error.GetStatusDetails()!.Details).Unpack<InputPropertiesError>().Errors).PropertyPath);
        Assert.Empty(monitor.Registrations);
    }
}
