using System.Globalization;
using System.Text.RegularExpressions;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;

namespace Awsdirect.Provider.Resources.GroundStation.Configs;

/// <summary>
/// Ground Station rules the service model leaves to prose or to the service: frequency bands and
/// bandwidth limits per config kind, the uplink EIRP range, S3 recording buckets, JSON that must parse,
/// the config an uplink echo points at, the telemetry sink data matching its type; tags follow the shared TagRules.
/// Sources: the member documentation of the 2019-05-23 model (SpectrumConfig, FrequencyBandwidth, Eirp)
/// and the AWS::GroundStation::Config reference (bucket names must begin with <c>aws-groundstation</c>).
/// Every rule reads only known values: an unknown anywhere on its path skips that rule alone.
/// Each failure names the property path and starts with the rule's name.
/// </summary>
internal static partial class ConfigRules
{
    private const string Data = ConfigProperties.ConfigData;

    /// <summary>Downlink centre frequencies AWS Ground Station antennas receive, in MHz (S-band, X-band).</summary>
    internal static readonly (double Low, double High, string Band)[] DownlinkBandsMHz = [(2200, 2300, "S-band"), (7750, 8400, "X-band")];

    /// <summary>Uplink centre frequencies, in MHz (S-band).</summary>
    internal static readonly (double Low, double High) UplinkBandMHz = (2025, 2120);

    /// <summary>Bandwidth limits per spectral config kind, in MHz.</summary>
    internal static readonly IReadOnlyDictionary<string, (double Low, double High, string Text)> BandwidthMHz = new Dictionary<string, (double, double, string)>(StringComparer.Ordinal)
    {
        ["antennaDownlinkConfig"] = (0.010, 54, "10 kHz to 54 MHz"),
        ["antennaDownlinkDemodDecodeConfig"] = (0.125, 650, "125 kHz to 650 MHz"),
    };

    internal static readonly (double Low, double High) EirpDbw = (20.0, 50.0);

    public static IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var failures = new List<CheckFailure>();
        foreach (var key in ConfigProperties.ServerSet.Where(k => inputs.GetNonNull(k) is not null))
        {
            failures.Add(new(key, $"output only: AWS sets '{key}' when the config is created; remove it from the inputs"));
        }

        var configData = inputs.GetNonNull(Data);
        Downlink(configData, "antennaDownlinkConfig", failures);
        Downlink(configData, "antennaDownlinkDemodDecodeConfig", failures);
        Uplink(configData, failures);
        DemodDecodeJson(configData, failures);
        UplinkEcho(configData, failures);
        DataflowEndpoint(configData, failures);
        S3Recording(configData, failures);
        TelemetrySink(configData, failures);
        TagRules.Check(inputs.GetNonNull(ConfigProperties.Tags), failures);
        return failures;
    }

    private static void Downlink(PropertyValue? configData, string kind, List<CheckFailure> failures)
    {
        var spectrum = PropertyReader.Path(configData, kind + ".spectrumConfig");
        var path = $"{Data}.{kind}.spectrumConfig";
        if (ToMHz(PropertyReader.Member(spectrum, "centerFrequency")) is { } centre
            && !DownlinkBandsMHz.Any(b => centre >= b.Low && centre <= b.High))
        {
            failures.Add(new(path + ".centerFrequency.value",
                $"downlink frequency band: centre frequency {Format(centre)} MHz is outside the bands AWS Ground Station antennas receive " +
                "(S-band 2200-2300 MHz, X-band 7750-8400 MHz)"));
        }

        if (ToMHz(PropertyReader.Member(spectrum, "bandwidth")) is { } bandwidth)
        {
            var (low, high, text) = BandwidthMHz[kind];
            if (bandwidth < low || bandwidth > high)
            {
                failures.Add(new(path + ".bandwidth.value",
                    $"bandwidth limit: {kind} bandwidth must be {text}, got {Format(bandwidth)} MHz"));
            }
        }
    }

    private static void Uplink(PropertyValue? configData, List<CheckFailure> failures)
    {
        var uplink = PropertyReader.Member(configData, "antennaUplinkConfig");
        var path = $"{Data}.antennaUplinkConfig";
        if (ToMHz(PropertyReader.Path(uplink, "spectrumConfig.centerFrequency")) is { } centre
            && (centre < UplinkBandMHz.Low || centre > UplinkBandMHz.High))
        {
            failures.Add(new(path + ".spectrumConfig.centerFrequency.value",
                $"uplink frequency band: centre frequency {Format(centre)} MHz is outside the band AWS Ground Station antennas transmit (2025-2120 MHz)"));
        }

        var eirp = PropertyReader.Member(uplink, "targetEirp");
        if (Number(PropertyReader.Member(eirp, "value")) is { } value
            && PropertyReader.TryGetString(PropertyReader.Member(eirp, "units"), out var units) && units == EirpUnits.DBW
            && (value < EirpDbw.Low || value > EirpDbw.High))
        {
            failures.Add(new(path + ".targetEirp.value", $"EIRP range: target EIRP must be between 20.0 and 50.0 dBW, got {Format(value)} dBW"));
        }
    }

    private static void DemodDecodeJson(PropertyValue? configData, List<CheckFailure> failures)
    {
        foreach (var part in new[] { "demodulationConfig", "decodeConfig" })
        {
            var path = $"{Data}.antennaDownlinkDemodDecodeConfig.{part}.unvalidatedJSON";
            var value = PropertyReader.Path(configData, $"antennaDownlinkDemodDecodeConfig.{part}.unvalidatedJSON");
            if (!PropertyReader.TryGetString(value, out var text))
            {
                continue;
            }

            if (ConfigJson.Problem(text) is { } problem)
            {
                failures.Add(new(path, $"{problem}; AWS stores {part}.unvalidatedJSON as given and its decoders must read it"));
            }
        }
    }

    private static void UplinkEcho(PropertyValue? configData, List<CheckFailure> failures)
    {
        var arn = PropertyReader.Path(configData, "uplinkEchoConfig.antennaUplinkConfigArn");
        if (PropertyReader.TryGetString(arn, out var text) && ConfigArnPattern().Match(text) is { Success: true } match
            && match.Groups["type"].Value != ConfigCapabilityType.AntennaUplink)
        {
            failures.Add(new($"{Data}.uplinkEchoConfig.antennaUplinkConfigArn",
                $"uplink echo target: antennaUplinkConfigArn must name an antenna-uplink config, but '{text}' is a {match.Groups["type"].Value} config"));
        }
    }

    private static void DataflowEndpoint(PropertyValue? configData, List<CheckFailure> failures)
    {
        var endpoint = PropertyReader.Member(configData, "dataflowEndpointConfig");
        var path = $"{Data}.dataflowEndpointConfig";
        if (PropertyReader.TryGetString(PropertyReader.Member(endpoint, "dataflowEndpointName"), out var name) && ModelRules.Satisfies(ServiceModels.GroundStation, "SafeName", name) == false)
        {
            failures.Add(new(path + ".dataflowEndpointName",
                $"endpoint name: '{name}' cannot name a dataflow endpoint (endpoint names are 1-256 letters, digits, spaces, '_', ':' or '-')"));
        }

        if (PropertyReader.TryGetString(PropertyReader.Member(endpoint, "dataflowEndpointRegion"), out var region) && !RegionPattern().IsMatch(region))
        {
            failures.Add(new(path + ".dataflowEndpointRegion", $"region format: '{region}' is not an AWS Region code (e.g. us-east-2)"));
        }
    }

    private static void S3Recording(PropertyValue? configData, List<CheckFailure> failures)
    {
        var path = $"{Data}.s3RecordingConfig.bucketArn";
        if (!PropertyReader.TryGetString(PropertyReader.Path(configData, "s3RecordingConfig.bucketArn"), out var arn))
        {
            return;
        }

        var match = BucketArnPattern().Match(arn);
        if (!match.Success)
        {
            failures.Add(new(path, $"bucket ARN format: '{arn}' is not an S3 bucket ARN (arn:aws:s3:::aws-groundstation-<name>)"));
            return;
        }

        var bucket = match.Groups["bucket"].Value;
        if (!bucket.StartsWith("aws-groundstation", StringComparison.Ordinal))
        {
            failures.Add(new(path, $"bucket name prefix: AWS Ground Station only records to buckets whose name begins with 'aws-groundstation', got '{bucket}'"));
        }
        else if (!BucketNamePattern().IsMatch(bucket) || bucket.Contains("..", StringComparison.Ordinal))
        {
            failures.Add(new(path, $"bucket name format: '{bucket}' is not a valid S3 bucket name (3-63 lower-case letters, digits, '.' or '-')"));
        }
    }

    private static void TelemetrySink(PropertyValue? configData, List<CheckFailure> failures)
    {
        var sink = PropertyReader.Member(configData, "telemetrySinkConfig");
        var type = PropertyReader.Member(sink, "telemetrySinkType");
        var data = PropertyReader.Object(PropertyReader.Member(sink, "telemetrySinkData"));
        if (!PropertyReader.TryGetString(type, out var sinkType) || data is null || data.Values.Any(PropertyReader.IsUnknown))
        {
            return;
        }

        var expected = sinkType switch
        {
            TelemetrySinkType.KinesisDataStream => "kinesisDataStreamData",
            _ => null,
        };
        var set = data.Where(e => !e.Value.Unwrap().IsNull).Select(e => e.Key).ToList();
        if (expected is not null && set.Count == 1 && set[0] != expected)
        {
            failures.Add(new($"{Data}.telemetrySinkConfig.telemetrySinkData",
                $"telemetry sink data: telemetrySinkType {sinkType} needs telemetrySinkData.{expected}, got {set[0]}"));
        }
    }

    /// <summary>A known frequency converted to MHz; null when value or units are unknown, absent or not understood.</summary>
    internal static double? ToMHz(PropertyValue? frequency)
    {
        if (Number(PropertyReader.Member(frequency, "value")) is not { } value
            || !PropertyReader.TryGetString(PropertyReader.Member(frequency, "units"), out var units))
        {
            return null;
        }

        return units switch
        {
            FrequencyUnits.GHz => value * 1000,
            FrequencyUnits.MHz => value,
            FrequencyUnits.KHz => value / 1000,
            _ => null, // the model's enum rule reports it
        };
    }

    private static double? Number(PropertyValue? value)
    {
        var plain = value?.Unwrap();
        // Not finite: the model's type rule reports it, and no band comparison means anything.
        return plain is { Kind: PropertyValueKind.Number } && double.IsFinite(plain.NumberValue) ? plain.NumberValue : null;
    }

    private static string Format(double value) => Math.Round(value, 6).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^arn:aws[a-z-]*:groundstation:[-a-z0-9]+:[0-9]{12}:config/(?<type>[a-z0-9]+(-[a-z0-9]+){0,4})/[a-f0-9-]{36}(/.*)?\\z")]
    private static partial Regex ConfigArnPattern();

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+\\z")]
    private static partial Regex RegionPattern();

    [GeneratedRegex("^arn:aws[a-z-]*:s3:::(?<bucket>[^/]+)\\z")]
    private static partial Regex BucketArnPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\\z")]
    private static partial Regex BucketNamePattern();
}
