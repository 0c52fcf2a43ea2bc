using System.Text.RegularExpressions;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Resources.GroundStation.MissionProfiles.MissionProfileProperties;

namespace Awsdirect.Provider.Resources.GroundStation.MissionProfiles;

/// <summary>
/// Check for mission profiles: the service model's rules for CreateMissionProfileRequest (required,
/// ranges, lengths, patterns, the KmsKey union), run on the edges turned into AWS's <c>[from, to]</c>
/// form, plus the Ground Station rules the model leaves out. Unknown values skip only the rules that
/// need them. Every failure names the property path and starts with the rule's name.
/// </summary>
internal static partial class MissionProfileRules
{
    public const string RequestShape = "CreateMissionProfileRequest";

    /// <summary>Config types that can send data along an edge (user guide, "Use AWS Ground Station Configs").</summary>
    public static readonly IReadOnlySet<string> SourceTypes = new SortedSet<string>(StringComparer.Ordinal)
    {
        ConfigCapabilityType.AntennaDownlink,
        ConfigCapabilityType.AntennaDownlinkDemodDecode,
        ConfigCapabilityType.UplinkEcho,
        ConfigCapabilityType.DataflowEndpoint,
    };

    /// <summary>Config types that can receive data along an edge.</summary>
    public static readonly IReadOnlySet<string> DestinationTypes = new SortedSet<string>(StringComparer.Ordinal)
    {
        ConfigCapabilityType.DataflowEndpoint,
        ConfigCapabilityType.S3Recording,
        ConfigCapabilityType.AntennaUplink,
    };

    private static readonly SortedSet<string> KnownTypes = new(StringComparer.Ordinal)
    {
        ConfigCapabilityType.AntennaDownlink,
        ConfigCapabilityType.AntennaDownlinkDemodDecode,
        ConfigCapabilityType.Tracking,
        ConfigCapabilityType.DataflowEndpoint,
        ConfigCapabilityType.AntennaUplink,
        ConfigCapabilityType.UplinkEcho,
        ConfigCapabilityType.S3Recording,
        ConfigCapabilityType.TelemetrySink,
    };

    public static IReadOnlyList<CheckFailure> Check(string token, PropertyMap inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var rules = new List<CheckFailure>();
        var allowed = Inputs.ToHashSet(StringComparer.Ordinal);
        foreach (var key in inputs.Keys.Where(k => !allowed.Contains(k) && !k.StartsWith("__", StringComparison.Ordinal)))
        {
            var hint = ServerSet.Contains(key) ? " (it is an output AWS sets)" : string.Empty;
            rules.Add(new(key, $"unknown property: {token} has no '{key}'{hint}; it takes {string.Join(", ", Inputs)}"));
        }

        var arns = new List<(string Path, ConfigArn Arn)>();
        CheckConfigReference(inputs.GetNonNull(TrackingConfigArn), TrackingConfigArn, ConfigCapabilityType.Tracking, "a tracking config", arns, rules);
        CheckConfigReference(inputs.GetNonNull(TelemetrySinkConfigArn), TelemetrySinkConfigArn, ConfigCapabilityType.TelemetrySink, "a telemetry-sink config", arns, rules);
        CheckEdges(inputs.GetNonNull(DataflowEdges), arns, rules);
        CheckOneAccountAndRegion(arns, rules);
        CheckKms(inputs, rules);
        TagRules.Check(inputs.GetNonNull(Tags), rules);

        return ModelRules.Merge(Model(inputs), rules);
    }

    /// <summary>The model's rules, with edges in AWS's form and failure paths named as the user wrote them.</summary>
    public static IReadOnlyList<CheckFailure> Model(PropertyMap inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var edges = inputs.GetNonNull(DataflowEdges);
        var items = PropertyReader.Items(edges);
        var wire = items is null ? inputs : inputs.Set(DataflowEdges, PropertyValue.Create(items.Select(edge =>
        {
            // Malformed edges are reported by CheckEdges; the model skips them as unknown.
            return PropertyReader.Object(edge) is null
                ? PropertyValue.Computed
                : PropertyValue.Create(new[]
                {
                    PropertyReader.Member(edge, Source) ?? PropertyValue.Computed,
                    PropertyReader.Member(edge, Destination) ?? PropertyValue.Computed,
                });
        })));

        return ModelRules.Validate(ServiceModels.GroundStation, RequestShape, wire)
            .Select(f => f with { Property = EdgeMemberPath().Replace(f.Property, m => $"{DataflowEdges}[{m.Groups[1].Value}].{(m.Groups[2].Value == "0" ? Source : Destination)}") })
            .ToList();
    }

    private static void CheckEdges(PropertyValue? edges, List<(string, ConfigArn)> arns, List<CheckFailure> rules)
    {
        if (edges is null || PropertyReader.IsUnknown(edges))
        {
            // Absent: the model's "required" reports it.
            return;
        }

        var items = PropertyReader.Items(edges);
        if (items is null)
        {
            rules.Add(new(DataflowEdges, $"type: expected a list of {{source, destination}} edges, got {edges.Unwrap().Kind.ToString().ToLowerInvariant()}"));
            return;
        }

        if (items.Count == 0)
        {
            rules.Add(new(DataflowEdges,
                "at least one edge: a mission profile needs a dataflow edge from a source config (e.g. antenna-downlink) to a destination config (e.g. dataflow-endpoint or s3-recording)"));
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{DataflowEdges}[{i}]";
            var edge = items[i];
            if (PropertyReader.IsUnknown(edge))
            {
                continue;
            }

            var members = PropertyReader.Object(edge);
            if (members is null)
            {
                rules.Add(new(path, $"edge shape: an edge is an object {{source, destination}} of config ARNs, got {edge.Unwrap().Kind.ToString().ToLowerInvariant()}"));
                continue;
            }

            foreach (var key in members.Keys.Where(k => k is not (Source or Destination)))
            {
                rules.Add(new($"{path}.{key}", $"unknown property: an edge has only 'source' and 'destination' (config ARNs), not '{key}'"));
            }

            var source = EdgeEnd(members, Source, path, rules);
            var destination = EdgeEnd(members, Destination, path, rules);
            if (source is not null)
            {
                arns.Add(($"{path}.{Source}", source));
                CheckRole(source, $"{path}.{Source}", isSource: true, rules);
            }

            if (destination is not null)
            {
                arns.Add(($"{path}.{Destination}", destination));
                CheckRole(destination, $"{path}.{Destination}", isSource: false, rules);
            }

            if (source is not null && destination is not null && source.BaseArn == destination.BaseArn)
            {
                rules.Add(new($"{path}.{Destination}", $"edge loop: source and destination are the same config ({source.BaseArn}); data must flow between two configs"));
            }

            if (!edge.ContainsUnknowns() && members.GetNonNull(Source) is not null && members.GetNonNull(Destination) is not null)
            {
                var key = MissionProfileEdges.Key(edge);
                if (seen.TryGetValue(key, out var first))
                {
                    rules.Add(new(path, $"duplicate edge: {key} is already {DataflowEdges}[{first}]; list each edge once"));
                }
                else
                {
                    seen[key] = i;
                }
            }
        }
    }

    /// <summary>The parsed ARN at one end of an edge, or null when absent, unknown or malformed (each reported).</summary>
    private static ConfigArn? EdgeEnd(PropertyMap edge, string member, string edgePath, List<CheckFailure> rules)
    {
        var path = $"{edgePath}.{member}";
        var value = edge.GetNonNull(member);
        if (value is null)
        {
            rules.Add(new(path, $"required: an edge needs '{member}' (a config ARN)"));
            return null;
        }

        return ParseArn(value, path, rules);
    }

    private static ConfigArn? ParseArn(PropertyValue value, string path, List<CheckFailure> rules)
    {
        if (PropertyReader.IsUnknown(value))
        {
            return null;
        }

        if (!PropertyReader.TryGetString(value, out var text))
        {
            rules.Add(new(path, $"type: expected a config ARN string, got {value.Unwrap().Kind.ToString().ToLowerInvariant()}"));
            return null;
        }

        if (!ConfigArn.TryParse(text, out var arn))
        {
            rules.Add(new(path, $"config ARN: '{text}' is not a Ground Station config ARN (arn:aws:groundstation:<region>:<account>:config/<config-type>/<uuid>)"));
            return null;
        }

        if (!KnownTypes.Contains(arn.ConfigType))
        {
            rules.Add(new(path, $"config type: '{arn.ConfigType}' is not a Ground Station config type ({string.Join(", ", KnownTypes)})"));
            return null;
        }

        return arn;
    }

    private static void CheckRole(ConfigArn arn, string path, bool isSource, List<CheckFailure> rules)
    {
        var allowed = isSource ? SourceTypes : DestinationTypes;
        if (!allowed.Contains(arn.ConfigType))
        {
            rules.Add(new(path, isSource
                ? $"edge source: a {arn.ConfigType} config cannot send data; an edge source is an {string.Join(", ", allowed)} config"
                : $"edge destination: a {arn.ConfigType} config cannot receive data; an edge destination is a {string.Join(", ", allowed)} config"));
            return;
        }

        if (arn.Node is not null && !(isSource && arn.ConfigType == ConfigCapabilityType.AntennaDownlinkDemodDecode))
        {
            rules.Add(new(path,
                $"node suffix: only an antenna-downlink-demod-decode source names a node of its decode graph (e.g. '/UncodedFramesEgress'); " +
                $"refer to this {arn.ConfigType} config by its plain ARN {arn.BaseArn}"));
        }
    }

    private static void CheckConfigReference(PropertyValue? value, string path, string type, string what, List<(string, ConfigArn)> arns, List<CheckFailure> rules)
    {
        if (value is null)
        {
            return;
        }

        var arn = ParseArn(value, path, rules);
        if (arn is null)
        {
            return;
        }

        arns.Add((path, arn));
        if (arn.ConfigType != type)
        {
            rules.Add(new(path, $"config type: {path} must be the ARN of {what}, but it names a {arn.ConfigType} config"));
        }
        else if (arn.Node is not null)
        {
            rules.Add(new(path, $"node suffix: {path} is the plain ARN of {what} ({arn.BaseArn}), without '/{arn.Node}'"));
        }
    }

    /// <summary>AWS looks every config up in the mission profile's own account and region.</summary>
    private static void CheckOneAccountAndRegion(List<(string Path, ConfigArn Arn)> arns, List<CheckFailure> rules)
    {
        if (arns.Count < 2)
        {
            return;
        }

        var (firstPath, first) = arns[0];
        foreach (var (path, arn) in arns.Skip(1))
        {
            if (arn.Region != first.Region || arn.Account != first.Account || arn.Partition != first.Partition)
            {
                rules.Add(new(path,
                    $"one account and region: every config of a mission profile is in the profile's account and region; {firstPath} is in " +
                    $"{first.Account}/{first.Region}, this one in {arn.Account}/{arn.Region}"));
            }
        }
    }

    private static void CheckKms(PropertyMap inputs, List<CheckFailure> rules)
    {
        var key = inputs.GetNonNull(StreamsKmsKey);
        var role = inputs.GetNonNull(StreamsKmsRole);
        if (key is not null && role is null)
        {
            rules.Add(new(StreamsKmsRole, "KMS key and role together: streamsKmsKey needs streamsKmsRole, the IAM role AWS Ground Station assumes to use the key"));
        }
        else if (role is not null && key is null)
        {
            rules.Add(new(StreamsKmsKey, "KMS key and role together: streamsKmsRole needs streamsKmsKey, the KMS key that role encrypts streams with"));
        }

        // The model leaves KeyArn unconstrained; a key ARN that is not one fails only at contact time.
        var keyArn = PropertyReader.Member(key, KmsKeyArn);
        if (PropertyReader.TryGetString(keyArn, out var text) && !KmsKeyArnPattern().IsMatch(text))
        {
            rules.Add(new($"{StreamsKmsKey}.{KmsKeyArn}", $"KMS key ARN: '{text}' is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key-id>)"));
        }
    }

    [GeneratedRegex(@"^dataflowEdges\[([0-9]+)\]\[([01])\]")]
    private static partial Regex EdgeMemberPath();

    [GeneratedRegex(@"^arn:aws[a-zA-Z-]{0,16}:kms:[-a-z0-9]{1,50}:[0-9]{12}:key/[a-zA-Z0-9-]{1,128}\z")]
    private static partial Regex KmsKeyArnPattern();
}
