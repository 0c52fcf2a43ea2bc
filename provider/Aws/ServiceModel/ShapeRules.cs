using System.Collections.Frozen;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Aws.ServiceModel;

/// <summary>
/// The compiled rules of every shape of one model, built once (on the first Check that needs them)
/// and then only read: patterns are compiled regexes, enums hash sets, members resolved lists. Shapes
/// refer to each other by name through this set, so recursive shapes need no special care.
/// </summary>
internal sealed class ShapeRules
{
    private readonly FrozenDictionary<string, ShapeRule> _rules;

    public ShapeRules(ServiceModel model, IEnumerable<string> shapeNames)
    {
        _rules = shapeNames.ToFrozenDictionary(n => n, n => ShapeRule.From(n, model.Shape(n)), StringComparer.Ordinal);
    }

    public ShapeRule this[string name] =>
        _rules.TryGetValue(name, out var rule) ? rule : throw new KeyNotFoundException($"Shape {name} has no compiled rule.");
}

/// <summary>What the model says about one shape, ready to check values against.</summary>
internal abstract record ShapeRule(string Name)
{
    public static ShapeRule From(string name, JObject shape)
    {
        long? Limit(string key) => shape[key] is JValue { Type: JTokenType.Integer or JTokenType.Float } v ? (long)(double)v : null;
        var type = (string?)shape["type"];
        return type switch
        {
            "structure" => new StructureRule(
                name,
                [.. ((JObject?)shape["members"] ?? []).Properties()
                    .Where(m => (string?)m.Value["location"] is null or "body" or "querystring")
                    .Select(m => new MemberRule(ServiceModel.PropertyName(m.Name), (string)m.Value["shape"]!))],
                [.. (shape["required"]?.Values<string>() ?? []).Select(r => ServiceModel.PropertyName(r!))],
                (bool?)shape["union"] == true),
            "list" => new ListRule(name, (string)shape["member"]!, Limit("min"), Limit("max")),
            "map" => new MapRule(name, (string)shape["key"]!, (string)shape["value"]!, Limit("min"), Limit("max")),
            "string" => new StringRule(
                name,
                Limit("min"),
                Limit("max"),
                (string?)shape["pattern"] is { } pattern ? new ModelPattern(pattern) : null,
                shape["enum"] is JArray values ? [.. values.Values<string>().Select(v => v!)] : null),
            "integer" or "long" or "double" or "float" => new NumberRule(name, type, (double?)shape["min"], (double?)shape["max"]),
            "boolean" => new BooleanRule(name),
            _ => new OpaqueRule(name),
        };
    }
}

internal sealed record MemberRule(string Property, string ShapeName);

internal sealed record StructureRule(string Name, IReadOnlyList<MemberRule> Members, IReadOnlyList<string> Required, bool IsUnion) : ShapeRule(Name)
{
    public FrozenSet<string> MemberNames { get; } = Members.Select(m => m.Property).ToFrozenSet(StringComparer.Ordinal);
}

internal sealed record ListRule(string Name, string MemberShape, long? Min, long? Max) : ShapeRule(Name);

internal sealed record MapRule(string Name, string KeyShape, string ValueShape, long? Min, long? Max) : ShapeRule(Name);

internal sealed record StringRule(string Name, long? Min, long? Max, ModelPattern? Pattern, IReadOnlyList<string>? Enum) : ShapeRule(Name)
{
    public FrozenSet<string>? EnumSet { get; } = Enum?.ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>
/// A number shape. Smithy's <c>integer</c> is a 32-bit and <c>long</c> a 64-bit signed integer, and
/// <c>float</c>/<c>double</c> are IEEE 754 binary32/binary64: values outside the width are refused
/// even where the model states no range, as AWS's deserializer refuses them.
/// </summary>
internal sealed record NumberRule(string Name, string Type, double? Min, double? Max) : ShapeRule(Name)
{
    public bool WholeNumber => Type is "integer" or "long";

    /// <summary>The inclusive range the type can hold (long: 2^63 itself is not a long).</summary>
    public (double Low, double High, bool HighExclusive) Width => Type switch
    {
        "integer" => (int.MinValue, int.MaxValue, false),
        "long" => (-9.2233720368547758E18, 9.2233720368547758E18, true),
        "float" => (-float.MaxValue, float.MaxValue, false),
        _ => (-double.MaxValue, double.MaxValue, false),
    };
}

internal sealed record BooleanRule(string Name) : ShapeRule(Name);

/// <summary>Timestamps and blobs: server-set in the shapes the provider checks.</summary>
internal sealed record OpaqueRule(string Name) : ShapeRule(Name);
