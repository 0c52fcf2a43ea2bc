using Awsdirect.Provider.Protocol.Properties;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using static Awsdirect.Provider.Tests.Construct.ComponentInputsBuilder;

namespace Awsdirect.Provider.Tests.Construct;

public sealed class ConstructProtocolTests
{
    [Fact]
    public async Task UnknownComponentType_AnswersInvalidArgumentNamingItAndRegistersNothing()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);

        var error = await Assert.ThrowsAsync<RpcException>(() => ConstructCalls.RunAsync(
            ConstructCalls.Request(monitor, "awsdirect:missions:UplinkMission", "up", Downlink("ep1"), dryRun: false)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("awsdirect:missions:UplinkMission", error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains(DownlinkMission, error.Status.Detail, StringComparison.Ordinal);
        Assert.Empty(monitor.Registrations);
    }

    [Fact]
    public async Task MalformedSpecialValue_AnswersInvalidArgumentAndRegistersNothing()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);
        var request = ConstructCalls.Request(monitor, DownlinkMission, "dl", Downlink("ep1"), dryRun: false);
        var secretWithoutValue = new Struct();
        secretWithoutValue.Fields[PropertyCodecSignatures.SignatureKey] = Value.ForString(PropertyCodecSignatures.Secret);
        request.Inputs.Fields["roleArn"] = Value.ForStruct(secretWithoutValue);

        var error = await Assert.ThrowsAsync<RpcException>(() => ConstructCalls.RunAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("roleArn", error.Status.Detail, StringComparison.Ordinal);
        Assert.Empty(monitor.Registrations);
    }

    [Fact]
    public async Task EngineWithoutFeatureSupport_GetsSecretsAsPlainValues()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate with { Features = null });
        var inputs = Downlink("ep1").With("roleArn", PropertyValue.Secret("arn:aws:iam::123456789012:role/groundstation-ec2"));

        await ConstructCalls.RunAsync(ConstructCalls.Request(monitor, DownlinkMission, "dl", inputs, dryRun: false));

        var roleArn = monitor.Registration(DataflowEndpointGroup, "dl-endpoint-group").Inputs().At("endpointDetails[0].securityDetails.roleArn");
        Assert.Equal(PropertyValueKind.String, roleArn.Kind);
    }

    [Fact]
    public async Task EngineUrnDiffersFromPrediction_ChildrenTakeTheEngineUrnAsParent()
    {
        var options = FakeMonitorOptions.ForUpdate with { UrnStyle = (type, name) => $"urn:pulumi:elsewhere::other::{type}::{name}" };
        await using var monitor = await FakeResourceMonitor.StartAsync(options);

        var response = await ConstructCalls.RunAsync(ConstructCalls.Request(monitor, ConnectionGroupSet, "cg", Groups(), dryRun: false));

        Assert.Equal("urn:pulumi:elsewhere::other::awsdirect:cloudfront:ConnectionGroupSet::cg", response.Urn);
        Assert.All(monitor.Registrations.Skip(1), c => Assert.Equal(response.Urn, c.Parent));
        Assert.Equal(response.Urn, Assert.Single(monitor.OutputRegistrations).Urn);
    }

    [Fact]
    public async Task ComponentOptions_PassToTheComponentAndProtectionToItsChildren()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);
        const string dependency = "urn:pulumi:dev::proj::aws:ec2/vpc:Vpc::main";
        var request = ConstructCalls.Request(monitor, ConnectionGroupSet, "cg", Groups(), dryRun: false);
        request.Protect = true;
        request.Dependencies.Add(dependency);
        request.IgnoreChanges.Add("tags");

        await ConstructCalls.RunAsync(request);

        var component = monitor.Registrations[0];
        Assert.True(component.HasProtect && component.Protect);
        Assert.Equal([dependency], component.Dependencies);
        Assert.Equal(["tags"], component.IgnoreChanges);
        Assert.Empty(component.Object.Fields);
        Assert.All(monitor.Registrations.Skip(1), c => Assert.True(c.HasProtect && c.Protect));
    }

    [Fact]
    public async Task ComponentWithoutProtect_LeavesChildrenProtectionUnset()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);

        await ConstructCalls.RunAsync(ConstructCalls.Request(monitor, ConnectionGroupSet, "cg", Groups(), dryRun: false));

        Assert.All(monitor.Registrations, c => Assert.False(c.HasProtect));
    }
}
