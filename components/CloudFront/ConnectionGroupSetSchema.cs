using Newtonsoft.Json.Linq;
using static Awsdirect.Components.Schema.SchemaJson;

namespace Awsdirect.Components.CloudFront;

/// <summary>Schema of <see cref="ConnectionGroupSet"/>.</summary>
internal static class ConnectionGroupSetSchema
{
    public const string EnvironmentType = "awsdirect:cloudfront:ConnectionGroupEnvironment";
    public const string ListType = "awsdirect:cloudfront:ConnectionGroupSetAnycastIpList";
    public const string IpamType = "awsdirect:cloudfront:ConnectionGroupSetIpamCidrConfig";
    public const string AddressTypeType = "awsdirect:cloudfront:ConnectionGroupSetIpAddressType";

    public static JObject Spec() => Component(
        "CloudFront connection groups, one per environment, sharing one Anycast static IP list and one set of tags. Partners allow-list the list's IPs once and every environment is reachable behind them; each group is also tagged `environment: <name>`, so cost and access reports split by environment.",
        new JObject
        {
            ["namePrefix"] = Str("Prefix of the connection group names (`<namePrefix>-<environment>`). Defaults to the component's name. Names cannot change after creation: changing the prefix replaces the groups."),
            ["environments"] = ArrayOf(Ref(EnvironmentType, "An environment."), "The environments, one connection group each."),
            ["anycastIpList"] = Ref(ListType, "An Anycast static IP list for the set to create (an `awsdirect:cloudfront:AnycastIpList` child, `<name>-anycast-ips`) and put every group on, e.g. `{ ipCount: 3, ipAddressType: dualstack }`. Its `ipAddressType` sets the groups' IPv6: on for `dualstack`, off otherwise. Give this or `anycastIpListId`, not both."),
            ["anycastIpListId"] = Str("Id of an Anycast static IP list made elsewhere that every group uses, e.g. `aip_0123456789abcdef`. Without it (and without `anycastIpList`) the groups use CloudFront's shared IPs."),
            ["anycastIpListIpAddressType"] = Ref(AddressTypeType, "The IP address type of the list `anycastIpListId` names, e.g. `dualstack`, so preview can check IPv6: CloudFront accepts IPv6 on a group only when its list is `dualstack`. Left out, the groups' IPv6 defaults to off and each group looks the list up before any write."),
            ["ipv6Enabled"] = Bool("Default IPv6 setting of the groups. Defaults to true without a list, and with a list to whether it is `dualstack` (CloudFront refuses IPv6 on the other list types, and preview refuses `true` on a list known not to be dual-stack)."),
            ["tags"] = MapOf(Str("Tag value."), "Tags on every group; an environment's own tags win over these."),
            ["waitForDeployment"] = Bool("Whether each group's create and update wait until CloudFront reports it deployed. Left out, the connection group resource's default applies."),
        },
        ["environments"],
        new JObject
        {
            ["arns"] = MapOf(Str("ARN."), "ARN of each environment's connection group, by environment name."),
            ["routingEndpoints"] = MapOf(Str("DNS name."), "Routing endpoint (DNS name) of each environment's connection group, by environment name."),
            ["ids"] = MapOf(Str("Id."), "Id of each environment's connection group, by environment name."),
            ["anycastIpListId"] = Str("Id of the Anycast static IP list the groups use (the one created or the one given); null without a list."),
            ["anycastIps"] = ArrayOf(Str("IP address."), "The static IP addresses of the list the set created, to give partners for their allow-lists; null when the list was made elsewhere or there is none."),
        });

    public static IReadOnlyDictionary<string, JObject> Types() => new Dictionary<string, JObject>(StringComparer.Ordinal)
    {
        [EnvironmentType] = ObjectType(
            "One environment of a connection group set.",
            new JObject
            {
                ["name"] = Str("Environment name (letters, digits, dashes), e.g. `prod`. Part of the group's name and its `environment` tag."),
                ["enabled"] = Bool("Whether the group serves traffic. Defaults to true; disable an environment without deleting it."),
                ["ipv6Enabled"] = Bool("Overrides the set's `ipv6Enabled` for this environment; `true` needs a `dualstack` list when the set uses one."),
                ["tags"] = MapOf(Str("Tag value."), "Tags for this environment only, merged over the set's tags."),
            },
            "name"),
        [ListType] = ObjectType(
            "An Anycast static IP list created by the connection group set.",
            new JObject
            {
                ["name"] = Str("Name of the list: 1-64 letters, digits, `-` and `_`, e.g. `media-edge-ips`. Left out, it is generated from the child's name. Changing it replaces the list (and re-points the groups)."),
                ["ipCount"] = Int("How many static IPs CloudFront allocates: `3` or `21`. Changing it replaces the list."),
                ["ipAddressType"] = Ref(AddressTypeType, "IP address type of the list, e.g. `dualstack`. Defaults to `ipv4` (AWS documents no default; a list created without it is IPv4). Only `dualstack` lets the groups enable IPv6."),
                ["ipamCidrConfigs"] = ArrayOf(Ref(IpamType, "An IPAM CIDR configuration."), "Bring-your-own-IP ranges from Amazon VPC IPAM pools the list's IPs come from, e.g. `[{ cidr: \"203.0.113.0/24\", ipamPoolArn: \"arn:aws:ec2::123456789012:ipam-pool/ipam-pool-0123456789abcdef0\" }]`."),
                ["tags"] = MapOf(Str("Tag value."), "Tags on the list, merged over the set's `tags`."),
            },
            "ipCount"),
        [IpamType] = ObjectType(
            "An IPAM CIDR configuration of an Anycast static IP list (bring your own IP).",
            new JObject
            {
                ["cidr"] = Str("The CIDR of the address range, e.g. `203.0.113.0/24`."),
                ["ipamPoolArn"] = Str("ARN of the IPAM pool the CIDR is assigned to."),
                ["anycastIp"] = Str("A specific Anycast IP to allocate from the pool, e.g. `203.0.113.10`."),
            },
            "cidr",
            "ipamPoolArn"),
        [AddressTypeType] = StringEnum(
            "IP address type of an Anycast static IP list.",
            ("ipv4", "IPv4 addresses only."),
            ("ipv6", "IPv6 addresses only."),
            ("dualstack", "IPv4 and IPv6 addresses; the only type on which a connection group may enable IPv6.")),
    };
}
