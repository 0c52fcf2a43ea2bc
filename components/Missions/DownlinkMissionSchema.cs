using Newtonsoft.Json.Linq;
using static Awsdirect.Components.Schema.SchemaJson;

namespace Awsdirect.Components.Missions;

/// <summary>Schema of <see cref="DownlinkMission"/>.</summary>
internal static class DownlinkMissionSchema
{
    public static JObject Spec()
    {
        var inputs = new JObject();
        MissionSchema.AddCommonInputs(inputs);
        inputs["demodulationConfig"] = Any("Demodulation settings (Ground Station `unvalidatedJSON`), as an object or a JSON string. Give it with `decodeConfig` to have Ground Station demodulate and decode the signal (antenna downlink demod/decode config, bandwidth 125 kHz-650 MHz); leave both out to receive digitized RF (antenna downlink config, bandwidth 10 kHz-54 MHz).");
        inputs["decodeConfig"] = Any("Decode settings (Ground Station `unvalidatedJSON`), as an object or a JSON string; goes with `demodulationConfig`.");
        inputs["endpoints"] = ArrayOf(Ref(GroundStationTokens.EndpointType, "An endpoint."), "Where Ground Station sends the data: each endpoint gets a dataflow endpoint config, an entry in the dataflow endpoint group, and an edge from the downlink config in the mission profile.");
        inputs["subnetIds"] = ArrayOf(Str("Subnet id."), "Subnets where Ground Station places the network interfaces that deliver the stream to your instances.");
        inputs["securityGroupIds"] = ArrayOf(Str("Security group id."), "Security groups for those network interfaces.");
        inputs["roleArn"] = Str("ARN of the IAM role Ground Station uses to create the network interfaces in your VPC.");
        inputs["endpointGroupPrePassDurationSeconds"] = Int("Seconds (30-480) before a contact that the dataflow endpoint group enters its PREPASS state and emits an event, e.g. to start the receiving instance. Ground Station's default applies when left out.");
        inputs["endpointGroupPostPassDurationSeconds"] = Int("Seconds (30-480) after a contact that the dataflow endpoint group stays in its POSTPASS state. Ground Station's default applies when left out.");
        inputs["dataflowEndpointRegion"] = Str("Region of the endpoints, when it differs from the contact's ground station region (cross-region delivery).");
        return Component(
            "A complete Ground Station downlink to EC2 endpoints: a tracking config, an antenna downlink (or demod/decode) config, one dataflow endpoint config per endpoint, the dataflow endpoint group hosting those endpoints, and a mission profile wired from the configs' ARNs. Frequencies and bandwidths are checked against Ground Station's downlink ranges before anything is created.",
            inputs,
            ["centerFrequency", "bandwidth", "endpoints", "subnetIds", "securityGroupIds", "roleArn"],
            new JObject
            {
                ["missionProfileArn"] = Str("ARN of the mission profile: use it to reserve contacts."),
                ["trackingConfigArn"] = Str("ARN of the tracking config."),
                ["downlinkConfigArn"] = Str("ARN of the antenna downlink (or demod/decode) config."),
                ["dataflowEndpointConfigArns"] = ArrayOf(Str("Config ARN."), "ARNs of the dataflow endpoint configs, in the order of `endpoints`."),
                ["dataflowEndpointGroupArn"] = Str("ARN of the dataflow endpoint group."),
            });
    }

    public static IReadOnlyDictionary<string, JObject> Types()
    {
        var types = new Dictionary<string, JObject>(StringComparer.Ordinal);
        MissionSchema.AddSharedTypes(types);
        types[GroundStationTokens.EndpointType] = ObjectType(
            "A dataflow endpoint: a socket on your EC2 instance that receives the stream.",
            new JObject
            {
                ["name"] = Str("Endpoint name, unique within the mission; the dataflow endpoint config refers to it."),
                ["address"] = Str("IP address or host name the stream is sent to (an Elastic IP of the receiving instance)."),
                ["port"] = Int("Port the stream is sent to."),
                ["mtu"] = Int("Maximum transmission unit in bytes (1400-1500)."),
            },
            "name",
            "address",
            "port");
        return types;
    }
}
