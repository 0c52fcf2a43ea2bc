using System.Collections.Immutable;
using System.Net;
using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Moq;
using static Awsdirect.Provider.Tests.CloudFront.ConnectionGroupHarness;

namespace Awsdirect.Provider.Tests.CloudFront;

public class ConnectionGroupReadTests
{
    private static readonly Dictionary<string, string> AwsTags = new() { ["team"] = "edge" };

    [Fact]
    public async Task Read_RefreshUnchanged_InputsAsRecordedAndNoDiff()
    {
        var harness = new ConnectionGroupHarness();
        var olds = (await harness.Handler.CheckAsync(Check(Map(("tags", TagValue(("team", "edge"))), ("waitForDeployment", false))), CancellationToken.None)).Inputs;
        var name = olds["name"].StringValue;
        harness.SetupGet((Group(tags: AwsTags, name: name), "E9ZZZZZZZZZZZZ"));

        var read = await harness.Handler.ReadAsync(new ReadRequest(Urn, Id, State(olds), olds), CancellationToken.None);

        Assert.Equal(Id, read.Id);
        Assert.Equal(olds, read.Inputs);
        Assert.Equal("E9ZZZZZZZZZZZZ", read.Outputs["etag"].StringValue);
        var diff = await harness.Handler.DiffAsync(Diff(read.Inputs, olds, read.Outputs), CancellationToken.None);
        Assert.Equal(DiffChanges.None, diff.Changes);
        harness.Api.Verify(a => a.GetConnectionGroupAsync(It.IsAny<GetConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Read_RefreshAfterOutOfBandChange_InputsShowIt()
    {
        var harness = new ConnectionGroupHarness();
        var olds = Map(("name", "edge-prod"), ("tags", TagValue(("team", "edge"))));
        harness.SetupGet((Group(enabled: false, anycast: "aip_9", tags: new Dictionary<string, string> { ["team"] = "edge", ["added"] = "console" }), "E9"));

        var read = await harness.Handler.ReadAsync(new ReadRequest(Urn, Id, State(olds), olds), CancellationToken.None);

        Assert.False(read.Inputs["enabled"].BoolValue);
        Assert.Equal("aip_9", read.Inputs["anycastIpListId"].StringValue);
        Assert.Equal("console", read.Inputs["tags"].ObjectValue["added"].StringValue);
        var diff = await harness.Handler.DiffAsync(Diff(read.Inputs, olds, read.Outputs), CancellationToken.None);
        Assert.Equal(["anycastIpListId", "enabled", "tags"], diff.DetailedDiff.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(diff.Replaces);
    }

    [Fact]
    public async Task Read_ImportById_MatchingProgramShowsNoDiff()
    {
        var harness = new ConnectionGroupHarness(new Dictionary<string, string> { ["env"] = "prod" });
        harness.SetupGet((Group(ipv6: false, tags: new Dictionary<string, string> { ["team"] = "edge", ["env"] = "prod" }), "E3"));

        var imported = await harness.Handler.ReadAsync(new ReadRequest(Urn, Id, PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None);
        var program = Map(("name", "edge-prod"), ("ipv6Enabled", false), ("tags", TagValue(("team", "edge"))));
        var news = (await harness.Handler.CheckAsync(Check(program, imported.Inputs), CancellationToken.None)).Inputs;
        var diff = await harness.Handler.DiffAsync(new DiffRequest(Urn, Id, imported.Outputs, imported.Inputs, news, ImmutableArray<string>.Empty), CancellationToken.None);

        Assert.Equal(Id, imported.Id);
        Assert.Equal("edge-prod", imported.Inputs["name"].StringValue);
        Assert.True(imported.Inputs["enabled"].BoolValue);
        Assert.False(imported.Inputs["ipv6Enabled"].BoolValue);
        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public async Task Read_ImportByName_RecordsCloudFrontId()
    {
        var harness = new ConnectionGroupHarness();
        harness.Api.Setup(a => a.GetConnectionGroupAsync(It.Is<GetConnectionGroupRequest>(r => r.Identifier == "edge-prod"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetConnectionGroupResult { ConnectionGroup = Group(), ETag = "E3" });

        var imported = await harness.Handler.ReadAsync(new ReadRequest(Urn, "edge-prod", PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None);

        Assert.Equal(Id, imported.Id);
    }

    [Fact]
    public async Task Read_GroupGone_DisappearsFromState()
    {
        var harness = new ConnectionGroupHarness();
        harness.Api.Setup(a => a.GetConnectionGroupAsync(It.IsAny<GetConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(Error(AwsErrorCodes.EntityNotFound, HttpStatusCode.NotFound));

        var read = await harness.Handler.ReadAsync(new ReadRequest(Urn, Id, State(Map(("name", "n"))), Map(("name", "n"))), CancellationToken.None);

        Assert.Null(read.Id);
    }

    [Fact]
    public async Task Read_TagsLeftOutOfGet_ListsTagsOnce()
    {
        var harness = new ConnectionGroupHarness();
        harness.SetupGet((Group() with { Tags = null }, "E3"));
        harness.Api.Setup(a => a.ListTagsForResourceAsync(It.Is<ListTagsForResourceRequest>(r => r.Resource == Arn), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListTagsForResourceResult { Tags = Tags.FromDictionary(AwsTags) });

        var read = await harness.Handler.ReadAsync(new ReadRequest(Urn, Id, PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None);

        Assert.Equal("edge", read.Inputs["tags"].ObjectValue["team"].StringValue);
        harness.Api.Verify(a => a.ListTagsForResourceAsync(It.IsAny<ListTagsForResourceRequest>(), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task Read_AccessDenied_ResourceException()
    {
        var harness = new ConnectionGroupHarness();
        harness.Api.Setup(a => a.GetConnectionGroupAsync(It.IsAny<GetConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(Error(AwsErrorCodes.AccessDenied, HttpStatusCode.Forbidden));

        await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.ReadAsync(new ReadRequest(Urn, Id, PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None));
    }
}
