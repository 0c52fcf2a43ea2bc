using System.Globalization;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.Common;

namespace Awsdirect.Provider.Aws.ServiceModel;

/// <summary>
/// Checks inputs against a request shape of a service model as AWS's request validation does:
/// required members, types, numeric ranges and widths (a Smithy <c>integer</c> is 32-bit, a
/// <c>long</c> 64-bit), string lengths in Unicode characters (code points, Smithy's measure), patterns
/// matched against the whole value in the models' ECMA-262 dialect (<see cref="ModelPattern"/>), enums,
/// list and map sizes, no null list items or map values, unions and unknown members. The rules are
/// compiled once per shape (<see cref="ShapeRules"/>). Unknown (computed) values are skipped, so a
/// preview only fails on what is already known; secrets are checked on their plain value. Each
/// failure names the property path and starts with the rule.
/// </summary>
public static class ModelRules
{
    /// <summary>How much of a user's value a failure reason repeats.</summary>
    private const int ShownValueLength = 96;

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
        var rule = model.Rules[shapeName] as StructureRule
            ?? throw new ArgumentException($"{shapeName} is not a structure shape.", nameof(shapeName));
        new Walker(model.Rules, failures, skip).Structure(rule, visible, string.Empty, topLevel: true);
        return failures;
    }

    /// <summary>
    /// Whether a string satisfies one string shape of the model (length, pattern, enum), for rules that
    /// check a value the model types elsewhere. Null when the pattern could not be evaluated in time.
    /// </summary>
    public static bool? Satisfies(ServiceModel model, string shapeName, string value)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(value);
        if (model.Rules[shapeName] is not StringRule rule)
        {
            throw new ArgumentException($"{shapeName} is not a string shape.", nameof(shapeName));
        }

        var failures = new List<CheckFailure>();
        Walker.String(rule, value, string.Empty, "value", failures);
        return failures.Count == 0 ? true : failures.Any(f => f.Reason.StartsWith("pattern timeout", StringComparison.Ordinal)) ? null : false;
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

    /// <summary>Length in Unicode characters (code points), as Smithy's length trait measures strings.</summary>
    public static int CodePoints(string text) => TagRules.Length(text);

    private sealed class Walker(ShapeRules rules, List<CheckFailure> failures, HashSet<string> skip)
    {
        public void Structure(StructureRule shape, PropertyMap value, string path, bool topLevel)
        {
            foreach (var required in shape.Required)
            {
                if (!(topLevel && skip.Contains(required))
                    && shape.MemberNames.Contains(required)
                    && value.GetNonNull(required) is null)
                {
                    failures.Add(new(Join(path, required), $"required: {shape.Name} needs '{required}'"));
                }
            }

            if (!topLevel)
            {
                foreach (var key in value.Keys.Where(k => !shape.MemberNames.Contains(k)))
                {
                    failures.Add(new(Join(path, key),
                        $"unknown property: {shape.Name} has no '{Shown(key)}' (it has {string.Join(", ", shape.Members.Select(m => m.Property))})"));
                }
            }

            if (shape.IsUnion)
            {
                var set = shape.Members.Where(m => value.GetNonNull(m.Property) is not null).ToList();
                var anyUnknown = set.Any(m => value[m.Property].Unwrap().IsComputed);
                if (set.Count != 1 && !anyUnknown)
                {
                    failures.Add(new(path.Length == 0 ? shape.Name : path,
                        $"one of: set exactly one of {string.Join(", ", shape.Members.Select(m => m.Property))} ({set.Count} set)"));
                }
            }

            foreach (var member in shape.Members)
            {
                if (value.GetNonNull(member.Property) is { } item)
                {
                    Value(member.ShapeName, item, Join(path, member.Property));
                }
            }
        }

        public static void String(StringRule shape, string text, string path, string what, List<CheckFailure> failures)
        {
            if (shape.Min is not null || shape.Max is not null)
            {
                var length = CodePoints(text);
                if (shape.Min is { } min && length < min)
                {
                    failures.Add(new(path, $"length: {what} needs at least {min} character(s), got {length}"));
                }

                if (shape.Max is { } max && length > max)
                {
                    failures.Add(new(path, $"length: {what} allows at most {max} character(s), got {length}"));
                }
            }

            if (shape.Pattern is { } pattern)
            {
                switch (pattern.Matches(text))
                {
                    case false:
                        failures.Add(new(path, $"pattern: {what} '{Shown(text)}' does not match {pattern.Text} (the whole value must match)"));
                        break;
                    case null:
                        failures.Add(new(path, $"pattern timeout: {what} '{Shown(text)}' could not be matched against {pattern.Text} in time"));
                        break;
                    default:
                        break;
                }
            }

            if (shape.EnumSet is { } values && !values.Contains(text))
            {
                failures.Add(new(path, $"enum: '{Shown(text)}' is not one of {string.Join(", ", shape.Enum!)}"));
            }
        }

        private void Value(string shapeName, PropertyValue value, string path)
        {
            var plain = value.Unwrap();
            if (plain.IsComputed || plain.IsNull)
            {
                return;
            }

            switch (rules[shapeName])
            {
                case StructureRule structure:
                    if (plain.Kind != PropertyValueKind.Object)
                    {
                        failures.Add(new(path, $"type: expected an object ({shapeName}), got {Describe(plain)}"));
                        return;
                    }

                    Structure(structure, plain.ObjectValue, path, topLevel: false);
                    break;
                case ListRule list:
                    List(list, plain, path);
                    break;
                case MapRule map:
                    Map(map, plain, path);
                    break;
                case StringRule text:
                    if (plain.Kind != PropertyValueKind.String)
                    {
                        failures.Add(new(path, $"type: expected a string, got {Describe(plain)}"));
                        return;
                    }

                    String(text, plain.StringValue, path, "value", failures);
                    break;
                case NumberRule number:
                    Number(number, plain, path);
                    break;
                case BooleanRule:
                    if (plain.Kind != PropertyValueKind.Bool)
                    {
                        failures.Add(new(path, $"type: expected true or false, got {Describe(plain)}"));
                    }

                    break;
                default:
                    break;
            }
        }

        private void List(ListRule shape, PropertyValue plain, string path)
        {
            if (plain.Kind != PropertyValueKind.Array)
            {
                failures.Add(new(path, $"type: expected a list, got {Describe(plain)}"));
                return;
            }

            var count = plain.ArrayValue.Length;
            if (shape.Min is { } min && count < min)
            {
                failures.Add(new(path, $"list size: {shape.Name} needs at least {min} item(s), got {count}"));
            }

            if (shape.Max is { } max && count > max)
            {
                failures.Add(new(path, $"list size: {shape.Name} allows at most {max} item(s), got {count}"));
            }

            for (var i = 0; i < count; i++)
            {
                var item = plain.ArrayValue[i];
                if (item.Unwrap().IsNull)
                {
                    failures.Add(new($"{path}[{i}]", $"null item: {shape.Name} items cannot be null; remove the item or give it a value"));
                    continue;
                }

                Value(shape.MemberShape, item, $"{path}[{i}]");
            }
        }

        private void Map(MapRule shape, PropertyValue plain, string path)
        {
            if (plain.Kind != PropertyValueKind.Object)
            {
                failures.Add(new(path, $"type: expected a map, got {Describe(plain)}"));
                return;
            }

            var keyRule = rules[shape.KeyShape] as StringRule;
            foreach (var (key, item) in plain.ObjectValue)
            {
                var itemPath = TagRules.Path(key, path);
                if (keyRule is not null)
                {
                    String(keyRule, key, itemPath, "key", failures);
                }

                if (item.Unwrap().IsNull)
                {
                    failures.Add(new(itemPath, $"null value: {shape.Name} values cannot be null; remove the entry or give it a value"));
                    continue;
                }

                Value(shape.ValueShape, item, itemPath);
            }

            var count = plain.ObjectValue.Count;
            if (shape.Min is { } min && count < min)
            {
                failures.Add(new(path, $"map size: at least {min} entries, got {count}"));
            }

            if (shape.Max is { } max && count > max)
            {
                failures.Add(new(path, $"map size: at most {max} entries, got {count}"));
            }
        }

        private void Number(NumberRule shape, PropertyValue plain, string path)
        {
            if (plain.Kind != PropertyValueKind.Number || !double.IsFinite(plain.NumberValue)
                || (shape.WholeNumber && plain.NumberValue != Math.Floor(plain.NumberValue)))
            {
                var expected = shape.WholeNumber ? "a whole number" : plain.Kind == PropertyValueKind.Number ? "a finite number" : "a number";
                failures.Add(new(path, $"type: expected {expected}, got {Describe(plain)}"));
                return;
            }

            var number = plain.NumberValue;
            var (low, high, highExclusive) = shape.Width;
            if (number < low || number > high || (highExclusive && number >= high))
            {
                var width = shape.Type switch
                {
                    "integer" => $"a 32-bit integer ({int.MinValue} to {int.MaxValue})",
                    "long" => $"a 64-bit integer ({long.MinValue} to {long.MaxValue})",
                    "float" => "a 32-bit float",
                    _ => "a 64-bit double",
                };
                failures.Add(new(path, $"range: {shape.Name} is {width}, got {Format(number)}"));
                return;
            }

            if ((shape.Min is { } min && number < min) || (shape.Max is { } max && number > max))
            {
                var bounds = (shape.Min, shape.Max) switch
                {
                    ({ } a, { } b) => $"between {Format(a)} and {Format(b)}",
                    ({ } a, null) => $"at least {Format(a)}",
                    _ => $"at most {Format(shape.Max!.Value)}",
                };
                failures.Add(new(path, $"range: must be {bounds}, got {Format(number)}"));
            }
        }
    }

    private static string Format(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    private static string Shown(string text) => BoundedText.Shorten(text, ShownValueLength);

    private static string Describe(PropertyValue plain) => plain.Kind switch
    {
        PropertyValueKind.String => $"the string '{Shown(plain.StringValue)}'",
        PropertyValueKind.Number => Format(plain.NumberValue),
        _ => plain.Kind.ToString().ToLowerInvariant(),
    };
}
