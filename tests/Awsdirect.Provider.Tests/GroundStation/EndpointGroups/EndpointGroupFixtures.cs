using System.Collections.Immutable;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.Common;
using Awsdirect.Provider.Resources.GroundStation.EndpointGroups;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Tests.GroundStation.EndpointGroups;

/// <summary>Valid inputs for both endpoint group types and a handler wired to strict mocks.</summary>
internal static class EndpointGroupFixtures
{
    public const string Urn = "urn:pulumi:dev::mission::awsdirect:groundstation:DataflowEndpointGroup::downlink";
    public const string GroupId = "0b5a2c4e-1f3d-4a6b-8c9d-0e1f2a3b4c5d";
    public const string GroupArn = "arn:aws:groundstation:us-east-2:123456789012:dataflow-endpoint-group/" + GroupId;

    public const string DataflowEndpointJson = """
        {
          "endpoint": { "name": "jpss1-downlink", "address": { "name": "10.0.1.12", "port": 55888 }, "mtu": 1500 },
          "securityDetails": {
            "subnetIds": ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"],
            "securityGroupIds": ["sg-0123456789abcdef0"],
            "roleArn": "arn:aws:iam::123456789012:role/GroundStationDataflowRole"
          }
        }
        """;

    public const string AgentEndpointJson = """
        {
          "awsGroundStationAgentEndpoint": {
            "name": "agent-downlink",
            "egressAddress": { "socketAddress": { "name": "10.0.2.20", "port": 50000 } },
            "ingressAddress": { "socketAddress": { "name": "3.4.5.6", "portRange": { "minimum": 42000, "maximum": 42010 } }, "mtu": 1500 }
          }
        }
        """;

    public const string DownlinkV2Json = """
        {
          "downlinkAwsGroundStationAgentEndpoint": {
            "name": "digif-downlink",
            "dataflowDetails": { "agentConnectionDetails": {
              "agentIpAndPortAddress": { "socketAddress": { "name": "3.4.5.6", "portRange": { "minimum": 43000, "maximum": 43010 } } },
              "egressAddressAndPort": { "socketAddress": { "name": "10.0.2.20", "port": 50010 } }
            } }
          }
        }
        """;

    public const string UplinkV2Json = """
        {
          "uplinkAwsGroundStationAgentEndpoint": {
            "name": "digif-uplink",
            "dataflowDetails": { "agentConnectionDetails": {
              "ingressAddressAndPort": { "socketAddress": { "name": "10.0.2.20", "port": 50020 } },
              "agentIpAndPortAddress": { "socketAddress": { "name": "3.4.5.6", "portRange": { "minimum": 44000, "maximum": 44010 } } }
            } }
          }
        }
        """;

    public static PropertyValue Value(string json) => PropertyJson.FromJToken(JToken.Parse(json));

    public static PropertyMap Map(string json) => PropertyJson.FromJObject(JObject.Parse(json));

    /// <summary>v1 inputs with the given entries (JSON objects).</summary>
    public static PropertyMap V1(params string[] entries) => Map($$"""
        { "endpointDetails": [{{string.Join(",", entries)}}], "contactPrePassDurationSeconds": 120, "contactPostPassDurationSeconds": 180,
          "tags": { "mission": "jpss-1" } }
        """);

    public static PropertyMap V2(params string[] entries) => Map($$"""
        { "endpoints": [{{string.Join(",", entries)}}], "contactPrePassDurationSeconds": 120, "contactPostPassDurationSeconds": 180,
          "tags": { "mission": "jpss-1" } }
        """);

    /// <summary>Sets a value at a dotted path with [i] indexes, e.g. <c>endpointDetails[0].endpoint.address.port</c>.</summary>
    public static PropertyMap With(PropertyMap inputs, string path, PropertyValue value)
    {
        var root = (JObject)PropertyJson.ToJToken(PropertyValue.Create(inputs));
        var token = root.SelectToken(path.Contains('[', StringComparison.Ordinal) || path.Contains('.', StringComparison.Ordinal) ? "$." + path : path);
        if (token is null)
        {
            // New member: set it on the parent object.
            var cut = path.LastIndexOf('.');
            var parent = cut < 0 ? root : (JObject)root.SelectToken("$." + path[..cut])!;
            parent[path[(cut + 1)..]] = JValue.CreateNull();
            token = parent[path[(cut + 1)..]]!;
        }

        var marker = "__replace_me__";
        token.Replace(new JValue(marker));
        var map = PropertyJson.FromJObject(root);
        return Replace(PropertyValue.Create(map), marker, value).ObjectValue;
    }

    public static PropertyMap Without(PropertyMap inputs, string path)
    {
        var root = (JObject)PropertyJson.ToJToken(PropertyValue.Create(inputs));
        root.SelectToken("$." + path)!.Parent!.Remove();
        return PropertyJson.FromJObject(root);
    }

    public static GroundStationHarness Handler(bool v2 = false, IReadOnlyDictionary<string, string>? defaultTags = null) =>
        GroundStationHarness.Create(
            Urn, services => v2 ? new DataflowEndpointGroupV2Handler(services) : new DataflowEndpointGroupHandler(services), defaultTags);

    public static CheckRequest Check(PropertyMap news, PropertyMap? olds = null) =>
        new(Urn, "downlink", DataflowEndpointGroupHandler.TypeToken, olds ?? PropertyMap.Empty, news, new byte[32]);

    public static DiffRequest Diff(PropertyMap olds, PropertyMap news) =>
        new(Urn, GroupId, olds.Set("arn", GroupArn).Set("dataflowEndpointGroupId", GroupId), olds, news, ImmutableArray<string>.Empty);

    /// <summary>What AWS reports for a v1 group created from <paramref name="inputs"/> (server fields filled in).</summary>
    public static GetDataflowEndpointGroupResponse ReadBack(PropertyMap inputs, string listProperty = "endpointDetails")
    {
        var json = (JObject)PropertyJson.ToJToken(PropertyValue.Create(inputs));
        var details = (JArray)json[listProperty]!;
        foreach (var entry in details.Cast<JObject>())
        {
            if (entry["endpoint"] is JObject endpoint)
            {
                endpoint["status"] = "created";
            }

            foreach (var agent in new[] { "awsGroundStationAgentEndpoint", "uplinkAwsGroundStationAgentEndpoint", "downlinkAwsGroundStationAgentEndpoint" })
            {
                if (entry[agent] is JObject a)
                {
                    a["agentStatus"] = "ACTIVE";
                    a["auditResults"] = "HEALTHY";
                }
            }

            entry["healthStatus"] = "HEALTHY";
            entry["healthReasons"] = new JArray("HEALTHY");
        }

        var body = new JObject
        {
            ["dataflowEndpointGroupId"] = GroupId,
            ["dataflowEndpointGroupArn"] = GroupArn,
            ["endpointsDetails"] = details,
            ["tags"] = json["tags"] ?? new JObject(),
            ["contactPrePassDurationSeconds"] = json["contactPrePassDurationSeconds"],
            ["contactPostPassDurationSeconds"] = json["contactPostPassDurationSeconds"],
        };
        return GroundStationJson.FromJToken<GetDataflowEndpointGroupResponse>(body)!;
    }

    private static PropertyValue Replace(PropertyValue value, string marker, PropertyValue replacement) => value.Kind switch
    {
        PropertyValueKind.String when value.StringValue == marker => replacement,
        PropertyValueKind.Array => PropertyValue.Create(value.ArrayValue.Select(v => Replace(v, marker, replacement))),
        PropertyValueKind.Object => PropertyValue.Create(value.ObjectValue.Select(e =>
            new KeyValuePair<string, PropertyValue>(e.Key, Replace(e.Value, marker, replacement)))),
        _ => value,
    };
}
