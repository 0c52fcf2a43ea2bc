using System.Security.Cryptography;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Bench.Startup;

/// <summary>One resource of a program: its type, name and inputs, and the same inputs with one change (for Diff).</summary>
internal sealed record BenchResource(string Type, string Name, JObject Program, string ChangedProperty)
{
    public string Urn => $"urn:pulumi:bench::startup::{Type}::{Name}";

    /// <summary>The program with <see cref="ChangedProperty"/> (a top-level string or integer) changed.</summary>
    public JObject Changed()
    {
        var changed = (JObject)Program.DeepClone();
        changed[ChangedProperty] = changed[ChangedProperty]!.Type == JTokenType.Integer
            ? (int)changed[ChangedProperty]! + 1
            : (string?)changed[ChangedProperty] + "-2";
        return changed;
    }
}

/// <summary>The flagship mission's resources (the root Pulumi.yaml's values), one of each type.</summary>
internal static class Resources
{
    public static string Suffix() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));

    /// <summary>The config a fresh process creates first: a tracking config, as every mission has one.</summary>
    public static BenchResource Config(string suffix) => TrackingConfig(suffix);

    public static BenchResource TrackingConfig(string suffix) => new(
        "awsdirect:groundstation:Config",
        "tracking-" + suffix,
        JObject.Parse($$"""
            { "name": "jpss1-tracking-{{suffix}}", "configData": { "trackingConfig": { "autotrack": "PREFERRED" } }, "tags": { "mission": "jpss-1" } }
            """),
        "name");

    public static BenchResource DemodDecodeConfig(string suffix)
    {
        var demodulation = new JObject
        {
            ["type"] = "QPSK",
            ["qpsk"] = JObject.Parse("""
                { "carrierFrequencyRecovery": { "centerFrequency": { "value": 7812, "units": "MHz" }, "range": { "value": 250, "units": "kHz" } },
                  "symbolTimingRecovery": { "symbolRate": { "value": 15, "units": "Msps" }, "range": { "value": 0.75, "units": "ksps" },
                                            "matchedFilter": { "type": "ROOT_RAISED_COSINE", "rolloffFactor": 0.5 } } }
                """),
        };
        var decode = JObject.Parse("""
            { "edges": [ { "from": "I-Ingress", "to": "IQ-Recombiner" }, { "from": "Q-Ingress", "to": "IQ-Recombiner" },
                         { "from": "IQ-Recombiner", "to": "CcsdsViterbiDecoder" }, { "from": "CcsdsViterbiDecoder", "to": "NrzmDecoder" },
                         { "from": "NrzmDecoder", "to": "UncodedFramesEgress" } ],
              "nodeConfigs": { "I-Ingress": { "type": "CODED_SYMBOLS_INGRESS", "codedSymbolsIngress": { "source": "I" } },
                               "Q-Ingress": { "type": "CODED_SYMBOLS_INGRESS", "codedSymbolsIngress": { "source": "Q" } },
                               "IQ-Recombiner": { "type": "IQ_RECOMBINER" },
                               "CcsdsViterbiDecoder": { "type": "CCSDS_171_133_VITERBI_DECODER", "ccsds171133ViterbiDecoder": { "codeRate": "ONE_HALF" } },
                               "NrzmDecoder": { "type": "NRZ_M_DECODER" },
                               "UncodedFramesEgress": { "type": "UNCODED_FRAMES_EGRESS" } } }
            """);
        var program = new JObject
        {
            ["name"] = "jpss1-demod-decode-" + suffix,
            ["configData"] = new JObject
            {
                ["antennaDownlinkDemodDecodeConfig"] = new JObject
                {
                    ["spectrumConfig"] = JObject.Parse("""
                        { "centerFrequency": { "value": 7812, "units": "MHz" }, "bandwidth": { "value": 30, "units": "MHz" }, "polarization": "RIGHT_HAND" }
                        """),
                    ["demodulationConfig"] = new JObject { ["unvalidatedJSON"] = demodulation.ToString(Newtonsoft.Json.Formatting.None) },
                    ["decodeConfig"] = new JObject { ["unvalidatedJSON"] = decode.ToString(Newtonsoft.Json.Formatting.None) },
                },
            },
            ["tags"] = new JObject { ["mission"] = "jpss-1" },
        };
        return new("awsdirect:groundstation:Config", "demodDecode-" + suffix, program, "name");
    }

    public static BenchResource DataflowEndpointConfig(string suffix) => new(
        "awsdirect:groundstation:Config",
        "receiver-" + suffix,
        JObject.Parse($$"""
            { "name": "jpss1-receiver-{{suffix}}", "configData": { "dataflowEndpointConfig": { "dataflowEndpointName": "jpss1-receiver" } }, "tags": { "mission": "jpss-1" } }
            """),
        "name");

    public static BenchResource EndpointGroup(string suffix) => new(
        "awsdirect:groundstation:DataflowEndpointGroup",
        "receiverGroup-" + suffix,
        JObject.Parse("""
            { "endpointDetails": [ { "endpoint": { "name": "jpss1-receiver", "address": { "name": "198.51.100.20", "port": 55888 }, "mtu": 1500 },
                                     "securityDetails": { "subnetIds": ["subnet-0a1b2c3d4e5f60718"], "securityGroupIds": ["sg-0f1e2d3c4b5a69788"],
                                                          "roleArn": "arn:aws:iam::123456789012:role/GroundStationDataflowEndpointRole" } } ],
              "contactPrePassDurationSeconds": 120, "contactPostPassDurationSeconds": 120, "tags": { "mission": "jpss-1" } }
            """),
        "contactPrePassDurationSeconds");

    public static BenchResource EndpointGroupV2(string suffix) => new(
        "awsdirect:groundstation:DataflowEndpointGroupV2",
        "agentGroup-" + suffix,
        JObject.Parse("""
            { "endpoints": [ { "downlinkAwsGroundStationAgentEndpoint": { "name": "digif-downlink", "dataflowDetails": { "agentConnectionDetails": {
                "agentIpAndPortAddress": { "socketAddress": { "name": "3.4.5.6", "portRange": { "minimum": 43000, "maximum": 43010 } } },
                "egressAddressAndPort": { "socketAddress": { "name": "10.0.2.20", "port": 50010 } } } } } } ],
              "contactPrePassDurationSeconds": 120, "contactPostPassDurationSeconds": 180, "tags": { "mission": "jpss-1" } }
            """),
        "contactPrePassDurationSeconds");

    public static BenchResource MissionProfile(string suffix, string trackingArn, string sourceArn, string destinationArn) => new(
        "awsdirect:groundstation:MissionProfile",
        "missionProfile-" + suffix,
        new JObject
        {
            ["name"] = "jpss1-downlink-" + suffix,
            ["contactPrePassDurationSeconds"] = 120,
            ["contactPostPassDurationSeconds"] = 120,
            ["minimumViableContactDurationSeconds"] = 180,
            ["trackingConfigArn"] = trackingArn,
            ["dataflowEdges"] = new JArray(new JObject { ["source"] = sourceArn, ["destination"] = destinationArn }),
            ["tags"] = new JObject { ["mission"] = "jpss-1" },
        },
        "name");

    public static BenchResource ConnectionGroup(string suffix) => new(
        "awsdirect:cloudfront:ConnectionGroup",
        "group-" + suffix,
        JObject.Parse($$"""{ "name": "startup-{{suffix}}", "enabled": true, "ipv6Enabled": true, "tags": { "stage": "bench" } }"""),
        "name");

    public static BenchResource AnycastIpList(string suffix) => new(
        "awsdirect:cloudfront:AnycastIpList",
        "list-" + suffix,
        JObject.Parse($$"""{ "name": "startup-{{suffix}}", "ipCount": 3, "tags": { "stage": "bench" } }"""),
        "name");
}
