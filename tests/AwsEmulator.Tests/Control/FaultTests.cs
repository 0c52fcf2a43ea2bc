using System.Diagnostics;
using System.Net;
using System.Text;
using AwsEmulator.Control;
using AwsEmulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Tests.Control;

public sealed class FaultTests : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly EmulatorFixture _fixture;
    private readonly AwsTestClient _client;

    public FaultTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _client = fixture.NewClient();
    }

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task ErrorFault_WithCount_FailsThatManyCalls_WithModelStatus_ThenStops()
    {
        await PostFault(new JObject { ["operation"] = "CreateConfig", ["errorCode"] = "DependencyException", ["count"] = 1 });

        var failed = await _client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking"));
        var succeeded = await _client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking"));
        var list = await _client.Gs(HttpMethod.Get, "/config");

        Assert.Equal(531, (int)failed.Status);
        Assert.Equal("DependencyException", failed.ErrorType);
        Assert.Equal(HttpStatusCode.OK, succeeded.Status);
        Assert.Single((JArray)list.Body["configList"]!);
        var calls = _fixture.Host.Calls;
        Assert.True(calls[0].Faulted);
        Assert.False(calls[1].Faulted);
    }

    [Fact]
    public async Task ErrorFault_OnCloudFront_IsShapedAsCloudFrontXml()
    {
        await PostFault(new JObject { ["service"] = "cloudfront", ["errorCode"] = "AccessDenied" });

        var response = await _client.Cf(HttpMethod.Get, "/2020-05-31/connection-group/cg_x");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("AccessDenied", response.ErrorCode);
    }

    [Fact]
    public async Task ThrottleBurst_CloudFront_ReturnsThrottling400ForNCalls()
    {
        await PostFault(new JObject { ["operation"] = "ListConnectionGroups", ["throttle"] = true, ["count"] = 3 });
        var body = new System.Xml.Linq.XElement(AwsTestClient.CloudFrontNs + "ListConnectionGroupsRequest");

        var results = new List<CfResponse>();
        for (var i = 0; i < 4; i++)
        {
            results.Add(await _client.Cf(HttpMethod.Post, "/2020-05-31/connection-groups", body));
        }

        Assert.All(results.Take(3), r =>
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.Status);
            Assert.Equal("Throttling", r.ErrorCode);
        });
        Assert.Equal(HttpStatusCode.OK, results[3].Status);
    }

    [Fact]
    public async Task ThrottleFault_GroundStation_ReturnsThrottlingException()
    {
        _fixture.Host.AddFault(new FaultRule { Service = "groundstation", Throttle = true, Count = 1 });

        var response = await _client.Gs(HttpMethod.Get, "/config");

        Assert.Equal("ThrottlingException", response.ErrorType);
        Assert.Equal(400, (int)response.Status);
    }

    [Fact]
    public async Task ErrorFault_TakesItsStatusFromTheModel()
    {
        await PostFault(new JObject { ["operation"] = "CreateConfig", ["errorCode"] = "ResourceLimitExceededException", ["count"] = 1 });

        var response = await _client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking"));

        Assert.Equal(429, (int)response.Status);
        Assert.Equal("ResourceLimitExceededException", response.ErrorType);
    }

    [Fact]
    public async Task DropResponse_IsNotUsedUpByACallThatFailsValidation()
    {
        await PostFault(new JObject { ["operation"] = "CreateConfig", ["dropResponseAfterCommit"] = true, ["count"] = 1 });

        var invalid = await _client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking", "bad!"));
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => _client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking")));
        var after = await _client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking"));

        Assert.Equal(431, (int)invalid.Status);
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }

    [Fact]
    public async Task RateZero_NeverFires()
    {
        await PostFault(new JObject { ["errorCode"] = "DependencyException", ["rate"] = 0.0 });

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.Gs(HttpMethod.Get, "/config")).Status);
        }
    }

    [Fact]
    public async Task Latency_DelaysTheAnswerByAtLeastTheGivenTime()
    {
        await PostFault(new JObject { ["operation"] = "ListConfigs", ["latencyMs"] = 300, ["count"] = 1 });

        var watch = Stopwatch.StartNew();
        var response = await _client.Gs(HttpMethod.Get, "/config");
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(watch.ElapsedMilliseconds >= 290, $"answered after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task DropResponseAfterCommit_Abort_CommitsTheWriteButResetsTheConnection()
    {
        await PostFault(new JObject { ["operation"] = "CreateConfig", ["dropResponseAfterCommit"] = true, ["count"] = 1 });

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => _client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking", "orphan")));
        var list = await _client.Gs(HttpMethod.Get, "/config");

        Assert.Equal("orphan", (string?)list.Body["configList"]![0]!["name"]);
        var call = _fixture.Host.Calls[0];
        Assert.Equal(("CreateConfig", 0, true), (call.Operation, call.HttpStatus, call.Faulted));
    }

    [Fact]
    public async Task DropResponseAfterCommit_Status500_CommitsAndAnswersEmpty500()
    {
        await PostFault(new JObject { ["operation"] = "CreateConnectionGroup", ["dropResponseAfterCommit"] = true, ["dropStyle"] = "status500", ["count"] = 1 });
        var request = new System.Xml.Linq.XElement(AwsTestClient.CloudFrontNs + "CreateConnectionGroupRequest", new System.Xml.Linq.XElement(AwsTestClient.CloudFrontNs + "Name", "lost"));

        var response = await _client.Cf(HttpMethod.Post, "/2020-05-31/connection-group", request);
        var got = await _client.Cf(HttpMethod.Get, "/2020-05-31/connection-group/lost");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Null(response.Body);
        Assert.Equal(HttpStatusCode.OK, got.Status);
    }

    [Fact]
    public async Task FaultList_ShowsRemaining_AndDeleteClearsRules()
    {
        await PostFault(new JObject { ["operation"] = "ListConfigs", ["errorCode"] = "DependencyException", ["count"] = 2 });
        await _client.Gs(HttpMethod.Get, "/config");

        var listed = JArray.Parse(await _client.Http.GetStringAsync("/_emulator/faults"));
        using var cleared = await _client.Http.DeleteAsync("/_emulator/faults");
        var after = await _client.Gs(HttpMethod.Get, "/config");

        Assert.Equal(1, (int?)listed[0]["remaining"]);
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }

    [Fact]
    public async Task DeleteOneFault_ById_LeavesOthers()
    {
        var ids = await PostFault(new JArray(
            new JObject { ["operation"] = "ListConfigs", ["errorCode"] = "DependencyException" },
            new JObject { ["operation"] = "ListMissionProfiles", ["errorCode"] = "DependencyException" }));

        using var removed = await _client.Http.DeleteAsync($"/_emulator/faults/{ids[0]}");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.Gs(HttpMethod.Get, "/config")).Status);
        Assert.Equal(531, (int)(await _client.Gs(HttpMethod.Get, "/missionprofile")).Status);
    }

    [Theory]
    [InlineData("{\"operation\":\"ListConfigs\"}")]
    [InlineData("{\"errorCode\":\"X\",\"rate\":2}")]
    [InlineData("not json")]
    public async Task InvalidFaultRule_Returns400(string json)
    {
        using var response = await _client.Http.PostAsync("/_emulator/faults", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<List<string>> PostFault(JToken rule)
    {
        using var response = await _client.Http.PostAsync("/_emulator/faults", new StringContent(rule.ToString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        return [.. ((JArray)body["ids"]!).Select(i => (string)i!)];
    }
}
