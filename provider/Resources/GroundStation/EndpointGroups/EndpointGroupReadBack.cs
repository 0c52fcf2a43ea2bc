using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

/// <summary>Turns the endpoints AWS reports back into the input form the program would have written.</summary>
internal static class EndpointGroupReadBack
{
    /// <summary>The read-back entry with only the members named by <paramref name="keep"/>, server-set members removed.</summary>
    public static PropertyValue Entries(IReadOnlyList<EndpointDetails>? details, IReadOnlyCollection<string> keep) =>
        PropertyValue.Create((details ?? []).Select(detail =>
        {
            var json = (JObject)GroundStationJson.ToJToken(detail);
            var entry = new JObject();
            foreach (var property in json.Properties().Where(p => keep.Contains(p.Name)))
            {
                entry[property.Name] = WithoutServerSet(property.Value);
            }

            return PropertyJson.FromJToken(entry);
        }));

    /// <summary>Which endpoint kinds the read-back holds (e.g. to tell a V2 group from a v1 one).</summary>
    public static IReadOnlySet<string> KindsPresent(IReadOnlyList<EndpointDetails>? details)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var detail in details ?? [])
        {
            if (detail.Endpoint is not null)
            {
                kinds.Add(EndpointGroupProperties.EndpointKey);
            }

            if (detail.AwsGroundStationAgentEndpoint is not null)
            {
                kinds.Add(EndpointGroupProperties.AgentEndpointKey);
            }

            if (detail.UplinkAwsGroundStationAgentEndpoint is not null)
            {
                kinds.Add(EndpointGroupProperties.UplinkAgentEndpointKey);
            }

            if (detail.DownlinkAwsGroundStationAgentEndpoint is not null)
            {
                kinds.Add(EndpointGroupProperties.DownlinkAgentEndpointKey);
            }
        }

        return kinds;
    }

    private static JToken WithoutServerSet(JToken token)
    {
        switch (token)
        {
            case JObject obj:
                var copy = new JObject();
                foreach (var property in obj.Properties()
                    .Where(p => p.Value.Type != JTokenType.Null && !EndpointGroupProperties.ServerSet.Contains(p.Name)))
                {
                    copy[property.Name] = WithoutServerSet(property.Value);
                }

                return copy;
            case JArray array:
                return new JArray(array.Select(WithoutServerSet));
            default:
                return token.DeepClone();
        }
    }
}
