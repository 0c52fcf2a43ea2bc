using System.Globalization;
using Awsdirect.Provider.Aws.ServiceModel;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Schema;

/// <summary>
/// Turns service-model shapes into Pulumi schema properties and the object/enum types they refer to,
/// so every resource built from the model describes members, enums and integer ranges the same way
/// (the package rejects one type token defined two ways by different resources).
/// </summary>
internal sealed class ModelSchemaTypes
{
    private readonly ServiceModel _model;
    private readonly string _module;
    private readonly Func<string, string, bool> _includeMember;
    private readonly SortedDictionary<string, JObject> _types = new(StringComparer.Ordinal);

    /// <param name="model">The service model the shapes come from.</param>
    /// <param name="module">Type token prefix, e.g. <c>awsdirect:groundstation:</c>.</param>
    /// <param name="includeMember">
    /// Decides per (shape name, member name) whether a structure member becomes a property; all do when null.
    /// </param>
    public ModelSchemaTypes(ServiceModel model, string module, Func<string, string, bool>? includeMember = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _module = module;
        _includeMember = includeMember ?? ((_, _) => true);
    }

    /// <summary>The types referred to so far, by token.</summary>
    public IReadOnlyDictionary<string, JObject> Types => _types;

    /// <summary>The schema property for a value of the shape; structures and enums become <c>$ref</c>s.</summary>
    public JObject Property(string shapeName)
    {
        var shape = _model.Shape(shapeName);
        return (string?)shape["type"] switch
        {
            "structure" => new JObject { ["$ref"] = Ref(shapeName) },
            "list" => new JObject { ["type"] = "array", ["items"] = Property((string)shape["member"]!) },
            "map" => new JObject { ["type"] = "object", ["additionalProperties"] = Property((string)shape["value"]!) },
            "string" when shape["enum"] is JArray => new JObject { ["$ref"] = Ref(shapeName) },
            "integer" or "long" => new JObject { ["type"] = "integer" },
            "double" or "float" => new JObject { ["type"] = "number" },
            "boolean" => new JObject { ["type"] = "boolean" },
            _ => new JObject { ["type"] = "string" },
        };
    }

    /// <summary>The property for a structure member, described by the member's documentation.</summary>
    public JObject MemberProperty(JToken member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var shapeName = (string)member["shape"]!;
        var spec = Property(shapeName);
        spec["description"] = Describe(member, shapeName);
        return spec;
    }

    /// <summary>A reference to the object or enum type built from a model shape.</summary>
    public string Ref(string shapeName) => Ref(shapeName, () =>
    {
        var shape = _model.Shape(shapeName);
        return shape["enum"] is JArray values ? EnumType(shapeName, shape, values) : ObjectType(shapeName, shape);
    });

    /// <summary>A reference to a type the caller builds itself (read-only outputs the model has no shape for).</summary>
    public string Ref(string name, Func<JObject> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var token = _module + name;
        if (!_types.ContainsKey(token))
        {
            _types[token] = new JObject(); // reserve first: shapes may refer to themselves
            _types[token] = build();
        }

        return "#/types/" + token;
    }

    /// <summary>A member's description: its own documentation, else its shape's, plus the accepted range.</summary>
    public string Describe(JToken member, string shapeName)
    {
        ArgumentNullException.ThrowIfNull(member);
        var shape = _model.Shape(shapeName);
        return WithRange((string?)member["doc"] ?? (string?)shape["doc"] ?? shapeName, shape);
    }

    /// <summary>Appends the range AWS accepts when the shape is an integer with both bounds.</summary>
    public static string WithRange(string text, JObject shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return (string?)shape["type"] is "integer" or "long" && shape["min"] is not null && shape["max"] is not null
            ? $"{text} AWS accepts {(long)shape["min"]!}-{(long)shape["max"]!}."
            : text;
    }

    public static JObject Scalar(string type, string description) => new() { ["type"] = type, ["description"] = description };

    private JObject ObjectType(string shapeName, JObject shape)
    {
        var properties = new JObject();
        foreach (var member in ((JObject)shape["members"]!).Properties())
        {
            if (_includeMember(shapeName, member.Name))
            {
                properties[member.Name] = MemberProperty(member.Value);
            }
        }

        var union = (bool?)shape["union"] == true;
        var description = (string?)shape["doc"] ?? shapeName;
        var result = new JObject
        {
            ["type"] = "object",
            ["description"] = union ? description + " Set exactly one member." : description,
            ["properties"] = properties,
        };
        if (shape["required"] is JArray required)
        {
            result["required"] = new JArray(required.Values<string>().Where(r => properties[r!] is not null));
        }

        return result;
    }

    private static JObject EnumType(string shapeName, JObject shape, JArray values) => new()
    {
        ["type"] = "string",
        ["description"] = (string?)shape["doc"] ?? shapeName,
        ["enum"] = new JArray(values.Values<string>().Select(v => new JObject { ["name"] = EnumName(v!), ["value"] = v })),
    };

    private static string EnumName(string value)
    {
        var name = string.Concat(value.Split('_', '-', ' ').Where(p => p.Length > 0)
            .Select(p => char.ToUpperInvariant(p[0]) + p[1..].ToLower(CultureInfo.InvariantCulture)));
        // Enum names must be identifiers in every SDK language ("3dB" would not be).
        return char.IsDigit(name[0]) ? "Value" + name : name;
    }
}
