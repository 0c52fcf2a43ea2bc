using Awsdirect.Provider.Construct;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Tests.Schema;

public class PackageSchemaBuilderTests
{
    private const string WidgetToken = "awsdirect:groundstation:Widget";
    private const string ShapeToken = "awsdirect:groundstation:Shape";
    private const string KitToken = "awsdirect:missions:Kit";

    [Fact]
    public void Build_RegisteredPackage_IsValidAgainstMetaschema()
    {
        var schema = PackageSchemaBuilder.Build();

        AssertValid(schema);
    }

    [Fact]
    public void Build_WithResourcesComponentsAndTypes_IsValidAgainstMetaschema()
    {
        var schema = BuildSample();

        AssertValid(schema);
        Assert.NotNull(schema["resources"]![WidgetToken]);
        Assert.NotNull(schema["types"]![ShapeToken]);
    }

    [Fact]
    public void Build_IncludesEveryRegisteredResourceAndComponent()
    {
        var resources = (JObject)PackageSchemaBuilder.Build()["resources"]!;

        var expected = ResourceRegistry.All.Select(r => r.Token).Concat(ComponentRegistry.All.Select(c => c.Token)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, resources.Properties().Select(p => p.Name));
    }

    [Fact]
    public void Validator_MisspelledPropertyType_Fails()
    {
        var schema = BuildSample();
        schema["resources"]![WidgetToken]!["inputProperties"]!["size"]!["type"] = "strnig";

        var errors = Metaschema.Validator.Validate(schema);

        Assert.Contains(errors, e => e.InstanceLocation == $"/resources/{WidgetToken}/inputProperties/size/type" && e.Keyword is "enum" or "const");
    }

    [Fact]
    public void Validator_MissingPackageName_Fails()
    {
        var schema = BuildSample();
        schema.Remove("name");

        var errors = Metaschema.Validator.Validate(schema);

        var error = Assert.Single(errors);
        Assert.Equal(("", "required"), (error.InstanceLocation, error.Keyword));
        Assert.Contains("\"name\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("awsdirect:Widget")]
    [InlineData("awsdirect:groundstation:9Widget")]
    public void Validator_MalformedResourceToken_Fails(string token)
    {
        var schema = BuildSample();
        var resources = (JObject)schema["resources"]!;
        resources[token] = resources[WidgetToken]!.DeepClone();

        var errors = Metaschema.Validator.Validate(schema);

        Assert.Contains(errors, e => e.InstanceLocation == $"/resources/{token}" && e.Keyword == "pattern" && e.EvaluationPath.StartsWith("/properties/resources/propertyNames", StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_ArrayWithoutItems_Fails()
    {
        var schema = BuildSample();
        schema["types"]![ShapeToken]!["properties"]!["corners"] = new JObject { ["type"] = "array" };

        Assert.NotEmpty(Metaschema.Validator.Validate(schema));
    }

    [Fact]
    public void Validator_UnknownKeyword_IsRefusedRatherThanIgnored()
    {
        var schema = JObject.Parse("""{"type": "object", "properties": {"a": {"maxLenght": 3}}}""");

        var error = Assert.Throws<Json.Schema.JsonSchemaException>(() => new SchemaValidator(schema));

        Assert.Contains("maxLenght", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Language_UsesOnlyKeysTheMetaschemaDefines_AndIsValid()
    {
        var language = (JObject)PackageSchemaBuilder.Build()["language"]!;

        Assert.Empty(Metaschema.Validator.Validate(language, "#/$defs/languageSpec"));
        foreach (var section in language.Properties())
        {
            var known = (JObject)Metaschema.Schema["$defs"]![$"{section.Name}LanguageSpec"]!["properties"]!;
            Assert.All(((JObject)section.Value).Properties(), p => Assert.True(known.ContainsKey(p.Name), $"{section.Name}.{p.Name} is not a metaschema key"));
        }

        Assert.Equal("Pulumi", (string?)language["csharp"]!["rootNamespace"]);
        Assert.Equal("Missions", (string?)language["csharp"]!["namespaces"]!["missions"]);
    }

    [Fact]
    public void Build_PackageMetadata_IsSet()
    {
        var schema = PackageSchemaBuilder.Build();

        Assert.Equal("awsdirect", (string?)schema["name"]);
        Assert.Equal("AWS Direct (Ground Station & CloudFront connection groups)", (string?)schema["displayName"]);
        Assert.Equal("Apache-2.0", (string?)schema["license"]);
        Assert.Equal(
            new[] { "pulumi", "aws", "groundstation", "cloudfront", "category/cloud", "kind/native" },
            schema["keywords"]!.Values<string>());
        var informational = typeof(PackageSchemaBuilder).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        Assert.StartsWith((string)schema["version"]!, informational, StringComparison.Ordinal);
        Assert.DoesNotContain("+", (string)schema["version"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("config")]
    [InlineData("provider")]
    public void Build_ProviderConfigKeys_AreDescribedWithTheirTypes(string section)
    {
        var schema = PackageSchemaBuilder.Build();
        var properties = (JObject)(section == "config" ? schema["config"]!["variables"]! : schema["provider"]!["inputProperties"]!);

        Assert.Equal(new[] { "allowedAccountIds", "assumeRole", "defaultTags", "endpoints", "forbiddenAccountIds", "ignoreTags", "maxRetries", "profile", "region" }, properties.Properties().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("string", (string?)properties["region"]!["type"]);
        Assert.Equal("string", (string?)properties["profile"]!["type"]);
        Assert.Equal("integer", (string?)properties["maxRetries"]!["type"]);
        Assert.Equal("object", (string?)properties["defaultTags"]!["type"]);
        Assert.Equal("string", (string?)properties["defaultTags"]!["additionalProperties"]!["type"]);
        Assert.All(properties.Properties(), p => Assert.False(string.IsNullOrWhiteSpace((string?)p.Value["description"]), p.Name));
        Assert.Contains("AWS_DEFAULT_REGION", (string?)properties["region"]!["description"], StringComparison.Ordinal);
        Assert.Contains("AWS_ENDPOINT_URL_GROUNDSTATION", (string?)properties["endpoints"]!["description"], StringComparison.Ordinal);
        Assert.Contains("wins", (string?)properties["defaultTags"]!["description"], StringComparison.Ordinal);

        var endpointsRef = (string)properties["endpoints"]!["$ref"]!;
        var endpointsType = schema["types"]![endpointsRef["#/types/".Length..]]!;
        Assert.Equal(new[] { "cloudfront", "groundstation", "sts" }, ((JObject)endpointsType["properties"]!).Properties().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_IdenticalTypeFromTwoResources_IsMergedOnce()
    {
        var other = Registration("awsdirect:groundstation:Gadget", SampleSpec(), SampleTypes());

        var schema = PackageSchemaBuilder.Build([Registration(WidgetToken, SampleSpec(), SampleTypes()), other], []);

        Assert.Single(((JObject)schema["types"]!).Properties(), p => p.Name == ShapeToken);
    }

    [Fact]
    public void Build_ConflictingTypeDefinitions_FailsNamingTokenAndOwners()
    {
        var differentShape = SampleTypes();
        differentShape[ShapeToken]["properties"]!["sides"]!["type"] = "number";
        var other = Registration("awsdirect:groundstation:Gadget", SampleSpec(), differentShape);

        var error = Assert.Throws<InvalidOperationException>(
            () => PackageSchemaBuilder.Build([Registration(WidgetToken, SampleSpec(), SampleTypes()), other], []));

        Assert.Contains(ShapeToken, error.Message, StringComparison.Ordinal);
        Assert.Contains(WidgetToken, error.Message, StringComparison.Ordinal);
        Assert.Contains("awsdirect:groundstation:Gadget", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TypeConflictingWithProviderConfigType_Fails()
    {
        var types = SampleTypes();
        types["awsdirect:config:Endpoints"] = new JObject { ["type"] = "object" };

        var error = Assert.Throws<InvalidOperationException>(
            () => PackageSchemaBuilder.Build([Registration(WidgetToken, SampleSpec(), types)], []));

        Assert.Contains("awsdirect:config:Endpoints", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SameTokenRegisteredTwice_Fails()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PackageSchemaBuilder.Build(
            [Registration(WidgetToken, SampleSpec(), SampleTypes())],
            [new ComponentRegistration(WidgetToken, () => new ResourceSchema(WidgetToken, SampleSpec(), SampleTypes()))]));

        Assert.Contains(WidgetToken, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SchemaTokenDifferentFromRegistration_Fails()
    {
        var registration = new ResourceRegistration(WidgetToken, _ => throw new NotSupportedException(),
            () => new ResourceSchema("awsdirect:groundstation:Other", SampleSpec(), SampleTypes()));

        var error = Assert.Throws<InvalidOperationException>(() => PackageSchemaBuilder.Build([registration], []));

        Assert.Contains("awsdirect:groundstation:Other", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DanglingTypeReference_FailsNamingTheReference()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => PackageSchemaBuilder.Build([Registration(WidgetToken, SampleSpec(), new Dictionary<string, JObject>())], []));

        Assert.Contains("#/types/" + ShapeToken, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Component_IsMarkedAsComponent()
    {
        var schema = BuildSample();

        Assert.True((bool)schema["resources"]![KitToken]!["isComponent"]!);
        Assert.Null(schema["resources"]![WidgetToken]!["isComponent"]);
    }

    [Fact]
    public void Build_ComponentDeclaringIsComponentFalse_Fails()
    {
        var spec = SampleSpec();
        spec["isComponent"] = false;

        Assert.Throws<InvalidOperationException>(() => PackageSchemaBuilder.Build(
            [], [new ComponentRegistration(KitToken, () => new ResourceSchema(KitToken, spec, SampleTypes()))]));
    }

    [Fact]
    public void Build_ResourceDeclaringIsComponent_Fails()
    {
        var spec = SampleSpec();
        spec["isComponent"] = true;

        Assert.Throws<InvalidOperationException>(() => PackageSchemaBuilder.Build([Registration(WidgetToken, spec, SampleTypes())], []));
    }

    [Fact]
    public void Build_DoesNotModifyTheRegisteredSpecs()
    {
        var spec = SampleSpec();
        var before = spec.DeepClone();

        var schema = PackageSchemaBuilder.Build([], [new ComponentRegistration(KitToken, () => new ResourceSchema(KitToken, spec, SampleTypes()))]);
        schema["resources"]![KitToken]!["description"] = "changed";

        Assert.True(JToken.DeepEquals(before, spec));
    }

    [Fact]
    public void BuildJson_IsIndentedAndEqualToBuild()
    {
        var json = PackageSchemaBuilder.BuildJson();

        Assert.Contains("\n  \"name\": \"awsdirect\"", json, StringComparison.Ordinal);
        Assert.True(JToken.DeepEquals(PackageSchemaBuilder.Build(), JObject.Parse(json)));
    }

    [Fact]
    public void MetaschemaFixture_EqualsSharedCopy_WhenSharedIsPresent()
    {
        if (!File.Exists(Metaschema.SharedPath))
        {
            return;
        }

        Assert.True(
            JToken.DeepEquals(JObject.Parse(File.ReadAllText(Metaschema.SharedPath)), Metaschema.Fixture()),
            $"tests/Awsdirect.Provider.Tests/Schema/Fixtures/package-metaschema.json differs from {Metaschema.SharedPath}; copy the shared one over it.");
    }

    private static void AssertValid(JObject schema)
    {
        var errors = Metaschema.Validator.Validate(schema);
        Assert.True(errors.Count == 0, "Schema is invalid:\n" + string.Join("\n", errors) + "\n" + schema.ToString(Formatting.Indented));
    }

    private static JObject BuildSample() => PackageSchemaBuilder.Build(
        [Registration(WidgetToken, SampleSpec(), SampleTypes())],
        [new ComponentRegistration(KitToken, () => new ResourceSchema(KitToken, SampleSpec(), SampleTypes()))]);

    private static ResourceRegistration Registration(string token, JObject spec, IReadOnlyDictionary<string, JObject> types) =>
        new(token, _ => throw new NotSupportedException(), () => new ResourceSchema(token, spec, types));

    private static JObject SampleSpec() => JObject.Parse($$"""
        {
          "description": "A widget.",
          "inputProperties": {
            "size": { "type": "integer", "description": "How big." },
            "shape": { "$ref": "#/types/{{ShapeToken}}" },
            "labels": { "type": "object", "additionalProperties": { "type": "string" } },
            "corners": { "type": "array", "items": { "type": "number" } }
          },
          "requiredInputs": ["size"],
          "properties": {
            "arn": { "type": "string" },
            "size": { "type": "integer" }
          },
          "required": ["arn", "size"]
        }
        """);

    private static Dictionary<string, JObject> SampleTypes() => new()
    {
        [ShapeToken] = JObject.Parse("""
            {
              "type": "object",
              "description": "A shape.",
              "properties": { "sides": { "type": "integer" }, "mode": { "$ref": "#/types/awsdirect:groundstation:Mode" } },
              "required": ["sides"]
            }
            """),
        ["awsdirect:groundstation:Mode"] = JObject.Parse("""
            { "type": "string", "enum": [ { "value": "FAST" }, { "value": "SLOW", "description": "Slowly." } ] }
            """),
    };
}
