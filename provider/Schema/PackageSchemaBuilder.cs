using System.Reflection;
using Awsdirect.Provider.Construct;
using Awsdirect.Provider.Resources;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Schema;

/// <summary>
/// Assembles the Pulumi package schema that <c>GetSchema</c> returns and that SDK generators read:
/// package metadata, provider configuration, every registered resource and component, and the
/// object types they use. Inconsistencies between parts (a duplicated token, a type defined two ways,
/// a <c>#/types/...</c> reference to nothing) fail the build of the schema with a message naming the
/// token, because a generator fed such a schema would produce a broken SDK far from the cause.
/// </summary>
internal static class PackageSchemaBuilder
{
    public const string PackageName = "awsdirect";

    /// <summary>The package version: the assembly's informational version without build metadata.</summary>
    public static string PackageVersion { get; } = ReadVersion();

    public static JObject Build() => Build(ResourceRegistry.All, ComponentRegistry.All);

    public static string BuildJson() => Build().ToString(Formatting.Indented);

    internal static JObject Build(IEnumerable<ResourceRegistration> resources, IEnumerable<ComponentRegistration> components)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(components);

        var types = new SchemaTypeSet();
        foreach (var (token, spec) in ProviderConfigSchema.Types())
        {
            types.Add(token, spec, "provider configuration");
        }

        var specs = new SortedDictionary<string, JObject>(StringComparer.Ordinal);
        foreach (var registration in resources)
        {
            AddResource(specs, types, registration.Token, registration.Schema(), isComponent: false);
        }

        foreach (var registration in components)
        {
            AddResource(specs, types, registration.Token, registration.Schema(), isComponent: true);
        }

        var resourcesJson = new JObject();
        foreach (var (token, spec) in specs)
        {
            resourcesJson[token] = spec;
        }

        var schema = new JObject
        {
            ["name"] = PackageName,
            ["displayName"] = "AWS Direct (Ground Station & CloudFront connection groups)",
            ["version"] = PackageVersion,
            ["description"] = "Manage AWS Ground Station configs, dataflow endpoint groups and mission profiles, and "
                + "Amazon CloudFront connection groups, directly against the AWS APIs; plus components that wire whole "
                + "satellite downlink missions and S3 data delivery from a few inputs.",
            ["keywords"] = new JArray("pulumi", "aws", "groundstation", "cloudfront", "category/cloud", "kind/native"),
            ["license"] = "Apache-2.0",
            ["publisher"] = "awsdirect",
            ["config"] = new JObject { ["variables"] = ProviderConfigSchema.ConfigVariables() },
            ["provider"] = ProviderConfigSchema.ProviderSpec(),
            ["resources"] = resourcesJson,
            ["types"] = types.ToJson(),
            ["language"] = SchemaLanguageSettings.Build(),
        };

        SchemaReferences.EnsureResolvable(schema);
        return schema;
    }

    private static void AddResource(
        SortedDictionary<string, JObject> specs, SchemaTypeSet types, string registeredToken, ResourceSchema schema, bool isComponent)
    {
        var kind = isComponent ? "component" : "resource";
        if (!string.Equals(schema.Token, registeredToken, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"The {kind} registered as '{registeredToken}' describes itself as '{schema.Token}' in its schema.");
        }

        var spec = (JObject)schema.Spec.DeepClone();
        var declared = spec["isComponent"];
        if (isComponent)
        {
            if (declared is not null && !(declared.Type == JTokenType.Boolean && declared.Value<bool>()))
            {
                throw new InvalidOperationException($"Component '{schema.Token}' must not declare isComponent other than true.");
            }

            spec["isComponent"] = true;
        }
        else if (declared is not null && (declared.Type != JTokenType.Boolean || declared.Value<bool>()))
        {
            throw new InvalidOperationException(
                $"Resource '{schema.Token}' declares isComponent; components are registered in ComponentRegistry.");
        }

        if (!specs.TryAdd(schema.Token, spec))
        {
            throw new InvalidOperationException($"Schema token '{schema.Token}' is registered more than once.");
        }

        foreach (var (typeToken, typeSpec) in schema.Types)
        {
            types.Add(typeToken, typeSpec, schema.Token);
        }
    }

    private static string ReadVersion()
    {
        var informational = typeof(PackageSchemaBuilder).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

        // The SDK appends "+<commit>"; the plugin's version is the part the engine matches on.
        var version = informational?.Split('+')[0];
        return string.IsNullOrEmpty(version) ? "0.0.0" : version;
    }
}
