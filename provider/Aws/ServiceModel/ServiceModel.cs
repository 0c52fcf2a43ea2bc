using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Aws.ServiceModel;

/// <summary>
/// One AWS service's shapes, from the extract of its official model embedded in the plugin
/// (see <c>extract-models.py</c>). Rules and docs are read from here rather than written by hand so
/// that a model refresh carries AWS's changed limits into Check and the schema.
/// </summary>
public sealed class ServiceModel
{
    private readonly JObject _shapes;
    private readonly Lazy<ShapeRules> _rules;

    private ServiceModel(string name, JObject extract)
    {
        Name = name;
        ApiVersion = (string?)extract["apiVersion"] ?? string.Empty;
        _shapes = (JObject?)extract["shapes"] ?? throw new InvalidOperationException($"The {name} model extract has no shapes.");
        _rules = new Lazy<ShapeRules>(() => new ShapeRules(this, _shapes.Properties().Select(p => p.Name)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Every shape's rules, compiled once on first use (patterns included) and shared by all Checks.</summary>
    internal ShapeRules Rules => _rules.Value;

    /// <summary>The extract's name, e.g. <c>groundstation</c>.</summary>
    public string Name { get; }

    public string ApiVersion { get; }

    public bool HasShape(string name) => _shapes[name] is JObject;

    /// <summary>A flattened shape: type, doc, members (shape, doc), required, union, min, max, pattern, enum, member, key, value.</summary>
    /// <exception cref="KeyNotFoundException">The shape is not in the extract.</exception>
    public JObject Shape(string name) =>
        _shapes[name] as JObject ?? throw new KeyNotFoundException($"Shape {name} is not in the {Name} model extract.");

    /// <summary>The member of a structure shape whose name matches <paramref name="propertyName"/> (camelCase or as modelled).</summary>
    public static JProperty? Member(JObject structure, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentNullException.ThrowIfNull(propertyName);
        return ((JObject?)structure["members"])?.Properties().FirstOrDefault(p => PropertyName(p.Name) == propertyName);
    }

    /// <summary>
    /// The property name users write for a model member: the member name with a lower-case first
    /// letter (Ground Station members already are; CloudFront's are PascalCase).
    /// </summary>
    public static string PropertyName(string memberName)
    {
        ArgumentNullException.ThrowIfNull(memberName);
        return memberName.Length == 0 || char.IsLower(memberName[0])
            ? memberName
            : char.ToLowerInvariant(memberName[0]) + memberName[1..];
    }

    /// <summary>The plain-text documentation of a shape, or of one of its members when named.</summary>
    public string? Doc(string shapeName, string? memberName = null)
    {
        var shape = Shape(shapeName);
        if (memberName is null)
        {
            return (string?)shape["doc"];
        }

        return Member(shape, PropertyName(memberName)) is { } member ? (string?)member.Value["doc"] : null;
    }

    internal static ServiceModel Load(string name)
    {
        var resource = $"Awsdirect.ServiceModels.{name}.json";
        using var stream = typeof(ServiceModel).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded model extract {resource} is missing from the plugin.");
        using var reader = new StreamReader(stream);
        return new ServiceModel(name, JObject.Parse(reader.ReadToEnd()));
    }
}
