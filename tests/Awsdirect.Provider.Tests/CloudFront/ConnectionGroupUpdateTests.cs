using System.Net;
using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Moq;
using static Awsdirect.Provider.Tests.CloudFront.ConnectionGroupHarness;

namespace Awsdirect.Provider.Tests.CloudFront;

public class ConnectionGroupUpdateTests
{
    private static readonly PropertyMap Olds = Map(("name", "edge-prod"), ("tags", TagValue(("team", "edge"), ("stage", "a"))));

    private static readonly PropertyMap OldState = State(Olds, etag: "E1AAAAAAAAAAAA");

    private static List<UpdateConnectionGroupRequest> SetupUpdate(ConnectionGroupHarness harness, string status = "Deployed", string etag = "E2BBBBBBBBBBBB", bool enabled = false)
    {
        var sent = new List<UpdateConnectionGroupRequest>();
        harness.Api.Setup(a => a.UpdateConnectionGroupAsync(It.IsAny<UpdateConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .Callback<UpdateConnectionGroupRequest, CancellationToken>((r, _) => sent.Add(r))
            .ReturnsAsync(() => new UpdateConnectionGroupResult { ConnectionGroup = Group(status, enabled: enabled), ETag = etag });
        return sent;
    }

    [Fact]
    public async Task Update_Preview_NoCallsAndETagUnknown()
    {
        var harness = new ConnectionGroupHarness();

        var result = await harness.Handler.UpdateAsync(Update(OldState, Olds, Olds.Set("enabled", false), preview: true), CancellationToken.None);

        harness.Api.VerifyNoOtherCalls();
        Assert.True(result.Outputs["etag"].IsComputed);
        Assert.False(result.Outputs["enabled"].BoolValue);
        Assert.Equal(Arn, result.Outputs["arn"].StringValue);
    }

    [Fact]
    public async Task Update_Enabled_SendsIfMatchWithRecordedETagAndRecordsNewETag()
    {
        var harness = new ConnectionGroupHarness();
        var sent = SetupUpdate(harness);

        var result = await harness.Handler.UpdateAsync(Update(OldState, Olds, Olds.Set("enabled", false)), CancellationToken.None);

        var request = Assert.Single(sent);
        Assert.Equal(Id, request.Id);
        Assert.Equal("E1AAAAAAAAAAAA", request.IfMatch);
        Assert.False(request.Enabled);
        Assert.True(request.Ipv6Enabled);
        Assert.Null(request.AnycastIpListId);
        Assert.Equal("E2BBBBBBBBBBBB", result.Outputs["etag"].StringValue);
        Assert.False(result.Outputs["enabled"].BoolValue);
        Assert.Equal("edge", result.Outputs["tags"].ObjectValue["team"].StringValue);
        harness.Api.Verify(a => a.UpdateConnectionGroupAsync(It.IsAny<UpdateConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Update_StaleETag_ReturnsClearError()
    {
        var harness = new ConnectionGroupHarness();
        harness.Api.Setup(a => a.UpdateConnectionGroupAsync(It.IsAny<UpdateConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(Error(AwsErrorCodes.PreconditionFailed, HttpStatusCode.PreconditionFailed));

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.UpdateAsync(Update(OldState, Olds, Olds.Set("ipv6Enabled", false).Set("tags", TagValue(("team", "cdn")))), CancellationToken.None));

        Assert.Contains("changed outside Pulumi", ex.Message, StringComparison.Ordinal);
        Assert.Contains("pulumi refresh", ex.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was updated", ex.Message, StringComparison.Ordinal);
        // Neither a retry with a fresh ETag nor the tag change: nothing may be overwritten.
        harness.Api.Verify(a => a.UpdateConnectionGroupAsync(It.IsAny<UpdateConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Update_NoETagInState_AsksForRefreshWithoutCalling()
    {
        var harness = new ConnectionGroupHarness();

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.UpdateAsync(Update(OldState.Remove("etag"), Olds, Olds.Set("enabled", false)), CancellationToken.None));

        Assert.Contains("pulumi refresh", ex.Message, StringComparison.Ordinal);
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Update_GroupGone_ClearError()
    {
        var harness = new ConnectionGroupHarness();
        harness.Api.Setup(a => a.UpdateConnectionGroupAsync(It.IsAny<UpdateConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(Error(AwsErrorCodes.EntityNotFound, HttpStatusCode.NotFound));

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.UpdateAsync(Update(OldState, Olds, Olds.Set("enabled", false)), CancellationToken.None));

        Assert.Contains("no longer exists", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_TagsOnly_TagAndUntagWithoutUpdateCall()
    {
        var harness = new ConnectionGroupHarness();
        TagResourceRequest? tagged = null;
        UntagResourceRequest? untagged = null;
        harness.Api.Setup(a => a.TagResourceAsync(It.IsAny<TagResourceRequest>(), It.IsAny<CancellationToken>()))
            .Callback<TagResourceRequest, CancellationToken>((r, _) => tagged = r).Returns(Task.CompletedTask);
        harness.Api.Setup(a => a.UntagResourceAsync(It.IsAny<UntagResourceRequest>(), It.IsAny<CancellationToken>()))
            .Callback<UntagResourceRequest, CancellationToken>((r, _) => untagged = r).Returns(Task.CompletedTask);

        var result = await harness.Handler.UpdateAsync(Update(OldState, Olds, Olds.Set("tags", TagValue(("team", "cdn")))), CancellationToken.None);

        Assert.Equal(Arn, tagged!.Resource);
        Assert.Equal(new Dictionary<string, string> { ["team"] = "cdn" }, tagged.Tags.ToDictionary());
        Assert.Equal(["stage"], untagged!.TagKeys.Items);
        Assert.Equal("E1AAAAAAAAAAAA", result.Outputs["etag"].StringValue);
        Assert.Equal("cdn", result.Outputs["tags"].ObjectValue["team"].StringValue);
        Assert.False(result.Outputs["tags"].ObjectValue.ContainsKey("stage"));
        harness.Api.Verify(a => a.TagResourceAsync(It.IsAny<TagResourceRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.Verify(a => a.UntagResourceAsync(It.IsAny<UntagResourceRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Update_WaitForDeploymentOnly_NoAwsCalls()
    {
        var harness = new ConnectionGroupHarness();

        var result = await harness.Handler.UpdateAsync(Update(OldState, Olds, Olds.Set("waitForDeployment", false)), CancellationToken.None);

        harness.Api.VerifyNoOtherCalls();
        Assert.False(result.Outputs["waitForDeployment"].BoolValue);
        Assert.Equal("E1AAAAAAAAAAAA", result.Outputs["etag"].StringValue);
    }

    [Fact]
    public async Task Update_InProgress_WaitsThenRecordsDeployed()
    {
        var harness = new ConnectionGroupHarness();
        SetupUpdate(harness, status: "InProgress", enabled: true);
        harness.SetupGet((Group("InProgress", ipv6: false), "E2BBBBBBBBBBBB"), (Group("Deployed", ipv6: false), "E2BBBBBBBBBBBB"));

        var result = await harness.Handler.UpdateAsync(Update(OldState, Olds, Olds.Set("ipv6Enabled", false)), CancellationToken.None);

        Assert.Equal("Deployed", result.Outputs["status"].StringValue);
        Assert.Equal("E2BBBBBBBBBBBB", result.Outputs["etag"].StringValue);
        harness.Api.Verify(a => a.GetConnectionGroupAsync(It.IsAny<GetConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task Update_WaitFails_PartialStateKeepsNewETag()
    {
        var harness = new ConnectionGroupHarness();
        SetupUpdate(harness, status: "InProgress");
        harness.Api.Setup(a => a.GetConnectionGroupAsync(It.IsAny<GetConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(Error("ServiceUnavailable", HttpStatusCode.ServiceUnavailable));

        var ex = await Assert.ThrowsAsync<ResourceInitFailedException>(() =>
            harness.Handler.UpdateAsync(Update(OldState, Olds, Olds.Set("enabled", false)), CancellationToken.None));

        Assert.Equal(Id, ex.Id);
        Assert.Equal("E2BBBBBBBBBBBB", ex.Outputs["etag"].StringValue);
        Assert.False(ex.Outputs["enabled"].BoolValue);
    }

    [Fact]
    public async Task Update_AnycastListRemoved_SendsEmptyId()
    {
        var harness = new ConnectionGroupHarness();
        var sent = SetupUpdate(harness, enabled: true);
        var olds = Olds.Set("anycastIpListId", "aip_1");

        var result = await harness.Handler.UpdateAsync(Update(State(olds), olds, Olds), CancellationToken.None);

        Assert.Equal(string.Empty, Assert.Single(sent).AnycastIpListId);
        Assert.False(result.Outputs.ContainsKey("anycastIpListId"));
    }

    [Fact]
    public async Task Update_AnycastListSet_SendsIdAndKeepsFlags()
    {
        var harness = new ConnectionGroupHarness();
        var sent = SetupUpdate(harness, enabled: true);
        var olds = Olds.Set("ipv6Enabled", false);

        await harness.Handler.UpdateAsync(Update(State(olds), olds, olds.Set("anycastIpListId", "aip_2")), CancellationToken.None);

        var request = Assert.Single(sent);
        Assert.Equal("aip_2", request.AnycastIpListId);
        Assert.False(request.Ipv6Enabled);
        Assert.True(request.Enabled);
    }

    [Fact]
    public async Task Update_UntagFailsAfterTagging_PartialStateRecordsAppliedTags()
    {
        var harness = new ConnectionGroupHarness();
        harness.Api.Setup(a => a.TagResourceAsync(It.IsAny<TagResourceRequest>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        harness.Api.Setup(a => a.UntagResourceAsync(It.IsAny<UntagResourceRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(Error(AwsErrorCodes.AccessDenied, HttpStatusCode.Forbidden));

        var ex = await Assert.ThrowsAsync<ResourceInitFailedException>(() =>
            harness.Handler.UpdateAsync(Update(OldState, Olds, Olds.Set("tags", TagValue(("team", "cdn")))), CancellationToken.None));

        var recorded = ex.Inputs["tags"].ObjectValue;
        Assert.Equal("cdn", recorded["team"].StringValue);
        Assert.Equal("a", recorded["stage"].StringValue);
        Assert.Equal(ex.Inputs["tags"], ex.Outputs["tags"]);
    }

    [Fact]
    public async Task Update_TaggingRefusedWithNothingApplied_ResourceException()
    {
        var harness = new ConnectionGroupHarness();
        harness.Api.Setup(a => a.TagResourceAsync(It.IsAny<TagResourceRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(Error("InvalidTagging", HttpStatusCode.BadRequest));

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.UpdateAsync(Update(OldState, Olds, Olds.Set("tags", TagValue(("team", "cdn"), ("stage", "a")))), CancellationToken.None));

        Assert.Contains("nothing was changed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_SettingsThenTagsFail_PartialStateWithNewETagAndOldTags()
    {
        var harness = new ConnectionGroupHarness();
        SetupUpdate(harness);
        harness.Api.Setup(a => a.TagResourceAsync(It.IsAny<TagResourceRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(Error("InvalidTagging", HttpStatusCode.BadRequest));

        var ex = await Assert.ThrowsAsync<ResourceInitFailedException>(() =>
            harness.Handler.UpdateAsync(Update(OldState, Olds, Olds.Set("enabled", false).Set("tags", TagValue(("team", "cdn"), ("stage", "a")))), CancellationToken.None));

        Assert.Equal("E2BBBBBBBBBBBB", ex.Outputs["etag"].StringValue);
        Assert.Equal("edge", ex.Inputs["tags"].ObjectValue["team"].StringValue);
        Assert.False(ex.Inputs["enabled"].BoolValue);
    }

    [Fact]
    public async Task Update_NameChange_RefusedAsReplaceOnly()
    {
        var harness = new ConnectionGroupHarness();

        await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.UpdateAsync(Update(OldState, Olds, Olds.Set("name", "renamed")), CancellationToken.None));

        harness.Api.VerifyNoOtherCalls();
    }
}
