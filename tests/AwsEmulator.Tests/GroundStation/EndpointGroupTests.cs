using System.Net;
using AwsEmulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Tests.GroundStation;

public sealed class EndpointGroupTests(EmulatorFixture fixture) : GroundStationTestBase(fixture)
{
    [Fact]
    public async Task CreateDataflowEndpointGroup_ReturnsOnlyTheId()
    {
        var response = await Client.Gs(HttpMethod.Post, "/dataflowEndpointGroup", GsSamples.EndpointGroupV1());

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["dataflowEndpointGroupId"], response.Body.Properties().Select(p => p.Name));
    }

    [Fact]
    public async Task GetDataflowEndpointGroup_ReportsArnDetailsAndServerSideStatus()
    {
        var body = GsSamples.EndpointGroupV1();
        body["tags"] = new JObject { ["env"] = "test" };
        var id = (string)(await Client.Gs(HttpMethod.Post, "/dataflowEndpointGroup", body, region: "us-west-2")).Body["dataflowEndpointGroupId"]!;

        var got = await Client.Gs(HttpMethod.Get, $"/dataflowEndpointGroup/{id}", region: "us-west-2");

        Assert.Equal(HttpStatusCode.OK, got.Status);
        Assert.Equal($"arn:aws:groundstation:us-west-2:123456789012:dataflow-endpoint-group/{id}", (string?)got.Body["dataflowEndpointGroupArn"]);
        var detail = (JObject)got.Body["endpointsDetails"]![0]!;
        Assert.Equal("downlink", (string?)detail["endpoint"]?["name"]);
        Assert.Equal("created", (string?)detail["endpoint"]?["status"]);
        Assert.Equal("HEALTHY", (string?)detail["healthStatus"]);
        Assert.Equal(120, (int?)got.Body["contactPrePassDurationSeconds"]);
        Assert.Equal("test", (string?)got.Body["tags"]?["env"]);
    }

    [Fact]
    public async Task CreateDataflowEndpointGroup_MixingEndpointKinds_ReturnsInvalidParameter()
    {
        var body = GsSamples.EndpointGroupV1();
        ((JArray)body["endpointDetails"]!).Add(GsSamples.AgentDownlinkEndpoint("agent"));

        var response = await Client.Gs(HttpMethod.Post, "/dataflowEndpointGroup", body);

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("endpointDetails[1]", response.ParameterName);
    }

    [Fact]
    public async Task CreateDataflowEndpointGroupV2_ReturnsId_AndGetShowsAgentEndpoint()
    {
        var created = await Client.Gs(HttpMethod.Post, "/dataflowEndpointGroupV2", GsSamples.EndpointGroupV2("agent-1"));
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(["dataflowEndpointGroupId"], created.Body.Properties().Select(p => p.Name));

        var got = await Client.Gs(HttpMethod.Get, $"/dataflowEndpointGroup/{created.Body["dataflowEndpointGroupId"]}");

        var endpoint = (JObject)got.Body["endpointsDetails"]![0]!["downlinkAwsGroundStationAgentEndpoint"]!;
        Assert.Equal("agent-1", (string?)endpoint["name"]);
        Assert.NotNull((string?)endpoint["agentStatus"]);
        Assert.NotNull((string?)endpoint["auditResults"]);
        Assert.Equal(60, (int?)got.Body["contactPrePassDurationSeconds"]);
    }

    [Fact]
    public async Task CreateDataflowEndpointGroupV2_WithNoEndpoints_FailsListMinimum()
    {
        var response = await Client.Gs(HttpMethod.Post, "/dataflowEndpointGroupV2", new JObject { ["endpoints"] = new JArray() });

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("endpoints", response.ParameterName);
        Assert.Contains("length greater than or equal to 1", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateDataflowEndpointGroupV2_EndpointWithBothUnionMembers_IsRefused()
    {
        var endpoint = GsSamples.AgentDownlinkEndpoint("x");
        endpoint["uplinkAwsGroundStationAgentEndpoint"] = endpoint["downlinkAwsGroundStationAgentEndpoint"]!.DeepClone();

        var response = await Client.Gs(HttpMethod.Post, "/dataflowEndpointGroupV2", new JObject { ["endpoints"] = new JArray(endpoint) });

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("endpoints[0]", response.ParameterName);
        Assert.Contains("exactly one member", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteDataflowEndpointGroup_RemovesIt()
    {
        var id = (string)(await Client.Gs(HttpMethod.Post, "/dataflowEndpointGroup", GsSamples.EndpointGroupV1())).Body["dataflowEndpointGroupId"]!;

        var deleted = await Client.Gs(HttpMethod.Delete, $"/dataflowEndpointGroup/{id}");

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal(id, (string?)deleted.Body["dataflowEndpointGroupId"]);
        AssertGsError(await Client.Gs(HttpMethod.Get, $"/dataflowEndpointGroup/{id}"), 434, "ResourceNotFoundException");
    }

    [Fact]
    public async Task DeleteDataflowEndpointGroup_WhoseEndpointAMissionProfileNames_IsDeleted()
    {
        // The sample dataflow-endpoint config names endpoint "downlink", which this group defines. AWS ties
        // no group to a profile (configs name endpoints, not groups), so the delete succeeds.
        var id = (string)(await Client.Gs(HttpMethod.Post, "/dataflowEndpointGroup", GsSamples.EndpointGroupV1("downlink"))).Body["dataflowEndpointGroupId"]!;
        await CreateMissionProfile();

        var response = await Client.Gs(HttpMethod.Delete, $"/dataflowEndpointGroup/{id}");

        Assert.Equal(200, (int)response.Status);
        Assert.Equal(id, (string?)response.Body["dataflowEndpointGroupId"]);
        AssertGsError(await Client.Gs(HttpMethod.Get, $"/dataflowEndpointGroup/{id}"), 434, "ResourceNotFoundException");
    }

    [Fact]
    public async Task ListDataflowEndpointGroups_Paginates()
    {
        for (var i = 0; i < 3; i++)
        {
            await Client.Gs(HttpMethod.Post, "/dataflowEndpointGroupV2", GsSamples.EndpointGroupV2($"agent-{i}"));
        }

        var first = await Client.Gs(HttpMethod.Get, "/dataflowEndpointGroup?maxResults=2");
        var second = await Client.Gs(HttpMethod.Get, $"/dataflowEndpointGroup?maxResults=2&nextToken={Uri.EscapeDataString((string)first.Body["nextToken"]!)}");

        Assert.Equal(2, ((JArray)first.Body["dataflowEndpointGroupList"]!).Count);
        Assert.Single((JArray)second.Body["dataflowEndpointGroupList"]!);
        Assert.Null(second.Body["nextToken"]);
        Assert.StartsWith("arn:aws:groundstation:us-east-1:123456789012:dataflow-endpoint-group/", (string)second.Body["dataflowEndpointGroupList"]![0]!["dataflowEndpointGroupArn"]!, StringComparison.Ordinal);
    }
}
