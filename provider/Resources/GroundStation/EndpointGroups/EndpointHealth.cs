using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

/// <summary>
/// The server-set state of each endpoint (health, reasons, endpoint/agent status) as an output, so
/// operators see why a group is not HEALTHY (contacts can only be scheduled on healthy groups) without
/// that state ever taking part in a diff.
/// </summary>
internal static class EndpointHealth
{
    private static readonly string[] KindMembers =
    [
        EndpointGroupProperties.EndpointKey,
        EndpointGroupProperties.AgentEndpointKey,
        EndpointGroupProperties.UplinkAgentEndpointKey,
        EndpointGroupProperties.DownlinkAgentEndpointKey,
    ];

    public static PropertyValue FromAws(IReadOnlyList<EndpointDetails>? details) =>
        PropertyValue.Create((details ?? []).Select(Entry));

    private static PropertyValue Entry(EndpointDetails detail)
    {
        var json = (JObject)GroundStationJson.ToJToken(detail);
        var result = new JObject();
        foreach (var kind in KindMembers)
        {
            if (json[kind] is JObject endpoint)
            {
                result["name"] = endpoint["name"];
                CopyIfPresent(endpoint, result, "status");
                CopyIfPresent(endpoint, result, "agentStatus");
                CopyIfPresent(endpoint, result, "auditResults");
            }
        }

        CopyIfPresent(json, result, "healthStatus");
        CopyIfPresent(json, result, "healthReasons");
        return PropertyJson.FromJToken(result);
    }

    private static void CopyIfPresent(JObject from, JObject to, string name)
    {
        if (from[name] is { Type: not JTokenType.Null } value)
        {
            to[name] = value.DeepClone();
        }
    }
}
