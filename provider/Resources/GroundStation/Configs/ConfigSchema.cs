using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Resources.Common;
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
        var types = new ModelSchemaTypes(model, Module);
        var request = model.Shape(RequestShape);
        var inputs = new JObject();
        foreach (var member in ((JObject)request["members"]!).Properties())
        {
            var shapeName = (string)member.Value["shape"]!;
            var input = types.Property(shapeName);
            input["description"] = types.Describe(member.Value, shapeName) + member.Name switch
            {
                Name => " Changes in place (UpdateConfig). If omitted, the config is auto-named <logical name>-<7 random characters>.",
                ConfigData => " Set exactly one member; it decides the config type. Changing which member is set replaces the config " +
                    "(created before the old one is deleted); other changes update it in place, and AWS applies them only to contacts " +
                    "scheduled after the update.",
                Tags => $" {TagRules.Description} Provider defaultTags are merged in (these win); tags change in place.",
                _ => string.Empty,
            };
            inputs[member.Name] = input;
        }

        // The model says only that AWS does not validate these strings; say what Check accepts.
        foreach (var shape in new[] { "DemodulationConfig", "DecodeConfig" })
        {
            if (types.Types.TryGetValue(Module + shape, out var type) && type["properties"]?[ConfigCanonical.JsonMember] is JObject json)
            {
                json["description"] = $"{(string?)json["description"]} {ConfigJson.Description}";
            }
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
            ["$ref"] = types.Ref("ConfigCapabilityType"),
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
        return new ResourceSchema(ConfigHandler.TypeToken, spec, types.Types);
    }
}
