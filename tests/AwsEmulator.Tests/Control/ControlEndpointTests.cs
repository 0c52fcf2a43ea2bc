using System.Diagnostics;
using System.Net;
using System.Text;
using AwsEmulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace AwsEmulator.Tests.Control;

public sealed class ControlEndpointTests : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly EmulatorFixture _fixture;
    private readonly AwsTestClient _client;
    private readonly ITestOutputHelper _output;

    public ControlEndpointTests(EmulatorFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _client = fixture.NewClient();
        _output = output;
    }

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Calls_ListsServiceOperationAndStatus_InOrder()
    {
        await _client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking"));
        await _client.Gs(HttpMethod.Get, "/config/tracking/00000000-0000-4000-8000-000000000000");
        await _client.Cf(HttpMethod.Get, "/2020-05-31/connection-group/missing");

        var calls = JArray.Parse(await _client.Http.GetStringAsync("/_emulator/calls"));

        var summary = calls.Select(c => ((string?)c["service"], (string?)c["operation"], (int)c["httpStatus"]!)).ToList();
        Assert.Equal(
            [("groundstation", "CreateConfig", 200), ("groundstation", "GetConfig", 434), ("cloudfront", "GetConnectionGroup", 404)],
            summary);
        Assert.Equal("ResourceNotFoundException", (string?)calls[1]["errorCode"]);
        Assert.Equal([1L, 2L, 3L], calls.Select(c => (long)c["sequence"]!));
    }

    [Fact]
    public async Task Reset_ForgetsResourcesAndCalls()
    {
        await _client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking"));

        using var reset = await _client.Http.PostAsync("/_emulator/reset", null);
        var calls = JArray.Parse(await _client.Http.GetStringAsync("/_emulator/calls"));
        var list = await _client.Gs(HttpMethod.Get, "/config");

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Empty(calls);
        Assert.Empty((JArray)list.Body["configList"]!);
    }

    [Fact]
    public async Task Options_ChangeDeploymentDelayAtRunTime()
    {
        using var set = await _client.Http.PostAsync("/_emulator/options", new StringContent("{\"cloudFrontDeploymentDelayMs\":0}", Encoding.UTF8, "application/json"));
        try
        {
            var request = new System.Xml.Linq.XElement(AwsTestClient.CloudFrontNs + "CreateConnectionGroupRequest", new System.Xml.Linq.XElement(AwsTestClient.CloudFrontNs + "Name", "instant"));

            var created = await _client.Cf(HttpMethod.Post, "/2020-05-31/connection-group", request);

            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
            Assert.Equal("Deployed", created.Value("Status"));
        }
        finally
        {
            _fixture.Host.Options.CloudFrontDeploymentDelay = EmulatorFixture.DeploymentDelay;
        }
    }

    [Fact]
    public async Task Health_AnswersOk()
    {
        var body = JObject.Parse(await _client.Http.GetStringAsync("/_emulator/health"));

        Assert.Equal("ok", (string?)body["status"]);
    }

    [Fact]
    public async Task StartAsync_ListensOnLoopbackWithAFreePort_AndReportsStartupTime()
    {
        var watch = Stopwatch.StartNew();
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { AccountId = "210987654321" });
        watch.Stop();
        _output.WriteLine($"in-process StartAsync: {watch.ElapsedMilliseconds} ms");

        Assert.Equal("127.0.0.1", host.BaseAddress.Host);
        Assert.NotEqual(0, host.BaseAddress.Port);
        Assert.NotEqual(_fixture.Host.BaseAddress, host.BaseAddress);
        using var client = new AwsTestClient(host.BaseAddress);
        var created = await client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking"));
        Assert.Contains(":210987654321:", (string?)created.Body["configArn"], StringComparison.Ordinal);
    }
}
