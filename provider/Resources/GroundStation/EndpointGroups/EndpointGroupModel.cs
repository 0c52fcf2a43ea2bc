using System.Globalization;
using System.Text.RegularExpressions;
using Awsdirect.Provider.Protocol.Properties;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

/// <summary>
/// The service-model rules (required members, numeric ranges, lengths, list sizes, patterns, enums,
/// unions, unknown members) for the two create requests, read from <see cref="EndpointGroupShapes"/>,
/// the generated extract of the official model. Unknown values are skipped, secrets are checked on
/// their plain value. This is the single place to switch to the shared ServiceModel validator.
/// </summary>
internal static class EndpointGroupModel
{
    private static readonly Lazy<JObject> Shapes = new(() => JObject.Parse(EndpointGroupShapes.Json));

    public static JObject Shape(string name) =>
        Shapes.Value[name] as JObject ?? throw new InvalidOperationException($"Shape {name} is not in the endpoint group extract.");

    public static IReadOnlyList<CheckFailure> Validate(string requestShape, PropertyMap inputs)
    {
        ArgumentNullException.ThrowIfNull(requestShape);
        ArgumentNullException.ThrowIfNull(inputs);
        var failures = new List<CheckFailure>();
        var visible = new PropertyMap(inputs.Where(e => !e.Key.StartsWith("__", StringComparison.Ordinal)));
        Structure(Shape(requestShape), requestShape, visible, string.Empty, failures, reportUnknownMembers: false);
        return failures;
    }

    /// <summary>
    /// One failure per property path: where a Ground Station rule explains a fault at a path, the
    /// model's more generic message for that same path is dropped.
    /// </summary>
    public static IReadOnlyList<CheckFailure> Merge(IReadOnlyList<CheckFailure> model, IReadOnlyList<CheckFailure> rules)
    {
        var explained = rules.Select(r => r.Property).ToHashSet(StringComparer.Ordinal);
        return rules.Concat(model.Where(m => !explained.Contains(m.Property)))
            .DistinctBy(f => (f.Property, f.Reason))
            .ToList();
    }

    private static void Value(string shapeName, PropertyValue value, string path, List<CheckFailure> failures)
    {
        var plain = value.Unwrap();
        if (plain.IsComputed || plain.IsNull)
        {
            return;
        }

        var shape = Shape(shapeName);
        switch ((string?)shape["type"])
        {
            case "structure":
                if (plain.Kind != PropertyValueKind.Object)
                {
                    failures.Add(new(path, $"type: expected an object ({shapeName}), got {Describe(plain)}"));
                    return;
                }

                Structure(shape, shapeName, plain.ObjectValue, path, failures, reportUnknownMembers: true);
                break;
            case "list":
                List(shape, shapeName, plain, path, failures);
                break;
            case "map":
                if (plain.Kind != PropertyValueKind.Object)
                {
                    failures.Add(new(path, $"type: expected a map of strings, got {Describe(plain)}"));
                    return;
                }

                foreach (var (key, item) in plain.ObjectValue)
                {
                    Value((string)shape["value"]!, item, $"{path}.{key}", failures);
                }

                break;
            case "string":
                String(shape, plain, path, failures);
                break;
            case "integer" or "long":
                Integer(shape, plain, path, failures);
                break;
            case "boolean":
                if (plain.Kind != PropertyValueKind.Bool)
                {
                    failures.Add(new(path, $"type: expected true or false, got {Describe(plain)}"));
                }

                break;
            default:
                break;
        }
    }

    private static void Structure(JObject shape, string shapeName, PropertyMap value, string path, List<CheckFailure> failures, bool reportUnknownMembers)
    {
        var members = (JObject?)shape["members"] ?? [];
        foreach (var required in shape["required"]?.Values<string>() ?? [])
        {
            if (value.GetNonNull(required!) is null)
            {
                failures.Add(new(PropertyWalker.Join(path, required!), $"required: {shapeName} needs '{required}'"));
            }
        }

        if (reportUnknownMembers)
        {
            foreach (var key in value.Keys.Where(k => members[k] is null))
            {
                failures.Add(new(PropertyWalker.Join(path, key),
                    $"unknown property: {shapeName} has no '{key}' (it has {string.Join(", ", members.Properties().Select(p => p.Name))})"));
            }
        }

        if ((bool?)shape["union"] == true)
        {
            var set = members.Properties().Where(p => value.GetNonNull(p.Name) is not null).ToList();
            var anyUnknown = set.Any(p => value[p.Name].Unwrap().IsComputed);
            if (set.Count != 1 && !anyUnknown)
            {
                failures.Add(new(path, $"one of: set exactly one of {string.Join(", ", members.Properties().Select(p => p.Name))} ({set.Count} set)"));
            }
        }

        foreach (var member in members.Properties())
        {
            if (value.GetNonNull(member.Name) is { } item)
            {
                Value((string)member.Value["shape"]!, item, PropertyWalker.Join(path, member.Name), failures);
            }
        }
    }

    private static void List(JObject shape, string shapeName, PropertyValue plain, string path, List<CheckFailure> failures)
    {
        if (plain.Kind != PropertyValueKind.Array)
        {
            failures.Add(new(path, $"type: expected a list, got {Describe(plain)}"));
            return;
        }

        var count = plain.ArrayValue.Length;
        if ((int?)shape["min"] is { } min && count < min)
        {
            failures.Add(new(path, $"list size: {shapeName} needs at least {min} item(s), got {count}"));
        }

        if ((int?)shape["max"] is { } max && count > max)
        {
            failures.Add(new(path, $"list size: {shapeName} allows at most {max} item(s), got {count}"));
        }

        for (var i = 0; i < count; i++)
        {
            Value((string)shape["member"]!, plain.ArrayValue[i], $"{path}[{i}]", failures);
        }
    }

    private static void String(JObject shape, PropertyValue plain, string path, List<CheckFailure> failures)
    {
        if (plain.Kind != PropertyValueKind.String)
        {
            failures.Add(new(path, $"type: expected a string, got {Describe(plain)}"));
            return;
        }

        var text = plain.StringValue;
        if ((int?)shape["min"] is { } min && text.Length < min)
        {
            failures.Add(new(path, $"length: at least {min} character(s), got {text.Length}"));
        }

        if ((int?)shape["max"] is { } max && text.Length > max)
        {
            failures.Add(new(path, $"length: at most {max} character(s), got {text.Length}"));
        }

        if ((string?)shape["pattern"] is { } pattern && !Regex.IsMatch(text, "^(?:" + pattern + ")$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            failures.Add(new(path, $"pattern: '{text}' does not match {pattern}"));
        }

        if (shape["enum"] is JArray values && !values.Values<string>().Contains(text))
        {
            failures.Add(new(path, $"enum: '{text}' is not one of {string.Join(", ", values.Values<string>())}"));
        }
    }

    private static void Integer(JObject shape, PropertyValue plain, string path, List<CheckFailure> failures)
    {
        if (plain.Kind != PropertyValueKind.Number || plain.NumberValue != Math.Floor(plain.NumberValue))
        {
            failures.Add(new(path, $"type: expected a whole number, got {Describe(plain)}"));
            return;
        }

        var number = plain.NumberValue;
        var min = (double?)shape["min"];
        var max = (double?)shape["max"];
        if ((min is { } low && number < low) || (max is { } high && number > high))
        {
            var bounds = (min, max) switch
            {
                ({ } a, { } b) => $"between {a.ToString(CultureInfo.InvariantCulture)} and {b.ToString(CultureInfo.InvariantCulture)}",
                ({ } a, null) => $"at least {a.ToString(CultureInfo.InvariantCulture)}",
                _ => $"at most {max!.Value.ToString(CultureInfo.InvariantCulture)}",
            };
            failures.Add(new(path, $"range: must be {bounds}, got {number.ToString(CultureInfo.InvariantCulture)}"));
        }
    }

    private static string Describe(PropertyValue plain) => plain.Kind switch
    {
        PropertyValueKind.String => $"the string '{plain.StringValue}'",
        PropertyValueKind.Number => plain.NumberValue.ToString(CultureInfo.InvariantCulture),
        _ => plain.Kind.ToString().ToLowerInvariant(),
    };
}
