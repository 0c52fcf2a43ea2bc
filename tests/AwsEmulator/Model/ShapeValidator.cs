using System.Globalization;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Model;

/// <summary>
/// Checks a bound request against the model's constraints: required, type, range, length, pattern, enum
/// and union rules. Members the model does not know are ignored, as AWS ignores them.
/// </summary>
internal static class ShapeValidator
{
    public static IReadOnlyList<Violation> Validate(ServiceModel model, string shapeName, JToken? value)
    {
        var violations = new List<Violation>();
        Check(model, model[shapeName], value, string.Empty, violations);
        return violations;
    }

    /// <summary>AWS's wording: "2 validation errors detected: Value 'x' at 'name' failed to satisfy constraint: ...".</summary>
    public static string Describe(IReadOnlyList<Violation> violations)
    {
        var count = violations.Count;
        var head = count == 1 ? "1 validation error detected: " : $"{count} validation errors detected: ";
        return head + string.Join("; ", violations.Select(v => v.Message));
    }

    private static void Check(ServiceModel model, Shape shape, JToken? value, string path, List<Violation> violations)
    {
        if (value is null || value.Type == JTokenType.Null)
        {
            return;
        }

        switch (shape.Type)
        {
            case "structure":
                CheckStructure(model, shape, value, path, violations);
                break;
            case "list":
                if (value is not JArray array)
                {
                    violations.Add(Fail(value, path, "Member must be a list"));
                    return;
                }

                CheckLength(shape, array.Count, value, path, violations);
                for (var i = 0; i < array.Count; i++)
                {
                    // Services refuse null collection items as a constraint violation (never a server error).
                    if (array[i].Type == JTokenType.Null)
                    {
                        violations.Add(new Violation($"{path}[{i}]", $"Value null at '{path}[{i}]' failed to satisfy constraint: Member must not be null"));
                        continue;
                    }

                    Check(model, model[shape.ListMember!.ShapeName], array[i], $"{path}[{i}]", violations);
                }

                break;
            case "map":
                if (value is not JObject map)
                {
                    violations.Add(Fail(value, path, "Member must be a map"));
                    return;
                }

                CheckLength(shape, map.Count, value, path, violations);
                foreach (var (key, item) in map)
                {
                    if (item is null || item.Type == JTokenType.Null)
                    {
                        violations.Add(new Violation($"{path}.{key}", $"Value null at '{path}.{key}' failed to satisfy constraint: Member must not be null"));
                    }

                    Check(model, model[shape.MapKey!.ShapeName], new JValue(key), $"{path}.{key}", violations);
                    Check(model, model[shape.MapValue!.ShapeName], item, $"{path}.{key}", violations);
                }

                break;
            case "string":
                CheckString(shape, value, path, violations);
                break;
            case "integer" or "long":
                if (value.Type != JTokenType.Integer)
                {
                    violations.Add(Fail(value, path, "Member must be an integer"));
                    return;
                }

                if (!FitsWidth(shape.Type, (JValue)value))
                {
                    violations.Add(Fail(value, path, shape.Type == "integer" ? "Member must be a 32-bit integer" : "Member must be a 64-bit integer"));
                    return;
                }

                CheckRange(shape, value.Value<double>(), value, path, violations);
                break;
            case "double" or "float":
                if (value.Type is not (JTokenType.Integer or JTokenType.Float))
                {
                    violations.Add(Fail(value, path, "Member must be a number"));
                    return;
                }

                CheckRange(shape, value.Value<double>(), value, path, violations);
                break;
            case "boolean":
                if (value.Type != JTokenType.Boolean)
                {
                    violations.Add(Fail(value, path, "Member must be a boolean"));
                }

                break;
            case "timestamp":
                if (value.Type is not (JTokenType.Integer or JTokenType.Float or JTokenType.Date or JTokenType.String))
                {
                    violations.Add(Fail(value, path, "Member must be a timestamp"));
                }

                break;
            default:
                break;
        }
    }

    private static void CheckStructure(ServiceModel model, Shape shape, JToken value, string path, List<Violation> violations)
    {
        if (value is not JObject obj)
        {
            violations.Add(Fail(value, path, "Member must be a structure"));
            return;
        }

        foreach (var required in shape.Required)
        {
            if (obj[required] is null or { Type: JTokenType.Null })
            {
                violations.Add(new Violation(Join(path, required), $"Value null at '{Join(path, required)}' failed to satisfy constraint: Member must not be null"));
            }
        }

        if (shape.IsUnion)
        {
            var set = shape.Members.Count(m => obj[m.Name] is { Type: not JTokenType.Null });
            if (set != 1)
            {
                var names = string.Join(", ", shape.Members.Select(m => m.Name));
                violations.Add(new Violation(
                    path,
                    $"Value at '{path}' failed to satisfy constraint: Union must have exactly one member set (one of: {names}), found {set}"));
            }
        }

        foreach (var member in shape.Members)
        {
            Check(model, model[member.ShapeName], obj[member.Name], Join(path, member.Name), violations);
        }
    }

    private static void CheckString(Shape shape, JToken value, string path, List<Violation> violations)
    {
        if (value.Type != JTokenType.String)
        {
            violations.Add(Fail(value, path, "Member must be a string"));
            return;
        }

        var text = value.Value<string>()!;

        // The length trait counts Unicode code points, not UTF-16 units.
        CheckLength(shape, ModelRegex.CodePointCount(text), value, path, violations);
        if (shape.Enum is { } values && !values.Contains(text, StringComparer.Ordinal))
        {
            violations.Add(Fail(value, path, $"Member must satisfy enum value set: [{string.Join(", ", values)}]"));
        }

        if (shape.Pattern is { } pattern && !ModelRegex.IsWholeMatch(pattern, text))
        {
            violations.Add(Fail(value, path, $"Member must satisfy regular expression pattern: {shape.PatternText}"));
        }
    }

    private static void CheckLength(Shape shape, int length, JToken value, string path, List<Violation> violations)
    {
        if (shape.Min is { } min && length < min)
        {
            violations.Add(Fail(value, path, $"Member must have length greater than or equal to {ServiceModel.Invariant(min)}"));
        }

        if (shape.Max is { } max && length > max)
        {
            violations.Add(Fail(value, path, $"Member must have length less than or equal to {ServiceModel.Invariant(max)}"));
        }
    }

    private static void CheckRange(Shape shape, double number, JToken value, string path, List<Violation> violations)
    {
        if (shape.Min is { } min && number < min)
        {
            violations.Add(Fail(value, path, $"Member must have value greater than or equal to {ServiceModel.Invariant(min)}"));
        }

        if (shape.Max is { } max && number > max)
        {
            violations.Add(Fail(value, path, $"Member must have value less than or equal to {ServiceModel.Invariant(max)}"));
        }
    }

    /// <summary>Smithy integer is 32-bit, long 64-bit; a JSON integer beyond that is not a value of the shape.</summary>
    private static bool FitsWidth(string type, JValue value)
    {
        var number = value.Value is System.Numerics.BigInteger big ? big : new System.Numerics.BigInteger(Convert.ToDecimal(value.Value, CultureInfo.InvariantCulture));
        return type == "integer"
            ? number >= int.MinValue && number <= int.MaxValue
            : number >= long.MinValue && number <= long.MaxValue;
    }

    private static Violation Fail(JToken value, string path, string constraint)
    {
        var shown = value.Type switch
        {
            JTokenType.String => value.Value<string>(),
            JTokenType.Object or JTokenType.Array => value.ToString(Newtonsoft.Json.Formatting.None),
            _ => Convert.ToString(((JValue)value).Value, CultureInfo.InvariantCulture),
        };
        return new Violation(path, $"Value '{shown}' at '{path}' failed to satisfy constraint: {constraint}");
    }

    private static string Join(string path, string member) => path.Length == 0 ? member : path + "." + member;
}
