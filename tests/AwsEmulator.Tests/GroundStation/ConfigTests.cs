using System.Net;
using System.Text.RegularExpressions;
using AwsEmulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Tests.GroundStation;

public sealed class ConfigTests(EmulatorFixture fixture) : GroundStationTestBase(fixture)
{
    private const string Uuid = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}";

    [Fact]
    public async Task CreateConfig_ReturnsIdTypeAndArn_InRegionOfCredentialScope()
    {
        var response = await Client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking"), region: "eu-north-1");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["configArn", "configId", "configType"], response.Body.Properties().Select(p => p.Name).Order());
        var id = (string)response.Body["configId"]!;
        Assert.Matches($"^{Uuid}$", id);
        Assert.Equal("tracking", (string?)response.Body["configType"]);
        Assert.Equal($"arn:aws:groundstation:eu-north-1:123456789012:config/tracking/{id}", (string?)response.Body["configArn"]);
        Assert.NotNull(response.RequestId);
    }

    [Theory]
    [MemberData(nameof(GsSamples.ConfigTypes), MemberType = typeof(GsSamples))]
    public async Task CreateThenGet_EveryConfigType_RoundTripsConfigData(string type)
    {
        var created = await Client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig(type, "round-trip", new JObject { ["team"] = "ops" }));
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(type, (string?)created.Body["configType"]);

        var got = await Client.Gs(HttpMethod.Get, $"/config/{type}/{created.Body["configId"]}");

        Assert.Equal(HttpStatusCode.OK, got.Status);
        Assert.Equal("round-trip", (string?)got.Body["name"]);
        Assert.Equal(created.Body["configArn"], got.Body["configArn"]);
        Assert.Equal(type, (string?)got.Body["configType"]);
        Assert.True(JToken.DeepEquals(NumbersAsDoubles(GsSamples.CreateConfig(type)["configData"]!), NumbersAsDoubles(got.Body["configData"]!)));
        Assert.Equal("ops", (string?)got.Body["tags"]?["team"]);
    }

    [Fact]
    public async Task GetConfig_WritesDoubleMembersAsDoubles()
    {
        var created = await CreateConfig("antenna-downlink");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/config/antenna-downlink/{created["configId"]}");
        request.Headers.TryAddWithoutValidation("Authorization", AwsTestClient.Authorization("us-east-1", "groundstation"));
        using var raw = await Client.Http.SendAsync(request);
        var text = await raw.Content.ReadAsStringAsync();

        Assert.Contains("\"value\":7812.0", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateConfig_BeyondAccountLimit_ReturnsResourceLimitExceeded()
    {
        Fixture.Host.Options.GroundStationConfigLimit = 1;
        try
        {
            await CreateConfig("tracking");

            var response = await Client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking"));

            AssertGsError(response, 429, "ResourceLimitExceededException");
        }
        finally
        {
            Fixture.Host.Options.GroundStationConfigLimit = null;
        }
    }

    [Fact]
    public async Task GetConfig_WithWrongType_ReturnsResourceNotFound()
    {
        var created = await CreateConfig("tracking");

        var response = await Client.Gs(HttpMethod.Get, $"/config/antenna-downlink/{created["configId"]}");

        AssertGsError(response, 434, "ResourceNotFoundException");
    }

    [Fact]
    public async Task GetConfig_FromAnotherRegion_ReturnsResourceNotFound()
    {
        var created = await CreateConfig("tracking", region: "us-east-2");

        var response = await Client.Gs(HttpMethod.Get, $"/config/tracking/{created["configId"]}", region: "us-west-2");

        AssertGsError(response, 434, "ResourceNotFoundException");
    }

    [Fact]
    public async Task UpdateConfig_ReplacesNameAndData_KeepsIdentity()
    {
        var created = await CreateConfig("tracking", "before");
        var update = new JObject { ["name"] = "after", ["configData"] = new JObject { ["trackingConfig"] = new JObject { ["autotrack"] = "REQUIRED" } } };

        var updated = await Client.Gs(HttpMethod.Put, $"/config/tracking/{created["configId"]}", update);
        var got = await Client.Gs(HttpMethod.Get, $"/config/tracking/{created["configId"]}");

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal(created["configArn"], updated.Body["configArn"]);
        Assert.Equal("after", (string?)got.Body["name"]);
        Assert.Equal("REQUIRED", (string?)got.Body["configData"]?["trackingConfig"]?["autotrack"]);
    }

    [Fact]
    public async Task UpdateConfig_WithDataOfAnotherType_ReturnsInvalidParameter()
    {
        var created = await CreateConfig("tracking");
        var update = GsSamples.CreateConfig("dataflow-endpoint", "x");

        var response = await Client.Gs(HttpMethod.Put, $"/config/tracking/{created["configId"]}", update);

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("configData", response.ParameterName);
    }

    [Fact]
    public async Task DeleteConfig_RemovesIt_AndReturnsItsIdentity()
    {
        var created = await CreateConfig("s3-recording");
        var path = $"/config/s3-recording/{created["configId"]}";

        var deleted = await Client.Gs(HttpMethod.Delete, path);
        var again = await Client.Gs(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal(created["configArn"], deleted.Body["configArn"]);
        AssertGsError(again, 434, "ResourceNotFoundException");
        AssertGsError(await Client.Gs(HttpMethod.Delete, path), 434, "ResourceNotFoundException");
    }

    [Fact]
    public async Task DeleteConfig_UsedByMissionProfile_IsRefused()
    {
        var profileId = await CreateMissionProfile();
        var profile = await Client.Gs(HttpMethod.Get, $"/missionprofile/{profileId}");
        var trackingArn = (string)profile.Body["trackingConfigArn"]!;
        var trackingId = trackingArn[(trackingArn.LastIndexOf('/') + 1)..];

        var response = await Client.Gs(HttpMethod.Delete, $"/config/tracking/{trackingId}");

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("configId", response.ParameterName);
        Assert.Contains(profileId, response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListConfigs_PagesWithMaxResultsAndNextToken_InCreationOrder()
    {
        var names = new[] { "c1", "c2", "c3", "c4", "c5" };
        foreach (var name in names)
        {
            await CreateConfig("tracking", name);
        }

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var query = token is null ? "?maxResults=2" : $"?maxResults=2&nextToken={Uri.EscapeDataString(token)}";
            var page = await Client.Gs(HttpMethod.Get, "/config" + query);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var items = (JArray)page.Body["configList"]!;
            Assert.True(items.Count <= 2);
            seen.AddRange(items.Select(i => (string)i["name"]!));
            Assert.All(items, i => Assert.Matches(new Regex("^arn:aws:groundstation:us-east-1:123456789012:config/tracking/"), (string)i["configArn"]!));
            token = (string?)page.Body["nextToken"];
            pages++;
        }
        while (token is not null);

        Assert.Equal(names, seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task ListConfigs_WithForgedToken_ReturnsInvalidParameter()
    {
        var response = await Client.Gs(HttpMethod.Get, "/config?nextToken=notatoken");

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("nextToken", response.ParameterName);
    }

    /// <summary>The emulator writes double members as doubles (7812.0); compare content, not number spelling.</summary>
    private static JToken NumbersAsDoubles(JToken token) => token switch
    {
        JObject obj => new JObject(obj.Properties().Select(p => new JProperty(p.Name, NumbersAsDoubles(p.Value)))),
        JArray array => new JArray(array.Select(NumbersAsDoubles)),
        JValue { Type: JTokenType.Integer } value => new JValue(value.Value<double>()),
        _ => token,
    };
}
