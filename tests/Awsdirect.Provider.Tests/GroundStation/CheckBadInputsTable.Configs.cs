using Awsdirect.Provider.Protocol.Properties;
using static Awsdirect.Provider.Tests.GroundStation.Configs.ConfigFixtures;

namespace Awsdirect.Provider.Tests.GroundStation;

/// <summary>
/// The config part of the bad-input table: each case is one mistake a user can make, the property path
/// Check must name and a fragment of the rule it must state, with no AWS call made (strict mocks).
/// </summary>
public partial class CheckBadInputsTable
{
    private const string Demod = "configData.antennaDownlinkDemodDecodeConfig";
    private const string Downlink = "configData.antennaDownlinkConfig";
    private const string Uplink = "configData.antennaUplinkConfig";
    private const string S3 = "configData.s3RecordingConfig";
    private const string Sink = "configData.telemetrySinkConfig";

    private static readonly Dictionary<string, (Func<PropertyMap> Inputs, string Path, string Rule)> ConfigBadInputs = new()
    {
        ["no configData"] = (() => Inputs().Remove("configData"), "configData", "required"),
        ["configData sets no kind"] = (() => Inputs().Set("configData", PropertyValue.Create(PropertyMap.Empty)), "configData", "one of"),
        ["configData sets two kinds"] = (() => With(Inputs(), "configData.trackingConfig", Value(Kinds["trackingConfig"])), "configData", "one of"),
        ["configData kind misspelt"] = (() => Map("""{ "name": "x", "configData": { "trackingconfig": { "autotrack": "PREFERRED" } } }"""), "configData.trackingconfig", "unknown property"),
        ["configData is a string"] = (() => Inputs().Set("configData", "tracking"), "configData", "type"),
        ["name with a slash"] = (() => Inputs().Set("name", "jpss1/downlink"), "name", "pattern"),
        ["name too long"] = (() => Inputs().Set("name", new string('a', 257)), "name", "length"),
        ["name empty"] = (() => Inputs().Set("name", ""), "name", "length"),
        ["unknown top-level property"] = (() => Inputs().Set("configName", "x"), "configName", "unknown property"),
        ["configId given as input"] = (() => Inputs().Set("configId", ConfigId), "configId", "output only"),
        ["arn given as input"] = (() => Inputs().Set("arn", ArnOf("trackingConfig")), "arn", "output only"),
        ["tracking autotrack not an enum value"] = (() => With(Inputs("trackingConfig"), "configData.trackingConfig.autotrack", "ALWAYS"), "configData.trackingConfig.autotrack", "enum"),
        ["tracking autotrack missing"] = (() => Without(Inputs("trackingConfig"), "configData.trackingConfig.autotrack"), "configData.trackingConfig.autotrack", "required"),
        ["downlink centre frequency between bands"] = (() => With(Inputs("antennaDownlinkConfig"), Downlink + ".spectrumConfig.centerFrequency.value", 5000), Downlink + ".spectrumConfig.centerFrequency.value", "downlink frequency band"),
        ["downlink centre frequency uplink band"] = (() => With(Inputs("antennaDownlinkConfig"), Downlink + ".spectrumConfig.centerFrequency.value", 2050), Downlink + ".spectrumConfig.centerFrequency.value", "downlink frequency band"),
        ["demod decode centre frequency above X-band"] = (() => With(Inputs(), Demod + ".spectrumConfig.centerFrequency.value", 8500), Demod + ".spectrumConfig.centerFrequency.value", "downlink frequency band"),
        ["downlink bandwidth above 54 MHz"] = (() => With(Inputs("antennaDownlinkConfig"), Downlink + ".spectrumConfig.bandwidth.value", 60), Downlink + ".spectrumConfig.bandwidth.value", "bandwidth limit"),
        ["demod decode bandwidth above 650 MHz"] = (() => With(Inputs(), Demod + ".spectrumConfig.bandwidth.value", 700), Demod + ".spectrumConfig.bandwidth.value", "bandwidth limit"),
        ["demod decode bandwidth below 125 kHz"] = (() => With(With(Inputs(), Demod + ".spectrumConfig.bandwidth.value", 50), Demod + ".spectrumConfig.bandwidth.units", "kHz"), Demod + ".spectrumConfig.bandwidth.value", "bandwidth limit"),
        ["frequency units not an enum value"] = (() => With(Inputs(), Demod + ".spectrumConfig.centerFrequency.units", "Hz"), Demod + ".spectrumConfig.centerFrequency.units", "enum"),
        ["frequency value is a string"] = (() => With(Inputs(), Demod + ".spectrumConfig.centerFrequency.value", "7812"), Demod + ".spectrumConfig.centerFrequency.value", "type"),
        ["polarization not an enum value"] = (() => With(Inputs(), Demod + ".spectrumConfig.polarization", "CIRCULAR"), Demod + ".spectrumConfig.polarization", "enum"),
        ["downlink without bandwidth"] = (() => Without(Inputs("antennaDownlinkConfig"), "configData.antennaDownlinkConfig.spectrumConfig.bandwidth"), Downlink + ".spectrumConfig.bandwidth", "required"),
        ["demodulation JSON does not parse"] = (() => With(Inputs(), Demod + ".demodulationConfig.unvalidatedJSON", "{\"type\": \"QPSK\""), Demod + ".demodulationConfig.unvalidatedJSON", "valid JSON"),
        ["decode JSON is a list"] = (() => With(Inputs(), Demod + ".decodeConfig.unvalidatedJSON", "[1, 2]"), Demod + ".decodeConfig.unvalidatedJSON", "JSON object"),
        ["demodulation JSON with unquoted names"] = (() => With(Inputs(), Demod + ".demodulationConfig.unvalidatedJSON", "{type: QPSK}"), Demod + ".demodulationConfig.unvalidatedJSON", "valid JSON"),
        ["demodulation JSON with a character AWS refuses"] = (() => With(Inputs(), Demod + ".demodulationConfig.unvalidatedJSON", "{\"type\": \"QPSK/2\"}"), Demod + ".demodulationConfig.unvalidatedJSON", "pattern"),
        ["decode config missing"] = (() => Without(Inputs(), "configData.antennaDownlinkDemodDecodeConfig.decodeConfig"), Demod + ".decodeConfig", "required"),
        ["uplink centre frequency in downlink band"] = (() => With(Inputs("antennaUplinkConfig"), Uplink + ".spectrumConfig.centerFrequency.value", 2250), Uplink + ".spectrumConfig.centerFrequency.value", "uplink frequency band"),
        ["uplink EIRP above 50 dBW"] = (() => With(Inputs("antennaUplinkConfig"), Uplink + ".targetEirp.value", 55), Uplink + ".targetEirp.value", "EIRP range"),
        ["uplink EIRP below 20 dBW"] = (() => With(Inputs("antennaUplinkConfig"), Uplink + ".targetEirp.value", 10), Uplink + ".targetEirp.value", "EIRP range"),
        ["uplink EIRP units not dBW"] = (() => With(Inputs("antennaUplinkConfig"), Uplink + ".targetEirp.units", "W"), Uplink + ".targetEirp.units", "enum"),
        ["uplink spectrum with bandwidth"] = (() => With(Inputs("antennaUplinkConfig"), Uplink + ".spectrumConfig.bandwidth", Value("""{ "value": 1, "units": "MHz" }""")), Uplink + ".spectrumConfig.bandwidth", "unknown property"),
        ["uplink transmitDisabled is a string"] = (() => With(Inputs("antennaUplinkConfig"), Uplink + ".transmitDisabled", "no"), Uplink + ".transmitDisabled", "type"),
        ["uplink echo points at a tracking config"] = (() => With(Inputs("uplinkEchoConfig"), "configData.uplinkEchoConfig.antennaUplinkConfigArn", ArnOf("trackingConfig")), "configData.uplinkEchoConfig.antennaUplinkConfigArn", "uplink echo target"),
        ["uplink echo ARN malformed"] = (() => With(Inputs("uplinkEchoConfig"), "configData.uplinkEchoConfig.antennaUplinkConfigArn", "antenna-uplink/" + ConfigId), "configData.uplinkEchoConfig.antennaUplinkConfigArn", "length"),
        ["uplink echo without enabled"] = (() => Without(Inputs("uplinkEchoConfig"), "configData.uplinkEchoConfig.enabled"), "configData.uplinkEchoConfig.enabled", "required"),
        ["dataflow endpoint name with a slash"] = (() => With(Inputs("dataflowEndpointConfig"), "configData.dataflowEndpointConfig.dataflowEndpointName", "jpss1/downlink"), "configData.dataflowEndpointConfig.dataflowEndpointName", "endpoint name"),
        ["dataflow endpoint region malformed"] = (() => With(Inputs("dataflowEndpointConfig"), "configData.dataflowEndpointConfig.dataflowEndpointRegion", "Oregon"), "configData.dataflowEndpointConfig.dataflowEndpointRegion", "region format"),
        ["S3 bucket without aws-groundstation prefix"] = (() => With(Inputs("s3RecordingConfig"), S3 + ".bucketArn", "arn:aws:s3:::jpss1-data"), S3 + ".bucketArn", "bucket name prefix"),
        ["S3 bucket ARN is an object ARN"] = (() => With(Inputs("s3RecordingConfig"), S3 + ".bucketArn", "arn:aws:s3:::aws-groundstation-data/raw"), S3 + ".bucketArn", "bucket ARN format"),
        ["S3 bucket name with upper case"] = (() => With(Inputs("s3RecordingConfig"), S3 + ".bucketArn", "arn:aws:s3:::aws-groundstation-JPSS"), S3 + ".bucketArn", "bucket name format"),
        ["S3 role ARN is a user"] = (() => With(Inputs("s3RecordingConfig"), S3 + ".roleArn", "arn:aws:iam::123456789012:user/operator"), S3 + ".roleArn", "pattern"),
        ["S3 prefix with unsupported placeholder"] = (() => With(Inputs("s3RecordingConfig"), S3 + ".prefix", "{hour}/data"), S3 + ".prefix", "pattern"),
        ["telemetry sink type unknown"] = (() => With(Inputs("telemetrySinkConfig"), Sink + ".telemetrySinkType", "FIREHOSE"), Sink + ".telemetrySinkType", "enum"),
        ["telemetry stream ARN not Kinesis"] = (() => With(Inputs("telemetrySinkConfig"), Sink + ".telemetrySinkData.kinesisDataStreamData.kinesisDataStreamArn", "arn:aws:sqs:us-west-2:123456789012:queue"), Sink + ".telemetrySinkData.kinesisDataStreamData.kinesisDataStreamArn", "pattern"),
        ["telemetry sink data empty"] = (() => With(Inputs("telemetrySinkConfig"), Sink + ".telemetrySinkData", PropertyValue.Create(PropertyMap.Empty)), Sink + ".telemetrySinkData", "one of"),
        ["tag key reserved for AWS"] = (() => Inputs().Set("tags", Value("""{ "aws:owner": "ops" }""")), "tags[\"aws:owner\"]", "tag key"),
        ["tag value too long"] = (() => Inputs().Set("tags", PropertyValue.Create(new PropertyMap().Set("note", new string('x', 257)))), "tags.note", "tag value"),
        ["name ending in a newline"] = (() => Inputs().Set("name", "jpss1-downlink\n"), "name", "pattern"),
        ["name with a non-ASCII letter"] = (() => Inputs().Set("name", "jpss1-dównlink"), "name", "pattern"),
        ["dataflow endpoint name ending in a newline"] = (() => With(Inputs("dataflowEndpointConfig"), "configData.dataflowEndpointConfig.dataflowEndpointName", "jpss1-downlink\n"), "configData.dataflowEndpointConfig.dataflowEndpointName", "endpoint name"),
        ["dataflow endpoint region ending in a newline"] = (() => With(Inputs("dataflowEndpointConfig"), "configData.dataflowEndpointConfig.dataflowEndpointRegion", "us-west-2\n"), "configData.dataflowEndpointConfig.dataflowEndpointRegion", "region format"),
        ["S3 prefix ending in a newline"] = (() => With(Inputs("s3RecordingConfig"), S3 + ".prefix", "raw/{year}\n"), S3 + ".prefix", "pattern"),
        ["S3 role ARN with a non-ASCII letter"] = (() => With(Inputs("s3RecordingConfig"), S3 + ".roleArn", "arn:aws:iam::123456789012:role/GroundStatiön"), S3 + ".roleArn", "pattern"),
        ["S3 role ARN with a non-ASCII digit"] = (() => With(Inputs("s3RecordingConfig"), S3 + ".roleArn", "arn:aws:iam::12345678901\u0663:role/GroundStation"), S3 + ".roleArn", "pattern"),
        ["S3 bucket ARN ending in a newline"] = (() => With(Inputs("s3RecordingConfig"), S3 + ".bucketArn", "arn:aws:s3:::aws-groundstation-data\n"), S3 + ".bucketArn", "bucket name format"),
        ["demodulation JSON with a duplicated key"] = (() => With(Inputs(), Demod + ".demodulationConfig.unvalidatedJSON", "{\"type\": \"QPSK\", \"type\": \"8PSK\"}"), Demod + ".demodulationConfig.unvalidatedJSON", "duplicate member"),
        ["decode JSON with a number beyond a double"] = (() => With(Inputs(), Demod + ".decodeConfig.unvalidatedJSON", "{\"gain\": 1e400}"), Demod + ".decodeConfig.unvalidatedJSON", "number range"),
        ["decode JSON nested 65 levels deep"] = (() => With(Inputs(), Demod + ".decodeConfig.unvalidatedJSON", "{\"a\":" + new string('[', 64) + new string(']', 64) + "}"), Demod + ".decodeConfig.unvalidatedJSON", "nesting depth"),
        ["demodulation JSON ending in a newline after a character AWS refuses"] = (() => With(Inputs(), Demod + ".demodulationConfig.unvalidatedJSON", "{\"type\": \"QPSK\u00A0\"}"), Demod + ".demodulationConfig.unvalidatedJSON", "pattern"),
        ["spectrum centre frequency not finite"] = (() => With(Inputs(), Demod + ".spectrumConfig.centerFrequency.value", double.PositiveInfinity), Demod + ".spectrumConfig.centerFrequency.value", "finite"),
        ["tags is a list"] = (() => Inputs().Set("tags", PropertyValue.Create([PropertyValue.Create("mission")])), "tags", "type"),
    };

    public static TheoryData<string> ConfigBadInputCases => new(ConfigBadInputs.Keys);

    [Theory]
    [MemberData(nameof(ConfigBadInputCases))]
    public async Task Check_ConfigBadInput_NamesPathAndRuleWithoutAwsCalls(string caseName)
    {
        var (inputs, path, rule) = ConfigBadInputs[caseName];
        var harness = Handler();

        var result = await harness.Handler.CheckAsync(Check(inputs()), CancellationToken.None);

        Assert.Contains(result.Failures, f => f.Property == path && f.Reason.Contains(rule, StringComparison.Ordinal));
        harness.Api.VerifyNoOtherCalls();
    }
}
