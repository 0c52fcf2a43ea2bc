using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Tests.Schema;

/// <summary>
/// A JSON Schema (draft 2020-12) validator for exactly the keywords Pulumi's package metaschema uses.
/// The registry offers no maintained .NET validator that restores here with a permissive licence and
/// 2020-12 support, so this one is small and strict instead: it refuses, at construction, a schema
/// that uses any keyword it does not implement, so it can never pass a document by ignoring a rule.
/// Only local references (<c>#/...</c>) are supported; annotations (title, description, format,
/// default, contentEncoding, ...) do not constrain, as the specification says.
/// </summary>
internal sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Annotations =
        ["$schema", "$id", "$comment", "title", "description", "desciption", "default", "format", "contentEncoding", "$defs"];

    private static readonly HashSet<string> Assertions =
    [
        "$ref", "type", "enum", "const", "pattern", "minLength", "minItems", "items", "properties",
        "additionalProperties", "required", "propertyNames", "allOf", "anyOf", "oneOf",
    ];

    private readonly JToken _root;
    private readonly ConcurrentDictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    public JsonSchemaValidator(JToken root)
    {
        _root = root;
        EnsureSupported(root, "#");
    }

    /// <summary>Validates <paramref name="instance"/> against the root schema, or the subschema at <paramref name="pointer"/>.</summary>
    /// <returns>One line per violation: where in the instance, what rule, and where in the schema.</returns>
    public IReadOnlyList<string> Validate(JToken instance, string pointer = "#")
    {
        var errors = new List<string>();
        Validate(Resolve(pointer), instance, "$", pointer, errors);
        return errors;
    }

    private void Validate(JToken schema, JToken instance, string at, string schemaAt, List<string> errors)
    {
        if (schema.Type == JTokenType.Boolean)
        {
            if (!schema.Value<bool>())
            {
                errors.Add($"{at}: not allowed here ({schemaAt})");
            }

            return;
        }

        var s = (JObject)schema;
        foreach (var keyword in s.Properties())
        {
            var here = schemaAt + "/" + keyword.Name;
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    Validate(Resolve((string)value!), instance, at, (string)value!, errors);
                    break;
                case "type":
                    var allowed = value.Type == JTokenType.Array ? value.Values<string>().ToList() : [(string?)value];
                    if (!allowed.Any(t => HasType(instance, t!)))
                    {
                        errors.Add($"{at}: expected {string.Join(" or ", allowed)}, found {Describe(instance)} ({here})");
                    }

                    break;
                case "enum":
                    if (!value.Children().Any(option => JToken.DeepEquals(option, instance)))
                    {
                        errors.Add($"{at}: {Describe(instance)} is not one of {value.ToString(Newtonsoft.Json.Formatting.None)} ({here})");
                    }

                    break;
                case "const":
                    if (!JToken.DeepEquals(value, instance))
                    {
                        errors.Add($"{at}: must be {value.ToString(Newtonsoft.Json.Formatting.None)}, found {Describe(instance)} ({here})");
                    }

                    break;
                case "pattern":
                    if (instance.Type == JTokenType.String && !Pattern((string)value!).IsMatch((string)instance!))
                    {
                        errors.Add($"{at}: '{instance}' does not match {value} ({here})");
                    }

                    break;
                case "minLength":
                    if (instance.Type == JTokenType.String && CodePoints((string)instance!) < value.Value<int>())
                    {
                        errors.Add($"{at}: shorter than {value} characters ({here})");
                    }

                    break;
                case "minItems":
                    if (instance is JArray shortArray && shortArray.Count < value.Value<int>())
                    {
                        errors.Add($"{at}: fewer than {value} items ({here})");
                    }

                    break;
                case "items":
                    if (instance is JArray array)
                    {
                        for (var i = 0; i < array.Count; i++)
                        {
                            Validate(value, array[i], $"{at}[{i}]", here, errors);
                        }
                    }

                    break;
                case "properties":
                    if (instance is JObject withProperties)
                    {
                        foreach (var property in ((JObject)value).Properties())
                        {
                            if (withProperties.TryGetValue(property.Name, out var member))
                            {
                                Validate(property.Value, member, $"{at}.{property.Name}", $"{here}/{property.Name}", errors);
                            }
                        }
                    }

                    break;
                case "additionalProperties":
                    if (instance is JObject extra)
                    {
                        var declared = (s["properties"] as JObject)?.Properties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal) ?? [];
                        foreach (var member in extra.Properties().Where(p => !declared.Contains(p.Name)))
                        {
                            Validate(value, member.Value, $"{at}.{member.Name}", here, errors);
                        }
                    }

                    break;
                case "required":
                    if (instance is JObject needsMembers)
                    {
                        foreach (var name in value.Values<string>().Where(n => !needsMembers.ContainsKey(n!)))
                        {
                            errors.Add($"{at}: missing required property '{name}' ({here})");
                        }
                    }

                    break;
                case "propertyNames":
                    if (instance is JObject named)
                    {
                        foreach (var member in named.Properties())
                        {
                            Validate(value, new JValue(member.Name), $"{at}.{member.Name} (name)", here, errors);
                        }
                    }

                    break;
                case "allOf":
                    var index = 0;
                    foreach (var part in value.Children())
                    {
                        Validate(part, instance, at, $"{here}/{index++}", errors);
                    }

                    break;
                case "anyOf":
                case "oneOf":
                    Alternatives(keyword.Name, (JArray)value, instance, at, here, errors);
                    break;
                default:
                    // Annotations; EnsureSupported rejected everything else up front.
                    break;
            }
        }
    }

    private void Alternatives(string keyword, JArray options, JToken instance, string at, string here, List<string> errors)
    {
        var failures = new List<List<string>>();
        var matches = 0;
        for (var i = 0; i < options.Count; i++)
        {
            var branch = new List<string>();
            Validate(options[i], instance, at, $"{here}/{i}", branch);
            failures.Add(branch);
            matches += branch.Count == 0 ? 1 : 0;
        }

        if (matches == 0)
        {
            var detail = string.Join(" | ", failures.Select((f, i) => $"[{i}] {string.Join("; ", f)}"));
            errors.Add($"{at}: matches none of {keyword} ({here}): {detail}");
        }
        else if (keyword == "oneOf" && matches > 1)
        {
            errors.Add($"{at}: matches {matches} alternatives of oneOf, exactly one allowed ({here})");
        }
    }

    private JToken Resolve(string pointer)
    {
        if (!pointer.StartsWith('#'))
        {
            throw new NotSupportedException($"Only local schema references are supported, not '{pointer}'.");
        }

        var current = _root;
        foreach (var segment in pointer[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(segment).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            current = current[name] ?? throw new InvalidOperationException($"Schema reference '{pointer}' points to nothing.");
        }

        return current;
    }

    private Regex Pattern(string pattern) =>
        _patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5)));

    private static bool HasType(JToken instance, string type) => type switch
    {
        "object" => instance.Type == JTokenType.Object,
        "array" => instance.Type == JTokenType.Array,
        "string" => instance.Type == JTokenType.String,
        "boolean" => instance.Type == JTokenType.Boolean,
        "null" => instance.Type == JTokenType.Null,
        "number" => instance.Type is JTokenType.Integer or JTokenType.Float,
        "integer" => instance.Type == JTokenType.Integer
            || (instance.Type == JTokenType.Float && Math.Floor(instance.Value<double>()) == instance.Value<double>()),
        _ => throw new NotSupportedException($"Unknown JSON Schema type '{type}'."),
    };

    private static int CodePoints(string text) => text.Length - text.Count(char.IsLowSurrogate);

    private static string Describe(JToken instance) => instance.Type switch
    {
        JTokenType.Object => "object",
        JTokenType.Array => "array",
        JTokenType.String => $"string '{instance}'",
        _ => $"{instance.Type.ToString().ToLowerInvariant()} {instance.ToString(Newtonsoft.Json.Formatting.None)}",
    };

    private static void EnsureSupported(JToken schema, string at)
    {
        if (schema.Type == JTokenType.Boolean)
        {
            return;
        }

        if (schema is not JObject s)
        {
            throw new NotSupportedException($"Schema at {at} is neither an object nor a boolean.");
        }

        foreach (var keyword in s.Properties())
        {
            var here = at + "/" + keyword.Name;
            if (!Assertions.Contains(keyword.Name) && !Annotations.Contains(keyword.Name))
            {
                throw new NotSupportedException($"JSON Schema keyword '{keyword.Name}' at {here} is not implemented by this validator.");
            }

            switch (keyword.Name)
            {
                case "properties" or "$defs":
                    foreach (var child in ((JObject)keyword.Value).Properties())
                    {
                        EnsureSupported(child.Value, $"{here}/{child.Name}");
                    }

                    break;
                case "items" or "additionalProperties" or "propertyNames":
                    EnsureSupported(keyword.Value, here);
                    break;
                case "allOf" or "anyOf" or "oneOf":
                    var i = 0;
                    foreach (var child in keyword.Value.Children())
                    {
                        EnsureSupported(child, string.Create(CultureInfo.InvariantCulture, $"{here}/{i++}"));
                    }

                    break;
                default:
                    break;
            }
        }
    }
}
