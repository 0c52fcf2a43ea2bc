using Newtonsoft.Json;

namespace Awsdirect.Provider.Aws.GroundStation;

/// <summary>
/// The <c>ConfigTypeData</c> union: exactly one member is set, and which one decides the config's
/// <see cref="ConfigCapabilityType"/>.
/// </summary>
public sealed record ConfigTypeData
{
    [JsonProperty("antennaDownlinkConfig")]
    public AntennaDownlinkConfig? AntennaDownlinkConfig { get; init; }

    [JsonProperty("trackingConfig")]
    public TrackingConfig? TrackingConfig { get; init; }

    [JsonProperty("dataflowEndpointConfig")]
    public DataflowEndpointConfig? DataflowEndpointConfig { get; init; }

    [JsonProperty("antennaDownlinkDemodDecodeConfig")]
    public AntennaDownlinkDemodDecodeConfig? AntennaDownlinkDemodDecodeConfig { get; init; }

    [JsonProperty("antennaUplinkConfig")]
    public AntennaUplinkConfig? AntennaUplinkConfig { get; init; }

    [JsonProperty("uplinkEchoConfig")]
    public UplinkEchoConfig? UplinkEchoConfig { get; init; }

    [JsonProperty("s3RecordingConfig")]
    public S3RecordingConfig? S3RecordingConfig { get; init; }

    [JsonProperty("telemetrySinkConfig")]
    public TelemetrySinkConfig? TelemetrySinkConfig { get; init; }

    /// <summary>The config type the set union member corresponds to, or null when none (or several) is set.</summary>
    [JsonIgnore]
    public string? ConfigType
    {
        get
        {
            var set = new List<string>(1);
            if (AntennaDownlinkConfig is not null)
            {
                set.Add(ConfigCapabilityType.AntennaDownlink);
            }

            if (TrackingConfig is not null)
            {
                set.Add(ConfigCapabilityType.Tracking);
            }

            if (DataflowEndpointConfig is not null)
            {
                set.Add(ConfigCapabilityType.DataflowEndpoint);
            }

            if (AntennaDownlinkDemodDecodeConfig is not null)
            {
                set.Add(ConfigCapabilityType.AntennaDownlinkDemodDecode);
            }

            if (AntennaUplinkConfig is not null)
            {
                set.Add(ConfigCapabilityType.AntennaUplink);
            }

            if (UplinkEchoConfig is not null)
            {
                set.Add(ConfigCapabilityType.UplinkEcho);
            }

            if (S3RecordingConfig is not null)
            {
                set.Add(ConfigCapabilityType.S3Recording);
            }

            if (TelemetrySinkConfig is not null)
            {
                set.Add(ConfigCapabilityType.TelemetrySink);
            }

            return set.Count == 1 ? set[0] : null;
        }
    }
}
