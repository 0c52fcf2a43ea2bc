using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.Core;
using AwsEmulator.Control;

namespace Awsdirect.Integration.Tests.Aws;

/// <summary>Every CloudFront connection-group operation against the emulator, over real HTTP with SigV4.</summary>
public sealed class CloudFrontEmulatorTests : IClassFixture<EmulatorClients>
{
    private readonly EmulatorClients _aws;

    public CloudFrontEmulatorTests(EmulatorClients aws)
    {
        _aws = aws;
        _aws.Reset();
    }

    private ICloudFrontApi Cf => _aws.CloudFront;

    /// <summary>Polls until the group reports Deployed (the emulator's deployment delay is short).</summary>
    private async Task<GetConnectionGroupResult> WaitDeployedAsync(string id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var current = await Cf.GetConnectionGroupAsync(new GetConnectionGroupRequest { Identifier = id }, timeout.Token);
            if (current.ConnectionGroup!.Status == "Deployed")
            {
                return current;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    [Fact]
    public async Task ConnectionGroup_FullLifecycle_WithETags()
    {
        var created = await Cf.CreateConnectionGroupAsync(new CreateConnectionGroupRequest
        {
            Name = "edge-group",
            Ipv6Enabled = true,
            Enabled = true,
            Tags = Tags.FromDictionary(new Dictionary<string, string> { ["env"] = "test" }),
        });
        var group = created.ConnectionGroup!;
        Assert.False(string.IsNullOrEmpty(created.ETag));
        Assert.Equal(("edge-group", true, true), (group.Name, group.Ipv6Enabled, group.Enabled));
        Assert.StartsWith("arn:aws:cloudfront::", group.Arn, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(group.RoutingEndpoint));

        var byId = await Cf.GetConnectionGroupAsync(new GetConnectionGroupRequest { Identifier = group.Id });
        var byName = await Cf.GetConnectionGroupAsync(new GetConnectionGroupRequest { Identifier = group.Name });
        var byArn = await Cf.GetConnectionGroupAsync(new GetConnectionGroupRequest { Identifier = group.Arn });
        var byEndpoint = await Cf.GetConnectionGroupByRoutingEndpointAsync(new GetConnectionGroupByRoutingEndpointRequest { RoutingEndpoint = group.RoutingEndpoint! });
        Assert.All(new[] { byId.ConnectionGroup, byName.ConnectionGroup, byArn.ConnectionGroup, byEndpoint.ConnectionGroup }, g => Assert.Equal(group.Id, g!.Id));
        Assert.Equal(created.ETag, byId.ETag);
        Assert.Equal("test", byId.ConnectionGroup!.Tags!.ToDictionary()["env"]);

        var deployed = await WaitDeployedAsync(group.Id);
        var disabled = await Cf.UpdateConnectionGroupAsync(new UpdateConnectionGroupRequest { Id = group.Id, IfMatch = deployed.ETag!, Enabled = false });
        Assert.NotEqual(deployed.ETag, disabled.ETag);
        Assert.False(disabled.ConnectionGroup!.Enabled);

        var stale = await Assert.ThrowsAsync<AwsServiceException>(() =>
            Cf.UpdateConnectionGroupAsync(new UpdateConnectionGroupRequest { Id = group.Id, IfMatch = deployed.ETag!, Ipv6Enabled = false }));
        Assert.Equal(AwsErrorCodes.PreconditionFailed, stale.ErrorCode);
        Assert.Equal(412, (int)stale.StatusCode);

        var ready = await WaitDeployedAsync(group.Id);
        await Cf.DeleteConnectionGroupAsync(new DeleteConnectionGroupRequest { Id = group.Id, IfMatch = ready.ETag! });

        // The delete rolls out like any change: until then the group is still found and its name is taken.
        var lingering = await Cf.GetConnectionGroupAsync(new GetConnectionGroupRequest { Identifier = group.Id });
        Assert.Equal("InProgress", lingering.ConnectionGroup!.Status);
        var taken = await Assert.ThrowsAsync<AwsServiceException>(() => Cf.CreateConnectionGroupAsync(new CreateConnectionGroupRequest { Name = "edge-group" }));
        Assert.Equal(AwsErrorCodes.EntityAlreadyExists, taken.ErrorCode);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        AwsServiceException? gone = null;
        while (gone is null)
        {
            await Task.Delay(50, timeout.Token);
            gone = await Record.ExceptionAsync(() => Cf.GetConnectionGroupAsync(new GetConnectionGroupRequest { Identifier = group.Id }, timeout.Token)) as AwsServiceException;
        }

        Assert.Equal(AwsErrorCodes.EntityNotFound, gone.ErrorCode);
        Assert.True(gone.IsNotFound);
        Assert.NotNull(gone.RequestId);
    }

    [Fact]
    public async Task Delete_WhileEnabled_IsRefusedWithResourceNotDisabled()
    {
        var created = await Cf.CreateConnectionGroupAsync(new CreateConnectionGroupRequest { Name = "still-on", Enabled = true });
        var deployed = await WaitDeployedAsync(created.ConnectionGroup!.Id);

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => Cf.DeleteConnectionGroupAsync(new DeleteConnectionGroupRequest { Id = created.ConnectionGroup.Id, IfMatch = deployed.ETag! }));

        Assert.Equal(AwsErrorCodes.ResourceNotDisabled, e.ErrorCode);
    }

    [Fact]
    public async Task Create_DuplicateName_IsEntityAlreadyExists()
    {
        await Cf.CreateConnectionGroupAsync(new CreateConnectionGroupRequest { Name = "dup" });

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => Cf.CreateConnectionGroupAsync(new CreateConnectionGroupRequest { Name = "dup" }));

        Assert.Equal(AwsErrorCodes.EntityAlreadyExists, e.ErrorCode);
        Assert.Equal(409, (int)e.StatusCode);
    }

    [Fact]
    public async Task ListAllConnectionGroups_PagesWithMarkers()
    {
        for (var i = 0; i < 3; i++)
        {
            await Cf.CreateConnectionGroupAsync(new CreateConnectionGroupRequest { Name = $"group-{i}" });
        }

        var names = new List<string>();
        await foreach (var summary in Cf.ListAllConnectionGroupsAsync(pageSize: 1))
        {
            Assert.False(string.IsNullOrEmpty(summary.ETag));
            names.Add(summary.Name);
        }

        Assert.Equal(["group-0", "group-1", "group-2"], names.Order());
        Assert.True(_aws.Emulator.Calls.Count(c => c.Operation == "ListConnectionGroups") >= 3);
    }

    [Fact]
    public async Task Tags_TagUntagList()
    {
        var created = await Cf.CreateConnectionGroupAsync(new CreateConnectionGroupRequest { Name = "tagged" });
        var arn = created.ConnectionGroup!.Arn;

        await Cf.TagResourceAsync(new TagResourceRequest { Resource = arn, Tags = Tags.FromDictionary(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" }) });
        await Cf.UntagResourceAsync(new UntagResourceRequest { Resource = arn, TagKeys = new TagKeys { Items = ["a"] } });
        var tags = await Cf.ListTagsForResourceAsync(new ListTagsForResourceRequest { Resource = arn });

        Assert.Equal(new Dictionary<string, string> { ["b"] = "2" }, tags.Tags.ToDictionary());
    }

    [Fact]
    public async Task InjectedThrottling_IsAbsorbedByRetries()
    {
        var created = await Cf.CreateConnectionGroupAsync(new CreateConnectionGroupRequest { Name = "busy" });
        _aws.Emulator.AddFault(new FaultRule { Service = "cloudfront", Operation = "GetConnectionGroup", Throttle = true, Count = 2 });

        var read = await Cf.GetConnectionGroupAsync(new GetConnectionGroupRequest { Identifier = created.ConnectionGroup!.Id });

        Assert.Equal("busy", read.ConnectionGroup!.Name);
        var calls = _aws.Emulator.Calls.Where(c => c.Operation == "GetConnectionGroup").ToList();
        Assert.Equal([true, true, false], calls.Select(c => c.Faulted));
        Assert.Equal("Throttling", calls[0].ErrorCode);
        Assert.Equal(2, _aws.RetryDelays.Count);
    }

    [Fact]
    public async Task InjectedError_IsMappedFromTheXmlErrorResponse()
    {
        _aws.Emulator.AddFault(new FaultRule { Operation = "ListConnectionGroups", ErrorCode = "AccessDenied", Message = "not allowed here", Count = 1 });

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => Cf.ListConnectionGroupsAsync(new ListConnectionGroupsRequest()));

        Assert.Equal((AwsErrorCodes.AccessDenied, "not allowed here", 403), (e.ErrorCode, e.ErrorMessage, (int)e.StatusCode));
        Assert.NotNull(e.RequestId);
    }
}
