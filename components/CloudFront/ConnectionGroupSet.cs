using System.Text.RegularExpressions;
using Awsdirect.Components.Hosting;
using Awsdirect.Components.Values;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Components.CloudFront;

/// <summary>
/// One CloudFront connection group per environment (dev, staging, prod...), all on the same Anycast
/// static IP list and carrying the same tags, each tagged with its environment. Teams that give
/// partners a fixed set of IPs to allow-list want every environment behind those IPs and want the
/// environments to differ only where they say so (enabled, IPv6).
/// </summary>
internal sealed partial class ConnectionGroupSet : IComponent
{
    public const string TypeToken = "awsdirect:cloudfront:ConnectionGroupSet";
    public const string ConnectionGroupToken = "awsdirect:cloudfront:ConnectionGroup";
    public const string AnycastIpListToken = "awsdirect:cloudfront:AnycastIpList";
    public const string EnvironmentTagKey = "environment";

    /// <summary>The only Anycast list type on which CloudFront accepts IPv6 for a connection group.</summary>
    public const string DualStack = "dualstack";

    /// <summary>
    /// The type of a list created without <c>ipAddressType</c>: AWS documents no default, and such a list is
    /// IPv4 (the member came later; terraform-provider-aws #49129). The AnycastIpList resource assumes the same.
    /// </summary>
    public const string DefaultIpAddressType = "ipv4";

    public static readonly string[] IpAddressTypes = ["ipv4", "ipv6", DualStack];

    /// <summary>IpCount values CloudFront accepts (CreateAnycastIpList: "Valid values: 21 or 3").</summary>
    public static readonly double[] IpCounts = [3, 21];

    public string Token => TypeToken;

    [GeneratedRegex("^[a-zA-Z0-9-]{1,64}$")]
    private static partial Regex EnvironmentName();

    // AnycastIpListName in the CloudFront model.
    [GeneratedRegex("^[a-zA-Z0-9-_]{1,64}$")]
    private static partial Regex ListName();

    public JObject SchemaSpec() => ConnectionGroupSetSchema.Spec();

    public IReadOnlyDictionary<string, JObject> SchemaTypes() => ConnectionGroupSetSchema.Types();

    public async Task<IReadOnlyDictionary<string, ComponentValue>> ConstructAsync(
        ComponentContext context,
        ComponentInputs inputs,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(inputs);
        var prefix = inputs.String("namePrefix");
        if (prefix is { IsUnknown: true })
        {
            inputs.Fail("namePrefix", "must be known when the component is created, because the connection group names derive from it");
        }

        var namePrefix = prefix is { Kind: ComponentValueKind.String } ? prefix : ComponentValue.Of(context.Name);
        var sharedTags = inputs.StringMap("tags");
        var list = ReadList(inputs, sharedTags);
        var ipv6Given = inputs.Bool("ipv6Enabled");
        var ipv6 = ipv6Given ?? Ipv6Default(list);
        var waitForDeployment = inputs.Bool("waitForDeployment");
        var environments = ReadEnvironments(inputs, ipv6);
        CheckIpv6(inputs, list, ipv6Given, environments);
        inputs.ThrowIfInvalid(TypeToken);

        // The list first: every group names it, so the engine must create it (and CloudFront deploy it) before them.
        ChildResource? createdList = null;
        if (list.Spec is not null)
        {
            createdList = await context.Registrar.RegisterChildAsync(
                new ChildResourceArgs(AnycastIpListToken, context.Name + "-anycast-ips", list.Spec, ChildResourceOptions.WithParent(context.Urn)),
                cancellationToken);
        }

        var anycast = createdList is null ? list.Id : createdList.Id.DependingOn([createdList.Urn]);
        var groups = environments.Select(env =>
        {
            var childInputs = new Dictionary<string, ComponentValue>(StringComparer.Ordinal)
            {
                ["name"] = ComponentValue.Format("{0}-{1}", namePrefix, env.NameValue),
                ["enabled"] = env.Enabled,
                ["ipv6Enabled"] = env.Ipv6Enabled,
                ["tags"] = MergeTags(sharedTags, env.Tags, env.NameValue),
            };
            if (anycast is not null)
            {
                childInputs["anycastIpListId"] = anycast;
            }

            // Lets the group's own Check refuse IPv6 on a single-stack list at preview too.
            if (list.Type is not null)
            {
                childInputs["anycastIpListIpAddressType"] = createdList is null ? list.Type : list.Type.DependingOn([createdList.Urn]);
            }

            if (waitForDeployment is not null)
            {
                childInputs["waitForDeployment"] = waitForDeployment;
            }

            return context.Registrar.RegisterChildAsync(
                new ChildResourceArgs(ConnectionGroupToken, context.Name + "-" + env.Name, childInputs, ChildResourceOptions.WithParent(context.Urn)),
                cancellationToken);
        }).ToList();
        await Task.WhenAll(groups);

        ComponentValue ByEnvironment(string output) => ComponentValue.Object(
            environments.Select((env, i) => KeyValuePair.Create(env.Name, groups[i].Result.Output(output))));

        return new Dictionary<string, ComponentValue>(StringComparer.Ordinal)
        {
            ["arns"] = ByEnvironment("arn"),
            ["routingEndpoints"] = ByEnvironment("routingEndpoint"),
            ["ids"] = ComponentValue.Object(environments.Select((env, i) => KeyValuePair.Create(env.Name, groups[i].Result.Id.DependingOn([groups[i].Result.Urn])))),
            ["anycastIpListId"] = anycast ?? ComponentValue.Null,
            ["anycastIps"] = createdList?.Output("anycastIps") ?? ComponentValue.Null,
        };
    }

    /// <summary>
    /// The list the groups use: one to create (<c>anycastIpList</c>), one made elsewhere
    /// (<c>anycastIpListId</c>, optionally with its type), or none (CloudFront's shared IPs).
    /// </summary>
    private static ListChoice ReadList(ComponentInputs inputs, ComponentValue? sharedTags)
    {
        var id = inputs.String("anycastIpListId");
        var givenType = inputs.String("anycastIpListIpAddressType", allowed: IpAddressTypes);
        var spec = inputs.Object("anycastIpList");
        if (spec is not null && id is not null)
        {
            inputs.Fail("anycastIpList", "give either anycastIpList (the set creates the list) or anycastIpListId (a list made elsewhere), not both");
        }

        if (givenType is not null && id is null)
        {
            inputs.Fail("anycastIpListIpAddressType", spec is null
                ? "only goes with anycastIpListId: it is the type of that list"
                : "only goes with anycastIpListId; for a list the set creates, set anycastIpList.ipAddressType");
        }

        if (id is { Kind: ComponentValueKind.String, StringValue.Length: 0 })
        {
            inputs.Fail("anycastIpListId", "must not be empty; leave it out to use CloudFront's shared IPs");
        }

        if (spec is null)
        {
            return new ListChoice(id, null, id is null ? null : givenType);
        }

        if (spec.IsUnknown)
        {
            inputs.Fail("anycastIpList", "must be known when the component is created: it decides whether a list is created and whether the groups may enable IPv6");
            return new ListChoice(null, null, null);
        }

        var name = inputs.String("anycastIpList.name", pattern: ListName());
        var count = inputs.Number("anycastIpList.ipCount", required: true, integer: true);
        if (count is { Kind: ComponentValueKind.Number } && !IpCounts.Contains(count.NumberValue))
        {
            inputs.Fail("anycastIpList.ipCount", $"CloudFront allocates 3 or 21 static IPs per list, got {count.NumberValue}");
        }

        var type = inputs.String("anycastIpList.ipAddressType", allowed: IpAddressTypes);
        if (type is { IsUnknown: true })
        {
            inputs.Fail("anycastIpList.ipAddressType", "must be known when the component is created: it decides whether the groups may enable IPv6");
        }

        var ipam = inputs.List("anycastIpList.ipamCidrConfigs");
        if (ipam is { Kind: ComponentValueKind.Array })
        {
            for (var i = 0; i < ipam.ArrayValue.Length; i++)
            {
                _ = inputs.String($"anycastIpList.ipamCidrConfigs[{i}].cidr", required: true);
                _ = inputs.String($"anycastIpList.ipamCidrConfigs[{i}].ipamPoolArn", required: true);
                _ = inputs.String($"anycastIpList.ipamCidrConfigs[{i}].anycastIp");
            }
        }

        var ownTags = inputs.StringMap("anycastIpList.tags");
        var childInputs = new Dictionary<string, ComponentValue>(StringComparer.Ordinal) { ["ipCount"] = count ?? ComponentValue.Null };
        if (name is not null)
        {
            childInputs["name"] = name;
        }

        if (type is not null)
        {
            childInputs["ipAddressType"] = type;
        }

        if (ipam is not null)
        {
            childInputs["ipamCidrConfigs"] = ipam;
        }

        if (MergeListTags(sharedTags, ownTags) is { } tags)
        {
            childInputs["tags"] = tags;
        }

        return new ListChoice(null, childInputs, type ?? inputs.Fallback("anycastIpList.ipAddressType", ComponentValue.Of(DefaultIpAddressType)));
    }

    /// <summary>
    /// IPv6 when the program says nothing: CloudFront's default (on) without a list; with one, on only for
    /// a dual-stack list, since AWS refuses IPv6 on the others; off for a list whose type is not given
    /// (lists are IPv4 unless created otherwise), as the connection group resource assumes.
    /// </summary>
    private static ComponentValue Ipv6Default(ListChoice list) =>
        list.Type is not null ? list.Type.Select(t => ComponentValue.Of(t.Kind == ComponentValueKind.String && t.StringValue == DualStack))
        : list.Id is not null ? ComponentValue.Of(false)
        : ComponentValue.Of(true);

    /// <summary>IPv6 asked for (by the set or an environment) on a list whose known type is not dual-stack.</summary>
    private static void CheckIpv6(ComponentInputs inputs, ListChoice list, ComponentValue? setIpv6, List<Environment> environments)
    {
        if (list.Type is not { Kind: ComponentValueKind.String } type || type.StringValue == DualStack)
        {
            return;
        }

        var source = list.Spec is null ? "anycastIpListIpAddressType" : "anycastIpList.ipAddressType";
        var reason = $"CloudFront refuses IPv6 on a connection group whose Anycast IP list is not {DualStack} ({source} is {type.StringValue}); "
            + $"set ipv6Enabled to false, or use a {DualStack} list";
        var setAsksIpv6 = setIpv6 is { Kind: ComponentValueKind.Bool, BoolValue: true };
        var inherited = false;
        foreach (var env in environments)
        {
            var own = inputs.Get(env.Path + ".ipv6Enabled");
            if (own is { Kind: ComponentValueKind.Bool, BoolValue: true })
            {
                inputs.Fail(env.Path + ".ipv6Enabled", reason);
            }
            else if (own is null && setAsksIpv6)
            {
                inherited = true;
            }
        }

        if (inherited)
        {
            inputs.Fail("ipv6Enabled", reason);
        }
    }

    /// <summary>The set's tags, then the list's own; null when neither was given.</summary>
    private static ComponentValue? MergeListTags(ComponentValue? shared, ComponentValue? own)
    {
        var parts = new[] { shared, own }.OfType<ComponentValue>().ToList();
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => ComponentValue.Combine(parts, known =>
            {
                var merged = new Dictionary<string, ComponentValue>(StringComparer.Ordinal);
                foreach (var (key, value) in known.SelectMany(p => p.ObjectValue))
                {
                    merged[key] = value;
                }

                return ComponentValue.Object(merged);
            }),
        };
    }

    /// <summary>Shared tags, then the environment's own, then the environment tag itself.</summary>
    private static ComponentValue MergeTags(ComponentValue? shared, ComponentValue? own, ComponentValue environment)
    {
        var parts = new List<ComponentValue> { environment };
        parts.AddRange(new[] { shared, own }.OfType<ComponentValue>());
        return ComponentValue.Combine(parts, known =>
        {
            var merged = new Dictionary<string, ComponentValue>(StringComparer.Ordinal);
            foreach (var part in known.Skip(1))
            {
                foreach (var (key, value) in part.ObjectValue)
                {
                    merged[key] = value;
                }
            }

            merged[EnvironmentTagKey] = known[0];
            return ComponentValue.Object(merged);
        });
    }

    private static List<Environment> ReadEnvironments(ComponentInputs inputs, ComponentValue ipv6Default)
    {
        var list = inputs.List("environments", required: true, minItems: 1);
        var result = new List<Environment>();
        if (list is { IsUnknown: true })
        {
            inputs.Fail("environments", "must be known when the component is created: one connection group is created per environment");
        }

        if (list is null || list.IsUnknown)
        {
            return result;
        }

        for (var i = 0; i < list.ArrayValue.Length; i++)
        {
            var path = $"environments[{i}]";
            var name = inputs.String(path + ".name", required: true, pattern: EnvironmentName());
            var enabled = inputs.Bool(path + ".enabled") ?? inputs.Fallback(path + ".enabled", ComponentValue.Of(true));
            var ipv6 = inputs.Bool(path + ".ipv6Enabled") ?? inputs.Fallback(path + ".ipv6Enabled", ipv6Default);
            var tags = inputs.StringMap(path + ".tags");
            if (name is { IsUnknown: true })
            {
                inputs.Fail(path + ".name", "must be known when the component is created: names derive from it");
            }
            else if (name is { Kind: ComponentValueKind.String } && result.Any(e => e.Name == name.StringValue))
            {
                inputs.Fail(path + ".name", $"\"{name.StringValue}\" is listed twice; environment names must be unique");
            }
            else if (name is { Kind: ComponentValueKind.String })
            {
                result.Add(new Environment(path, name, enabled, ipv6, tags));
            }
        }

        return result;
    }

    /// <param name="Id">A list made elsewhere (<c>anycastIpListId</c>).</param>
    /// <param name="Spec">The inputs of the list to create (<c>anycastIpList</c>).</param>
    /// <param name="Type">The list's IP address type when known to the program; null when not given.</param>
    private sealed record ListChoice(ComponentValue? Id, Dictionary<string, ComponentValue>? Spec, ComponentValue? Type);

    /// <param name="Path">Where the environment sits in the inputs (<c>environments[2]</c>).</param>
    /// <param name="NameValue">The environment's name as given, carrying the dependencies of <c>environments</c>.</param>
    private sealed record Environment(string Path, ComponentValue NameValue, ComponentValue Enabled, ComponentValue Ipv6Enabled, ComponentValue? Tags)
    {
        /// <summary>The name, known: child names and output keys derive from it.</summary>
        public string Name => NameValue.StringValue;
    }
}
