using Awsdirect.Provider.Aws.GroundStation;

namespace Awsdirect.Provider.Resources.GroundStation.Configs;

/// <summary>Property names of <c>awsdirect:groundstation:Config</c> (AWS API member names).</summary>
internal static class ConfigProperties
{
    public const string Name = "name";
    public const string ConfigData = "configData";
    public const string Tags = "tags";
    public const string Arn = "arn";
    public const string ConfigId = "configId";
    public const string ConfigType = "configType";

    /// <summary>The inputs a program may set.</summary>
    public static readonly IReadOnlyList<string> Inputs = [Name, ConfigData, Tags];

    /// <summary>Set by AWS; never inputs, never compared, never sent.</summary>
    public static readonly IReadOnlySet<string> ServerSet = new HashSet<string>(StringComparer.Ordinal) { Arn, ConfigId, ConfigType };

    /// <summary>
    /// The <c>ConfigTypeData</c> union member that makes each config type. The type is fixed when the
    /// config is created: UpdateConfig addresses the config by <c>/config/{configType}/{configId}</c>.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> KindToType = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["antennaDownlinkConfig"] = ConfigCapabilityType.AntennaDownlink,
        ["trackingConfig"] = ConfigCapabilityType.Tracking,
        ["dataflowEndpointConfig"] = ConfigCapabilityType.DataflowEndpoint,
        ["antennaDownlinkDemodDecodeConfig"] = ConfigCapabilityType.AntennaDownlinkDemodDecode,
        ["antennaUplinkConfig"] = ConfigCapabilityType.AntennaUplink,
        ["uplinkEchoConfig"] = ConfigCapabilityType.UplinkEcho,
        ["s3RecordingConfig"] = ConfigCapabilityType.S3Recording,
        ["telemetrySinkConfig"] = ConfigCapabilityType.TelemetrySink,
    };

    public static readonly IReadOnlyDictionary<string, string> TypeToKind =
        KindToType.ToDictionary(e => e.Value, e => e.Key, StringComparer.Ordinal);
}
