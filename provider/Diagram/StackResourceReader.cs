using System.Text.Json;
using Awsdirect.Provider.Host;

namespace Awsdirect.Provider.Diagram;

/// <summary>
/// Reads one serialized resource (apitype <c>ResourceV3</c>: <c>urn</c>, <c>custom</c>, <c>id</c>, <c>type</c>,
/// <c>inputs</c>, <c>outputs</c>, <c>parent</c>, <c>dependencies</c>, <c>propertyDependencies</c>, ...; members
/// left empty are omitted). Only <c>urn</c> is required; everything else has a safe default, and members
/// this reader does not know (newer engines add some) are ignored.
/// </summary>
internal static class StackResourceReader
{
    public static StackResource Read(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new DiagramInputException($"{where} is not a resource object.");
        }

        var urn = String(element, "urn");
        if (string.IsNullOrEmpty(urn) || !urn.StartsWith("urn:pulumi:", StringComparison.Ordinal))
        {
            throw new DiagramInputException($"{where} has no Pulumi URN (\"urn\": \"urn:pulumi:...\").");
        }

        var type = String(element, "type");
        if (string.IsNullOrEmpty(type))
        {
            type = UrnParts.Type(urn);
        }

        return new StackResource(
            urn,
            type,
            String(element, "id") is { Length: > 0 } id ? id : null,
            element.TryGetProperty("custom", out var custom) && custom.ValueKind == JsonValueKind.True,
            String(element, "parent") is { Length: > 0 } parent ? parent : null,
            Object(element, "inputs"),
            Object(element, "outputs"),
            Urns(element, "dependencies"),
            PropertyDependencies(element));
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement? Object(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value.Clone() : null;

    private static List<string> Urns(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
    }

    private static Dictionary<string, IReadOnlyList<string>> PropertyDependencies(JsonElement element)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (element.TryGetProperty("propertyDependencies", out var map) && map.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in map.EnumerateObject())
            {
                result[property.Name] = Urns(map, property.Name);
            }
        }

        return result;
    }
}
