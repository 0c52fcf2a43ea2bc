using AwsEmulator.Http;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.GroundStation;

internal sealed partial class GroundStationStore
{
    private static readonly string[] EndpointKinds =
        ["endpoint", "awsGroundStationAgentEndpoint", "uplinkAwsGroundStationAgentEndpoint", "downlinkAwsGroundStationAgentEndpoint"];

    private JObject CreateDataflowEndpointGroup(JObject input, RequestScope scope)
    {
        var details = (JArray)input["endpointDetails"]!.DeepClone();
        string? groupKind = null;
        for (var i = 0; i < details.Count; i++)
        {
            var entry = (JObject)details[i];
            var kinds = EndpointKinds.Where(k => entry[k] is JObject).ToList();
            if (kinds.Count != 1)
            {
                throw Invalid($"endpointDetails[{i}]", "Each endpoint detail must define exactly one of endpoint, awsGroundStationAgentEndpoint, uplinkAwsGroundStationAgentEndpoint, downlinkAwsGroundStationAgentEndpoint.");
            }

            if (groupKind is not null && groupKind != kinds[0])
            {
                throw Invalid($"endpointDetails[{i}]", $"A dataflow endpoint group holds one kind of endpoint; found {groupKind} and {kinds[0]}.");
            }

            groupKind = kinds[0];
            if (groupKind == "endpoint" && entry["securityDetails"] is null)
            {
                throw Invalid($"endpointDetails[{i}].securityDetails", "securityDetails is required for a dataflow endpoint.");
            }

            FillServerFields(entry, groupKind);
        }

        return StoreEndpointGroup(details, input, scope);
    }

    private JObject CreateDataflowEndpointGroupV2(JObject input, RequestScope scope)
    {
        var details = new JArray();
        foreach (var endpoint in ((JArray)input["endpoints"]!).Cast<JObject>())
        {
            // CreateEndpointDetails is a union of the two agent endpoint kinds; GET reports them as
            // EndpointDetails entries with the agent's server-side status filled in.
            var member = endpoint.Properties().First(p => p.Value.Type != JTokenType.Null);
            var entry = new JObject { [member.Name] = member.Value.DeepClone() };
            FillServerFields(entry, member.Name);
            details.Add(entry);
        }

        return StoreEndpointGroup(details, input, scope);
    }

    private JObject StoreEndpointGroup(JArray details, JObject input, RequestScope scope)
    {
        var names = details.Cast<JObject>().Select(EndpointName).Where(n => n is not null).ToList();
        var duplicate = names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Invalid("endpointDetails", $"Endpoint name {duplicate.Key} appears more than once in the group.");
        }

        var id = NewId();
        var group = new GsResource
        {
            Id = id,
            Arn = Arn(scope, $"dataflow-endpoint-group/{id}"),
            Region = scope.Region,
            Sequence = ++_sequence,
            Body = new JObject { ["endpointsDetails"] = details },
        };
        foreach (var name in new[] { "contactPrePassDurationSeconds", "contactPostPassDurationSeconds" })
        {
            if (input[name] is { Type: not JTokenType.Null } value)
            {
                group.Body[name] = value;
            }
        }

        ApplyTags(group, input);
        _endpointGroups[id] = group;
        return new JObject { ["dataflowEndpointGroupId"] = id };
    }

    private JObject GetDataflowEndpointGroup(JObject input, RequestScope scope)
    {
        var group = FindEndpointGroup(input, scope);
        var output = (JObject)group.Body.DeepClone();
        output["dataflowEndpointGroupId"] = group.Id;
        output["dataflowEndpointGroupArn"] = group.Arn;
        output["tags"] = group.TagsJson();
        return output;
    }

    private JObject DeleteDataflowEndpointGroup(JObject input, RequestScope scope)
    {
        // No in-use rule: mission profiles hold config ARNs, and a dataflow-endpoint config names an
        // endpoint (by name, which need not be unique across groups), never a group, so nothing ties a
        // profile to a group. AWS documents only that a group is reserved while a contact uses it, and
        // the emulator schedules no contacts (see README, "Behaviour worth knowing").
        var group = FindEndpointGroup(input, scope);
        _endpointGroups.Remove(group.Id);
        return new JObject { ["dataflowEndpointGroupId"] = group.Id };
    }

    private JObject ListDataflowEndpointGroups(JObject input, RequestScope scope) =>
        Page(new JObject(), "dataflowEndpointGroupList", InRegion(_endpointGroups, scope), input, g => new JObject
        {
            ["dataflowEndpointGroupId"] = g.Id,
            ["dataflowEndpointGroupArn"] = g.Arn,
        });

    private GsResource FindEndpointGroup(JObject input, RequestScope scope)
    {
        var id = (string)input["dataflowEndpointGroupId"]!;
        return Find(_endpointGroups, id, scope) ?? throw NotFound("Dataflow endpoint group", id);
    }

    private static string? EndpointName(JObject entry) =>
        EndpointKinds.Select(k => (string?)entry[k]?["name"]).FirstOrDefault(n => n is not null);

    /// <summary>
    /// Server-side fields AWS reports: a fresh dataflow endpoint is "created"; agent endpoints have no
    /// registered agent yet, so the group reports itself unhealthy for that reason.
    /// </summary>
    private static void FillServerFields(JObject entry, string kind)
    {
        if (kind == "endpoint")
        {
            ((JObject)entry["endpoint"]!)["status"] = "created";
            entry["healthStatus"] = "HEALTHY";
            entry["healthReasons"] = new JArray("HEALTHY");
            return;
        }

        var endpoint = (JObject)entry[kind]!;
        endpoint["agentStatus"] ??= "INACTIVE";
        endpoint["auditResults"] ??= "UNHEALTHY";
        entry["healthStatus"] = "UNHEALTHY";
        entry["healthReasons"] = new JArray("NO_REGISTERED_AGENT");
    }
}
