namespace Awsdirect.Components.Missions;

/// <summary>Type tokens of the children the mission components register.</summary>
internal static class GroundStationTokens
{
    public const string Config = "awsdirect:groundstation:Config";
    public const string DataflowEndpointGroup = "awsdirect:groundstation:DataflowEndpointGroup";
    public const string MissionProfile = "awsdirect:groundstation:MissionProfile";

    /// <summary>Shared object types of the missions module.</summary>
    public const string FrequencyType = "awsdirect:missions:Frequency";
    public const string FrequencyUnitsType = "awsdirect:missions:FrequencyUnits";
    public const string PolarizationType = "awsdirect:missions:Polarization";
    public const string AutotrackType = "awsdirect:missions:Autotrack";
    public const string EndpointType = "awsdirect:missions:DownlinkEndpoint";
}

/// <summary>
/// Type tokens and plugin version of the Pulumi AWS classic provider (v7), read from the
/// <c>@pulumi/aws</c> 7.48.0 npm package: <c>s3.Bucket</c> is <c>aws:s3/bucket:Bucket</c> (v7 replaced
/// BucketV2 with it, keeping an alias from <c>aws:s3/bucketV2:BucketV2</c>).
/// </summary>
internal static class AwsClassicTokens
{
    public const string Version = "7.48.0";
    public const string Bucket = "aws:s3/bucket:Bucket";
    public const string BucketPublicAccessBlock = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
    public const string Role = "aws:iam/role:Role";
    public const string RolePolicy = "aws:iam/rolePolicy:RolePolicy";
}
