using System.Text.Json;
using Awsdirect.Provider.Resources.GroundStation.MissionProfiles;

namespace Awsdirect.Provider.Diagram;

/// <summary>What a config ARN in a mission profile (or uplink-echo config) points at.</summary>
internal abstract record ConfigReference
{
    /// <summary>A config resource of this stack.</summary>
    internal sealed record Resource(StackResource Config) : ConfigReference;

    /// <summary>A known ARN of a config this stack does not hold (or the input does not list).</summary>
    internal sealed record External(string Arn, string? ConfigType) : ConfigReference;

    /// <summary>
    /// An ARN unknown in the preview; <c>Candidates</c> are the configs it may be: the property's
    /// recorded dependencies whose own ARN is still unknown and whose type fits the role.
    /// </summary>
    internal sealed record Pending(IReadOnlyList<StackResource> Candidates) : ConfigReference;
}

/// <summary>
/// Ties config ARNs to config resources on one side of a change.
/// <list type="bullet">
/// <item>A known ARN matches the config whose <c>arn</c> output it is, ignoring a <c>/node</c> suffix (demod/decode
/// sources name their egress node); else the config with that UUID; else it is a config outside the stack.</item>
/// <item>An unknown ARN (a config created or replaced by this preview) matches through the engine's
/// <c>propertyDependencies</c> of the property it sits in (or <c>dependencies</c> when an engine recorded none
/// per property): only a config whose own ARN is unknown can have produced it, and only one whose type
/// may stand in that place (tracking, telemetry sink, edge source or destination).</item>
/// </list>
/// </summary>
internal sealed class ConfigReferenceResolver
{
    private readonly IReadOnlyDictionary<string, StackResource> _side;
    private readonly Dictionary<string, StackResource> _byArn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StackResource> _byId = new(StringComparer.OrdinalIgnoreCase);

    public ConfigReferenceResolver(IReadOnlyDictionary<string, StackResource> side)
    {
        _side = side;
        foreach (var config in side.Values.Where(ResourceTypes.IsConfig))
        {
            if (ResourceTypes.KnownArn(config) is { } arn)
            {
                _byArn.TryAdd(arn, config);
            }

            if ((StateValue.KnownString(config.Output("configId")) ?? config.Id) is { } id)
            {
                _byId.TryAdd(id, config);
            }
        }
    }

    /// <summary>Resolves the value at a property of <paramref name="owner"/>; null when the value is absent.</summary>
    /// <param name="owner">The resource holding the reference.</param>
    /// <param name="property">The top-level input it sits in (the key of its property dependencies).</param>
    /// <param name="value">The ARN value.</param>
    /// <param name="allowedTypes">Config types that may stand there.</param>
    public ConfigReference? Resolve(StackResource owner, string property, JsonElement? value, IReadOnlySet<string> allowedTypes)
    {
        if (value is null)
        {
            return null;
        }

        if (StateValue.KnownString(value) is { } arn)
        {
            if (ConfigArn.TryParse(arn, out var parsed))
            {
                if (_byArn.TryGetValue(parsed.BaseArn, out var config) || _byId.TryGetValue(parsed.ConfigId, out config))
                {
                    return new ConfigReference.Resource(config);
                }

                return new ConfigReference.External(parsed.BaseArn, parsed.ConfigType);
            }

            return _byArn.TryGetValue(arn, out var exact) ? new ConfigReference.Resource(exact) : new ConfigReference.External(arn, null);
        }

        if (!StateValue.IsUnknown(value))
        {
            // A secret or malformed value: drawn as it reads, never guessed at.
            return new ConfigReference.External(StateValue.Text(value) ?? "?", null);
        }

        var candidates = owner.DependenciesOf(property)
            .Distinct(StringComparer.Ordinal)
            .Select(urn => _side.GetValueOrDefault(urn))
            .Where(r => r is not null && ResourceTypes.IsConfig(r) && ResourceTypes.KnownArn(r) is null)
            .Select(r => r!)
            .Where(r => ResourceTypes.ConfigTypeOf(r) is not { } type || allowedTypes.Contains(type))
            .OrderBy(r => r.Urn, StringComparer.Ordinal)
            .ToList();
        return candidates.Count == 1 ? new ConfigReference.Resource(candidates[0]) : new ConfigReference.Pending(candidates);
    }
}
