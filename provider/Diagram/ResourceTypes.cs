using Awsdirect.Provider.Resources.GroundStation.Configs;
using Awsdirect.Provider.Resources.GroundStation.EndpointGroups;
using Awsdirect.Provider.Resources.GroundStation.MissionProfiles;

namespace Awsdirect.Provider.Diagram;

/// <summary>The resource types a mission picture is drawn from, and the config type of a config resource.</summary>
internal static class ResourceTypes
{
    public const string Stack = "pulumi:pulumi:Stack";

    public static bool IsMissionProfile(StackResource r) => r.Type == MissionProfileHandler.TypeToken;

    public static bool IsConfig(StackResource r) => r.Type == ConfigHandler.TypeToken;

    public static bool IsEndpointGroup(StackResource r) =>
        r.Type is DataflowEndpointGroupHandler.TypeToken or DataflowEndpointGroupV2Handler.TypeToken;

    public static bool IsGroundStation(StackResource r) => IsMissionProfile(r) || IsConfig(r) || IsEndpointGroup(r);

    /// <summary>
    /// The configData member a config sets (<c>antennaDownlinkConfig</c>, ...): from its inputs, else from the
    /// <c>configType</c> output; null when neither says.
    /// </summary>
    public static string? ConfigKindOf(StackResource config)
    {
        if (StateValue.Member(config.Inputs, ConfigProperties.ConfigData) is { ValueKind: System.Text.Json.JsonValueKind.Object } data)
        {
            var set = data.EnumerateObject().Where(p => p.Value.ValueKind != System.Text.Json.JsonValueKind.Null).Select(p => p.Name).ToList();
            if (set.Count == 1)
            {
                return set[0];
            }
        }

        return StateValue.KnownString(config.Output(ConfigProperties.ConfigType)) is { } type
            && ConfigProperties.TypeToKind.TryGetValue(type, out var kind) ? kind : null;
    }

    /// <summary>The config type (<c>antenna-downlink</c>, ...) of a config resource, or null.</summary>
    public static string? ConfigTypeOf(StackResource config) =>
        ConfigKindOf(config) is { } kind && ConfigProperties.KindToType.TryGetValue(kind, out var type) ? type : null;

    /// <summary>The config's known ARN without any node suffix; null while it is unknown (created or replaced by the preview).</summary>
    public static string? KnownArn(StackResource resource) =>
        StateValue.KnownString(resource.Output(ConfigProperties.Arn)) is { } arn
            ? ConfigArn.TryParse(arn, out var parsed) ? parsed.BaseArn : arn
            : null;
}
