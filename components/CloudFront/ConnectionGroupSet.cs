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
    public const string EnvironmentTagKey = "environment";

    public string Token => TypeToken;

    [GeneratedRegex("^[a-zA-Z0-9-]{1,64}$")]
    private static partial Regex EnvironmentName();

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
        var anycast = inputs.String("anycastIpListId");
        var ipv6 = inputs.Bool("ipv6Enabled") ?? ComponentValue.Of(true);
        var sharedTags = inputs.StringMap("tags");
        var waitForDeployment = inputs.Bool("waitForDeployment");
        var environments = ReadEnvironments(inputs, ipv6);
        inputs.ThrowIfInvalid(TypeToken);

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
                result.Add(new Environment(name, enabled, ipv6, tags));
            }
        }

        return result;
    }

    /// <param name="NameValue">The environment's name as given, carrying the dependencies of <c>environments</c>.</param>
    private sealed record Environment(ComponentValue NameValue, ComponentValue Enabled, ComponentValue Ipv6Enabled, ComponentValue? Tags)
    {
        /// <summary>The name, known: child names and output keys derive from it.</summary>
        public string Name => NameValue.StringValue;
    }
}
