using System.Net;
using System.Text;
using System.Xml.Linq;
using AwsEmulator.Control;
using AwsEmulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Tests.Control;

/// <summary>The seeded random mode, the slow-deployment fault and the injected-fault counters, over the control API.</summary>
public sealed class RandomFaultTests : IClassFixture<EmulatorFixture>, IDisposable
{
    private static readonly XNamespace Ns = AwsTestClient.CloudFrontNs;

    private readonly EmulatorFixture _fixture;
    private readonly AwsTestClient _client;

    public RandomFaultTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _client = fixture.NewClient();
    }

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task RandomMode_SameSeed_FaultsTheSameCalls_AnotherSeedOthers()
    {
        var first = await StatusesAsync(seed: 7, rate: 0.3, calls: 60);
        _fixture.Host.Reset();
        var again = await StatusesAsync(seed: 7, rate: 0.3, calls: 60);
        _fixture.Host.Reset();
        var other = await StatusesAsync(seed: 8, rate: 0.3, calls: 60);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.InRange(first.Count(s => s != 200), 6, 30);
    }

    [Fact]
    public async Task RandomMode_Weights_DrawOnlyTheWeightedKinds_AndCountersAddUp()
    {
        await PostAsync("/_emulator/faults/random", new JObject
        {
            ["seed"] = 99,
            ["rate"] = 0.5,
            ["weights"] = new JObject { ["error5xx"] = 1, ["throttle"] = 1 },
        });

        var statuses = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            statuses.Add((int)(await _client.Gs(HttpMethod.Get, "/config")).Status);
        }

        var injected = JObject.Parse(await _client.Http.GetStringAsync("/_emulator/faults/injected"));
        Assert.All(statuses, s => Assert.Contains(s, new[] { 200, 400, 500, 503 }));
        var faulted = statuses.Count(s => s != 200);
        Assert.Equal(faulted, (long)injected["total"]!);
        Assert.Equal(statuses.Count(s => s == 400), (long?)injected["byKind"]!["throttle"] ?? 0);
        Assert.Equal(statuses.Count(s => s >= 500), (long?)injected["byKind"]!["error5xx"] ?? 0);
        Assert.Equal(faulted, ((JObject)injected["byOperation"]!["groundstation:ListConfigs"]!).Properties().Sum(p => (long)p.Value));
        Assert.Equal(40, (long)JObject.Parse(await _client.Http.GetStringAsync("/_emulator/faults/random"))["seen"]!["groundstation:ListConfigs"]!);
    }

    [Fact]
    public async Task RandomMode_WritesOnly_LeavesReadsAlone_AndFaultsWrites()
    {
        await PostAsync("/_emulator/faults/random", new JObject { ["seed"] = 1, ["rate"] = 1.0, ["writesOnly"] = true, ["weights"] = new JObject { ["error5xx"] = 1 } });

        var read = await _client.Gs(HttpMethod.Get, "/config");
        var write = await _client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking"));

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.True((int)write.Status is 500 or 503, $"write answered {(int)write.Status}");
    }

    [Fact]
    public async Task RandomMode_Delete_TurnsItOff_AndClearingFaultsKeepsTheCounters()
    {
        await PostAsync("/_emulator/faults/random", new JObject { ["seed"] = 1, ["rate"] = 1.0, ["weights"] = new JObject { ["throttle"] = 1 } });
        var faulted = await _client.Gs(HttpMethod.Get, "/config");

        using var off = await _client.Http.DeleteAsync("/_emulator/faults/random");
        var after = await _client.Gs(HttpMethod.Get, "/config");
        var state = JObject.Parse(await _client.Http.GetStringAsync("/_emulator/faults/random"));
        using var cleared = await _client.Http.DeleteAsync("/_emulator/faults");
        var counted = JObject.Parse(await _client.Http.GetStringAsync("/_emulator/faults/injected"));
        using var zeroed = await _client.Http.DeleteAsync("/_emulator/faults/injected");
        var zero = JObject.Parse(await _client.Http.GetStringAsync("/_emulator/faults/injected"));

        Assert.Equal("ThrottlingException", faulted.ErrorType);
        Assert.True((bool)JObject.Parse(await off.Content.ReadAsStringAsync())["removed"]!);
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.False((bool)state["enabled"]!);
        Assert.Equal(1, (long)counted["byKind"]!["throttle"]!);
        Assert.Equal(0, (long)zero["total"]!);
    }

    [Fact]
    public async Task RandomMode_ResetAndDropKinds_LoseTheConnectionBeforeOrAfterCommit()
    {
        await PostAsync("/_emulator/faults/random", new JObject
        {
            ["seed"] = 3,
            ["rate"] = 1.0,
            ["operations"] = new JArray("CreateConfig"),
            ["weights"] = new JObject { ["resetBeforeCommit"] = 1, ["dropAfterCommit"] = 1 },
        });

        var lost = 0;
        for (var i = 0; i < 20; i++)
        {
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => _client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking", $"c{i}")));
            lost++;
        }

        await _client.Http.DeleteAsync("/_emulator/faults/random");
        var configs = ((JArray)(await _client.Gs(HttpMethod.Get, "/config")).Body["configList"]!).Count;
        var byKind = JObject.Parse(await _client.Http.GetStringAsync("/_emulator/faults/injected"))["byKind"]!;

        Assert.Equal(20, lost);
        Assert.Equal((long)byKind["dropAfterCommit"]!, configs);
        Assert.Equal(20 - configs, (long)byKind["resetBeforeCommit"]!);
        Assert.InRange(configs, 1, 19);
    }

    [Fact]
    public async Task DeploymentDelayRule_KeepsThatGroupInProgress_OthersDeployOnTime()
    {
        await PostAsync("/_emulator/faults", new JObject { ["operation"] = "CreateConnectionGroup", ["deploymentDelayMs"] = 30_000, ["count"] = 1 });

        var slow = await CreateGroup("slow");
        var normal = await CreateGroup("normal");
        await Task.Delay(EmulatorFixture.DeploymentDelay + TimeSpan.FromMilliseconds(150));

        Assert.Equal("InProgress", (await _client.Cf(HttpMethod.Get, $"/2020-05-31/connection-group/{slow}")).Value("Status"));
        Assert.Equal("Deployed", (await _client.Cf(HttpMethod.Get, $"/2020-05-31/connection-group/{normal}")).Value("Status"));
        Assert.Equal(1, _fixture.Host.InjectedFaults.ByOperation["cloudfront:CreateConnectionGroup"][FaultKinds.SlowDeployment]);
    }

    [Fact]
    public async Task RandomMode_SlowDeployment_AppliesOnlyToWritesThatDeploy()
    {
        await PostAsync("/_emulator/faults/random", new JObject
        {
            ["seed"] = 5,
            ["rate"] = 1.0,
            ["deploymentDelayMs"] = 30_000,
            ["weights"] = new JObject { ["slowDeployment"] = 1 },
        });

        var id = await CreateGroup("slow-random");
        var read = await _client.Cf(HttpMethod.Get, $"/2020-05-31/connection-group/{id}");
        await Task.Delay(EmulatorFixture.DeploymentDelay + TimeSpan.FromMilliseconds(150));

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal("InProgress", (await _client.Cf(HttpMethod.Get, $"/2020-05-31/connection-group/{id}")).Value("Status"));
        var injected = _fixture.Host.InjectedFaults;
        Assert.Equal(1, injected.Total);
        Assert.Equal(1, injected.ByKind[FaultKinds.SlowDeployment]);
    }

    [Theory]
    [InlineData("{\"seed\":1,\"rate\":1.5}")]
    [InlineData("{\"seed\":1,\"rate\":0.1,\"weights\":{\"meteor\":1}}")]
    [InlineData("{\"seed\":1,\"rate\":0.1,\"weights\":{\"throttle\":0}}")]
    [InlineData("{\"seed\":1,\"rate\":0.1,\"weights\":{\"error4xx\":1}}")]
    [InlineData("{\"seed\":1,\"rate\":0.1,\"latencyMs\":-1}")]
    [InlineData("[1]")]
    public async Task InvalidRandomSettings_Return400_AndLeaveTheModeOff(string json)
    {
        using var response = await _client.Http.PostAsync("/_emulator/faults/random", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False((bool)JObject.Parse(await _client.Http.GetStringAsync("/_emulator/faults/random"))["enabled"]!);
    }

    [Fact]
    public async Task ResetBeforeCommitRule_NeedsNoOtherField_AndDeploymentDelayMayNotBeNegative()
    {
        using var reset = await _client.Http.PostAsync("/_emulator/faults", new StringContent("{\"resetBeforeCommit\":true,\"count\":1}", Encoding.UTF8, "application/json"));
        using var negative = await _client.Http.PostAsync("/_emulator/faults", new StringContent("{\"deploymentDelayMs\":-5}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
    }

    private async Task<List<int>> StatusesAsync(long seed, double rate, int calls)
    {
        await PostAsync("/_emulator/faults/random", new JObject { ["seed"] = seed, ["rate"] = rate, ["weights"] = new JObject { ["throttle"] = 1, ["error5xx"] = 1 } });
        var statuses = new List<int>();
        for (var i = 0; i < calls; i++)
        {
            statuses.Add((int)(await _client.Gs(HttpMethod.Get, "/missionprofile")).Status);
        }

        return statuses;
    }

    private async Task<string> CreateGroup(string name)
    {
        var created = await _client.Cf(HttpMethod.Post, "/2020-05-31/connection-group",
            new XElement(Ns + "CreateConnectionGroupRequest", new XElement(Ns + "Name", name)));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        return created.Value("Id")!;
    }

    private async Task PostAsync(string path, JToken body)
    {
        using var response = await _client.Http.PostAsync(path, new StringContent(body.ToString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
