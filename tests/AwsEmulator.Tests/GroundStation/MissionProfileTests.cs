using System.Net;
using AwsEmulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Tests.GroundStation;

public sealed class MissionProfileTests(EmulatorFixture fixture) : GroundStationTestBase(fixture)
{
    private const string MissingConfigArn = "arn:aws:groundstation:us-east-1:123456789012:config/tracking/00000000-0000-4000-8000-000000000000";

    [Fact]
    public async Task CreateMissionProfile_ReturnsOnlyTheId_AndGetReturnsTheProfile()
    {
        var tracking = await CreateConfig("tracking");
        var downlink = await CreateConfig("antenna-downlink");
        var sink = await CreateConfig("dataflow-endpoint");
        var edges = GsSamples.Edges(new JArray(downlink["configArn"]!, sink["configArn"]!));

        var created = await Client.Gs(HttpMethod.Post, "/missionprofile", GsSamples.MissionProfile((string)tracking["configArn"]!, edges, "downlink-mission"));

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(["missionProfileId"], created.Body.Properties().Select(p => p.Name));
        var id = (string)created.Body["missionProfileId"]!;
        var got = await Client.Gs(HttpMethod.Get, $"/missionprofile/{id}");
        Assert.Equal(HttpStatusCode.OK, got.Status);
        Assert.Equal($"arn:aws:groundstation:us-east-1:123456789012:mission-profile/{id}", (string?)got.Body["missionProfileArn"]);
        Assert.Equal("downlink-mission", (string?)got.Body["name"]);
        Assert.Equal("us-east-1", (string?)got.Body["region"]);
        Assert.Equal(60, (int?)got.Body["minimumViableContactDurationSeconds"]);
        Assert.True(JToken.DeepEquals(edges, got.Body["dataflowEdges"]));
    }

    [Fact]
    public async Task CreateMissionProfile_ReferringToMissingConfig_ReturnsResourceNotFound()
    {
        var response = await Client.Gs(HttpMethod.Post, "/missionprofile", GsSamples.MissionProfile(MissingConfigArn, []));

        AssertGsError(response, 434, "ResourceNotFoundException");
    }

    [Fact]
    public async Task CreateMissionProfile_EdgeToMissingConfig_ReturnsResourceNotFound()
    {
        var tracking = await CreateConfig("tracking");
        var edges = GsSamples.Edges(new JArray(MissingConfigArn.Replace("tracking", "antenna-downlink", StringComparison.Ordinal), tracking["configArn"]!));

        var response = await Client.Gs(HttpMethod.Post, "/missionprofile", GsSamples.MissionProfile((string)tracking["configArn"]!, edges));

        AssertGsError(response, 434, "ResourceNotFoundException");
    }

    [Fact]
    public async Task CreateMissionProfile_TrackingArnOfAnotherType_ReturnsInvalidParameter()
    {
        var downlink = await CreateConfig("antenna-downlink");

        var response = await Client.Gs(HttpMethod.Post, "/missionprofile", GsSamples.MissionProfile((string)downlink["configArn"]!, []));

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("trackingConfigArn", response.ParameterName);
    }

    [Fact]
    public async Task UpdateMissionProfile_ChangesOnlyGivenFields()
    {
        var id = await CreateMissionProfile("before");

        var updated = await Client.Gs(HttpMethod.Put, $"/missionprofile/{id}", new JObject { ["name"] = "after", ["minimumViableContactDurationSeconds"] = 90 });
        var got = await Client.Gs(HttpMethod.Get, $"/missionprofile/{id}");

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal(id, (string?)updated.Body["missionProfileId"]);
        Assert.Equal("after", (string?)got.Body["name"]);
        Assert.Equal(90, (int?)got.Body["minimumViableContactDurationSeconds"]);
        Assert.Single((JArray)got.Body["dataflowEdges"]!);
    }

    [Fact]
    public async Task UpdateMissionProfile_ToMissingTrackingConfig_ReturnsResourceNotFound_AndKeepsProfile()
    {
        var id = await CreateMissionProfile();
        var before = await Client.Gs(HttpMethod.Get, $"/missionprofile/{id}");

        var response = await Client.Gs(HttpMethod.Put, $"/missionprofile/{id}", new JObject { ["trackingConfigArn"] = MissingConfigArn });
        var after = await Client.Gs(HttpMethod.Get, $"/missionprofile/{id}");

        AssertGsError(response, 434, "ResourceNotFoundException");
        Assert.Equal(before.Body["trackingConfigArn"], after.Body["trackingConfigArn"]);
    }

    [Fact]
    public async Task DeleteMissionProfile_RemovesIt_AndFreesItsConfigs()
    {
        var id = await CreateMissionProfile();
        var trackingArn = (string)(await Client.Gs(HttpMethod.Get, $"/missionprofile/{id}")).Body["trackingConfigArn"]!;

        var deleted = await Client.Gs(HttpMethod.Delete, $"/missionprofile/{id}");

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        AssertGsError(await Client.Gs(HttpMethod.Get, $"/missionprofile/{id}"), 434, "ResourceNotFoundException");
        var configDelete = await Client.Gs(HttpMethod.Delete, $"/config/tracking/{trackingArn[(trackingArn.LastIndexOf('/') + 1)..]}");
        Assert.Equal(HttpStatusCode.OK, configDelete.Status);
    }

    [Fact]
    public async Task ListMissionProfiles_ReturnsNameRegionAndArn()
    {
        var id = await CreateMissionProfile("listed");

        var list = await Client.Gs(HttpMethod.Get, "/missionprofile?maxResults=1");

        var item = (JObject)list.Body["missionProfileList"]![0]!;
        Assert.Equal(id, (string?)item["missionProfileId"]);
        Assert.Equal("listed", (string?)item["name"]);
        Assert.Equal("us-east-1", (string?)item["region"]);
        Assert.Null(list.Body["nextToken"]);
    }
}
