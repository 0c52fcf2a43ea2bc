using System.Globalization;
using System.Text;
using Awsdirect.Provider.Protocol.Properties;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using YamlDotNet.RepresentationModel;

namespace Awsdirect.Provider.Tests.Examples;

/// <param name="Line">Line of the resource's name in the file.</param>
internal sealed record ProgramResource(string Name, string Type, YamlMappingNode? Properties, YamlMappingNode? Options, int Line);

/// <summary>One <c>${...}</c> expression found in a program, where it was found.</summary>
/// <param name="Root">The name it starts with (a resource, a config key, <c>pulumi</c>...).</param>
/// <param name="Property">The first property accessed on the root, or null.</param>
internal sealed record ProgramReference(string Path, string Expression, string Root, string? Property, int Line);

/// <summary>
/// A Pulumi YAML program (Pulumi.yaml with <c>runtime: yaml</c>) read for static checks: its config
/// declarations, resources and outputs, and their values as the engine would send them at preview:
/// literals as they are, <c>${...}</c> interpolations as unknowns unless they name a config key
/// with a default, <c>fn::toJSON</c> evaluated, other functions unknown.
/// </summary>
internal sealed class PulumiYamlProgram
{
    private static readonly string[] BuiltinRoots = ["pulumi"];

    private readonly Dictionary<string, PropertyValue?> _config = new(StringComparer.Ordinal);
    private readonly List<ProgramReference> _references = [];

    private PulumiYamlProgram(string path, YamlMappingNode root)
    {
        Path = path;
        Root = root;
    }

    public string Path { get; }

    public YamlMappingNode Root { get; }

    public string? Name => (Root.Get("name") as YamlScalarNode)?.Text();

    public string? Runtime => Root.Get("runtime") switch
    {
        YamlScalarNode s => s.Text(),
        YamlMappingNode m => (m.Get("name") as YamlScalarNode)?.Text(),
        _ => null,
    };

    public IReadOnlyList<ProgramResource> Resources { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>Every <c>${...}</c> met while evaluating (resources' properties and options, outputs).</summary>
    public IReadOnlyList<ProgramReference> References => _references;

    /// <summary>Config keys the program declares; the value is the default, or null when none is given.</summary>
    public IReadOnlyDictionary<string, PropertyValue?> Config => _config;

    public static PulumiYamlProgram Load(string path) => Parse(path, File.ReadAllText(path));

    public static PulumiYamlProgram Parse(string path, string text)
    {
        if (ProgramYaml.Load(text) is not YamlMappingNode root)
        {
            throw new ProgramYamlException("a Pulumi.yaml is a mapping", 1);
        }

        var program = new PulumiYamlProgram(path, root);
        program.Read();
        return program;
    }

    /// <summary>A resource's properties as the engine would pass them to Check at preview.</summary>
    public PropertyMap Inputs(ProgramResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var path = $"resources.{resource.Name}.properties";
        return resource.Properties is null
            ? PropertyMap.Empty
            : Evaluate(resource.Properties, path).ObjectValue;
    }

    public PropertyValue Evaluate(YamlNode node, string path)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case YamlScalarNode scalar:
                return scalar.Value() switch
                {
                    null => PropertyValue.Null,
                    bool b => PropertyValue.Create(b),
                    double d => PropertyValue.Create(d),
                    string s => Interpolate(s, path, scalar.Line()),
                    var other => throw new InvalidOperationException($"unexpected scalar {other}"),
                };
            case YamlSequenceNode sequence:
                return PropertyValue.Create(sequence.Children.Select((item, i) => Evaluate(item, $"{path}[{i}]")).ToList());
            case YamlMappingNode mapping when mapping.Entries().ToList() is [{ Key: var fn } single] && fn.StartsWith("fn::", StringComparison.Ordinal):
                return Function(fn, single.Value, path);
            case YamlMappingNode mapping:
                return PropertyValue.Create(new PropertyMap(mapping.Entries().Select(e =>
                    new KeyValuePair<string, PropertyValue>(e.Key, Evaluate(e.Value, $"{path}.{e.Key}")))));
            default:
                throw new InvalidOperationException($"unexpected node {node}");
        }
    }

    /// <summary>The JSON <c>fn::toJSON</c> writes for a known value (keys sorted and whole numbers without a fraction, as Go's encoder writes a map).</summary>
    public static string ToJson(PropertyValue value) => ToJToken(value).ToString(Formatting.None);

    private void Read()
    {
        var problems = new List<string>();
        if (Root.Get("config") is YamlMappingNode config)
        {
            foreach (var (key, declaration) in config.Entries())
            {
                _config[key] = declaration switch
                {
                    YamlMappingNode typed when typed.Get("default") is { } value => Typed(typed, value, $"config.{key}.default"),
                    YamlMappingNode => null,
                    YamlScalarNode or YamlSequenceNode => Evaluate(declaration, $"config.{key}"),
                    _ => null,
                };
            }
        }

        var resources = new List<ProgramResource>();
        switch (Root.Get("resources"))
        {
            case YamlMappingNode mapping:
                foreach (var (name, node) in mapping.Entries())
                {
                    if (node is not YamlMappingNode body)
                    {
                        problems.Add($"resources.{name} (line {node.Line()}): a resource is a mapping with type and properties");
                        continue;
                    }

                    if (body.Get("type") is not YamlScalarNode type || type.Text().Length == 0)
                    {
                        problems.Add($"resources.{name} (line {node.Line()}): no type");
                        continue;
                    }

                    var properties = body.Get("properties");
                    if (properties is not null and not YamlMappingNode)
                    {
                        problems.Add($"resources.{name}.properties (line {properties.Line()}): properties is a mapping");
                    }

                    foreach (var key in body.Entries().Select(e => e.Key).Where(k => k is not ("type" or "properties" or "options" or "get" or "defaultProvider")))
                    {
                        problems.Add($"resources.{name}.{key}: not a resource field of Pulumi YAML (type, properties, options, get)");
                    }

                    resources.Add(new ProgramResource(name, type.Text(), properties as YamlMappingNode, body.Get("options") as YamlMappingNode, node.Line()));
                }

                break;
            case null:
                break;
            case var other:
                problems.Add($"resources (line {other.Line()}): a mapping of resource names to resources");
                break;
        }

        Resources = resources;

        // Evaluated for their references: outputs, options (dependsOn, parent, provider...) and variables.
        foreach (var resource in resources.Where(r => r.Options is not null))
        {
            Evaluate(resource.Options!, $"resources.{resource.Name}.options");
        }

        if (Root.Get("outputs") is YamlMappingNode outputs)
        {
            Evaluate(outputs, "outputs");
        }

        if (Root.Get("variables") is YamlMappingNode variables)
        {
            Evaluate(variables, "variables");
        }

        Problems = problems;
    }

    private PropertyValue Typed(YamlMappingNode declaration, YamlNode value, string path)
    {
        var type = (declaration.Get("type") as YamlScalarNode)?.Text();
        return type == "string" && value is YamlScalarNode scalar ? PropertyValue.Create(scalar.Text()) : Evaluate(value, path);
    }

    private PropertyValue Function(string name, YamlNode argument, string path)
    {
        var value = Evaluate(argument, $"{path}.{name}");
        return name switch
        {
            "fn::toJSON" => value.ContainsUnknowns() ? PropertyValue.Computed : PropertyValue.Create(ToJson(value)),
            "fn::secret" => PropertyValue.Secret(value),
            _ => PropertyValue.Computed,
        };
    }

    /// <summary>
    /// Pulumi YAML's interpolation: <c>${expr}</c> anywhere in a string, <c>$${</c> for a literal
    /// <c>${</c>. A string that is exactly one <c>${key}</c> of a config key with a default takes the
    /// default (with its type); any other interpolation is unknown until the engine runs the program.
    /// </summary>
    private PropertyValue Interpolate(string text, string path, int line)
    {
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return PropertyValue.Create(text);
        }

        var literal = new StringBuilder();
        var parts = new List<(string? Literal, PropertyValue? Value)>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '$' && i + 2 < text.Length && text[i + 1] == '$' && text[i + 2] == '{')
            {
                literal.Append("${");
                i += 3;
                continue;
            }

            if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                var end = text.IndexOf('}', i + 2);
                if (end < 0)
                {
                    throw new ProgramYamlException($"{path}: '${{' without a closing '}}'", line);
                }

                var expression = text[(i + 2)..end].Trim();
                parts.Add((literal.ToString(), null));
                literal.Clear();
                parts.Add((null, Reference(expression, path, line)));
                i = end + 1;
                continue;
            }

            literal.Append(text[i]);
            i++;
        }

        parts.Add((literal.ToString(), null));
        var pieces = parts.Where(p => p.Value is not null || p.Literal!.Length > 0).ToList();
        if (pieces is [{ Value: { } only }])
        {
            return only;
        }

        if (pieces.Any(p => p.Value is { } v && (v.ContainsUnknowns() || v.Kind is PropertyValueKind.Object or PropertyValueKind.Array)))
        {
            return PropertyValue.Computed;
        }

        return PropertyValue.Create(string.Concat(pieces.Select(p => p.Literal ?? Format(p.Value!))));
    }

    private PropertyValue Reference(string expression, string path, int line)
    {
        var end = 0;
        while (end < expression.Length && expression[end] is not ('.' or '['))
        {
            end++;
        }

        var root = expression[..end];
        string? property = null;
        if (end < expression.Length && expression[end] == '.')
        {
            var start = end + 1;
            var stop = start;
            while (stop < expression.Length && expression[stop] is not ('.' or '['))
            {
                stop++;
            }

            property = expression[start..stop];
        }
        else if (end < expression.Length && expression[end] == '[')
        {
            var close = expression.IndexOf(']', end);
            property = close > end ? expression[(end + 1)..close].Trim('"', '\'') : null;
        }

        _references.Add(new ProgramReference(path, expression, root, property, line));
        return property is null && _config.TryGetValue(root, out var value) && value is not null
            ? value
            : PropertyValue.Computed;
    }

    public bool IsKnownRoot(string root) =>
        BuiltinRoots.Contains(root) || _config.ContainsKey(root) || Resources.Any(r => r.Name == root)
        || (Root.Get("variables") is YamlMappingNode variables && variables.Get(root) is not null);

    private static string Format(PropertyValue value) => value.Unwrap().Kind switch
    {
        PropertyValueKind.String => value.Unwrap().StringValue,
        PropertyValueKind.Number => value.Unwrap().NumberValue.ToString(CultureInfo.InvariantCulture),
        PropertyValueKind.Bool => value.Unwrap().BoolValue ? "true" : "false",
        PropertyValueKind.Null => string.Empty,
        _ => ToJson(value),
    };

    private static JToken ToJToken(PropertyValue value)
    {
        var plain = value.Unwrap();
        return plain.Kind switch
        {
            PropertyValueKind.Null => JValue.CreateNull(),
            PropertyValueKind.Bool => new JValue(plain.BoolValue),
            PropertyValueKind.Number => plain.NumberValue == Math.Floor(plain.NumberValue) && Math.Abs(plain.NumberValue) < 1e15
                ? new JValue((long)plain.NumberValue)
                : new JValue(plain.NumberValue),
            PropertyValueKind.String => new JValue(plain.StringValue),
            PropertyValueKind.Array => new JArray(plain.ArrayValue.Select(ToJToken)),
            PropertyValueKind.Object => new JObject(plain.ObjectValue.Select(e => new JProperty(e.Key, ToJToken(e.Value)))),
            _ => throw new InvalidOperationException($"fn::toJSON of a {plain.Kind} value"),
        };
    }
}
