using Awsdirect.Provider.Protocol.Properties;

namespace Awsdirect.Provider.Tests.Construct;

/// <summary>Valid inputs of each component, as a user program would send them.</summary>
internal static class ComponentInputsBuilder
{
    public const string DownlinkMission = "awsdirect:missions:DownlinkMission";
    public const string S3DataDelivery = "awsdirect:missions:S3DataDelivery";
    public const string ConnectionGroupSet = "awsdirect:cloudfront:ConnectionGroupSet";
    public const string Config = "awsdirect:groundstation:Config";
    public const string DataflowEndpointGroup = "awsdirect:groundstation:DataflowEndpointGroup";
    public const string MissionProfile = "awsdirect:groundstation:MissionProfile";
    public const string ConnectionGroup = "awsdirect:cloudfront:ConnectionGroup";
    public const string Bucket = "aws:s3/bucket:Bucket";
    public const string BucketPublicAccessBlock = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
    public const string Role = "aws:iam/role:Role";
    public const string RolePolicy = "aws:iam/rolePolicy:RolePolicy";

    public static PropertyValue Obj(params (string Key, PropertyValue Value)[] entries) =>
        PropertyValue.Create(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));

    public static PropertyValue Arr(params PropertyValue[] items) => PropertyValue.Create(items);

    public static PropertyMap Map(params (string Key, PropertyValue Value)[] entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));

    public static PropertyMap Downlink(params string[] endpointNames) => Map(
        ("centerFrequency", Obj(("value", 2245), ("units", "MHz"))),
        ("bandwidth", Obj(("value", 15), ("units", "MHz"))),
        ("endpoints", Arr([.. endpointNames.Select((n, i) => Obj(("name", n), ("address", "10.0.0." + (i + 5)), ("port", 55888 + i)))])),
        ("subnetIds", Arr("subnet-0a1b")),
        ("securityGroupIds", Arr("sg-0c2d")),
        ("roleArn", "arn:aws:iam::123456789012:role/groundstation-ec2"));

    public static PropertyMap Delivery() => Map(
        ("centerFrequency", Obj(("value", 7812), ("units", "MHz"))),
        ("bandwidth", Obj(("value", 30), ("units", "MHz"))),
        ("demodulationConfig", "{\"type\":\"QPSK\"}"),
        ("decodeConfig", "{\"edges\":[]}"),
        ("accountId", "123456789012"));

    public static PropertyMap Groups() => Map(
        ("anycastIpListId", "aip-12345"),
        ("tags", Obj(("team", "edge"))),
        ("environments", Arr(Obj(("name", "dev")), Obj(("name", "prod"), ("enabled", false), ("tags", Obj(("tier", "gold")))))));

    public static PropertyMap With(this PropertyMap map, string key, PropertyValue value) => map.Set(key, value);
}
