using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Resources.Common;
using Awsdirect.Provider.Schema;
using Newtonsoft.Json.Linq;
using static Awsdirect.Provider.Resources.GroundStation.MissionProfiles.MissionProfileProperties;

namespace Awsdirect.Provider.Resources.GroundStation.MissionProfiles;

/// <summary>
/// Package schema for mission profiles, built from the service model's CreateMissionProfileRequest so
/// descriptions and limits match what Check enforces. <c>dataflowEdges</c> is the one member whose
/// user-facing form differs from the wire form: <c>{source, destination}</c> objects instead of
/// two-element lists.
/// </summary>
internal static class MissionProfileSchema
{
    private const string Module = "awsdirect:groundstation:";
    private const string EdgeType = Module + "DataflowEdge";
    private const string KmsKeyType = Module + "KmsKey";

    private const string UpdateNote =
        " Changes are applied in place (UpdateMissionProfile); AWS applies them only to contacts reserved afterwards.";

    public static ResourceSchema Build()
    {
        var model = ServiceModels.GroundStation;
        var request = model.Shape(MissionProfileRules.RequestShape);
        var inputs = new JObject
        {
            [Name] = Scalar("string", Doc(model, Name, "SafeName") +
                " Defaults to the logical name plus a random suffix." + UpdateNote),
            [PrePass] = Scalar("integer", Doc(model, PrePass, "DurationInSeconds") +
                " Leaving it out (or dropping it later) leaves the value to AWS." + UpdateNote),
            [PostPass] = Scalar("integer", Doc(model, PostPass, "DurationInSeconds") +
                " Leaving it out (or dropping it later) leaves the value to AWS." + UpdateNote),
            [MinimumViable] = Scalar("integer", Doc(model, MinimumViable, "PositiveDurationInSeconds") + UpdateNote),
            [DataflowEdges] = new JObject
            {
                ["type"] = "array",
                ["items"] = new JObject { ["$ref"] = "#/types/" + EdgeType },
                ["description"] =
                    "Where data flows during a contact: each edge goes from a source config (antenna-downlink, antenna-downlink-demod-decode, " +
                    "uplink-echo or dataflow-endpoint) to a destination config (dataflow-endpoint, s3-recording or antenna-uplink). " +
                    "At least one edge, no duplicates; order does not matter." + UpdateNote,
            },
            [TrackingConfigArn] = Scalar("string", Doc(model, TrackingConfigArn, "ConfigArn") + UpdateNote),
            [TelemetrySinkConfigArn] = Scalar("string", Doc(model, TelemetrySinkConfigArn, "ConfigArn") +
                " Setting or changing it is in place; removing it replaces the profile (AWS cannot clear it)."),
            [StreamsKmsKey] = new JObject
            {
                ["$ref"] = "#/types/" + KmsKeyType,
                ["description"] = Doc(model, StreamsKmsKey, "KmsKey") +
                    " Give it together with streamsKmsRole. Setting or changing it is in place; removing it replaces the profile.",
            },
            [StreamsKmsRole] = Scalar("string", Doc(model, StreamsKmsRole, "RoleArn") +
                " Give it together with streamsKmsKey. Setting or changing it is in place; removing it replaces the profile."),
            [Tags] = new JObject
            {
                ["type"] = "object",
                ["additionalProperties"] = new JObject { ["type"] = "string" },
                ["description"] = Doc(model, Tags, "TagsMap") + $" {TagRules.Description} Provider defaultTags are merged in (these win); tags change in place.",
            },
        };

        var outputs = (JObject)inputs.DeepClone();
        outputs[Arn] = Scalar("string", "The mission profile's ARN (arn:aws:groundstation:<region>:<account>:mission-profile/<uuid>).");
        outputs[Id] = Scalar("string", "The mission profile's UUID, also its Pulumi id.");
        outputs[Region] = Scalar("string", "The region the mission profile is in.");

        var required = request["required"]!.Values<string>().Where(r => r != Name).Select(r => (JToken)r!).ToArray();
        var spec = new JObject
        {
            ["description"] =
                "An AWS Ground Station mission profile: the tracking config, the dataflow edges between configs and the timing a contact " +
                "runs with. Every member changes in place (UpdateMissionProfile), which AWS applies only to contacts reserved afterwards; " +
                "only removing telemetrySinkConfigArn, streamsKmsKey or streamsKmsRole replaces the profile.",
            ["inputProperties"] = inputs,
            ["requiredInputs"] = new JArray(required),
            ["properties"] = outputs,
            ["required"] = new JArray(required.Append(Name).Append(Arn).Append(Id).Append(Region)),
        };

        var types = new Dictionary<string, JObject>(StringComparer.Ordinal)
        {
            [EdgeType] = new JObject
            {
                ["type"] = "object",
                ["description"] = "One dataflow edge of a mission profile: data flows from the source config to the destination config " +
                    "(sent to AWS as the two-element list [source, destination]).",
                ["properties"] = new JObject
                {
                    [Source] = Scalar("string",
                        "ARN of the config data flows from: antenna-downlink, antenna-downlink-demod-decode (may end with '/<egress node>', " +
                        "e.g. '/UncodedFramesEgress'), uplink-echo or dataflow-endpoint."),
                    [Destination] = Scalar("string", "ARN of the config data flows to: dataflow-endpoint, s3-recording or antenna-uplink."),
                },
                ["required"] = new JArray(Source, Destination),
            },
            [KmsKeyType] = KmsKey(model),
        };
        return new ResourceSchema(MissionProfileHandler.TypeToken, spec, types);
    }

    private static JObject KmsKey(ServiceModel model)
    {
        var shape = model.Shape("KmsKey");
        var properties = new JObject();
        foreach (var member in ((JObject)shape["members"]!).Properties())
        {
            var memberShape = model.Shape((string)member.Value["shape"]!);
            var text = (string?)member.Value["doc"] ?? member.Name;
            if ((string?)memberShape["pattern"] is { } pattern)
            {
                text += $" Pattern: {pattern}.";
            }

            properties[ServiceModel.PropertyName(member.Name)] = Scalar("string", text);
        }

        return new JObject
        {
            ["type"] = "object",
            ["description"] = ((string?)shape["doc"] ?? "KMS key.") + " Set exactly one member.",
            ["properties"] = properties,
        };
    }

    private static string Doc(ServiceModel model, string member, string shapeName)
    {
        var text = model.Doc(MissionProfileRules.RequestShape, member) ?? model.Doc(shapeName) ?? member;
        return ModelSchemaTypes.WithRange(text, model.Shape(shapeName));
    }

    private static JObject Scalar(string type, string description) => ModelSchemaTypes.Scalar(type, description);
}
