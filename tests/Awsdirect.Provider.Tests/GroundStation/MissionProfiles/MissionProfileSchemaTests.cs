using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.GroundStation.MissionProfiles;
using Awsdirect.Provider.Schema;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Tests.GroundStation.MissionProfiles;

public class MissionProfileSchemaTests
{
    private static ResourceSchema Schema() => ResourceRegistry.All.Single(r => r.Token == MissionProfileHandler.TypeToken).Schema();

    [Fact]
    public void Registry_RoutesTokenToMissionProfileHandler()
    {
        var registration = ResourceRegistry.All.Single(r => r.Token == "awsdirect:groundstation:MissionProfile");

        Assert.Equal(MissionProfileHandler.TypeToken, registration.Token);
    }

    [Fact]
    public void Schema_EveryReferenceResolvesAndEveryPropertyIsDescribed()
    {
        var schema = Schema();

        var refs = new JArray(schema.Spec, new JArray(schema.Types.Values)).SelectTokens("$..['$ref']").Select(t => (string)t!).ToList();
        var properties = ((JObject)schema.Spec["properties"]!).Properties()
            .Concat(schema.Types.Values.SelectMany(t => ((JObject)t["properties"]!).Properties()));

        Assert.NotEmpty(refs);
        Assert.All(refs, r => Assert.True(schema.Types.ContainsKey(r["#/types/".Length..]), $"{r} has no type"));
        Assert.All(properties, p => Assert.False(string.IsNullOrWhiteSpace((string?)p.Value["description"]), $"{p.Name} has no description"));
    }

    [Fact]
    public void Schema_InputsAreTheApiMembersAndNameIsOptional()
    {
        var spec = Schema().Spec;

        Assert.Equal(MissionProfileProperties.Inputs, ((JObject)spec["inputProperties"]!).Properties().Select(p => p.Name));
        Assert.Equal(["minimumViableContactDurationSeconds", "dataflowEdges", "trackingConfigArn"], spec["requiredInputs"]!.Values<string>());
        Assert.Contains("21600", (string)spec["inputProperties"]!["minimumViableContactDurationSeconds"]!["description"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_OutputsAddArnIdAndRegion()
    {
        var spec = Schema().Spec;

        foreach (var output in new[] { "arn", "missionProfileId", "region" })
        {
            Assert.NotNull(spec["properties"]![output]);
            Assert.Null(spec["inputProperties"]![output]);
            Assert.Contains(output, spec["required"]!.Values<string>());
        }
    }

    [Fact]
    public void Schema_EdgesAreSourceDestinationObjectsAndKmsKeyFromModel()
    {
        var types = Schema().Types;

        var edge = types["awsdirect:groundstation:DataflowEdge"];
        var kms = types["awsdirect:groundstation:KmsKey"];

        Assert.Equal(["source", "destination"], edge["required"]!.Values<string>());
        Assert.Equal(["kmsKeyArn", "kmsAliasArn", "kmsAliasName"], ((JObject)kms["properties"]!).Properties().Select(p => p.Name));
        Assert.Contains("exactly one", (string)kms["description"]!, StringComparison.Ordinal);
    }
}
