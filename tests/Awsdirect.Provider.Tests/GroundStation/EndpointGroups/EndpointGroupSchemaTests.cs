using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.GroundStation.EndpointGroups;
using Awsdirect.Provider.Schema;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Tests.GroundStation.EndpointGroups;

public class EndpointGroupSchemaTests
{
    public static TheoryData<string> Tokens => new() { DataflowEndpointGroupHandler.TypeToken, DataflowEndpointGroupV2Handler.TypeToken };

    private static ResourceSchema Schema(string token) => ResourceRegistry.All.Single(r => r.Token == token).Schema();

    [Theory]
    [MemberData(nameof(Tokens))]
    public void Schema_EveryReferenceResolves(string token)
    {
        var schema = Schema(token);

        var refs = new JArray(schema.Spec, new JArray(schema.Types.Values)).SelectTokens("$..['$ref']").Select(t => (string)t!).ToList();

        Assert.NotEmpty(refs);
        Assert.All(refs, r => Assert.True(schema.Types.ContainsKey(r["#/types/".Length..]), $"{r} has no type"));
    }

    [Theory]
    [MemberData(nameof(Tokens))]
    public void Schema_InputTypesHoldNoServerSetMembers(string token)
    {
        var schema = Schema(token);

        var inputTypes = schema.Types.Where(t => !t.Key.EndsWith(":EndpointHealth", StringComparison.Ordinal) && t.Value["properties"] is JObject);

        Assert.All(inputTypes, t => Assert.DoesNotContain(((JObject)t.Value["properties"]!).Properties(), p => p.Name is "healthStatus" or "status" or "agentStatus"));
    }

    [Theory]
    [MemberData(nameof(Tokens))]
    public void Schema_OutputsAddArnIdAndHealth(string token)
    {
        var spec = Schema(token).Spec;

        foreach (var output in new[] { "arn", "dataflowEndpointGroupId", "endpointsHealth" })
        {
            Assert.NotNull(spec["properties"]![output]);
            Assert.Null(spec["inputProperties"]![output]);
        }
    }

    [Fact]
    public void Schema_V1_RequiresEndpointDetailsAndDescribesDurationRangeFromModel()
    {
        var spec = Schema(DataflowEndpointGroupHandler.TypeToken).Spec;

        Assert.Equal(["endpointDetails"], spec["requiredInputs"]!.Values<string>());
        Assert.Contains("30-480", (string)spec["inputProperties"]!["contactPrePassDurationSeconds"]!["description"]!, StringComparison.Ordinal);
        Assert.Contains("replaces", (string)spec["inputProperties"]!["endpointDetails"]!["description"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_V1EntryType_OffersOnlyV1EndpointKinds()
    {
        var entry = Schema(DataflowEndpointGroupHandler.TypeToken).Types["awsdirect:groundstation:EndpointDetails"];

        Assert.Equal(["awsGroundStationAgentEndpoint", "endpoint", "securityDetails"], ((JObject)entry["properties"]!).Properties().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PackageSchema_BothTypesFitWithEveryOtherResource()
    {
        var package = PackageSchemaBuilder.Build();

        Assert.NotNull(package["resources"]![DataflowEndpointGroupHandler.TypeToken]);
        Assert.NotNull(package["resources"]![DataflowEndpointGroupV2Handler.TypeToken]);
    }

    [Fact]
    public void Schema_HealthReasonsEnumFromModel()
    {
        var reasons = Schema(DataflowEndpointGroupV2Handler.TypeToken).Types["awsdirect:groundstation:CapabilityHealthReason"];

        Assert.Contains(reasons["enum"]!, e => (string)e["value"]! == "NO_REGISTERED_AGENT" && (string)e["name"]! == "NoRegisteredAgent");
    }
}
