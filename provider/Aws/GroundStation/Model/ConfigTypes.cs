using Newtonsoft.Json;

namespace Awsdirect.Provider.Aws.GroundStation;

public sealed record AntennaDownlinkConfig
{
    [JsonProperty("spectrumConfig")]
    public required SpectrumConfig SpectrumConfig { get; init; }
}

public sealed record TrackingConfig
{
    /// <summary>One of <see cref="Criticality"/>.</summary>
    [JsonProperty("autotrack")]
    public required string Autotrack { get; init; }
}

public sealed record DataflowEndpointConfig
{
    [JsonProperty("dataflowEndpointName")]
    public required string DataflowEndpointName { get; init; }

    [JsonProperty("dataflowEndpointRegion")]
    public string? DataflowEndpointRegion { get; init; }
}

public sealed record AntennaDownlinkDemodDecodeConfig
{
    [JsonProperty("spectrumConfig")]
    public required SpectrumConfig SpectrumConfig { get; init; }

    [JsonProperty("demodulationConfig")]
    public required DemodulationConfig DemodulationConfig { get; init; }

    [JsonProperty("decodeConfig")]
    public required DecodeConfig DecodeConfig { get; init; }
}

public sealed record DemodulationConfig
{
    [JsonProperty("unvalidatedJSON")]
    public required string UnvalidatedJSON { get; init; }
}

public sealed record DecodeConfig
{
    [JsonProperty("unvalidatedJSON")]
    public required string UnvalidatedJSON { get; init; }
}

public sealed record AntennaUplinkConfig
{
    [JsonProperty("transmitDisabled")]
    public bool? TransmitDisabled { get; init; }

    [JsonProperty("spectrumConfig")]
    public required UplinkSpectrumConfig SpectrumConfig { get; init; }

    [JsonProperty("targetEirp")]
    public required Eirp TargetEirp { get; init; }
}

public sealed record UplinkEchoConfig
{
    [JsonProperty("enabled")]
    public required bool Enabled { get; init; }

    [JsonProperty("antennaUplinkConfigArn")]
    public required string AntennaUplinkConfigArn { get; init; }
}

public sealed record S3RecordingConfig
{
    [JsonProperty("bucketArn")]
    public required string BucketArn { get; init; }

    [JsonProperty("roleArn")]
    public required string RoleArn { get; init; }

    [JsonProperty("prefix")]
    public string? Prefix { get; init; }
}

public sealed record TelemetrySinkConfig
{
    /// <summary>One of <see cref="TelemetrySinkType"/>.</summary>
    [JsonProperty("telemetrySinkType")]
    public required string TelemetrySinkType { get; init; }

    [JsonProperty("telemetrySinkData")]
    public required TelemetrySinkData TelemetrySinkData { get; init; }
}

/// <summary>The <c>TelemetrySinkData</c> union.</summary>
public sealed record TelemetrySinkData
{
    [JsonProperty("kinesisDataStreamData")]
    public KinesisDataStreamData? KinesisDataStreamData { get; init; }
}

public sealed record KinesisDataStreamData
{
    [JsonProperty("kinesisRoleArn")]
    public required string KinesisRoleArn { get; init; }

    [JsonProperty("kinesisDataStreamArn")]
    public required string KinesisDataStreamArn { get; init; }
}

public sealed record SpectrumConfig
{
    [JsonProperty("centerFrequency")]
    public required Frequency CenterFrequency { get; init; }

    [JsonProperty("bandwidth")]
    public required FrequencyBandwidth Bandwidth { get; init; }

    /// <summary>One of <see cref="Polarization"/>.</summary>
    [JsonProperty("polarization")]
    public string? Polarization { get; init; }
}

public sealed record UplinkSpectrumConfig
{
    [JsonProperty("centerFrequency")]
    public required Frequency CenterFrequency { get; init; }

    /// <summary>One of <see cref="Polarization"/>.</summary>
    [JsonProperty("polarization")]
    public string? Polarization { get; init; }
}

public sealed record Frequency
{
    [JsonProperty("value")]
    public required double Value { get; init; }

    /// <summary>One of <see cref="FrequencyUnits"/>.</summary>
    [JsonProperty("units")]
    public required string Units { get; init; }
}

public sealed record FrequencyBandwidth
{
    [JsonProperty("value")]
    public required double Value { get; init; }

    /// <summary>One of <see cref="FrequencyUnits"/> (the model's <c>BandwidthUnits</c> has the same values).</summary>
    [JsonProperty("units")]
    public required string Units { get; init; }
}

public sealed record Eirp
{
    [JsonProperty("value")]
    public required double Value { get; init; }

    /// <summary>One of <see cref="EirpUnits"/>.</summary>
    [JsonProperty("units")]
    public required string Units { get; init; }
}
