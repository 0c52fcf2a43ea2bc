using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Schema;

/// <summary>
/// Checks that every reference into this package's own <c>types</c> or <c>resources</c> names
/// something the package defines. The metaschema cannot see this, and SDK generators fail on it
/// with messages that do not say which resource made the reference.
/// </summary>
internal static class SchemaReferences
{
    private const string TypesPrefix = "#/types/";
    private const string ResourcesPrefix = "#/resources/";

    public static void EnsureResolvable(JObject schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var types = schema["types"] as JObject ?? [];
        var resources = schema["resources"] as JObject ?? [];
        var missing = new List<string>();

        foreach (var reference in schema.Descendants().OfType<JProperty>().Where(p => p.Name == "$ref"))
        {
            if (reference.Value.Type != JTokenType.String)
            {
                continue;
            }

            var target = (string)reference.Value!;
            var known = target.StartsWith(TypesPrefix, StringComparison.Ordinal)
                ? types.ContainsKey(Uri.UnescapeDataString(target[TypesPrefix.Length..]))
                : !target.StartsWith(ResourcesPrefix, StringComparison.Ordinal)
                    || resources.ContainsKey(Uri.UnescapeDataString(target[ResourcesPrefix.Length..]));
            if (!known)
            {
                missing.Add($"'{target}' at {reference.Path}");
            }
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                "The package schema refers to types or resources it does not define: " + string.Join("; ", missing));
        }
    }
}
