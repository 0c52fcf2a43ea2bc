using System.Globalization;
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
        IReadOnlyDictionary<string, IReadOnlyList<string>> memberFilter)
    {
        var types = new SortedDictionary<string, JObject>(StringComparer.Ordinal);
        var request = EndpointGroupModel.Shape(requestShape);
        var inputs = new JObject();
        foreach (var member in ((JObject)request["members"]!).Properties())
        {
            var input = Property((string)member.Value["shape"]!, types, memberFilter);
            input["description"] = Describe(member.Value, (string)member.Value["shape"]!)
                + (member.Name == EndpointGroupProperties.Tags ? " Provider defaultTags are merged in (these win); tags change in place." : ReplaceNote);
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
            ["items"] = new JObject { ["$ref"] = Ref("EndpointHealth", types, HealthType) },
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
        return new ResourceSchema(token, spec, types);
    }

    private static JObject Property(string shapeName, SortedDictionary<string, JObject> types, IReadOnlyDictionary<string, IReadOnlyList<string>> memberFilter)
    {
        var shape = EndpointGroupModel.Shape(shapeName);
        switch ((string?)shape["type"])
        {
            case "structure":
                return new JObject { ["$ref"] = Ref(shapeName, types, () => ObjectType(shapeName, shape, types, memberFilter)) };
            case "list":
                return new JObject { ["type"] = "array", ["items"] = Property((string)shape["member"]!, types, memberFilter) };
            case "map":
                return new JObject { ["type"] = "object", ["additionalProperties"] = Property((string)shape["value"]!, types, memberFilter) };
            case "string" when shape["enum"] is JArray values:
                return new JObject { ["$ref"] = Ref(shapeName, types, () => EnumType(shapeName, shape, values)) };
            case "integer" or "long":
                return new JObject { ["type"] = "integer" };
            case "boolean":
                return new JObject { ["type"] = "boolean" };
            default:
                return new JObject { ["type"] = "string" };
        }
    }

    private static JObject ObjectType(string shapeName, JObject shape, SortedDictionary<string, JObject> types, IReadOnlyDictionary<string, IReadOnlyList<string>> memberFilter)
    {
        var properties = new JObject();
        foreach (var member in ((JObject)shape["members"]!).Properties())
        {
            if (EndpointGroupProperties.ServerSet.Contains(member.Name)
                || (memberFilter.TryGetValue(shapeName, out var allowed) && !allowed.Contains(member.Name)))
            {
                continue;
            }

            var spec = Property((string)member.Value["shape"]!, types, memberFilter);
            spec["description"] = Describe(member.Value, (string)member.Value["shape"]!);
            properties[member.Name] = spec;
        }

        var union = (bool?)shape["union"] == true;
        var description = (string?)shape["doc"] ?? shapeName;
        var result = new JObject
        {
            ["type"] = "object",
            ["description"] = union ? description + " Set exactly one member." : description,
            ["properties"] = properties,
        };
        if (shape["required"] is JArray required)
        {
            result["required"] = new JArray(required.Values<string>().Where(r => properties[r!] is not null));
        }

        return result;
    }

    private static JObject EnumType(string shapeName, JObject shape, JArray values) => new()
    {
        ["type"] = "string",
        ["description"] = (string?)shape["doc"] ?? shapeName,
        ["enum"] = new JArray(values.Values<string>().Select(v => new JObject { ["name"] = EnumName(v!), ["value"] = v })),
    };

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

    private static string Ref(string name, SortedDictionary<string, JObject> types, Func<JObject> build)
    {
        var token = Module + name;
        if (!types.ContainsKey(token))
        {
            types[token] = new JObject(); // reserve first: shapes may refer to themselves
            types[token] = build();
        }

        if (name == "EndpointHealth")
        {
            foreach (var e in new[] { "CapabilityHealth", "CapabilityHealthReason", "EndpointStatus", "AgentStatus", "AuditResults" })
            {
                var shape = EndpointGroupModel.Shape(e);
                Ref(e, types, () => EnumType(e, shape, (JArray)shape["enum"]!));
            }
        }

        return "#/types/" + token;
    }

    private static string Describe(JToken member, string shapeName)
    {
        var shape = EndpointGroupModel.Shape(shapeName);
        var text = (string?)member["doc"] ?? (string?)shape["doc"] ?? shapeName;
        return (string?)shape["type"] is "integer" or "long" && shape["min"] is not null && shape["max"] is not null
            ? $"{text} AWS accepts {(long)shape["min"]!}-{(long)shape["max"]!}."
            : text;
    }

    private static string EnumName(string value) =>
        string.Concat(value.Split('_', '-', ' ').Where(p => p.Length > 0)
            .Select(p => char.ToUpperInvariant(p[0]) + p[1..].ToLower(CultureInfo.InvariantCulture)));
}
