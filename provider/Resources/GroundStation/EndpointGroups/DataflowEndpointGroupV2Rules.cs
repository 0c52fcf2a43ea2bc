using Awsdirect.Provider.Protocol.Properties;
using static Awsdirect.Provider.Resources.Common.PropertyReader;
using static Awsdirect.Provider.Resources.GroundStation.EndpointGroups.EndpointGroupProperties;

namespace Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

/// <summary>
/// Rules for <c>endpoints</c> of a V2 group. The model already makes each entry a union of an uplink
/// or a downlink agent endpoint (both may share a group: V2 exists to carry uplink and downlink agent
/// dataflows, https://docs.aws.amazon.com/ground-station/latest/ug/how-it-works.dataflow-endpoint-group.html),
/// and bounds the list to 1-12 entries.
/// </summary>
internal static class DataflowEndpointGroupV2Rules
{
    public static readonly IReadOnlyList<string> Kinds = [UplinkAgentEndpointKey, DownlinkAgentEndpointKey];

    public static IReadOnlyList<CheckFailure> Check(PropertyValue? endpoints)
    {
        var failures = new List<CheckFailure>();
        var entries = Items(endpoints);
        if (entries is null)
        {
            return failures;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = Object(entries[i]);
            foreach (var v1 in new[] { EndpointKey, AgentEndpointKey, SecurityDetailsKey }.Where(k => entry?.ContainsKey(k) == true))
            {
                failures.Add(new($"{EndpointsKey}[{i}].{v1}",
                    $"endpoint kind: '{v1}' belongs to a v1 group (awsdirect:groundstation:DataflowEndpointGroup); V2 entries are '{UplinkAgentEndpointKey}' or '{DownlinkAgentEndpointKey}'"));
            }
        }

        EndpointGroupRules.UniqueNames(EndpointsKey, entries, Kinds, failures);
        EndpointGroupRules.ServerSetMembers(EndpointsKey, endpoints, failures);
        EndpointGroupRules.Ports(EndpointsKey, endpoints, failures);
        EndpointGroupRules.RangedAddresses(EndpointsKey, endpoints, failures);
        EndpointGroupRules.OverlappingPortRanges(EndpointsKey, endpoints, failures);
        return failures;
    }
}
