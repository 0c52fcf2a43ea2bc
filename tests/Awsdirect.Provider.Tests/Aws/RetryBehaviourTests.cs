using System.Net;
using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Configuration;
using CloudFrontListTags = Awsdirect.Provider.Aws.CloudFront.ListTagsForResourceRequest;
using GroundStationListTags = Awsdirect.Provider.Aws.GroundStation.ListTagsForResourceRequest;

namespace Awsdirect.Provider.Tests.Aws;

/// <summary>The retry policy as the clients apply it: delays are recorded, never slept.</summary>
public class RetryBehaviourTests
{
    private const string Throttled = """{"message":"Rate exceeded"}""";
    private static readonly Dictionary<string, string> ThrottlingHeader = new() { ["x-amzn-ErrorType"] = "ThrottlingException" };

    [Fact]
    public async Task Throttling_ThenSuccess_ReturnsResultAfterBackoff()
    {
        var clients = new AwsTestClients(jitter: 0.5);
        clients.Handler.Respond(HttpStatusCode.BadRequest, Throttled, headers: ThrottlingHeader)
            .Respond(HttpStatusCode.BadRequest, Throttled, headers: ThrottlingHeader)
            .Respond(HttpStatusCode.OK, """{"configId":"c1"}""");

        var result = await clients.GroundStation.CreateConfigAsync(new CreateConfigRequest { Name = "n", ConfigData = new ConfigTypeData { TrackingConfig = new TrackingConfig { Autotrack = "REQUIRED" } } });

        Assert.Equal("c1", result.ConfigId);
        Assert.Equal(3, clients.Handler.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1)], clients.Delays);
        Assert.All(clients.Handler.Requests, r => Assert.Equal(clients.Handler.Requests[0].Body, r.Body));
    }

    [Fact]
    public async Task Throttling_Persisting_GivesUpAtMaxAttemptsWithTheAwsError()
    {
        var clients = new AwsTestClients(ProviderConfiguration.Default with { Region = "us-east-1", MaxRetries = 2, Endpoints = new ServiceEndpoints(new Uri("https://gs.test"), null) });
        clients.Handler.Respond(HttpStatusCode.BadRequest, Throttled, headers: ThrottlingHeader)
            .Respond(HttpStatusCode.BadRequest, Throttled, headers: ThrottlingHeader);

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => clients.GroundStation.ListConfigsAsync(new ListConfigsRequest()));

        Assert.Equal("ThrottlingException", e.ErrorCode);
        Assert.Equal(2, clients.Handler.Requests.Count);
        Assert.Single(clients.Delays);
    }

    [Fact]
    public async Task RetryAfterHeader_SetsTheDelay()
    {
        var clients = new AwsTestClients(jitter: 0.0);
        clients.Handler.Respond(HttpStatusCode.ServiceUnavailable, "<ErrorResponse><Error><Code>ServiceUnavailable</Code><Message>busy</Message></Error></ErrorResponse>", "text/xml",
                new Dictionary<string, string> { ["Retry-After"] = "3" })
            .Respond(HttpStatusCode.OK, "<Tags><Items/></Tags>", "text/xml");

        await clients.CloudFront.ListTagsForResourceAsync(new CloudFrontListTags { Resource = "arn:aws:cloudfront::1:connection-group/x" });

        Assert.Equal([TimeSpan.FromSeconds(3)], clients.Delays);
    }

    [Fact]
    public async Task ServerError_OnCreate_IsNotRetried()
    {
        var clients = new AwsTestClients();
        clients.Handler.Respond(HttpStatusCode.InternalServerError, "<ErrorResponse><Error><Code>InternalError</Code><Message>oops</Message></Error></ErrorResponse>", "text/xml");

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => clients.CloudFront.CreateConnectionGroupAsync(new CreateConnectionGroupRequest { Name = "x" }));

        Assert.Equal("InternalError", e.ErrorCode);
        Assert.Single(clients.Handler.Requests);
    }

    [Fact]
    public async Task ServerError_OnGet_IsRetried()
    {
        var clients = new AwsTestClients();
        clients.Handler.Respond(HttpStatusCode.BadGateway).Respond(HttpStatusCode.OK, """{"tags":{}}""");

        await clients.GroundStation.ListTagsForResourceAsync(new GroundStationListTags { ResourceArn = "arn:aws:groundstation:us-west-2:1:config/x/y" });

        Assert.Equal(2, clients.Handler.Requests.Count);
    }

    [Fact]
    public async Task ConnectionFailure_OnCreate_IsNotRetried_AndSaysSo()
    {
        var clients = new AwsTestClients();
        clients.Handler.Throw(new HttpRequestException("connection refused"));

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => clients.GroundStation.CreateMissionProfileAsync(new CreateMissionProfileRequest
        {
            Name = "m",
            MinimumViableContactDurationSeconds = 1,
            DataflowEdges = [],
            TrackingConfigArn = "arn:t",
        }));

        Assert.Equal(AwsErrorCodes.ConnectionFailure, e.ErrorCode);
        Assert.Contains("CreateMissionProfile", e.Message, StringComparison.Ordinal);
        Assert.Single(clients.Handler.Requests);
    }

    [Fact]
    public async Task ConnectionFailure_OnDelete_IsRetried()
    {
        var clients = new AwsTestClients();
        clients.Handler.Throw(new HttpRequestException("reset")).Respond(HttpStatusCode.OK, """{"missionProfileId":"m"}""");

        var result = await clients.GroundStation.DeleteMissionProfileAsync(new DeleteMissionProfileRequest { MissionProfileId = "m" });

        Assert.Equal("m", result.MissionProfileId);
        Assert.Equal(2, clients.Handler.Requests.Count);
    }

    [Fact]
    public async Task EveryAttempt_IsSignedAfresh()
    {
        var clients = new AwsTestClients();
        clients.Handler.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK, """{"tags":{}}""");

        await clients.GroundStation.ListTagsForResourceAsync(new GroundStationListTags { ResourceArn = "arn:aws:groundstation:us-west-2:1:config/x/y" });

        Assert.All(clients.Handler.Requests, r => Assert.StartsWith("AWS4-HMAC-SHA256 ", r.Header("Authorization"), StringComparison.Ordinal));
    }
}
