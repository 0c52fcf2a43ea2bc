namespace Awsdirect.Provider.Aws.GroundStation;

// Enumerations stay strings on the wire and in the models: AWS adds values over time and an
// unknown value read back from the service must not fail deserialization.

/// <summary>Values of the model's <c>ConfigCapabilityType</c> (the <c>{configType}</c> URI segment).</summary>
public static class ConfigCapabilityType
{
    public const string AntennaDownlink = "antenna-downlink";
    public const string AntennaDownlinkDemodDecode = "antenna-downlink-demod-decode";
    public const string Tracking = "tracking";
    public const string DataflowEndpoint = "dataflow-endpoint";
    public const string AntennaUplink = "antenna-uplink";
    public const string UplinkEcho = "uplink-echo";
    public const string S3Recording = "s3-recording";
    public const string TelemetrySink = "telemetry-sink";
}

public static class FrequencyUnits
{
    public const string GHz = "GHz";
    public const string MHz = "MHz";
    public const string KHz = "kHz";
}

public static class EirpUnits
{
    public const string DBW = "dBW";
}

public static class Polarization
{
    public const string RightHand = "RIGHT_HAND";
    public const string LeftHand = "LEFT_HAND";
    public const string None = "NONE";
}

public static class Criticality
{
    public const string Required = "REQUIRED";
    public const string Preferred = "PREFERRED";
    public const string Removed = "REMOVED";
}

public static class TelemetrySinkType
{
    public const string KinesisDataStream = "KINESIS_DATA_STREAM";
}

public static class EndpointStatus
{
    public const string Created = "created";
    public const string Creating = "creating";
    public const string Deleted = "deleted";
    public const string Deleting = "deleting";
    public const string Failed = "failed";
}

public static class AgentStatus
{
    public const string Success = "SUCCESS";
    public const string Failed = "FAILED";
    public const string Active = "ACTIVE";
    public const string Inactive = "INACTIVE";
}

/// <summary>Values of both <c>AuditResults</c> and <c>CapabilityHealth</c>.</summary>
public static class CapabilityHealth
{
    public const string Healthy = "HEALTHY";
    public const string Unhealthy = "UNHEALTHY";
}
