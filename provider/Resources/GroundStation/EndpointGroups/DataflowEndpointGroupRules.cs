using Awsdirect.Provider.Protocol.Properties;
using static Awsdirect.Provider.Resources.Common.PropertyReader;
using static Awsdirect.Provider.Resources.GroundStation.EndpointGroups.EndpointGroupProperties;

namespace Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

/// <summary>Rules for <c>endpointDetails</c> of a (v1) dataflow endpoint group.</summary>
internal static class DataflowEndpointGroupRules
{
    /// <summary>The endpoint kinds CreateDataflowEndpointGroup accepts.</summary>
    public static readonly IReadOnlyList<string> Kinds = [EndpointKey, AgentEndpointKey];

    private static readonly string[] V2Kinds = [UplinkAgentEndpointKey, DownlinkAgentEndpointKey];

    public static IReadOnlyList<CheckFailure> Check(PropertyValue? endpointDetails)
    {
        var failures = new List<CheckFailure>();
        var entries = Items(endpointDetails);
        if (entries is null)
        {
            return failures;
        }

        // The model allows an empty list, but a group without endpoints can serve no contact and
        // CloudFormation documents a minimum of one
        // (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-groundstation-dataflowendpointgroup.html).
        if (entries.Count == 0)
        {
            failures.Add(new(EndpointDetailsKey, "at least one endpoint: a group with no endpoints can serve no contact"));
            return failures;
        }

        EndpointKinds(entries, failures);
        EndpointGroupRules.UniqueNames(EndpointDetailsKey, entries, Kinds, failures);
        EndpointGroupRules.ServerSetMembers(EndpointDetailsKey, endpointDetails, failures);
        EndpointGroupRules.Ports(EndpointDetailsKey, endpointDetails, failures);
        EndpointGroupRules.RangedAddresses(EndpointDetailsKey, endpointDetails, failures);
        EndpointGroupRules.OverlappingPortRanges(EndpointDetailsKey, endpointDetails, failures);
        return failures;
    }

    /// <summary>
    /// Each entry is one endpoint, and a group holds one kind only: the API reference says dataflow
    /// endpoints and agent endpoints cannot be mixed in one group (CreateDataflowEndpointGroup,
    /// <c>endpointDetails</c>). A dataflow endpoint also needs its VPC security details and, to be
    /// usable at all, a name (configs select endpoints by name) and an address to stream to.
    /// </summary>
    private static void EndpointKinds(IReadOnlyList<PropertyValue> entries, List<CheckFailure> failures)
    {
        (string Kind, int Index)? groupKind = null;
        for (var i = 0; i < entries.Count; i++)
        {
            var path = $"{EndpointDetailsKey}[{i}]";
            var entry = Object(entries[i]);
            if (entry is null)
            {
                continue;
            }

            foreach (var v2 in V2Kinds.Where(entry.ContainsKey))
            {
                failures.Add(new($"{path}.{v2}",
                    $"endpoint kind: {v2} is created by CreateDataflowEndpointGroupV2; declare it in an awsdirect:groundstation:DataflowEndpointGroupV2"));
            }

            var kinds = Kinds.Where(k => entry.GetNonNull(k) is not null).ToList();
            if (kinds.Count == 0)
            {
                if (!entry.Keys.Any(V2Kinds.Contains))
                {
                    failures.Add(new(path, "endpoint kind: set exactly one of 'endpoint' (with 'securityDetails') or 'awsGroundStationAgentEndpoint'"));
                }

                continue;
            }

            if (kinds.Count > 1)
            {
                failures.Add(new(path, "endpoint kind: an entry is one endpoint; set 'endpoint' or 'awsGroundStationAgentEndpoint', not both"));
                continue;
            }

            var kind = kinds[0];
            if (groupKind is { } first && first.Kind != kind)
            {
                failures.Add(new($"{path}.{kind}",
                    $"one endpoint kind per group: {EndpointDetailsKey}[{first.Index}] is '{first.Kind}' and this entry is '{kind}'; AWS does not mix dataflow endpoints and agent endpoints in one group, so create a separate group"));
            }

            groupKind ??= (kind, i);
            if (kind == EndpointKey)
            {
                DataflowEndpoint(path, entry, failures);
            }
        }
    }

    private static void DataflowEndpoint(string path, PropertyMap entry, List<CheckFailure> failures)
    {
        var endpoint = entry.GetNonNull(EndpointKey);
        if (entry.GetNonNull(SecurityDetailsKey) is not { } security)
        {
            failures.Add(new($"{path}.{SecurityDetailsKey}",
                "required with 'endpoint': the subnets, security groups and role AWS uses to reach the endpoint"));
        }
        else
        {
            SecurityDetailsRules.Check($"{path}.{SecurityDetailsKey}", security, failures);
        }

        if (IsUnknown(endpoint))
        {
            return;
        }

        if (Member(endpoint, "name") is null)
        {
            failures.Add(new($"{path}.{EndpointKey}.name",
                "required: dataflow-endpoint configs select an endpoint of the group by this name"));
        }

        if (Member(endpoint, "address") is null)
        {
            failures.Add(new($"{path}.{EndpointKey}.address",
                "required: the IP address and port AWS streams the contact's data to or from"));
        }
    }
}
