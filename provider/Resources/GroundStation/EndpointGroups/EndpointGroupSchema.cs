using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Resources.Common;
using Awsdirect.Provider.Schema;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

/// <summary>
/// Package schema for both endpoint group types, built from the service-model extract so property
/// types, enums and descriptions match what Check enforces. Server-set members (status, health) are
/// left out of the input types; they surface only in the <c>endpointsHealth</c> output.
/// </summary>
internal static class EndpointGroupSchema
{
    private const string Module = "awsdirect:groundstation:";

    private const string ReplaceNote =
        " Changing it replaces the group: AWS Ground Station has no update API for endpoint groups, and contacts already scheduled on the old group lose it.";

    public static ResourceSchema BuildV1() => Build(
        DataflowEndpointGroupHandler.TypeToken,
        "A dataflow endpoint group (CreateDataflowEndpointGroup): the endpoints AWS Ground Station streams a contact's data to or from. " +
        "Either dataflow endpoints (an address in your VPC, with the subnets, security groups and role AWS uses to reach it) or " +
        "AWS Ground Station Agent endpoints; not both in one group. Dataflow-endpoint configs select an endpoint of the group by name. " +
        "Any change but tags replaces the group (created before the old one is deleted); contacts already scheduled on the old group lose it.",
        EndpointGroupProperties.EndpointDetailsKey,
        "CreateDataflowEndpointGroupRequest",
        new Dictionary<string, IReadOnlyList<string>>
        {
            // The read-back-only V2 members of EndpointDetails belong to the V2 resource.
            ["EndpointDetails"] = [EndpointGroupProperties.SecurityDetailsKey, EndpointGroupProperties.EndpointKey, EndpointGroupProperties.AgentEndpointKey],
        });

    public static ResourceSchema BuildV2() => Build(
        DataflowEndpointGroupV2Handler.TypeToken,
        "A dataflow endpoint group (CreateDataflowEndpointGroupV2) of AWS Ground Station Agent endpoints for uplink and/or downlink " +
        "dataflows; AWS recommends it for new agent-based missions. Endpoint names must be unique in the group; dataflow-endpoint " +
        "configs select an endpoint by name. Any change but tags replaces the group (created before the old one is deleted); " +
        "contacts already scheduled on the old group lose it.",
        EndpointGroupProperties.EndpointsKey,
        "CreateDataflowEndpointGroupV2Request",
        new Dictionary<string, IReadOnlyList<string>>());

    private static ResourceSchema Build(string token, string description, string listProperty, string requestShape,
        Dictionary<string, IReadOnlyList<string>> memberFilter)
    {
        // Server-set members (status, health) are not inputs; the filter keeps other resources' members out.
        var types = new ModelSchemaTypes(ServiceModels.GroundStation, Module, (shapeName, member) =>
            !EndpointGroupProperties.ServerSet.Contains(member)
            && (!memberFilter.TryGetValue(shapeName, out var allowed) || allowed.Contains(member)));
        var request = EndpointGroupModel.Shape(requestShape);
        var inputs = new JObject();
        foreach (var member in ((JObject)request["members"]!).Properties())
        {
            var shapeName = (string)member.Value["shape"]!;
            var input = types.Property(shapeName);
            input["description"] = types.Describe(member.Value, shapeName)
                + (member.Name == EndpointGroupProperties.Tags ? $" {TagRules.Description} Provider defaultTags are merged in (these win); tags change in place." : ReplaceNote);
            inputs[member.Name] = input;
        }

        var outputs = (JObject)inputs.DeepClone();
        outputs[EndpointGroupProperties.Arn] = new JObject
        {
            ["type"] = "string",
            ["description"] = "The group's ARN (arn:aws:groundstation:<region>:<account>:dataflow-endpoint-group/<uuid>).",
        };
        outputs[EndpointGroupProperties.Id] = new JObject { ["type"] = "string", ["description"] = "The group's UUID, also its Pulumi id." };
        outputs[EndpointGroupProperties.Health] = new JObject
        {
            ["type"] = "array",
            ["items"] = new JObject { ["$ref"] = HealthRef(types) },
            ["description"] = "Health AWS reports per endpoint, as of the last create or refresh. Contacts can only be scheduled on a HEALTHY group.",
        };

        var spec = new JObject
        {
            ["description"] = description,
            ["inputProperties"] = inputs,
            ["requiredInputs"] = new JArray(request["required"]!.Values<string>()),
            ["properties"] = outputs,
            ["required"] = new JArray(listProperty, EndpointGroupProperties.Arn, EndpointGroupProperties.Id, EndpointGroupProperties.Health),
        };
        return new ResourceSchema(token, spec, types.Types);
    }

    private static JObject HealthType() => new()
    {
        ["type"] = "object",
        ["description"] = "What AWS reports about one endpoint of the group (read only).",
        ["properties"] = new JObject
        {
            ["name"] = new JObject { ["type"] = "string", ["description"] = "The endpoint's name." },
            ["healthStatus"] = new JObject { ["$ref"] = "#/types/" + Module + "CapabilityHealth", ["description"] = "HEALTHY or UNHEALTHY." },
            ["healthReasons"] = new JObject
            {
                ["type"] = "array",
                ["items"] = new JObject { ["$ref"] = "#/types/" + Module + "CapabilityHealthReason" },
                ["description"] = "Why the endpoint has its health status (e.g. NO_REGISTERED_AGENT).",
            },
            ["status"] = new JObject { ["$ref"] = "#/types/" + Module + "EndpointStatus", ["description"] = "Dataflow endpoints: the endpoint's status." },
            ["agentStatus"] = new JObject { ["$ref"] = "#/types/" + Module + "AgentStatus", ["description"] = "Agent endpoints: the agent's status." },
            ["auditResults"] = new JObject { ["$ref"] = "#/types/" + Module + "AuditResults", ["description"] = "Agent endpoints: the health audit result." },
        },
    };

    private static string HealthRef(ModelSchemaTypes types)
    {
        var health = types.Ref("EndpointHealth", HealthType);

        // HealthType refers to these model enums by token; define them even when no input uses them.
        foreach (var e in new[] { "CapabilityHealth", "CapabilityHealthReason", "EndpointStatus", "AgentStatus", "AuditResults" })
        {
            types.Ref(e);
        }

        return health;
    }
}
