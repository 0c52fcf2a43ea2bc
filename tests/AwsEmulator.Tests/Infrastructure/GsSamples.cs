using Newtonsoft.Json.Linq;

namespace AwsEmulator.Tests.Infrastructure;

/// <summary>Valid Ground Station request bodies, one per config type and resource kind.</summary>
public static class GsSamples
{
    public static readonly IReadOnlyDictionary<string, (string Member, string Json)> ConfigData = new Dictionary<string, (string, string)>
    {
        ["antenna-downlink"] = ("antennaDownlinkConfig", """{"spectrumConfig":{"centerFrequency":{"value":7812,"units":"MHz"},"bandwidth":{"value":30,"units":"MHz"},"polarization":"RIGHT_HAND"}}"""),
        ["antenna-downlink-demod-decode"] = ("antennaDownlinkDemodDecodeConfig", """{"spectrumConfig":{"centerFrequency":{"value":7812,"units":"MHz"},"bandwidth":{"value":30,"units":"MHz"}},"demodulationConfig":{"unvalidatedJSON":"{\"type\":\"QPSK\"}"},"decodeConfig":{"unvalidatedJSON":"{\"edges\":[]}"}}"""),
        ["tracking"] = ("trackingConfig", """{"autotrack":"PREFERRED"}"""),
        ["dataflow-endpoint"] = ("dataflowEndpointConfig", """{"dataflowEndpointName":"downlink","dataflowEndpointRegion":"us-east-1"}"""),
        ["antenna-uplink"] = ("antennaUplinkConfig", """{"transmitDisabled":false,"spectrumConfig":{"centerFrequency":{"value":2025,"units":"MHz"},"polarization":"RIGHT_HAND"},"targetEirp":{"value":20.5,"units":"dBW"}}"""),
        ["uplink-echo"] = ("uplinkEchoConfig", """{"enabled":true,"antennaUplinkConfigArn":"arn:aws:groundstation:us-east-1:123456789012:config/antenna-uplink/0a1b2c3d-0000-4000-8000-123456789abc"}"""),
        ["s3-recording"] = ("s3RecordingConfig", """{"bucketArn":"arn:aws:s3:::aws-groundstation-data","roleArn":"arn:aws:iam::123456789012:role/gs-s3-recording","prefix":"data/{satellite_id}/{year}"}"""),
        ["telemetry-sink"] = ("telemetrySinkConfig", """{"telemetrySinkType":"KINESIS_DATA_STREAM","telemetrySinkData":{"kinesisDataStreamData":{"kinesisRoleArn":"arn:aws:iam::123456789012:role/gs-telemetry","kinesisDataStreamArn":"arn:aws:kinesis:us-east-1:123456789012:stream/telemetry"}}}"""),
    };

    public static TheoryData<string> ConfigTypes => [.. ConfigData.Keys];

    public static JObject CreateConfig(string type, string name = "cfg", JObject? tags = null)
    {
        var (member, json) = ConfigData[type];
        var body = new JObject
        {
            ["name"] = name,
            ["configData"] = new JObject { [member] = JObject.Parse(json) },
        };
        if (tags is not null)
        {
            body["tags"] = tags;
        }

        return body;
    }

    public static JObject EndpointGroupV1(string endpointName = "downlink") => JObject.Parse($$"""
        {
          "endpointDetails": [{
            "endpoint": {"name": "{{endpointName}}", "address": {"name": "10.0.0.5", "port": 55888}, "mtu": 1500},
            "securityDetails": {"subnetIds": ["subnet-1"], "securityGroupIds": ["sg-1"], "roleArn": "arn:aws:iam::123456789012:role/gs-dataflow"}
          }],
          "contactPrePassDurationSeconds": 120,
          "contactPostPassDurationSeconds": 180
        }
        """);

    public static JObject AgentDownlinkEndpoint(string name) => JObject.Parse($$$"""
        {
          "downlinkAwsGroundStationAgentEndpoint": {
            "name": "{{{name}}}",
            "dataflowDetails": {"agentConnectionDetails": {
              "agentIpAndPortAddress": {"socketAddress": {"name": "10.0.0.6", "portRange": {"minimum": 42000, "maximum": 42010}}, "mtu": 1500},
              "egressAddressAndPort": {"socketAddress": {"name": "10.0.0.7", "port": 55000}, "mtu": 1500}
            }}
          }
        }
        """);

    public static JObject EndpointGroupV2(string endpointName = "agent-downlink") => new()
    {
        ["endpoints"] = new JArray(AgentDownlinkEndpoint(endpointName)),
        ["contactPrePassDurationSeconds"] = 60,
    };

    /// <summary>A list of edges; JArray's copy constructor would flatten a single nested array.</summary>
    public static JArray Edges(params JArray[] edges)
    {
        var list = new JArray();
        foreach (var edge in edges)
        {
            list.Add(edge);
        }

        return list;
    }

    public static JObject MissionProfile(string trackingArn, JArray edges, string name = "mission") => new()
    {
        ["name"] = name,
        ["minimumViableContactDurationSeconds"] = 60,
        ["contactPrePassDurationSeconds"] = 120,
        ["contactPostPassDurationSeconds"] = 120,
        ["trackingConfigArn"] = trackingArn,
        ["dataflowEdges"] = edges,
    };
}
