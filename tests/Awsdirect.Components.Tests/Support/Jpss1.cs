namespace Awsdirect.Components.Tests.Support;

/// <summary>
/// Published JPSS-1 (NOAA-20) X-band downlink parameters, the example AWS uses for Ground Station:
/// 7812 MHz centre, 30 MHz bandwidth, right-hand circular polarization, QPSK at 15 Msps.
/// </summary>
internal static class Jpss1
{
    public const string Demodulation = """
        {
          "type": "QPSK",
          "qpsk": {
            "carrierFrequencyRecovery": {
              "centerFrequency": { "value": 7812, "units": "MHz" },
              "range": { "value": 250, "units": "kHz" }
            },
            "symbolTimingRecovery": {
              "symbolRate": { "value": 15, "units": "Msps" },
              "range": { "value": 0.75, "units": "ksps" },
              "matchedFilter": { "type": "ROOT_RAISED_COSINE", "rolloffFactor": 0.5 }
            }
          }
        }
        """;

    public const string Decode = """
        {
          "edges": [
            { "from": "I-Ingress", "to": "IQ-Recombiner" },
            { "from": "Q-Ingress", "to": "IQ-Recombiner" },
            { "from": "IQ-Recombiner", "to": "CcsdsViterbiDecoder" },
            { "from": "CcsdsViterbiDecoder", "to": "NrzmDecoder" },
            { "from": "NrzmDecoder", "to": "UncodedFramesEgress" }
          ],
          "nodeConfigs": {
            "I-Ingress": { "type": "CODED_SYMBOLS_INGRESS", "codedSymbolsIngress": { "source": "I" } },
            "Q-Ingress": { "type": "CODED_SYMBOLS_INGRESS", "codedSymbolsIngress": { "source": "Q" } },
            "IQ-Recombiner": { "type": "IQ_RECOMBINER" },
            "CcsdsViterbiDecoder": { "type": "CCSDS_171_133_VITERBI_DECODER", "ccsds171133ViterbiDecoder": { "codeRate": "ONE_HALF" } },
            "NrzmDecoder": { "type": "NRZ_M_DECODER" },
            "UncodedFramesEgress": { "type": "UNCODED_FRAMES_EGRESS" }
          }
        }
        """;

    /// <summary>An RF downlink of JPSS-1 to one EC2 endpoint.</summary>
    public const string RfDownlink = """
        {
          "centerFrequency": { "value": 7812, "units": "MHz" },
          "bandwidth": { "value": 30, "units": "MHz" },
          "polarization": "RIGHT_HAND",
          "endpoints": [ { "name": "rx", "address": "10.0.1.25", "port": 55888 } ],
          "subnetIds": [ "subnet-0a1b2c3d4e5f60718" ],
          "securityGroupIds": [ "sg-0a1b2c3d4e5f60718" ],
          "roleArn": "arn:aws:iam::123456789012:role/groundstation-dataflow"
        }
        """;
}
