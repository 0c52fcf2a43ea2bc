using System.Collections.Immutable;
using System.Net;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.Common;
using Awsdirect.Provider.Resources.GroundStation.Configs;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Tests.GroundStation.Configs;

/// <summary>Valid inputs for every config kind (JPSS-1 values where they exist) and a handler wired to strict mocks.</summary>
internal static class ConfigFixtures
{
    public const string Urn = "urn:pulumi:dev::mission::awsdirect:groundstation:Config::jpss1-downlink";
    public const string LogicalName = "jpss1-downlink";
    public const string ConfigId = "3c1e5a7b-2d4f-4a6b-9c8d-1e2f3a4b5c6d";
    public const string Account = "123456789012";

    public const string DemodJson =
        """{"type":"QPSK","qpsk":{"carrierFrequencyRecovery":{"centerFrequency":{"value":7812,"units":"MHz"},"range":{"value":250,"units":"kHz"}},"symbolTimingRecovery":{"symbolRate":{"value":15,"units":"Msps"},"range":{"value":0.75,"units":"ksps"},"matchedFilter":{"type":"ROOT_RAISED_COSINE","rolloffFactor":0.5}}}}""";

    public const string DecodeJson =
        """{"edges":[{"from":"I-Ingress","to":"IQ-Recombiner"},{"from":"Q-Ingress","to":"IQ-Recombiner"},{"from":"IQ-Recombiner","to":"CcsdsViterbiDecoder"},{"from":"CcsdsViterbiDecoder","to":"NrzmDecoder"},{"from":"NrzmDecoder","to":"UncodedFramesEgress"}],"nodeConfigs":{"I-Ingress":{"type":"CODED_SYMBOLS_INGRESS","codedSymbolsIngress":{"source":"I"}},"Q-Ingress":{"type":"CODED_SYMBOLS_INGRESS","codedSymbolsIngress":{"source":"Q"}},"IQ-Recombiner":{"type":"IQ_RECOMBINER"},"CcsdsViterbiDecoder":{"type":"CCSDS_171_133_VITERBI_DECODER","ccsds171133ViterbiDecoder":{"codeRate":"ONE_HALF"}},"NrzmDecoder":{"type":"NRZ_M_DECODER"},"UncodedFramesEgress":{"type":"UNCODED_FRAMES_EGRESS"}}}""";

    /// <summary>The configData of each kind, as JSON, keyed by the union member.</summary>
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>
    {
        ["trackingConfig"] = """{ "autotrack": "PREFERRED" }""",
        ["antennaDownlinkConfig"] = """
            { "spectrumConfig": { "centerFrequency": { "value": 7812, "units": "MHz" }, "bandwidth": { "value": 30, "units": "MHz" }, "polarization": "RIGHT_HAND" } }
            """,
        ["antennaDownlinkDemodDecodeConfig"] = $$"""
            { "spectrumConfig": { "centerFrequency": { "value": 7812, "units": "MHz" }, "bandwidth": { "value": 30, "units": "MHz" }, "polarization": "RIGHT_HAND" },
              "demodulationConfig": { "unvalidatedJSON": {{JToken.FromObject(DemodJson).ToString(Newtonsoft.Json.Formatting.None)}} },
              "decodeConfig": { "unvalidatedJSON": {{JToken.FromObject(DecodeJson).ToString(Newtonsoft.Json.Formatting.None)}} } }
            """,
        ["dataflowEndpointConfig"] = """{ "dataflowEndpointName": "jpss1-downlink", "dataflowEndpointRegion": "us-west-2" }""",
        ["antennaUplinkConfig"] = """
            { "transmitDisabled": false, "spectrumConfig": { "centerFrequency": { "value": 2072.5, "units": "MHz" }, "polarization": "RIGHT_HAND" },
              "targetEirp": { "value": 20, "units": "dBW" } }
            """,
        ["uplinkEchoConfig"] = $$"""
            { "enabled": true, "antennaUplinkConfigArn": "arn:aws:groundstation:us-west-2:{{Account}}:config/antenna-uplink/{{ConfigId}}" }
            """,
        ["s3RecordingConfig"] = $$"""
            { "bucketArn": "arn:aws:s3:::aws-groundstation-jpss1-data", "roleArn": "arn:aws:iam::{{Account}}:role/GroundStationS3Role", "prefix": "{satellite_id}/{year}/{month}/{day}" }
            """,
        ["telemetrySinkConfig"] = $$"""
            { "telemetrySinkType": "KINESIS_DATA_STREAM", "telemetrySinkData": { "kinesisDataStreamData": {
                "kinesisRoleArn": "arn:aws:iam::{{Account}}:role/GroundStationTelemetryRole",
                "kinesisDataStreamArn": "arn:aws:kinesis:us-west-2:{{Account}}:stream/jpss1-telemetry" } } }
            """,
    };

    public static string TypeOf(string kind) => ConfigProperties.KindToType[kind];

    public static string ArnOf(string kind, string id = ConfigId) => $"arn:aws:groundstation:us-west-2:{Account}:config/{TypeOf(kind)}/{id}";

    public static PropertyValue Value(string json) => PropertyJson.FromJToken(JToken.Parse(json));

    public static PropertyMap Map(string json) => PropertyJson.FromJObject(JObject.Parse(json));

    /// <summary>Program inputs for a config of <paramref name="kind"/>.</summary>
    public static PropertyMap Inputs(string kind = "antennaDownlinkDemodDecodeConfig", string? name = "jpss1-downlink")
    {
        var map = Map($$"""{ "configData": { "{{kind}}": {{Kinds[kind]}} }, "tags": { "mission": "jpss-1" } }""");
        return name is null ? map : map.Set("name", name);
    }

    /// <summary>Sets a value at a dotted path (missing parents are not created).</summary>
    public static PropertyMap With(PropertyMap inputs, string path, PropertyValue value) =>
        Awsdirect.Provider.Tests.GroundStation.EndpointGroups.EndpointGroupFixtures.With(inputs, path, value);

    public static PropertyMap Without(PropertyMap inputs, string path) =>
        Awsdirect.Provider.Tests.GroundStation.EndpointGroups.EndpointGroupFixtures.Without(inputs, path);

    public static GroundStationHarness Handler(IReadOnlyDictionary<string, string>? defaultTags = null) =>
        GroundStationHarness.Create(Urn, services => new ConfigHandler(services), defaultTags);

    public static CheckRequest Check(PropertyMap news, PropertyMap? olds = null, byte[]? seed = null) =>
        new(Urn, LogicalName, ConfigHandler.TypeToken, olds ?? PropertyMap.Empty, news, seed ?? new byte[32]);

    /// <summary>State as Create records it for <paramref name="inputs"/>.</summary>
    public static PropertyMap State(PropertyMap inputs, string kind = "antennaDownlinkDemodDecodeConfig") =>
        inputs.Set("arn", ArnOf(kind)).Set("configId", ConfigId).Set("configType", TypeOf(kind));

    public static DiffRequest Diff(PropertyMap olds, PropertyMap news, string kind = "antennaDownlinkDemodDecodeConfig", ImmutableArray<string>? ignore = null) =>
        new(Urn, ConfigId, State(olds, kind), olds, news, ignore ?? ImmutableArray<string>.Empty);

    public static UpdateRequest Update(PropertyMap olds, PropertyMap news, string kind = "antennaDownlinkDemodDecodeConfig", bool preview = false) =>
        new(Urn, ConfigId, State(olds, kind), olds, news, preview, ImmutableArray<string>.Empty);

    /// <summary>What GetConfig answers for a config created from <paramref name="inputs"/>.</summary>
    public static GetConfigResponse ReadBack(PropertyMap inputs, string kind = "antennaDownlinkDemodDecodeConfig")
    {
        var json = (JObject)PropertyJson.ToJToken(PropertyValue.Create(inputs));
        return new GetConfigResponse
        {
            ConfigId = ConfigId,
            ConfigArn = ArnOf(kind),
            ConfigType = TypeOf(kind),
            Name = (string?)json["name"] ?? string.Empty,
            ConfigData = GroundStationJson.FromJToken<ConfigTypeData>(json["configData"]!)!,
            Tags = json["tags"]?.ToObject<Dictionary<string, string>>() ?? [],
        };
    }

    public static AwsServiceException NotFound() =>
        new("Ground Station", AwsErrorCodes.ResourceNotFound, "Config not found", (HttpStatusCode)434, "req-1");

    public static AwsServiceException InUse() =>
        new("Ground Station", AwsErrorCodes.InvalidParameter, $"Config {ConfigId} is in use by mission profile(s) 9f0e1d2c.", (HttpStatusCode)431, "req-2", "configId");
}
