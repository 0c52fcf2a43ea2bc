using Awsdirect.Provider.Aws.GroundStation;

namespace Awsdirect.Integration.Tests.Engine.GroundStation;

/// <summary>
/// The configs a JPSS-1 downlink mission profile points at, created straight through a Ground Station
/// client (not through the Config resource) so mission profile tests depend only on the API: tracking,
/// demod/decode (7812 MHz centre, 30 MHz bandwidth, right-hand polarisation, QPSK), a dataflow endpoint,
/// a raw antenna downlink, an S3 recording and a second dataflow endpoint.
/// </summary>
internal sealed record Jpss1MissionConfigs(
    string Tracking,
    string DemodDecode,
    string Endpoint,
    string Downlink,
    string S3Recording,
    string Endpoint2,
    string Telemetry)
{
    /// <summary>Demod/decode sources name the egress node of the decode graph below.</summary>
    public string DemodDecodeEgress => DemodDecode + "/UncodedFramesEgress";

    public const string Demodulation =
        """{"type":"QPSK","qpsk":{"carrierFrequencyRecovery":{"centerFrequency":{"value":7812,"units":"MHz"},"range":{"value":250,"units":"kHz"}},"symbolTimingRecovery":{"symbolRate":{"value":15,"units":"Msps"},"range":{"value":0.75,"units":"ksps"},"matchedFilter":{"type":"ROOT_RAISED_COSINE","rolloffFactor":0.5}}}}""";

    public const string Decode =
        """{"edges":[{"from":"I-Ingress","to":"IQ-Recombiner"},{"from":"Q-Ingress","to":"IQ-Recombiner"},{"from":"IQ-Recombiner","to":"CcsdsViterbiDecoder"},{"from":"CcsdsViterbiDecoder","to":"NrzmDecoder"},{"from":"NrzmDecoder","to":"UncodedFramesEgress"}],"nodeConfigs":{"I-Ingress":{"type":"CODED_SYMBOLS_INGRESS","codedSymbolsIngress":{"source":"I"}},"Q-Ingress":{"type":"CODED_SYMBOLS_INGRESS","codedSymbolsIngress":{"source":"Q"}},"IQ-Recombiner":{"type":"IQ_RECOMBINER"},"CcsdsViterbiDecoder":{"type":"CCSDS_171_133_VITERBI_DECODER","ccsds171133ViterbiDecoder":{"codeRate":"ONE_HALF"}},"NrzmDecoder":{"type":"NRZ_M_DECODER"},"UncodedFramesEgress":{"type":"UNCODED_FRAMES_EGRESS"}}}""";

    public static SpectrumConfig Jpss1Spectrum => new()
    {
        CenterFrequency = new Frequency { Value = 7812, Units = FrequencyUnits.MHz },
        Bandwidth = new FrequencyBandwidth { Value = 30, Units = FrequencyUnits.MHz },
        Polarization = Polarization.RightHand,
    };

    public static async Task<Jpss1MissionConfigs> CreateAsync(IGroundStationApi gs)
    {
        ArgumentNullException.ThrowIfNull(gs);
        async Task<string> Create(string name, ConfigTypeData data) =>
            (await gs.CreateConfigAsync(new CreateConfigRequest { Name = name, ConfigData = data })).ConfigArn!;

        return new Jpss1MissionConfigs(
            await Create("jpss1-tracking", new ConfigTypeData { TrackingConfig = new TrackingConfig { Autotrack = Criticality.Preferred } }),
            await Create("jpss1-demod-decode", new ConfigTypeData
            {
                AntennaDownlinkDemodDecodeConfig = new AntennaDownlinkDemodDecodeConfig
                {
                    SpectrumConfig = Jpss1Spectrum,
                    DemodulationConfig = new DemodulationConfig { UnvalidatedJSON = Demodulation },
                    DecodeConfig = new DecodeConfig { UnvalidatedJSON = Decode },
                },
            }),
            await Create("jpss1-endpoint", new ConfigTypeData { DataflowEndpointConfig = new DataflowEndpointConfig { DataflowEndpointName = "jpss1-downlink" } }),
            await Create("jpss1-raw-downlink", new ConfigTypeData { AntennaDownlinkConfig = new AntennaDownlinkConfig { SpectrumConfig = Jpss1Spectrum } }),
            await Create("jpss1-recording", new ConfigTypeData
            {
                S3RecordingConfig = new S3RecordingConfig
                {
                    BucketArn = "arn:aws:s3:::aws-groundstation-jpss1-recordings",
                    RoleArn = "arn:aws:iam::123456789012:role/GroundStationS3Role",
                },
            }),
            await Create("jpss1-endpoint-2", new ConfigTypeData { DataflowEndpointConfig = new DataflowEndpointConfig { DataflowEndpointName = "jpss1-downlink-2" } }),
            await Create("jpss1-telemetry", new ConfigTypeData
            {
                TelemetrySinkConfig = new TelemetrySinkConfig
                {
                    TelemetrySinkType = TelemetrySinkType.KinesisDataStream,
                    TelemetrySinkData = new TelemetrySinkData
                    {
                        KinesisDataStreamData = new KinesisDataStreamData
                        {
                            KinesisRoleArn = "arn:aws:iam::123456789012:role/GroundStationTelemetryRole",
                            KinesisDataStreamArn = "arn:aws:kinesis:us-west-2:123456789012:stream/jpss1-telemetry",
                        },
                    },
                },
            }));
    }
}
