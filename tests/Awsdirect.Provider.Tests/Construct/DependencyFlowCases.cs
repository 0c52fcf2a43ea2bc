using Awsdirect.Provider.Protocol.Properties;
using static Awsdirect.Provider.Tests.Construct.ComponentInputsBuilder;

namespace Awsdirect.Provider.Tests.Construct;

/// <summary>
/// One component input for the dependency-flow tests: a second valid value for it, different in every
/// part (which children's properties change between the two tells what is built from the input), and
/// where a preview may hold an unknown inside it (<c>""</c> the whole value; null when it must be known
/// entirely).
/// </summary>
internal sealed record FlowInput(string Input, PropertyValue Alternate, string? UnknownAt);

/// <summary>
/// Every input of every component, each given in the base inputs of a case (different from the other
/// test fixtures) and with an alternate. A case is a component (its token) or, where inputs exclude each
/// other (an Anycast list created or given; EC2 or agent endpoints), a component and a variant
/// (<c>token#variant</c>). <see cref="DependencyFlowTests"/> checks the cases of a component together list
/// exactly the inputs its schema declares, so a new input cannot be left out of the checks.
/// </summary>
internal static class DependencyFlowCases
{
    public const string Ec2Downlink = DownlinkMission;
    public const string AgentUplinkDownlink = DownlinkMission + "#agent-uplink";
    public const string GivenList = ConnectionGroupSet;
    public const string CreatedList = ConnectionGroupSet + "#created-list";

    public static IReadOnlyList<string> Components { get; } = [DownlinkMission, S3DataDelivery, ConnectionGroupSet];

    public static IReadOnlyList<string> Cases { get; } = [Ec2Downlink, S3DataDelivery, GivenList, CreatedList];

    /// <summary>The component token of a case.</summary>
    public static string ComponentOf(string flowCase) => flowCase.Split('#')[0];

    public static PropertyMap BaseInputs(string flowCase) => flowCase switch
    {
        DownlinkMission => Map(
            ("namePrefix", "aqua-x"),
            ("centerFrequency", Obj(("value", 8.16), ("units", "GHz"))),
            ("bandwidth", Obj(("value", 15), ("units", "MHz"))),
            ("polarization", "LEFT_HAND"),
            ("autotrack", "REQUIRED"),
            ("contactPrePassDurationSeconds", 90),
            ("contactPostPassDurationSeconds", 45),
            ("minimumViableContactDurationSeconds", 240),
            ("tags", Obj(("mission", "aqua"))),
            ("demodulationConfig", Obj(("type", "QPSK"))),
            ("decodeConfig", Obj(("edges", Arr()))),
            ("endpoints", Arr(
                Obj(("name", "rx-a"), ("address", "10.1.0.7"), ("port", 50000)),
                Obj(("name", "rx-b"), ("address", "10.1.0.8"), ("port", 50001), ("mtu", 1450)))),
            ("subnetIds", Arr("subnet-0f1e")),
            ("securityGroupIds", Arr("sg-0e1f")),
            ("roleArn", "arn:aws:iam::210987654321:role/gs-dataflow"),
            ("dataflowEndpointRegion", "us-west-2"),
            ("endpointGroupPrePassDurationSeconds", 120),
            ("endpointGroupPostPassDurationSeconds", 60)),
        S3DataDelivery => Map(
            ("namePrefix", "jpss1-rec"),
            ("centerFrequency", Obj(("value", 7812), ("units", "MHz"))),
            ("bandwidth", Obj(("value", 30), ("units", "MHz"))),
            ("polarization", "LEFT_HAND"),
            ("autotrack", "REMOVED"),
            ("contactPrePassDurationSeconds", 75),
            ("contactPostPassDurationSeconds", 35),
            ("minimumViableContactDurationSeconds", 200),
            ("tags", Obj(("mission", "jpss1"))),
            ("demodulationConfig", Obj(("type", "QPSK"))),
            ("decodeConfig", Obj(("edges", Arr()))),
            ("accountId", "210987654321"),
            ("region", "us-east-2"),
            ("bucketName", "aws-groundstation-jpss1-rec"),
            ("forceDestroy", true),
            ("prefix", "{satellite_id}/{year}")),
        ConnectionGroupSet => Map(
            ("namePrefix", "edge"),
            ("environments", Arr(
                Obj(("name", "qa")),
                Obj(("name", "live"), ("enabled", false), ("ipv6Enabled", false), ("tags", Obj(("tier", "gold")))))),
            ("anycastIpListId", "aip-0a1b2c"),
            ("anycastIpListIpAddressType", "dualstack"),
            ("ipv6Enabled", false),
            ("tags", Obj(("team", "edge"))),
            ("waitForDeployment", false)),
        CreatedList => Map(
            ("namePrefix", "edge"),
            ("environments", Arr(
                Obj(("name", "qa")),
                Obj(("name", "live"), ("enabled", false), ("ipv6Enabled", false), ("tags", Obj(("tier", "gold")))))),
            ("anycastIpList", Obj(
                ("name", "edge-ips"),
                ("ipCount", 3),
                ("ipAddressType", "dualstack"),
                ("ipamCidrConfigs", Arr(Obj(("cidr", "203.0.113.0/24"), ("ipamPoolArn", "arn:aws:ec2::210987654321:ipam-pool/ipam-pool-0a1b"), ("anycastIp", "203.0.113.9")))),
                ("tags", Obj(("allow-list", "partners"))))),
            ("tags", Obj(("team", "edge"))),
            ("waitForDeployment", false)),
        _ => throw new ArgumentException($"no base inputs for {flowCase}", nameof(flowCase)),
    };

    public static IReadOnlyList<FlowInput> Inputs(string flowCase) => flowCase switch
    {
        DownlinkMission => [
            .. MissionCommon(),
            new("demodulationConfig", "{\"type\":\"OQPSK\"}", string.Empty),
            new("decodeConfig", Obj(("edges", Arr(Obj(("from", "a"), ("to", "b"))))), string.Empty),

            new("endpoints", Arr(
                Obj(("name", "rx-c"), ("address", "10.9.0.70"), ("port", 50010), ("mtu", 1400)),
                Obj(("name", "rx-d"), ("address", "10.9.0.71"), ("port", 50011), ("mtu", 1500))), "[0].address"),
            new("subnetIds", Arr("subnet-0aaa", "subnet-0bbb"), string.Empty),
            new("securityGroupIds", Arr("sg-0abc"), string.Empty),
            new("roleArn", "arn:aws:iam::210987654321:role/gs-other", string.Empty),
            new("dataflowEndpointRegion", "eu-north-1", string.Empty),
            new("endpointGroupPrePassDurationSeconds", 150, string.Empty),
            new("endpointGroupPostPassDurationSeconds", 90, string.Empty),
        ],
        S3DataDelivery => [
            .. MissionCommon(),
            new("demodulationConfig", "{\"type\":\"OQPSK\"}", string.Empty),
            new("decodeConfig", Obj(("edges", Arr(Obj(("from", "a"), ("to", "b"))))), string.Empty),
            new("accountId", "123456789012", string.Empty),
            new("region", "eu-central-1", string.Empty),
            new("bucketName", "aws-groundstation-jpss1-alt", string.Empty),
            new("forceDestroy", false, string.Empty),
            new("prefix", "raw/{day}", string.Empty),
        ],
        ConnectionGroupSet => [
            new("namePrefix", "cdn", null),
            new("environments", Arr(
                Obj(("name", "stage"), ("enabled", false), ("ipv6Enabled", true), ("tags", Obj(("tier", "bronze")))),
                Obj(("name", "prod"), ("enabled", true), ("ipv6Enabled", true), ("tags", Obj(("tier", "silver"))))), "[1].enabled"),
            new("anycastIpListId", "aip-9z8y7x", string.Empty),
            new("anycastIpListIpAddressType", "ipv4", string.Empty),
            new("ipv6Enabled", true, string.Empty),
            new("tags", Obj(("team", "web")), string.Empty),
            new("waitForDeployment", true, string.Empty),
        ],
        CreatedList => [
            new("namePrefix", "cdn", null),
            new("environments", Arr(
                Obj(("name", "stage"), ("enabled", false), ("ipv6Enabled", false), ("tags", Obj(("tier", "bronze")))),
                Obj(("name", "prod"), ("enabled", true), ("ipv6Enabled", true), ("tags", Obj(("tier", "silver"))))), "[1].enabled"),
            new("anycastIpList", Obj(
                ("name", "cdn-ips"),
                ("ipCount", 21),
                ("ipAddressType", "ipv4"),
                ("ipamCidrConfigs", Arr(Obj(("cidr", "198.51.100.0/24"), ("ipamPoolArn", "arn:aws:ec2::210987654321:ipam-pool/ipam-pool-9z8y"), ("anycastIp", "198.51.100.7")))),
                ("tags", Obj(("allow-list", "everyone")))), "name"),
            new("tags", Obj(("team", "web")), string.Empty),
            new("waitForDeployment", true, string.Empty),
        ],
        _ => throw new ArgumentException($"no inputs for {flowCase}", nameof(flowCase)),
    };

    private static FlowInput[] MissionCommon() =>
    [
        new("namePrefix", "noaa-x", null),
        new("centerFrequency", Obj(("value", 8212.5), ("units", "MHz")), string.Empty),
        new("bandwidth", Obj(("value", 20), ("units", "MHz")), string.Empty),
        new("polarization", "RIGHT_HAND", string.Empty),
        new("autotrack", "PREFERRED", string.Empty),
        new("contactPrePassDurationSeconds", 60, string.Empty),
        new("contactPostPassDurationSeconds", 30, string.Empty),
        new("minimumViableContactDurationSeconds", 300, string.Empty),
        new("tags", Obj(("mission", "terra")), string.Empty),
    ];
}
