using AwsEmulator.Http;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.GroundStation;

internal sealed partial class GroundStationStore
{
    private static readonly string[] ProfileFields =
    [
        "name", "contactPrePassDurationSeconds", "contactPostPassDurationSeconds", "minimumViableContactDurationSeconds",
        "dataflowEdges", "trackingConfigArn", "telemetrySinkConfigArn", "streamsKmsKey", "streamsKmsRole",
    ];

    private JObject CreateMissionProfile(JObject input, RequestScope scope)
    {
        var body = new JObject();
        foreach (var field in ProfileFields)
        {
            if (input[field] is { Type: not JTokenType.Null } value)
            {
                body[field] = value.DeepClone();
            }
        }

        CheckReferences(body, scope);
        var id = NewId();
        var profile = new GsResource
        {
            Id = id,
            Arn = Arn(scope, $"mission-profile/{id}"),
            Region = scope.Region,
            Sequence = ++_sequence,
            Body = body,
        };
        ApplyTags(profile, input);
        _missionProfiles[id] = profile;
        return new JObject { ["missionProfileId"] = id };
    }

    private JObject GetMissionProfile(JObject input, RequestScope scope)
    {
        var profile = FindMissionProfile(input, scope);
        var output = (JObject)profile.Body.DeepClone();
        output["missionProfileId"] = profile.Id;
        output["missionProfileArn"] = profile.Arn;
        output["region"] = profile.Region;
        output["tags"] = profile.TagsJson();
        return output;
    }

    private JObject UpdateMissionProfile(JObject input, RequestScope scope)
    {
        var profile = FindMissionProfile(input, scope);
        var body = (JObject)profile.Body.DeepClone();
        foreach (var field in ProfileFields)
        {
            if (input[field] is { Type: not JTokenType.Null } value)
            {
                body[field] = value.DeepClone();
            }
        }

        CheckReferences(body, scope);
        profile.Body = body;
        return new JObject { ["missionProfileId"] = profile.Id };
    }

    private JObject DeleteMissionProfile(JObject input, RequestScope scope)
    {
        var profile = FindMissionProfile(input, scope);
        _missionProfiles.Remove(profile.Id);
        return new JObject { ["missionProfileId"] = profile.Id };
    }

    private JObject ListMissionProfiles(JObject input, RequestScope scope) =>
        Page(new JObject(), "missionProfileList", InRegion(_missionProfiles, scope), input, p => new JObject
        {
            ["missionProfileId"] = p.Id,
            ["missionProfileArn"] = p.Arn,
            ["region"] = p.Region,
            ["name"] = p.Body["name"],
        });

    private GsResource FindMissionProfile(JObject input, RequestScope scope)
    {
        var id = (string)input["missionProfileId"]!;
        return Find(_missionProfiles, id, scope) ?? throw NotFound("Mission profile", id);
    }

    /// <summary>Every config a mission profile points at must exist in its region, with the right type.</summary>
    private void CheckReferences(JObject body, RequestScope scope)
    {
        RequireConfig((string?)body["trackingConfigArn"], "trackingConfigArn", "tracking", scope);
        RequireConfig((string?)body["telemetrySinkConfigArn"], "telemetrySinkConfigArn", "telemetry-sink", scope);
        if (body["dataflowEdges"] is JArray edges)
        {
            for (var i = 0; i < edges.Count; i++)
            {
                var edge = (JArray)edges[i];
                for (var j = 0; j < edge.Count; j++)
                {
                    RequireConfig((string?)edge[j], $"dataflowEdges[{i}][{j}]", null, scope);
                }
            }
        }
    }

    private void RequireConfig(string? arn, string parameter, string? type, RequestScope scope)
    {
        if (arn is null)
        {
            return;
        }

        var baseArn = BaseConfigArn(arn);
        var config = _configs.Values.FirstOrDefault(c => c.Arn == baseArn && c.Region == scope.Region)
            ?? throw new AwsErrorException("ResourceNotFoundException", $"Config {arn} referenced by {parameter} was not found.");
        if (type is not null && config.ConfigType != type)
        {
            throw Invalid(parameter, $"{parameter} must refer to a {type} config, but {arn} is a {config.ConfigType} config.");
        }
    }

    private static HashSet<string> ReferencedConfigArns(JObject body)
    {
        var arns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in new[] { "trackingConfigArn", "telemetrySinkConfigArn" })
        {
            if ((string?)body[field] is { } arn)
            {
                arns.Add(BaseConfigArn(arn));
            }
        }

        foreach (var edge in (body["dataflowEdges"] as JArray ?? []).OfType<JArray>())
        {
            foreach (var arn in edge.Select(a => (string?)a).OfType<string>())
            {
                arns.Add(BaseConfigArn(arn));
            }
        }

        return arns;
    }
}
