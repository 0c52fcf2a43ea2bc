using Awsdirect.Provider.Protocol.Rpc;
using Grpc.Core;
using Pulumirpc;
using static Awsdirect.Provider.Tests.Construct.ComponentInputsBuilder;

namespace Awsdirect.Provider.Tests.Construct;

public sealed class S3DataDeliveryConstructTests
{
    private const string AwsProvider = "urn:pulumi:dev::proj::pulumi:providers:aws::east::0b7e-provider-id";

    [Fact]
    public async Task Update_AwsClassicChildrenAreCustomAndPinToTheAwsPluginVersion()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);

        var response = await ConstructCalls.RunAsync(ConstructCalls.Request(monitor, S3DataDelivery, "dd", Delivery(), dryRun: false));

        string[] aws = [Bucket, BucketPublicAccessBlock, Role, RolePolicy];
        var children = monitor.Registrations.Skip(1).ToList();
        Assert.Equal(aws.Order(StringComparer.Ordinal), children.Where(c => c.Type.StartsWith("aws:", StringComparison.Ordinal)).Select(c => c.Type).Order(StringComparer.Ordinal));
        Assert.All(children.Where(c => aws.Contains(c.Type)), c => Assert.Equal((true, "7.48.0", response.Urn), (c.Custom, c.Version, c.Parent)));
        Assert.All(children.Where(c => c.Type == Config || c.Type == MissionProfile), c => Assert.Equal((true, string.Empty), (c.Custom, c.Version)));
        Assert.All(monitor.Registrations, c => Assert.True(c.AcceptSecrets && c.AcceptResources && c.SupportsPartialValues));
    }

    [Fact]
    public async Task Update_ComponentProvidersReachTheChildrenOfTheirPackageOnly()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);
        var request = ConstructCalls.Request(monitor, S3DataDelivery, "dd", Delivery(), dryRun: false);
        request.Providers["aws"] = AwsProvider;

        await ConstructCalls.RunAsync(request);

        Assert.Equal(AwsProvider, monitor.Registrations[0].Providers["aws"]);
        Assert.Equal(AwsProvider, monitor.Registration(Bucket, "dd-bucket").Provider);
        Assert.Equal(AwsProvider, monitor.Registration(RolePolicy, "dd-role-policy").Provider);
        Assert.Equal(string.Empty, monitor.Registration(Config, "dd-recording").Provider);
    }

    [Fact]
    public async Task Update_RecordingConfigWaitsForThePolicyAndTakesBucketAndRoleArns()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);

        await ConstructCalls.RunAsync(ConstructCalls.Request(monitor, S3DataDelivery, "dd", Delivery(), dryRun: false));

        var recording = monitor.Registration(Config, "dd-recording");
        var policy = monitor.Registration(RolePolicy, "dd-role-policy");
        Assert.Contains(monitor.UrnOf(RolePolicy, "dd-role-policy"), recording.Dependencies);
        Assert.True(monitor.Registrations.ToList().IndexOf(policy) < monitor.Registrations.ToList().IndexOf(recording));
        Assert.Equal(FakeResourceMonitor.ArnOf(Bucket, "dd-bucket"), recording.Inputs().At("configData.s3RecordingConfig.bucketArn").StringValue);
        Assert.Equal(FakeResourceMonitor.ArnOf(Role, "dd-role"), recording.Inputs().At("configData.s3RecordingConfig.roleArn").StringValue);
        Assert.Equal(
            new[] { monitor.UrnOf(Bucket, "dd-bucket"), monitor.UrnOf(Role, "dd-role") }.Order(StringComparer.Ordinal),
            recording.DependenciesOf("configData"));
        Assert.Equal("dd-role-generated", policy.Inputs().At("role").StringValue);
        var block = monitor.Registration(BucketPublicAccessBlock, "dd-bucket-public-access");
        Assert.Equal(FakeResourceMonitor.BucketNameOf("dd-bucket"), block.Inputs().At("bucket").StringValue);
        Assert.Equal([monitor.UrnOf(Bucket, "dd-bucket")], block.DependenciesOf("bucket"));
    }

    [Fact]
    public async Task Preview_OutputsTheBucketWillComputeAreUnknownDownstream()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForPreview);

        var response = await ConstructCalls.RunAsync(ConstructCalls.Request(monitor, S3DataDelivery, "dd", Delivery(), dryRun: true));

        Assert.True(monitor.Registration(BucketPublicAccessBlock, "dd-bucket-public-access").Inputs().At("bucket").IsComputed);
        Assert.True(monitor.Registration(Config, "dd-recording").Inputs().At("configData.s3RecordingConfig.bucketArn").IsComputed);
        Assert.True(response.State().At("bucketName").IsComputed);
        Assert.True(response.State().At("missionProfileArn").IsComputed);
        Assert.Equal([monitor.UrnOf(Bucket, "dd-bucket")], response.StateDependencies["bucketName"].Urns);
    }

    [Fact]
    public async Task BadAccountId_AnswersInvalidArgumentAndRegistersNothing()
    {
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);

        var error = await Assert.ThrowsAsync<RpcException>(() => ConstructCalls.RunAsync(
            ConstructCalls.Request(monitor, S3DataDelivery, "dd", Delivery().With("accountId", "12345"), dryRun: false)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("accountId", Assert.Single(Assert.Single(error.GetStatusDetails()!.Details).Unpack<InputPropertiesError>().Errors).PropertyPath);
        Assert.Empty(monitor.Registrations);
    }
}
