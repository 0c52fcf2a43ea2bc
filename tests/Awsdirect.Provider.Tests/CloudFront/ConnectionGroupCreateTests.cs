using System.Net;
using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Moq;
using static Awsdirect.Provider.Tests.CloudFront.ConnectionGroupHarness;

namespace Awsdirect.Provider.Tests.CloudFront;

public class ConnectionGroupCreateTests
{
    private static readonly PropertyMap Inputs = Map(("name", "edge-prod"), ("tags", TagValue(("team", "edge"))));

    private static CreateConnectionGroupRequest? SetupCreate(ConnectionGroupHarness harness, string status, string etag = "E1AAAAAAAAAAAA")
    {
        CreateConnectionGroupRequest? sent = null;
        harness.Api.Setup(a => a.CreateConnectionGroupAsync(It.IsAny<CreateConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .Callback<CreateConnectionGroupRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(() => new CreateConnectionGroupResult { ConnectionGroup = Group(status, tags: sent!.Tags?.ToDictionary()), ETag = etag });
        return sent;
    }

    [Fact]
    public async Task Create_Preview_NoAwsCallsAndServerSetOutputsUnknown()
    {
        var harness = new ConnectionGroupHarness();

        var result = await harness.Handler.CreateAsync(new CreateRequest(Urn, Inputs, Preview: true), CancellationToken.None);

        harness.Api.VerifyNoOtherCalls();
        foreach (var output in new[] { "arn", "etag", "routingEndpoint", "status", "isDefault", "createdTime", "lastModifiedTime" })
        {
            Assert.True(result.Outputs[output].IsComputed, output);
        }

        Assert.Equal("edge-prod", result.Outputs["name"].StringValue);
        Assert.True(result.Outputs["enabled"].BoolValue);
        Assert.True(result.Outputs["ipv6Enabled"].BoolValue);
    }

    [Fact]
    public async Task Create_AnswerAlreadyDeployed_OneCallRecordsIdArnETagAndRest()
    {
        var harness = new ConnectionGroupHarness();
        CreateConnectionGroupRequest? sent = null;
        harness.Api.Setup(a => a.CreateConnectionGroupAsync(It.IsAny<CreateConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .Callback<CreateConnectionGroupRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new CreateConnectionGroupResult { ConnectionGroup = Group("Deployed", tags: new Dictionary<string, string> { ["team"] = "edge" }), ETag = "E1AAAAAAAAAAAA" });

        var result = await harness.Handler.CreateAsync(new CreateRequest(Urn, Inputs.Set("__defaults", PropertyValue.Create(new[] { PropertyValue.Create("tags") })), Preview: false), CancellationToken.None);

        Assert.Equal(Id, result.Id);
        Assert.Equal(Arn, result.Outputs["arn"].StringValue);
        Assert.Equal("E1AAAAAAAAAAAA", result.Outputs["etag"].StringValue);
        Assert.Equal(Endpoint, result.Outputs["routingEndpoint"].StringValue);
        Assert.Equal("Deployed", result.Outputs["status"].StringValue);
        Assert.False(result.Outputs["isDefault"].BoolValue);
        Assert.Equal("2025-06-01T12:00:00.000Z", result.Outputs["createdTime"].StringValue);
        Assert.False(result.Outputs.ContainsKey("__defaults"));
        Assert.Equal("edge-prod", sent!.Name);
        Assert.True(sent.Enabled);
        Assert.True(sent.Ipv6Enabled);
        Assert.Null(sent.AnycastIpListId);
        Assert.Equal("edge", sent.Tags!.ToDictionary()["team"]);
        harness.Api.Verify(a => a.CreateConnectionGroupAsync(It.IsAny<CreateConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Create_NoTags_SendsNoTagsElement()
    {
        var harness = new ConnectionGroupHarness();
        CreateConnectionGroupRequest? sent = null;
        harness.Api.Setup(a => a.CreateConnectionGroupAsync(It.IsAny<CreateConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .Callback<CreateConnectionGroupRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new CreateConnectionGroupResult { ConnectionGroup = Group(), ETag = "E1" });

        await harness.Handler.CreateAsync(new CreateRequest(Urn, Map(("name", "n"), ("enabled", false), ("anycastIpListId", "aip_1")), Preview: false), CancellationToken.None);

        Assert.Null(sent!.Tags);
        Assert.False(sent.Enabled);
        Assert.Equal("aip_1", sent.AnycastIpListId);
    }

    [Fact]
    public async Task Create_InProgress_PollsOnRampUntilDeployedAndLogsAtInfo()
    {
        var harness = new ConnectionGroupHarness();
        SetupCreate(harness, "InProgress");
        harness.SetupGet((Group("InProgress"), "E1AAAAAAAAAAAA"), (Group("InProgress"), "E1AAAAAAAAAAAA"), (Group("Deployed"), "E1AAAAAAAAAAAA"));

        var result = await harness.Handler.CreateAsync(new CreateRequest(Urn, Inputs, Preview: false), CancellationToken.None);

        Assert.Equal("Deployed", result.Outputs["status"].StringValue);
        harness.Api.Verify(a => a.GetConnectionGroupAsync(It.IsAny<GetConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(3));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)], harness.Delays);
        Assert.Contains(harness.Logs, l => l.Severity == LogSeverity.Info && l.Urn == Urn && l.Message.Contains("Waiting for connection group", StringComparison.Ordinal));
        Assert.Contains(harness.Logs, l => l.Severity == LogSeverity.Info && l.Urn == Urn && l.Message.Contains("is InProgress", StringComparison.Ordinal));
        Assert.Contains(harness.Logs, l => l.Severity == LogSeverity.Info && l.Message.Contains("is deployed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_WaitForDeploymentFalse_DoesNotPoll()
    {
        var harness = new ConnectionGroupHarness();
        SetupCreate(harness, "InProgress");

        var result = await harness.Handler.CreateAsync(new CreateRequest(Urn, Inputs.Set("waitForDeployment", false), Preview: false), CancellationToken.None);

        Assert.Equal("InProgress", result.Outputs["status"].StringValue);
        Assert.False(result.Outputs["waitForDeployment"].BoolValue);
        harness.Api.Verify(a => a.CreateConnectionGroupAsync(It.IsAny<CreateConnectionGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Create_WaitFails_ReturnsPartialState()
    {
        var harness = new ConnectionGroupHarness();
        SetupCreate(harness, "InProgress");
        harness.Api.Setup(a => a.GetConnectionGroupAsync(It.IsAny<GetConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(Error(AwsErrorCodes.AccessDenied, HttpStatusCode.Forbidden, "not allowed to GetConnectionGroup"));

        var ex = await Assert.ThrowsAsync<ResourceInitFailedException>(() =>
            harness.Handler.CreateAsync(new CreateRequest(Urn, Inputs, Preview: false), CancellationToken.None));

        Assert.Equal(Id, ex.Id);
        Assert.Equal(Arn, ex.Outputs["arn"].StringValue);
        Assert.Equal("E1AAAAAAAAAAAA", ex.Outputs["etag"].StringValue);
        Assert.Equal("InProgress", ex.Outputs["status"].StringValue);
        Assert.Equal("edge-prod", ex.Inputs["name"].StringValue);
        Assert.Contains("not allowed to GetConnectionGroup", ex.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WaitTimesOutAfterEngineTimeout_ReturnsPartialState()
    {
        var harness = new ConnectionGroupHarness();
        SetupCreate(harness, "InProgress");
        harness.SetupGet((Group("InProgress"), "E1AAAAAAAAAAAA"));

        var ex = await Assert.ThrowsAsync<ResourceInitFailedException>(() =>
            harness.Handler.CreateAsync(new CreateRequest(Urn, Inputs, Preview: false, Timeout: 10), CancellationToken.None));

        Assert.Equal(Id, ex.Id);
        Assert.Contains("still InProgress", ex.Reasons[0], StringComparison.Ordinal);
        Assert.Contains("timeout 10s", ex.Reasons[0], StringComparison.Ordinal);
        // 1 + 2 + 3 + 4 s reaches the 10 s limit on the fourth poll.
        Assert.Equal(4, harness.Delays.Count);
    }

    [Fact]
    public async Task Create_NoEngineTimeout_UsesDefaultTimeout()
    {
        var harness = new ConnectionGroupHarness(defaultTimeout: TimeSpan.FromMinutes(2));
        SetupCreate(harness, "InProgress");
        harness.SetupGet((Group("InProgress"), "E1AAAAAAAAAAAA"));

        var ex = await Assert.ThrowsAsync<ResourceInitFailedException>(() =>
            harness.Handler.CreateAsync(new CreateRequest(Urn, Inputs, Preview: false), CancellationToken.None));

        Assert.Contains("timeout 2m00s", ex.Reasons[0], StringComparison.Ordinal);
        Assert.True(harness.Clock.GetUtcNow() - new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero) >= TimeSpan.FromMinutes(2));
        Assert.All(harness.Delays, d => Assert.True(d <= TimeSpan.FromSeconds(4)));
    }

    [Fact]
    public async Task Create_GroupDeletedWhileWaiting_ReturnsPartialState()
    {
        var harness = new ConnectionGroupHarness();
        SetupCreate(harness, "InProgress");
        harness.Api.Setup(a => a.GetConnectionGroupAsync(It.IsAny<GetConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(Error(AwsErrorCodes.EntityNotFound, HttpStatusCode.NotFound));

        var ex = await Assert.ThrowsAsync<ResourceInitFailedException>(() =>
            harness.Handler.CreateAsync(new CreateRequest(Urn, Inputs, Preview: false), CancellationToken.None));

        Assert.Contains("no longer exists", ex.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_NameTaken_ClearErrorSuggestingImport()
    {
        var harness = new ConnectionGroupHarness();
        harness.Api.Setup(a => a.CreateConnectionGroupAsync(It.IsAny<CreateConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(Error(AwsErrorCodes.EntityAlreadyExists, HttpStatusCode.Conflict));

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.CreateAsync(new CreateRequest(Urn, Inputs, Preview: false), CancellationToken.None));

        Assert.Contains("'edge-prod' already exists", ex.Message, StringComparison.Ordinal);
        Assert.Contains("pulumi import awsdirect:cloudfront:ConnectionGroup", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Refused_ResourceExceptionNothingRecorded()
    {
        var harness = new ConnectionGroupHarness();
        harness.Api.Setup(a => a.CreateConnectionGroupAsync(It.IsAny<CreateConnectionGroupRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(Error("EntityLimitExceeded", HttpStatusCode.BadRequest, "too many connection groups"));

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.CreateAsync(new CreateRequest(Urn, Inputs, Preview: false), CancellationToken.None));

        Assert.Contains("nothing was created", ex.Message, StringComparison.Ordinal);
        Assert.Contains("too many connection groups", ex.Message, StringComparison.Ordinal);
    }
}
