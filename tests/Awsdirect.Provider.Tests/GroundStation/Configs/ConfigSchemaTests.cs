using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.GroundStation.Configs;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Tests.GroundStation.Configs;

public class ConfigSchemaTests
{
    private static Awsdirect.Provider.Schema.ResourceSchema Schema() => ResourceRegistry.All.Single(r => r.Token == ConfigHandler.TypeToken).Schema();

    [Fact]
    public void Schema_EveryReferenceResolves()
    {
        var schema = Schema();

        var refs = new JArray(schema.Spec, new JArray(schema.Types.Values)).SelectTokens("$..['$ref']").Select(t => (string)t!).ToList();

        Assert.NotEmpty(refs);
        Assert.All(refs, r => Assert.True(schema.Types.ContainsKey(r["#/types/".Length..]), $"{r} has no type"));
    }

    [Fact]
    public void Schema_ConfigDataOffersEveryKindAsAUnion()
    {
        var schema = Schema();

        var union = schema.Types["awsdirect:groundstation:ConfigTypeData"];

        Assert.Equal(ConfigProperties.KindToType.Keys.Order(), ((JObject)union["properties"]!).Properties().Select(p => p.Name).Order());
        Assert.Contains("exactly one", (string)union["description"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_OutputsAddArnIdAndTypeAndNameIsOptional()
    {
        var spec = Schema().Spec;

        foreach (var output in new[] { "arn", "configId", "configType" })
        {
            Assert.NotNull(spec["properties"]![output]);
            Assert.Null(spec["inputProperties"]![output]);
        }

        Assert.Equal(["configData"], spec["requiredInputs"]!.Values<string>());
    }

    [Fact]
    public void Schema_DescriptionsComeFromTheModel()
    {
        var schema = Schema();

        var spectrum = schema.Types["awsdirect:groundstation:SpectrumConfig"];
        var units = schema.Types["awsdirect:groundstation:FrequencyUnits"];

        Assert.Contains("7750 to 8400 MHz", (string)spectrum["properties"]!["centerFrequency"]!["description"]!, StringComparison.Ordinal);
        Assert.Equal(["GHz", "MHz", "kHz"], units["enum"]!.Select(e => (string)e["value"]!));
        Assert.Equal("number", (string)schema.Types["awsdirect:groundstation:Frequency"]["properties"]!["value"]!["type"]!);
    }
}
