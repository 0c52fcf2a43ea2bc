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
                if (queue.Count > 0 && queue.Dequeue() is { } failure)
                {
                    return Task.FromException(failure);
                }

                harness.SetupGone();
                return Task.CompletedTask;
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

        // Two polls while disabling, one after the delete that finds the group gone.
        harness.Api.Verify(a => a.GetConnectionGroupAsync(It.IsAny<GetConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(3));
        Assert.Contains(harness.Logs, l => l.Severity == LogSeverity.Info && l.Message.Contains("disabled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Delete_EnabledGroupDeployedAtOnce_ChecksTenantsDisablesDeletesConfirmsGone()
    {
        var harness = new ConnectionGroupHarness();
        harness.Api.Setup(a => a.UpdateConnectionGroupAsync(It.IsAny<UpdateConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new UpdateConnectionGroupResult { ConnectionGroup = Group("Deployed", enabled: false), ETag = "E2" });
        var deletes = SetupDelete(harness);

        await harness.Handler.DeleteAsync(Delete(State(Inputs, etag: "E1")), CancellationToken.None);

        Assert.Equal(["E2"], deletes);
        harness.Api.Verify(a => a.ListDistributionTenantsAsync(It.IsAny<ListDistributionTenantsRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.Verify(a => a.UpdateConnectionGroupAsync(It.IsAny<UpdateConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.Verify(a => a.DeleteConnectionGroupAsync(It.IsAny<DeleteConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.Verify(a => a.GetConnectionGroupAsync(It.IsAny<GetConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Delete_DisabledGroup_DeletesWithRecordedETagThenConfirmsGone()
    {
        var harness = new ConnectionGroupHarness();
        var deletes = SetupDelete(harness);

        await harness.Handler.DeleteAsync(Delete(State(Inputs.Set("enabled", false), etag: "E1", enabled: false)), CancellationToken.None);

        Assert.Equal(["E1"], deletes);
        harness.Api.Verify(a => a.DeleteConnectionGroupAsync(It.IsAny<DeleteConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.Verify(a => a.GetConnectionGroupAsync(It.IsAny<GetConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
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

        harness.Api.Verify(a => a.ListDistributionTenantsAsync(It.IsAny<ListDistributionTenantsRequest>(), It.IsAny<CancellationToken>()), Times.Once());
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
        harness.Tenants.Add(new DistributionTenantSummary { Id = "dt_late", Name = "late-tenant" });
        SetupDelete(harness, Error(code, HttpStatusCode.Conflict, "The connection group is associated with distribution tenants."));

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.DeleteAsync(Delete(State(Inputs.Set("enabled", false), etag: "E1", enabled: false)), CancellationToken.None));

        Assert.Contains("in use", ex.Message, StringComparison.Ordinal);
        Assert.Contains("distribution tenants still associated with it: dt_late (late-tenant)", ex.Message, StringComparison.Ordinal);
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

        Assert.Contains("failed while waiting", ex.Message, StringComparison.Ordinal);
        Assert.Contains("was still InProgress", ex.Message, StringComparison.Ordinal);
        harness.Api.Verify(a => a.DeleteConnectionGroupAsync(It.IsAny<DeleteConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Never());
    }

    [Fact]
    public async Task Delete_EnabledGroupUsedByTenants_ChangesNothingAndNamesThem()
    {
        var harness = new ConnectionGroupHarness();
        harness.Tenants.Add(new DistributionTenantSummary { Id = "dt_1", Name = "shop-eu", ConnectionGroupId = Id, Enabled = true });
        harness.Tenants.Add(new DistributionTenantSummary { Id = "dt_2", Name = "shop-us", ConnectionGroupId = Id, Enabled = true });

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.DeleteAsync(Delete(State(Inputs, etag: "E1")), CancellationToken.None));

        Assert.Contains("not deleted (nor disabled)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2 distribution tenant(s) still use it: dt_1 (shop-eu), dt_2 (shop-us)", ex.Message, StringComparison.Ordinal);
        harness.Api.Verify(a => a.ListDistributionTenantsAsync(It.IsAny<ListDistributionTenantsRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Delete_GroupLingersAfterDelete_WaitsUntilGone()
    {
        var harness = new ConnectionGroupHarness();
        var deletes = 0;
        harness.Api.Setup(a => a.DeleteConnectionGroupAsync(It.IsAny<DeleteConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .Callback(() => deletes++)
            .Returns(Task.CompletedTask);
        var reads = 0;
        harness.Api.Setup(a => a.GetConnectionGroupAsync(It.IsAny<GetConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .Returns(() => ++reads < 3
                ? Task.FromResult(new GetConnectionGroupResult { ConnectionGroup = Group("InProgress", enabled: false), ETag = "E2" })
                : Task.FromException<GetConnectionGroupResult>(Error(AwsErrorCodes.EntityNotFound, HttpStatusCode.NotFound)));

        await harness.Handler.DeleteAsync(Delete(State(Inputs.Set("enabled", false), etag: "E1", enabled: false)), CancellationToken.None);

        Assert.Equal(1, deletes);
        Assert.Equal(3, reads);

        // A read at once, then the schedule's first two pauses.
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], harness.Delays);
        Assert.Contains(harness.Logs, l => l.Message.Contains($"Connection group {Id} is gone", StringComparison.Ordinal));
    }
}
