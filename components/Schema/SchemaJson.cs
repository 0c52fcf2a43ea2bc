using Newtonsoft.Json.Linq;

namespace Awsdirect.Components.Schema;

/// <summary>Small builders for Pulumi package schema fragments, so component specs read as data.</summary>
internal static class SchemaJson
{
    public static JObject Str(string description) => Typed("string", description);

    public static JObject Num(string description) => Typed("number", description);

    public static JObject Int(string description) => Typed("integer", description);

    public static JObject Bool(string description) => Typed("boolean", description);

    /// <summary>Any JSON value (Pulumi's built-in <c>Any</c> type).</summary>
    public static JObject Any(string description) =>
        new() { ["$ref"] = "pulumi.json#/Any", ["description"] = description };

    public static JObject Ref(string token, string description) =>
        new() { ["$ref"] = "#/types/" + token, ["description"] = description };

    public static JObject ArrayOf(JObject items, string description) =>
        new() { ["type"] = "array", ["items"] = items, ["description"] = description };

    public static JObject MapOf(JObject values, string description) =>
        new() { ["type"] = "object", ["additionalProperties"] = values, ["description"] = description };

    public static JObject StringEnum(string description, params (string Value, string Description)[] values) =>
        new()
        {
            ["type"] = "string",
            ["description"] = description,
            ["enum"] = new JArray(values.Select(v => new JObject { ["value"] = v.Value, ["description"] = v.Description })),
        };

    public static JObject ObjectType(string description, JObject properties, params string[] required)
    {
        var type = new JObject { ["type"] = "object", ["description"] = description, ["properties"] = properties };
        if (required.Length > 0)
        {
            type["required"] = new JArray(required);
        }

        return type;
    }

    /// <summary>A component resource spec: inputs, outputs (all required, as a component always sets them).</summary>
    public static JObject Component(string description, JObject inputs, string[] requiredInputs, JObject outputs) =>
        new()
        {
            ["isComponent"] = true,
            ["description"] = description,
            ["inputProperties"] = inputs,
            ["requiredInputs"] = new JArray(requiredInputs),
            ["properties"] = outputs,
            ["required"] = new JArray(outputs.Properties().Select(p => p.Name)),
        };

    private static JObject Typed(string type, string description) =>
        new() { ["type"] = type, ["description"] = description };
}
