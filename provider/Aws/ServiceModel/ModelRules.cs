using System.Globalization;
using System.Text.RegularExpressions;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Aws.ServiceModel;

/// <summary>
/// Checks inputs against a request shape of a service model: required members, types, numeric
/// ranges, string lengths and patterns, enums, list sizes, unions and unknown members. Unknown
/// (computed) values are skipped, so a preview only fails on what is already known; secrets are
/// checked on their plain value. Each failure names the property path and starts with the rule.
/// </summary>
public static class ModelRules
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    /// <param name="model">The service model holding the shape.</param>
    /// <param name="shapeName">The request shape, e.g. <c>CreateConfigRequest</c>.</param>
    /// <param name="inputs">Resource inputs. Top-level keys the shape lacks are the handler's own and are not reported.</param>
    /// <param name="skipMembers">
    /// Top-level members whose user-facing form differs from the wire form (tags as a map, edges as
    /// objects): the handler checks them itself.
    /// </param>
    public static IReadOnlyList<CheckFailure> Validate(
        ServiceModel model,
        string shapeName,
        PropertyMap inputs,
        IEnumerable<string>? skipMembers = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(shapeName);
        ArgumentNullException.ThrowIfNull(inputs);
        var skip = new HashSet<string>(skipMembers ?? [], StringComparer.Ordinal);
        var visible = new PropertyMap(inputs.Where(e => !e.Key.StartsWith("__", StringComparison.Ordinal) && !skip.Contains(e.Key)));
        var failures = new List<CheckFailure>();
        new Walker(model, failures, skip).Structure(model.Shape(shapeName), shapeName, visible, string.Empty, topLevel: true);
        return failures;
    }

    /// <summary>
    /// One failure per property path: where a service-specific rule explains a fault at a path, the
    /// model's more generic message for that same path is dropped.
    /// </summary>
    public static IReadOnlyList<CheckFailure> Merge(IReadOnlyList<CheckFailure> model, IReadOnlyList<CheckFailure> rules)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rules);
        var explained = rules.Select(r => r.Property).ToHashSet(StringComparer.Ordinal);
        return rules.Concat(model.Where(m => !explained.Contains(m.Property)))
            .DistinctBy(f => (f.Property, f.Reason))
            .ToList();
    }

    /// <summary>Joins a property path and a member name: <c>a.b</c>, or <c>b</c> at the top.</summary>
    public static string Join(string path, string member)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Length == 0 ? member : path + "." + member;
    }

    private sealed class Walker(ServiceModel model, List<CheckFailure> failures, HashSet<string> skip)
    {
        public void Structure(JObject shape, string shapeName, PropertyMap value, string path, bool topLevel)
        {
            var members = ((JObject?)shape["members"] ?? []).Properties()
                .Where(m => (string?)m.Value["location"] is null or "body" or "querystring")
                .ToList();
            string Prop(JProperty m) => ServiceModel.PropertyName(m.Name);

            foreach (var required in shape["required"]?.Values<string>() ?? [])
            {
                var name = ServiceModel.PropertyName(required!);
                if (!(topLevel && skip.Contains(name))
                    && members.Any(m => m.Name == required)
                    && value.GetNonNull(name) is null)
                {
                    failures.Add(new(Join(path, name), $"required: {shapeName} needs '{name}'"));
                }
            }

            if (!topLevel)
            {
                foreach (var key in value.Keys.Where(k => members.All(m => Prop(m) != k)))
                {
                    failures.Add(new(Join(path, key),
                        $"unknown property: {shapeName} has no '{key}' (it has {string.Join(", ", members.Select(Prop))})"));
                }
            }

            if ((bool?)shape["union"] == true)
            {
                var set = members.Where(m => value.GetNonNull(Prop(m)) is not null).ToList();
                var anyUnknown = set.Any(m => value[Prop(m)].Unwrap().IsComputed);
                if (set.Count != 1 && !anyUnknown)
                {
                    failures.Add(new(path.Length == 0 ? shapeName : path,
                        $"one of: set exactly one of {string.Join(", ", members.Select(Prop))} ({set.Count} set)"));
                }
            }

            foreach (var member in members)
            {
                if (value.GetNonNull(Prop(member)) is { } item)
                {
                    Value((string)member.Value["shape"]!, item, Join(path, Prop(member)));
                }
            }
        }

        private void Value(string shapeName, PropertyValue value, string path)
        {
            var plain = value.Unwrap();
            if (plain.IsComputed || plain.IsNull)
            {
                return;
            }

            var shape = model.Shape(shapeName);
            switch ((string?)shape["type"])
            {
                case "structure":
                    if (plain.Kind != PropertyValueKind.Object)
                    {
                        failures.Add(new(path, $"type: expected an object ({shapeName}), got {Describe(plain)}"));
                        return;
                    }

                    Structure(shape, shapeName, plain.ObjectValue, path, topLevel: false);
                    break;
                case "list":
                    List(shape, shapeName, plain, path);
                    break;
                case "map":
                    Map(shape, plain, path);
                    break;
                case "string":
                    String(shape, plain, path);
                    break;
                case "integer" or "long":
                    Number(shape, plain, path, wholeNumber: true);
                    break;
                case "double" or "float":
                    Number(shape, plain, path, wholeNumber: false);
                    break;
                case "boolean":
                    if (plain.Kind != PropertyValueKind.Bool)
                    {
                        failures.Add(new(path, $"type: expected true or false, got {Describe(plain)}"));
                    }

                    break;
                default:
                    // Timestamps and blobs are server-set in the shapes we check.
                    break;
            }
        }

        private void List(JObject shape, string shapeName, PropertyValue plain, string path)
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
                Value((string)shape["member"]!, plain.ArrayValue[i], $"{path}[{i}]");
            }
        }

        private void Map(JObject shape, PropertyValue plain, string path)
        {
            if (plain.Kind != PropertyValueKind.Object)
            {
                failures.Add(new(path, $"type: expected a map, got {Describe(plain)}"));
                return;
            }

            var keyShape = model.Shape((string)shape["key"]!);
            foreach (var (key, item) in plain.ObjectValue)
            {
                String(keyShape, PropertyValue.Create(key), $"{path}.{key}", what: "key");
                Value((string)shape["value"]!, item, $"{path}.{key}");
            }

            var count = plain.ObjectValue.Count;
            if ((int?)shape["max"] is { } max && count > max)
            {
                failures.Add(new(path, $"map size: at most {max} entries, got {count}"));
            }
        }

        private void String(JObject shape, PropertyValue plain, string path, string what = "value")
        {
            if (plain.Kind != PropertyValueKind.String)
            {
                failures.Add(new(path, $"type: expected a string, got {Describe(plain)}"));
                return;
            }

            var text = plain.StringValue;
            if ((int?)shape["min"] is { } min && text.Length < min)
            {
                failures.Add(new(path, $"length: {what} needs at least {min} character(s), got {text.Length}"));
            }

            if ((int?)shape["max"] is { } max && text.Length > max)
            {
                failures.Add(new(path, $"length: {what} allows at most {max} character(s), got {text.Length}"));
            }

            if ((string?)shape["pattern"] is { } pattern && !Regex.IsMatch(text, "^(?:" + pattern + ")$", RegexOptions.None, PatternTimeout))
            {
                failures.Add(new(path, $"pattern: {what} '{text}' does not match {pattern}"));
            }

            if (shape["enum"] is JArray values && !values.Values<string>().Contains(text))
            {
                failures.Add(new(path, $"enum: '{text}' is not one of {string.Join(", ", values.Values<string>())}"));
            }
        }

        private void Number(JObject shape, PropertyValue plain, string path, bool wholeNumber)
        {
            if (plain.Kind != PropertyValueKind.Number || (wholeNumber && plain.NumberValue != Math.Floor(plain.NumberValue)))
            {
                failures.Add(new(path, $"type: expected {(wholeNumber ? "a whole number" : "a number")}, got {Describe(plain)}"));
                return;
            }

            var number = plain.NumberValue;
            var min = (double?)shape["min"];
            var max = (double?)shape["max"];
            if ((min is { } low && number < low) || (max is { } high && number > high))
            {
                var bounds = (min, max) switch
                {
                    ({ } a, { } b) => $"between {Format(a)} and {Format(b)}",
                    ({ } a, null) => $"at least {Format(a)}",
                    _ => $"at most {Format(max!.Value)}",
                };
                failures.Add(new(path, $"range: must be {bounds}, got {Format(number)}"));
            }
        }
    }

    private static string Format(double d) => d.ToString(CultureInfo.InvariantCulture);

    private static string Describe(PropertyValue plain) => plain.Kind switch
    {
        PropertyValueKind.String => $"the string '{plain.StringValue}'",
        PropertyValueKind.Number => Format(plain.NumberValue),
        _ => plain.Kind.ToString().ToLowerInvariant(),
    };
}
