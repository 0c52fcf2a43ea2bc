using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Tests.ServiceModel;

/// <summary>The models' regex dialect, lengths, widths and null rules, as AWS applies them.</summary>
public class ModelPatternTests
{
    [Theory]
    [InlineData(@"[ a-zA-Z0-9_:-]{1,256}", "jpss1 downlink", true)]
    [InlineData(@"[ a-zA-Z0-9_:-]{1,256}", "jpss1\n", false)]
    [InlineData(@"[ a-zA-Z0-9_:-]{1,256}", "a!b", false)]
    [InlineData(@"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}", "10.0.0.1", true)]
    [InlineData(@"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}", "\u0661\u0660.0.0.1", false)]
    [InlineData(@"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}", "10.0.0.1\n", false)]
    [InlineData(@"arn:[a-z0-9-.]{1,63}:iam::[0-9]{12}:role/[\w+=,.@-]{1,64}", "arn:aws:iam::123456789012:role/Ops_Role", true)]
    [InlineData(@"arn:[a-z0-9-.]{1,63}:iam::[0-9]{12}:role/[\w+=,.@-]{1,64}", "arn:aws:iam::123456789012:role/Opś", false)]
    [InlineData(@"[\s\S]+", "a\nb", true)]
    [InlineData(@"[{}\[\]:.,""0-9A-Za-z\-_\s]{2,8192}", "{\"a\": 1}", true)]
    [InlineData(@"[{}\[\]:.,""0-9A-Za-z\-_\s]{2,8192}", "{\"a\":\u00A01}", false)]
    [InlineData(@"[{}\[\]:.,""0-9A-Za-z\-_\s]{2,8192}", "{\"a\":\u20281}", false)]
    [InlineData(@"([\p{L}\p{Z}\p{N}_.:/=+\-@]*)", "Größe 日本 \U0001D400\U00020000", true)]
    [InlineData(@"([\p{L}\p{Z}\p{N}_.:/=+\-@]*)", "\U0001F600", false)]
    [InlineData(@"(/.{1,2})?", "/\U0001F600\U0001F600", true)]
    [InlineData(@"(/.{1,2})?", "/\n", false)]
    [InlineData(@"^ab$", "ab", true)]
    [InlineData(@"^ab$", "ab\n", false)]
    public void Matches_WholeValueWithEcmaAsciiClassesAndCodePoints(string pattern, string value, bool expected) =>
        Assert.Equal(expected, new ModelPattern(pattern).Matches(value));

    [Fact]
    public void EveryModelPattern_CompilesAndMatchesAnchored()
    {
        foreach (var model in new[] { ServiceModels.GroundStation, ServiceModels.CloudFront })
        {
            foreach (var name in ShapeNames(model))
            {
                if ((string?)model.Shape(name)["pattern"] is { } pattern)
                {
                    var compiled = new ModelPattern(pattern);
                    Assert.StartsWith(@"\A(?:", compiled.DotNetPattern, StringComparison.Ordinal);
                    Assert.EndsWith(@")\z", compiled.DotNetPattern, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Rules_BuiltOncePerModel()
    {
        var first = ServiceModels.GroundStation.Rules;
        ModelRules.Validate(ServiceModels.GroundStation, "CreateConfigRequest", PropertyMap.Empty);

        Assert.Same(first, ServiceModels.GroundStation.Rules);
        Assert.Same(first["SafeName"], ServiceModels.GroundStation.Rules["SafeName"]);
    }

    [Theory]
    [InlineData(256, true)]
    [InlineData(257, false)]
    public void Length_CountsCodePoints(int characters, bool accepted)
    {
        // A supplementary letter is two UTF-16 units but one character: 256 of them fit AWS's 256.
        var name = string.Concat(Enumerable.Repeat("\U0001D400", characters));

        var failures = ModelRules.Validate(ServiceModels.GroundStation, "CreateConfigRequest", Inputs(name));

        Assert.Equal(accepted, !failures.Any(f => f.Property == "name" && f.Reason.StartsWith("length", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(2147483647d, false)]
    [InlineData(2147483648d, true)]
    [InlineData(-2147483648d, false)]
    [InlineData(-2147483649d, true)]
    public void IntegerShape_Bounded32Bits(double mtu, bool refused)
    {
        var inputs = PropertyJson.FromJObject(JObject.Parse("""
            { "endpointDetails": [ { "awsGroundStationAgentEndpoint": { "name": "a",
              "egressAddress": { "socketAddress": { "name": "10.0.0.1", "port": 1 } },
              "ingressAddress": { "socketAddress": { "name": "3.4.5.6", "portRange": { "minimum": 1, "maximum": 2 } } } } } ] }
            """));
        inputs = inputs.Set("endpointDetails", PropertyValue.Create([PropertyValue.Create(Set(inputs["endpointDetails"].ArrayValue[0].ObjectValue, mtu))]));

        var failures = ModelRules.Validate(ServiceModels.GroundStation, "CreateDataflowEndpointGroupRequest", inputs);

        Assert.Equal(refused, failures.Any(f => f.Property == "endpointDetails[0].awsGroundStationAgentEndpoint.egressAddress.mtu" && f.Reason.Contains("32-bit", StringComparison.Ordinal)));
    }

    [Fact]
    public void NullListItemsAndMapValues_Refused()
    {
        var inputs = new PropertyMap()
            .Set("endpointDetails", PropertyValue.Create([PropertyValue.Null]))
            .Set("tags", PropertyValue.Create(new PropertyMap().Set("team", PropertyValue.Null)));

        var failures = ModelRules.Validate(ServiceModels.GroundStation, "CreateDataflowEndpointGroupRequest", inputs);

        Assert.Contains(failures, f => f.Property == "endpointDetails[0]" && f.Reason.StartsWith("null item", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Property == "tags.team" && f.Reason.StartsWith("null value", StringComparison.Ordinal));
    }

    [Fact]
    public void HugeValue_ReasonStaysShort()
    {
        var failures = ModelRules.Validate(ServiceModels.GroundStation, "CreateConfigRequest", Inputs(new string('!', 1_000_000)));

        Assert.All(failures, f => Assert.True(f.Reason.Length < 600));
    }

    private static PropertyMap Inputs(string name) => new PropertyMap()
        .Set("name", name)
        .Set("configData", PropertyValue.Create(new PropertyMap().Set("trackingConfig", PropertyValue.Create(new PropertyMap().Set("autotrack", "PREFERRED")))));

    private static PropertyMap Set(PropertyMap entry, double mtu)
    {
        var agent = entry["awsGroundStationAgentEndpoint"].ObjectValue;
        var egress = agent["egressAddress"].ObjectValue.Set("mtu", mtu);
        return entry.Set("awsGroundStationAgentEndpoint", PropertyValue.Create(agent.Set("egressAddress", PropertyValue.Create(egress))));
    }

    private static IEnumerable<string> ShapeNames(Provider.Aws.ServiceModel.ServiceModel model) =>
        JObject.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "provider/Aws/ServiceModel/Models", model.Name + ".json")))["shapes"]!
            .Cast<JProperty>().Select(p => p.Name);

    private static string RepositoryRoot() =>
        typeof(ModelPatternTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
}
