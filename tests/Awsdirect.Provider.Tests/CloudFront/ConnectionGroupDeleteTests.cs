using System.Net;
using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Moq;
using static Awsdirect.Provider.Tests.CloudFront.ConnectionGroupHarness;

namespace Awsdirect.Provider.Tests.CloudFront;

public class ConnectionGroupDeleteTests
{
    private static readonly PropertyMap Inputs = Map(("name", "edge-prod"));

    private static DeleteRequest Delete(PropertyMap state) => new(Urn, Id, state, Inputs);

    private static List<string> SetupDelete(ConnectionGroupHarness harness, params Exception?[] failures)
    {
        var etags = new List<string>();
        var queue = new Queue<Exception?>(failures);
        harness.Api.Setup(a => a.DeleteConnectionGroupAsync(It.IsAny<DeleteConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .Returns<DeleteConnectionGroupRequest, CancellationToken>((r, _) =>
            {
                etags.Add(r.IfMatch);
                return queue.Count > 0 && queue.Dequeue() is { } failure ? Task.FromException(failure) : Task.CompletedTask;
            });
        return etags;
    }

    [Fact]
    public async Task Delete_EnabledGroup_DisablesWaitsThenDeletesWithFreshETag()
    {
        var harness = new ConnectionGroupHarness();
        UpdateConnectionGroupRequest? disable = null;
        harness.Api.Setup(a => a.UpdateConnectionGroupAsync(It.IsAny<UpdateConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .Callback<UpdateConnectionGroupRequest, CancellationToken>((r, _) => disable = r)
            .ReturnsAsync(new UpdateConnectionGroupResult { ConnectionGroup = Group("InProgress", enabled: false), ETag = "E2" });
        harness.SetupGet((Group("InProgress", enabled: false), "E2"), (Group("Deployed", enabled: false), "E2"));
        var deletes = SetupDelete(harness);

        await harness.Handler.DeleteAsync(Delete(State(Inputs, etag: "E1")), CancellationToken.None);

        Assert.Equal("E1", disable!.IfMatch);
        Assert.False(disable.Enabled);
        Assert.Equal(["E2"], deletes);
        harness.Api.Verify(a => a.GetConnectionGroupAsync(It.IsAny<GetConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
        Assert.Contains(harness.Logs, l => l.Severity == LogSeverity.Info && l.Message.Contains("disabled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Delete_EnabledGroupDeployedAtOnce_TwoCalls()
    {
        var harness = new ConnectionGroupHarness();
        harness.Api.Setup(a => a.UpdateConnectionGroupAsync(It.IsAny<UpdateConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new UpdateConnectionGroupResult { ConnectionGroup = Group("Deployed", enabled: false), ETag = "E2" });
        var deletes = SetupDelete(harness);

        await harness.Handler.DeleteAsync(Delete(State(Inputs, etag: "E1")), CancellationToken.None);

        Assert.Equal(["E2"], deletes);
        harness.Api.Verify(a => a.UpdateConnectionGroupAsync(It.IsAny<UpdateConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.Verify(a => a.DeleteConnectionGroupAsync(It.IsAny<DeleteConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Delete_DisabledGroup_OneDeleteWithRecordedETag()
    {
        var harness = new ConnectionGroupHarness();
        var deletes = SetupDelete(harness);

        await harness.Handler.DeleteAsync(Delete(State(Inputs.Set("enabled", false), etag: "E1", enabled: false)), CancellationToken.None);

        Assert.Equal(["E1"], deletes);
        harness.Api.Verify(a => a.DeleteConnectionGroupAsync(It.IsAny<DeleteConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Delete_StaleETagWhileDisabling_RereadsAndRetries()
    {
        var harness = new ConnectionGroupHarness();
        var ifMatches = new List<string>();
        harness.Api.Setup(a => a.UpdateConnectionGroupAsync(It.IsAny<UpdateConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .Returns<UpdateConnectionGroupRequest, CancellationToken>((r, _) =>
            {
                ifMatches.Add(r.IfMatch);
                return r.IfMatch == "E1"
                    ? Task.FromException<UpdateConnectionGroupResult>(Error(AwsErrorCodes.PreconditionFailed, HttpStatusCode.PreconditionFailed))
                    : Task.FromResult(new UpdateConnectionGroupResult { ConnectionGroup = Group("Deployed", enabled: false), ETag = "E6" });
            });
        harness.SetupGet((Group("Deployed", enabled: true), "E5"));
        var deletes = SetupDelete(harness);

        await harness.Handler.DeleteAsync(Delete(State(Inputs, etag: "E1")), CancellationToken.None);

        Assert.Equal(["E1", "E5"], ifMatches);
        Assert.Equal(["E6"], deletes);
    }

    [Fact]
    public async Task Delete_DeleteRacesOnETag_RetriesWithFreshETag()
    {
        var harness = new ConnectionGroupHarness();
        harness.SetupGet((Group("Deployed", enabled: false), "E7"));
        var deletes = SetupDelete(harness, Error(AwsErrorCodes.PreconditionFailed, HttpStatusCode.PreconditionFailed));

        await harness.Handler.DeleteAsync(Delete(State(Inputs.Set("enabled", false), etag: "E1", enabled: false)), CancellationToken.None);

        Assert.Equal(["E1", "E7"], deletes);
    }

    [Fact]
    public async Task Delete_ReEnabledOutsidePulumi_DisablesAgainThenDeletes()
    {
        var harness = new ConnectionGroupHarness();
        harness.SetupGet((Group("Deployed", enabled: true), "E4"));
        harness.Api.Setup(a => a.UpdateConnectionGroupAsync(It.Is<UpdateConnectionGroupRequest>(r => r.IfMatch == "E4" && r.Enabled == false), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new UpdateConnectionGroupResult { ConnectionGroup = Group("Deployed", enabled: false), ETag = "E5" });
        var deletes = SetupDelete(harness, Error(AwsErrorCodes.ResourceNotDisabled, HttpStatusCode.Conflict));

        await harness.Handler.DeleteAsync(Delete(State(Inputs.Set("enabled", false), etag: "E1", enabled: false)), CancellationToken.None);

        Assert.Equal(["E1", "E5"], deletes);
    }

    [Fact]
    public async Task Delete_AlreadyGone_Succeeds()
    {
        var harness = new ConnectionGroupHarness();
        harness.Api.Setup(a => a.UpdateConnectionGroupAsync(It.IsAny<UpdateConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(Error(AwsErrorCodes.EntityNotFound, HttpStatusCode.NotFound));

        await harness.Handler.DeleteAsync(Delete(State(Inputs, etag: "E1")), CancellationToken.None);

        harness.Api.Verify(a => a.UpdateConnectionGroupAsync(It.IsAny<UpdateConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Delete_GoneBetweenDisableAndDelete_Succeeds()
    {
        var harness = new ConnectionGroupHarness();
        harness.Api.Setup(a => a.UpdateConnectionGroupAsync(It.IsAny<UpdateConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new UpdateConnectionGroupResult { ConnectionGroup = Group("InProgress", enabled: false), ETag = "E2" });
        harness.Api.Setup(a => a.GetConnectionGroupAsync(It.IsAny<GetConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(Error(AwsErrorCodes.EntityNotFound, HttpStatusCode.NotFound));

        await harness.Handler.DeleteAsync(Delete(State(Inputs, etag: "E1")), CancellationToken.None);

        harness.Api.Verify(a => a.DeleteConnectionGroupAsync(It.IsAny<DeleteConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Never());
    }

    [Theory]
    [InlineData(AwsErrorCodes.CannotDeleteEntityWhileInUse)]
    [InlineData(AwsErrorCodes.ResourceInUse)]
    public async Task Delete_GroupInUse_ClearErrorNamingReason(string code)
    {
        var harness = new ConnectionGroupHarness();
        SetupDelete(harness, Error(code, HttpStatusCode.Conflict, "The connection group is associated with distribution tenants."));

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.DeleteAsync(Delete(State(Inputs.Set("enabled", false), etag: "E1", enabled: false)), CancellationToken.None));

        Assert.Contains("in use", ex.Message, StringComparison.Ordinal);
        Assert.Contains("distribution tenants", ex.Message, StringComparison.Ordinal);
        Assert.Contains(code, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_ETagKeepsMoving_GivesUpNamingTheRace()
    {
        var harness = new ConnectionGroupHarness();
        harness.SetupGet((Group("Deployed", enabled: false), "E8"));
        SetupDelete(harness, Enumerable.Repeat<Exception?>(Error(AwsErrorCodes.PreconditionFailed, HttpStatusCode.PreconditionFailed), 10).ToArray());

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.DeleteAsync(Delete(State(Inputs.Set("enabled", false), etag: "E1", enabled: false)), CancellationToken.None));

        Assert.Contains("ETag kept moving", ex.Message, StringComparison.Ordinal);
        harness.Api.Verify(a => a.DeleteConnectionGroupAsync(It.IsAny<DeleteConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(4));
    }

    [Fact]
    public async Task Delete_NoETagInState_ReadsFirst()
    {
        var harness = new ConnectionGroupHarness();
        harness.SetupGet((Group("Deployed", enabled: false), "E3"));
        var deletes = SetupDelete(harness);

        await harness.Handler.DeleteAsync(Delete(State(Inputs).Remove("etag")), CancellationToken.None);

        Assert.Equal(["E3"], deletes);
    }

    [Fact]
    public async Task Delete_DisableNeverDeploys_ErrorNamesTheWait()
    {
        var harness = new ConnectionGroupHarness(defaultTimeout: TimeSpan.FromSeconds(30));
        harness.Api.Setup(a => a.UpdateConnectionGroupAsync(It.IsAny<UpdateConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new UpdateConnectionGroupResult { ConnectionGroup = Group("InProgress", enabled: false), ETag = "E2" });
        harness.SetupGet((Group("InProgress", enabled: false), "E2"));

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.DeleteAsync(Delete(State(Inputs, etag: "E1")), CancellationToken.None));

        Assert.Contains("waiting for it to be disabled", ex.Message, StringComparison.Ordinal);
        harness.Api.Verify(a => a.DeleteConnectionGroupAsync(It.IsAny<DeleteConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Never());
    }
}
