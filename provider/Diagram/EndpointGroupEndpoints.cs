using System.Text.Json;
using Awsdirect.Provider.Resources.GroundStation.EndpointGroups;
using static Awsdirect.Provider.Resources.GroundStation.EndpointGroups.EndpointGroupProperties;

namespace Awsdirect.Provider.Diagram;

/// <summary>
/// The endpoints an endpoint group hosts, by name (the name a dataflow-endpoint config selects), with
/// where data goes: a V1 group's <c>endpointDetails[]</c> hold an <c>endpoint</c> (address name and port) or an
/// <c>awsGroundStationAgentEndpoint</c> (egress address, ingress port range); a V2 group's <c>endpoints[]</c>
/// hold an uplink or downlink agent endpoint whose <c>dataflowDetails.agentConnectionDetails</c> give the
/// agent's address and port range and the ingress or egress address and port.
/// </summary>
internal sealed record EndpointGroupEndpoints(string? Name, string Kind, string Where, string Origin)
{
    public string Describe() => $"{Name ?? StateValue.UnknownText}: {Where}";

    public static IReadOnlyList<EndpointGroupEndpoints> Of(StackResource group)
    {
        var v2 = group.Type == DataflowEndpointGroupV2Handler.TypeToken;
        var property = v2 ? EndpointsKey : EndpointDetailsKey;
        var result = new List<EndpointGroupEndpoints>();
        var items = StateValue.Items(group.Value(property));
        for (var i = 0; i < items.Count; i++)
        {
            var origin = $"{property}[{i}]";
            var item = items[i];
            if (StateValue.Member(item, EndpointKey) is { } endpoint)
            {
                var mtu = StateValue.Text(StateValue.Member(endpoint, "mtu"));
                result.Add(new(NameOf(endpoint), "dataflow endpoint",
                    Socket(StateValue.Member(endpoint, "address")) + (mtu is null ? string.Empty : $" (MTU {mtu})"), origin));
            }
            else if (StateValue.Member(item, AgentEndpointKey) is { } agent)
            {
                result.Add(new(NameOf(agent), "agent",
                    $"agent egress {Socket(StateValue.At(agent, "egressAddress.socketAddress"))}, ingress {Ranged(StateValue.At(agent, "ingressAddress.socketAddress"))}", origin));
            }
            else if (StateValue.Member(item, DownlinkAgentEndpointKey) is { } downlink)
            {
                var details = StateValue.At(downlink, "dataflowDetails.agentConnectionDetails");
                result.Add(new(NameOf(downlink), "downlink agent",
                    $"downlink agent {Ranged(StateValue.At(details, "agentIpAndPortAddress.socketAddress"))} → egress {Socket(StateValue.At(details, "egressAddressAndPort.socketAddress"))}", origin));
            }
            else if (StateValue.Member(item, UplinkAgentEndpointKey) is { } uplink)
            {
                var details = StateValue.At(uplink, "dataflowDetails.agentConnectionDetails");
                result.Add(new(NameOf(uplink), "uplink agent",
                    $"uplink agent ingress {Socket(StateValue.At(details, "ingressAddressAndPort.socketAddress"))} → agent {Ranged(StateValue.At(details, "agentIpAndPortAddress.socketAddress"))}", origin));
            }
            else
            {
                result.Add(new(null, "unknown", StateValue.Text(item) ?? "?", origin));
            }
        }

        return result;
    }

    private static string? NameOf(JsonElement value) => StateValue.KnownString(StateValue.Member(value, "name"))
        ?? (StateValue.Member(value, "name") is { } n && StateValue.IsSecret(n) ? StateValue.SecretText : null);

    /// <summary>"198.51.100.20:55888" from <c>{name, port}</c>.</summary>
    private static string Socket(JsonElement? address)
    {
        if (address is null || StateValue.IsUnknown(address))
        {
            return StateValue.UnknownText;
        }

        return $"{StateValue.Text(StateValue.Member(address, "name")) ?? "?"}:{StateValue.Text(StateValue.Member(address, "port")) ?? "?"}";
    }

    /// <summary>"10.0.0.5:42000-42010" from <c>{name, portRange {minimum, maximum}}</c>.</summary>
    private static string Ranged(JsonElement? address)
    {
        if (address is null || StateValue.IsUnknown(address))
        {
            return StateValue.UnknownText;
        }

        var range = StateValue.Member(address, "portRange");
        return $"{StateValue.Text(StateValue.Member(address, "name")) ?? "?"}:{StateValue.Text(StateValue.Member(range, "minimum")) ?? "?"}-{StateValue.Text(StateValue.Member(range, "maximum")) ?? "?"}";
    }
}
