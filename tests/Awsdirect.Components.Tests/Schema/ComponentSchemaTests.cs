using Awsdirect.Components.Hosting;
using Awsdirect.Components.Tests.CloudFront;
using Awsdirect.Components.Tests.Missions;
using Awsdirect.Components.Tests.Support;
using Awsdirect.Provider.Tests.Schema;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Components.Tests.Schema;

public class ComponentSchemaTests
{
    private static readonly Lazy<SchemaValidator> Validator = new(() =>
    {
        using var stream = typeof(ComponentSchemaTests).Assembly.GetManifestResourceStream("package-metaschema.json")
            ?? throw new InvalidOperationException("package-metaschema.json is not embedded in the test assembly.");
        using var reader = new StreamReader(stream);
        return new SchemaValidator(JObject.Parse(reader.ReadToEnd()));
    });

    public static TheoryData<string> Tokens() => [.. ComponentCatalog.All.Select(c => c.Token)];

    [Fact]
    public void Catalog_AllComponents_ValidPackageAgainstPulumiMetaschema()
    {
        var errors = Validator.Value.Validate(Package(ComponentCatalog.All));

        Assert.Empty(errors);
    }

    [Fact]
    public void Validator_ComponentInputWithoutType_IsCaught()
    {
        var package = Package(ComponentCatalog.All);
        var first = ((JObject)package["resources"]!).Properties().First();
        ((JObject)first.Value["inputProperties"]!).First!.First!["type"] = "strnig";

        Assert.NotEmpty(Validator.Value.Validate(package));
    }

    [Theory]
    [MemberData(nameof(Tokens))]
    public void SchemaSpec_IsComponentWithDescribedInputsAndOutputs(string token)
    {
        var spec = Find(token).SchemaSpec();

        Assert.True((bool)spec["isComponent"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)spec["description"]));
        var inputs = (JObject)spec["inputProperties"]!;
        var outputs = (JObject)spec["properties"]!;
        Assert.NotEmpty(outputs.Properties());
        Assert.All(inputs.Properties().Concat(outputs.Properties()), p => Assert.False(string.IsNullOrWhiteSpace((string?)p.Value["description"]), p.Name));
        Assert.All(spec["requiredInputs"]!.Values<string>(), r => Assert.NotNull(inputs[r!]));
    }

    [Theory]
    [MemberData(nameof(Tokens))]
    public void SchemaSpec_EveryTypeReference_IsDefinedBySchemaTypes(string token)
    {
        var component = Find(token);
        var types = component.SchemaTypes();
        var references = new List<JObject> { component.SchemaSpec() }.Concat(types.Values)
            .SelectMany(t => t.DescendantsAndSelf().OfType<JProperty>())
            .Where(p => p.Name == "$ref")
            .Select(p => (string)p.Value!)
            .Where(r => r.StartsWith("#/types/", StringComparison.Ordinal));

        Assert.All(references, r => Assert.True(types.ContainsKey(r["#/types/".Length..]), r + " is not defined"));
    }

    public static TheoryData<string, string> RequiredInputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var component in ComponentCatalog.All)
        {
            foreach (var input in component.SchemaSpec()["requiredInputs"]!.Values<string>())
            {
                data.Add(component.Token, input!);
            }
        }

        return data;
    }

    /// <summary>Ties the schema to the logic: what the schema calls required, the component enforces by that name.</summary>
    [Theory]
    [MemberData(nameof(RequiredInputs))]
    public async Task Construct_RequiredInputLeftOut_RejectedNamingThatInput(string token, string input)
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(ValidInputs[token], o => o.Remove(input));

        var error = await Assert.ThrowsAsync<ComponentInputException>(
            () => Find(token).ConstructAsync(engine.Context(token, "jpss1"), inputs, CancellationToken.None));

        Assert.Contains(error.Errors, e => e.Path == input);
        engine.VerifyNothingRegistered();
    }

    [Theory]
    [MemberData(nameof(Tokens))]
    public async Task Construct_ValidInputs_OutputsAreExactlyTheSchemaProperties(string token)
    {
        var engine = new FakeEngine();

        var outputs = await Find(token).ConstructAsync(engine.Context(token, "jpss1"), Inputs.Parse(ValidInputs[token]), CancellationToken.None);

        var declared = ((JObject)Find(token).SchemaSpec()["properties"]!).Properties().Select(p => p.Name);
        Assert.Equal(declared.Order(StringComparer.Ordinal), outputs.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Catalog_Tokens_AreUniqueAndInTheAwsdirectPackage()
    {
        var tokens = ComponentCatalog.All.Select(c => c.Token).ToList();

        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tokens, t => Assert.Matches("^awsdirect:(missions|cloudfront):[A-Z][A-Za-z0-9]+$", t));
    }

    private static readonly Dictionary<string, string> ValidInputs = new(StringComparer.Ordinal)
    {
        [Components.Missions.DownlinkMission.TypeToken] = Jpss1.RfDownlink,
        [Components.Missions.S3DataDelivery.TypeToken] = S3DataDeliveryTests.Base,
        [Components.CloudFront.ConnectionGroupSet.TypeToken] = ConnectionGroupSetTests.Base,
    };

    private static IComponent Find(string token) => ComponentCatalog.All.Single(c => c.Token == token);

    private static JObject Package(IEnumerable<IComponent> components)
    {
        var resources = new JObject();
        var types = new JObject();
        foreach (var component in components)
        {
            resources[component.Token] = component.SchemaSpec();
            foreach (var (token, type) in component.SchemaTypes())
            {
                types[token] = type;
            }
        }

        return new JObject
        {
            ["name"] = "awsdirect",
            ["version"] = "0.1.0",
            ["resources"] = resources,
            ["types"] = types,
        };
    }
}
