using Newtonsoft.Json.Linq;
using static Awsdirect.Components.Schema.SchemaJson;

namespace Awsdirect.Components.CloudFront;

/// <summary>Schema of <see cref="ConnectionGroupSet"/>.</summary>
internal static class ConnectionGroupSetSchema
{
    public const string EnvironmentType = "awsdirect:cloudfront:ConnectionGroupEnvironment";

    public static JObject Spec() => Component(
        "CloudFront connection groups, one per environment, sharing one Anycast static IP list and one set of tags. Partners allow-list the list's IPs once and every environment is reachable behind them; each group is also tagged `environment: <name>`, so cost and access reports split by environment.",
        new JObject
        {
            ["namePrefix"] = Str("Prefix of the connection group names (`<namePrefix>-<environment>`). Defaults to the component's name. Names cannot change after creation: changing the prefix replaces the groups."),
            ["environments"] = ArrayOf(Ref(EnvironmentType, "An environment."), "The environments, one connection group each."),
            ["anycastIpListId"] = Str("Id of the Anycast static IP list every group uses. Without it the groups use CloudFront's shared IPs."),
            ["ipv6Enabled"] = Bool("Default IPv6 setting of the groups. Defaults to true."),
            ["tags"] = MapOf(Str("Tag value."), "Tags on every group; an environment's own tags win over these."),
            ["waitForDeployment"] = Bool("Whether each group's create and update wait until CloudFront reports it deployed. Left out, the connection group resource's default applies."),
        },
        ["environments"],
        new JObject
        {
            ["arns"] = MapOf(Str("ARN."), "ARN of each environment's connection group, by environment name."),
            ["routingEndpoints"] = MapOf(Str("DNS name."), "Routing endpoint (DNS name) of each environment's connection group, by environment name."),
            ["ids"] = MapOf(Str("Id."), "Id of each environment's connection group, by environment name."),
        });

    public static IReadOnlyDictionary<string, JObject> Types() => new Dictionary<string, JObject>(StringComparer.Ordinal)
    {
        [EnvironmentType] = ObjectType(
            "One environment of a connection group set.",
            new JObject
            {
                ["name"] = Str("Environment name (letters, digits, dashes), e.g. `prod`. Part of the group's name and its `environment` tag."),
                ["enabled"] = Bool("Whether the group serves traffic. Defaults to true; disable an environment without deleting it."),
                ["ipv6Enabled"] = Bool("Overrides the set's `ipv6Enabled` for this environment."),
                ["tags"] = MapOf(Str("Tag value."), "Tags for this environment only, merged over the set's tags."),
            },
            "name"),
    };
}
