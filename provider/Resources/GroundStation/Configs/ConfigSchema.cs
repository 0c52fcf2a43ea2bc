using System.Globalization;
using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Schema;
using Newtonsoft.Json.Linq;
using static Awsdirect.Provider.Resources.GroundStation.Configs.ConfigProperties;

namespace Awsdirect.Provider.Resources.GroundStation.Configs;

/// <summary>
/// Package schema for <c>awsdirect:groundstation:Config</c>, built from the embedded service model so
/// property types, enums and descriptions match what Check enforces; the Ground Station limits Check
/// adds (bands, bandwidths, EIRP, bucket names) are stated in the member descriptions the model gives.
/// </summary>
internal static class ConfigSchema
{
    private const string Module = "awsdirect:groundstation:";

    private const string RequestShape = "CreateConfigRequest";

    public static ResourceSchema Build()
    {
        var model = ServiceModels.GroundStation;
        var types = new SortedDictionary<string, JObject>(StringComparer.Ordinal);
        var request = model.Shape(RequestShape);
        var inputs = new JObject();
        foreach (var member in ((JObject)request["members"]!).Properties())
        {
            var shapeName = (string)member.Value["shape"]!;
            var input = Property(model, shapeName, types);
            input["description"] = Describe(model, member.Value, shapeName) + member.Name switch
            {
                Name => " Changes in place (UpdateConfig). If omitted, the config is auto-named <logical name>-<7 random characters>.",
                ConfigData => " Set exactly one member; it decides the config type. Changing which member is set replaces the config " +
                    "(created before the old one is deleted); other changes update it in place, and AWS applies them only to contacts " +
                    "scheduled after the update.",
                Tags => " Provider defaultTags are merged in (these win); tags change in place.",
                _ => string.Empty,
            };
            inputs[member.Name] = input;
        }

        var outputs = (JObject)inputs.DeepClone();
        outputs[Arn] = new JObject
        {
            ["type"] = "string",
            ["description"] = "The config's ARN (arn:aws:groundstation:<region>:<account>:config/<configType>/<configId>); mission profiles refer to configs by it.",
        };
        outputs[ConfigId] = new JObject { ["type"] = "string", ["description"] = "The config's UUID, also its Pulumi id." };
        outputs[ConfigType] = new JObject
        {
            ["$ref"] = Ref(model, "ConfigCapabilityType", types),
            ["description"] = "The config type, decided by the configData member set (e.g. antenna-downlink-demod-decode).",
        };

        var spec = new JObject
        {
            ["description"] =
                "An AWS Ground Station config: how an antenna, a dataflow endpoint, tracking, recording or telemetry behaves during " +
                "a contact. Mission profiles wire configs together by ARN. Import with the ARN or <configType>/<configId>.",
            ["inputProperties"] = inputs,
            ["requiredInputs"] = new JArray(ConfigData),
            ["properties"] = outputs,
            ["required"] = new JArray(Name, ConfigData, Arn, ConfigId, ConfigType),
        };
        return new ResourceSchema(ConfigHandler.TypeToken, spec, types);
    }

    private static JObject Property(ServiceModel model, string shapeName, SortedDictionary<string, JObject> types)
    {
        var shape = model.Shape(shapeName);
        return (string?)shape["type"] switch
        {
            "structure" => new JObject { ["$ref"] = Ref(model, shapeName, types) },
            "list" => new JObject { ["type"] = "array", ["items"] = Property(model, (string)shape["member"]!, types) },
            "map" => new JObject { ["type"] = "object", ["additionalProperties"] = Property(model, (string)shape["value"]!, types) },
            "string" when shape["enum"] is JArray => new JObject { ["$ref"] = Ref(model, shapeName, types) },
            "integer" or "long" => new JObject { ["type"] = "integer" },
            "double" or "float" => new JObject { ["type"] = "number" },
            "boolean" => new JObject { ["type"] = "boolean" },
            _ => new JObject { ["type"] = "string" },
        };
    }

    private static string Ref(ServiceModel model, string shapeName, SortedDictionary<string, JObject> types)
    {
        var token = Module + shapeName;
        if (!types.ContainsKey(token))
        {
            types[token] = new JObject(); // reserve first: shapes may refer to themselves
            var shape = model.Shape(shapeName);
            types[token] = shape["enum"] is JArray values ? EnumType(shapeName, shape, values) : ObjectType(model, shapeName, shape, types);
        }

        return "#/types/" + token;
    }

    private static JObject ObjectType(ServiceModel model, string shapeName, JObject shape, SortedDictionary<string, JObject> types)
    {
        var properties = new JObject();
        foreach (var member in ((JObject)shape["members"]!).Properties())
        {
            var memberShape = (string)member.Value["shape"]!;
            var spec = Property(model, memberShape, types);
            spec["description"] = Describe(model, member.Value, memberShape);
            properties[member.Name] = spec;
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

    private static string Describe(ServiceModel model, JToken member, string shapeName)
    {
        var shape = model.Shape(shapeName);
        var text = (string?)member["doc"] ?? (string?)shape["doc"] ?? shapeName;
        return (string?)shape["type"] is "integer" or "long" && shape["min"] is not null && shape["max"] is not null
            ? $"{text} AWS accepts {(long)shape["min"]!}-{(long)shape["max"]!}."
            : text;
    }

    private static string EnumName(string value)
    {
        var name = string.Concat(value.Split('_', '-', ' ').Where(p => p.Length > 0)
            .Select(p => char.ToUpperInvariant(p[0]) + p[1..].ToLower(CultureInfo.InvariantCulture)));
        // Enum names must be identifiers in every SDK language ("3dB" would not be).
        return char.IsDigit(name[0]) ? "Value" + name : name;
    }
}
