using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Protocol.Rpc;
using Grpc.Core;
using Pulumirpc;
using static Awsdirect.Provider.Tests.Construct.ComponentInputsBuilder;

namespace Awsdirect.Provider.Tests.Construct;

public sealed class DownlinkMissionConstructTests
{
    [Fact]
    public async Task Update_RegistersComponentFirstThenEveryChildUnderIt()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);

        var response = await ConstructCalls.RunAsync(ConstructCalls.Request(monitor, DownlinkMission, "dl", Downlink("ep1", "ep2"), dryRun: false));

        var registrations = monitor.Registrations;
        var component = registrations[0];
        Assert.Equal((DownlinkMission, "dl", false, FakeResourceMonitor.StackUrn), (component.Type, component.Name, component.Custom, component.Parent));
        Assert.Equal(monitor.UrnOf(DownlinkMission, "dl"), response.Urn);
        var children = registrations.Skip(1).ToList();
        Assert.All(children, c => Assert.Equal((response.Urn, true), (c.Parent, c.Custom)));
        Assert.Equal(
            ["dl-downlink", "dl-endpoint-ep1", "dl-endpoint-ep2", "dl-endpoint-group", "dl-profile", "dl-tracking"],
            children.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal(4, children.Count(c => c.Type == Config));
        Assert.Equal(DataflowEndpointGroup, monitor.Registration(DataflowEndpointGroup, "dl-endpoint-group").Type);
        Assert.Equal("dl-profile", children[^1].Name);
    }

    [Fact]
    public async Task Update_MissionProfileDependsOnTheConfigsItsInputsComeFrom()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);

        await ConstructCalls.RunAsync(ConstructCalls.Request(monitor, DownlinkMission, "dl", Downlink("ep1", "ep2"), dryRun: false));

        var profile = monitor.Registration(MissionProfile, "dl-profile");
        string[] edgeSources = [monitor.UrnOf(Config, "dl-downlink"), monitor.UrnOf(Config, "dl-endpoint-ep1"), monitor.UrnOf(Config, "dl-endpoint-ep2")];
        Assert.Equal(edgeSources.Order(StringComparer.Ordinal), profile.DependenciesOf("dataflowEdges"));
        Assert.Equal([monitor.UrnOf(Config, "dl-tracking")], profile.DependenciesOf("trackingConfigArn"));
        Assert.Empty(profile.DependenciesOf("name"));

        // The group is an explicit dependsOn: no input carries it.
        string[] all = [.. edgeSources, monitor.UrnOf(Config, "dl-tracking"), monitor.UrnOf(DataflowEndpointGroup, "dl-endpoint-group")];
        Assert.Equal(all.Order(StringComparer.Ordinal), profile.Dependencies);
    }

    [Fact]
    public async Task Update_EdgesAreWiredFromTheConfigsArnOutputs()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);

        await ConstructCalls.RunAsync(ConstructCalls.Request(monitor, DownlinkMission, "dl", Downlink("ep1", "ep2"), dryRun: false));

        var inputs = monitor.Registration(MissionProfile, "dl-profile").Inputs();
        var downlinkArn = FakeResourceMonitor.ArnOf(Config, "dl-downlink");
        Assert.Equal(downlinkArn, inputs.At("dataflowEdges[0].source").StringValue);
        Assert.Equal(downlinkArn, inputs.At("dataflowEdges[1].source").StringValue);
        Assert.Equal(FakeResourceMonitor.ArnOf(Config, "dl-endpoint-ep1"), inputs.At("dataflowEdges[0].destination").StringValue);
        Assert.Equal(FakeResourceMonitor.ArnOf(Config, "dl-endpoint-ep2"), inputs.At("dataflowEdges[1].destination").StringValue);
        Assert.Equal(FakeResourceMonitor.ArnOf(Config, "dl-tracking"), inputs.At("trackingConfigArn").StringValue);
    }

    [Fact]
    public async Task Update_RegistersComponentOutputsAndAnswersThemWithTheirSources()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);

        var response = await ConstructCalls.RunAsync(ConstructCalls.Request(monitor, DownlinkMission, "dl", Downlink("ep1"), dryRun: false));

        var registered = Assert.Single(monitor.OutputRegistrations);
        Assert.Equal(response.Urn, registered.Urn);
        var profileArn = FakeResourceMonitor.ArnOf(MissionProfile, "dl-profile");
        Assert.Equal(profileArn, PropertyCodec.FromStruct(registered.Outputs).At("missionProfileArn").StringValue);
        Assert.Equal(profileArn, response.State().At("missionProfileArn").StringValue);
        Assert.Equal(FakeResourceMonitor.ArnOf(Config, "dl-endpoint-ep1"), response.State().At("dataflowEndpointConfigArns[0]").StringValue);
        Assert.Equal([monitor.UrnOf(MissionProfile, "dl-profile")], response.StateDependencies["missionProfileArn"].Urns);
        Assert.Equal([monitor.UrnOf(Config, "dl-endpoint-ep1")], response.StateDependencies["dataflowEndpointConfigArns"].Urns);
        Assert.Equal(
            ["dataflowEndpointConfigArns", "dataflowEndpointGroupArn", "downlinkConfigArn", "missionProfileArn", "trackingConfigArn"],
            response.StateDependencies.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Preview_PassesUnknownArnsIntoTheProfileAndTheOutputs()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForPreview);

        var response = await ConstructCalls.RunAsync(ConstructCalls.Request(monitor, DownlinkMission, "dl", Downlink("ep1"), dryRun: true));

        var profile = monitor.Registration(MissionProfile, "dl-profile");
        Assert.True(profile.Inputs().At("dataflowEdges[0].source").IsComputed);
        Assert.True(profile.Inputs().At("dataflowEdges[0].destination").IsComputed);
        Assert.True(profile.Inputs().At("trackingConfigArn").IsComputed);
        Assert.Equal("dl-profile", profile.Inputs().At("name").StringValue);

        // Still unknown values keep their sources, so the engine orders the creates correctly.
        Assert.Equal([monitor.UrnOf(Config, "dl-tracking")], profile.DependenciesOf("trackingConfigArn"));
        Assert.True(response.State().At("missionProfileArn").IsComputed);
        Assert.Equal([monitor.UrnOf(MissionProfile, "dl-profile")], response.StateDependencies["missionProfileArn"].Urns);
        Assert.True(PropertyCodec.FromStruct(Assert.Single(monitor.OutputRegistrations).Outputs).At("missionProfileArn").IsComputed);
    }

    [Fact]
    public async Task Preview_UnknownInputReachesTheChildAsUnknown()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForPreview);
        var inputs = Downlink("ep1").With("subnetIds", PropertyValue.Computed);

        await ConstructCalls.RunAsync(ConstructCalls.Request(monitor, DownlinkMission, "dl", inputs, dryRun: true));

        var group = monitor.Registration(DataflowEndpointGroup, "dl-endpoint-group").Inputs();
        Assert.True(group.At("endpointDetails[0].securityDetails.subnetIds").IsComputed);
        Assert.Equal("sg-0c2d", group.At("endpointDetails[0].securityDetails.securityGroupIds[0]").StringValue);
    }

    [Fact]
    public async Task Update_SecretInputWithDependencyStaysSecretAndBecomesPropertyDependency()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);
        const string roleUrn = "urn:pulumi:dev::proj::aws:iam/role:Role::gs-role";
        var inputs = Downlink("ep1").With("roleArn", PropertyValue.Secret("arn:aws:iam::123456789012:role/groundstation-ec2"));

        await ConstructCalls.RunAsync(ConstructCalls.Request(
            monitor, DownlinkMission, "dl", inputs, dryRun: false, new Dictionary<string, string[]> { ["roleArn"] = [roleUrn] }));

        var group = monitor.Registration(DataflowEndpointGroup, "dl-endpoint-group");
        var roleArn = group.Inputs().At("endpointDetails[0].securityDetails.roleArn");
        Assert.Equal(PropertyValueKind.Secret, roleArn.Kind);
        Assert.Equal("arn:aws:iam::123456789012:role/groundstation-ec2", roleArn.SecretValue.StringValue);
        Assert.Equal([roleUrn], group.DependenciesOf("endpointDetails"));
        Assert.Contains(roleUrn, group.Dependencies);
        Assert.DoesNotContain(roleUrn, monitor.Registration(Config, "dl-tracking").Dependencies);
    }

    [Fact]
    public async Task BadInput_AnswersInvalidArgumentNamingTheInputAndRegistersNothing()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);
        var inputs = Downlink("ep1").With(
            "endpoints",
            Arr(Obj(("name", "ep1"), ("address", "10.0.0.5"), ("port", 70000))));

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            ConstructCalls.RunAsync(ConstructCalls.Request(monitor, DownlinkMission, "dl", inputs, dryRun: false)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("endpoints[0].port", error.Status.Detail, StringComparison.Ordinal);
        var details = Assert.Single(error.GetStatusDetails()!.Details).Unpack<InputPropertiesError>();
        var property = Assert.Single(details.Errors);
        Assert.Equal("endpoints[0].port", property.PropertyPath);
        Assert.Contains("70000", property.Reason, StringComparison.Ordinal);
        Assert.Empty(monitor.Registrations);
        Assert.Empty(monitor.OutputRegistrations);
    }
}
