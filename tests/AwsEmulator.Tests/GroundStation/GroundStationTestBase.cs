using System.Net;
using AwsEmulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Tests.GroundStation;

public abstract class GroundStationTestBase : IClassFixture<EmulatorFixture>, IDisposable
{
    protected GroundStationTestBase(EmulatorFixture fixture)
    {
        Fixture = fixture;
        Client = fixture.NewClient();
    }

    protected EmulatorFixture Fixture { get; }

    protected AwsTestClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        GC.SuppressFinalize(this);
    }

    protected async Task<JObject> CreateConfig(string type, string name = "cfg", string region = "us-east-1")
    {
        var response = await Client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig(type, name), region);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Body;
    }

    protected async Task<string> CreateMissionProfile(string name = "mission")
    {
        var tracking = await CreateConfig("tracking", "track");
        var downlink = await CreateConfig("antenna-downlink", "down");
        var endpoint = await CreateConfig("dataflow-endpoint", "dest");
        var edges = GsSamples.Edges(new JArray((string)downlink["configArn"]!, (string)endpoint["configArn"]!));
        var response = await Client.Gs(HttpMethod.Post, "/missionprofile", GsSamples.MissionProfile((string)tracking["configArn"]!, edges, name));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return (string)response.Body["missionProfileId"]!;
    }

    protected static void AssertGsError(GsResponse response, int status, string code)
    {
        Assert.Equal(status, (int)response.Status);
        Assert.Equal(code, response.ErrorType);
        Assert.False(string.IsNullOrEmpty(response.Message), "error body must carry a message");
        Assert.False(string.IsNullOrEmpty(response.RequestId), "every response carries x-amzn-RequestId");
    }
}
