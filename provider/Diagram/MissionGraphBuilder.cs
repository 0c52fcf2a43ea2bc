using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Host;
using Awsdirect.Provider.Resources.GroundStation.MissionProfiles;
using static Awsdirect.Provider.Resources.GroundStation.MissionProfiles.MissionProfileProperties;

namespace Awsdirect.Provider.Diagram;

/// <summary>
/// Draws one mission profile on one side of a change: its tracking config, the configs its dataflow
/// edges join, the endpoint groups hosting its dataflow endpoints (matched by endpoint name, as Ground
/// Station matches them), the antenna-uplink config an uplink-echo config echoes, its telemetry sink
/// and its streams KMS key. Children of components carry their component chain.
/// </summary>
internal sealed class MissionGraphBuilder
{
    private static readonly HashSet<string> TrackingTypes = new(StringComparer.Ordinal) { ConfigCapabilityType.Tracking };
    private static readonly HashSet<string> TelemetryTypes = new(StringComparer.Ordinal) { ConfigCapabilityType.TelemetrySink };
    private static readonly HashSet<string> UplinkTypes = new(StringComparer.Ordinal) { ConfigCapabilityType.AntennaUplink };

    private readonly StackResource _profile;
    private readonly IReadOnlyDictionary<string, StackResource> _side;
    private readonly Func<string, StackResource?> _lookup;
    private readonly ConfigReferenceResolver _resolver;
    private readonly MissionGraph _graph;

    private MissionGraphBuilder(StackResource profile, IReadOnlyDictionary<string, StackResource> side, Func<string, StackResource?> lookup)
    {
        _profile = profile;
        _side = side;
        _lookup = lookup;
        _resolver = new ConfigReferenceResolver(side);
        _graph = new MissionGraph(profile.Urn);
    }

    /// <param name="profile">The mission profile as it is on this side.</param>
    /// <param name="side">Every resource on this side, by URN.</param>
    /// <param name="lookup">Any resource of either side by URN (for component parents a side does not list).</param>
    public static MissionGraph Build(StackResource profile, IReadOnlyDictionary<string, StackResource> side, Func<string, StackResource?> lookup)
    {
        var builder = new MissionGraphBuilder(profile, side, lookup);
        builder.Draw();
        return builder._graph;
    }

    private void Draw()
    {
        _graph.Add(new GraphNode(_profile.Urn, NodeKind.MissionProfile, "Mission profile · " + _profile.Name,
            NodeDetails.MissionProfile(_profile), _profile.Urn, Components(_profile)));

        Link(_profile.Urn, _resolver.Resolve(_profile, TrackingConfigArn, _profile.Value(TrackingConfigArn), TrackingTypes),
            EdgeKind.Tracking, "tracking", _profile.Urn, TrackingConfigArn, reverse: false);
        Link(_profile.Urn, _resolver.Resolve(_profile, TelemetrySinkConfigArn, _profile.Value(TelemetrySinkConfigArn), TelemetryTypes),
            EdgeKind.TelemetrySink, "telemetry", _profile.Urn, TelemetrySinkConfigArn, reverse: false);
        DrawKms();
        DrawEdges();
        DrawEchoes();
        DrawHostingGroups();
    }

    private void DrawKms()
    {
        var key = _profile.Value(StreamsKmsKey);
        if (key is null && _profile.Value(StreamsKmsRole) is null)
        {
            return;
        }

        // Keyed by the key itself: changing the key reads as one KMS node removed and another added.
        var identity = key is null ? "none" : StateValue.IsUnknown(key) ? "unknown" : StateValue.Compact(key.Value);
        var node = new GraphNode("kms:" + identity, NodeKind.StreamsKms, "Streams KMS key", NodeDetails.Kms(_profile), null, []);
        _graph.Add(node);
        _graph.Add(new GraphEdge(_profile.Urn, node.Key, EdgeKind.StreamsKms, "encrypts streams", _profile.Urn, StreamsKmsKey));
    }

    private void DrawEdges()
    {
        var value = _profile.Value(DataflowEdges);
        if (StateValue.IsUnknown(value))
        {
            _graph.Notes.Add($"The dataflow edges of {_profile.Name} are {StateValue.UnknownText}: they are not drawn.");
            return;
        }

        var items = StateValue.Items(value);
        var ends = new List<(ConfigReference? Source, ConfigReference? Destination)>();
        foreach (var edge in items)
        {
            ends.Add((
                _resolver.Resolve(_profile, DataflowEdges, StateValue.Member(edge, Source), MissionProfileRules.SourceTypes),
                _resolver.Resolve(_profile, DataflowEdges, StateValue.Member(edge, Destination), MissionProfileRules.DestinationTypes)));
        }

        EdgeEndSolver.Solve(ends);
        for (var i = 0; i < ends.Count; i++)
        {
            var origin = $"{DataflowEdges}[{i}]";
            var from = NodeKey(ends[i].Source, origin + "." + Source);
            var to = NodeKey(ends[i].Destination, origin + "." + Destination);
            if (from is null || to is null)
            {
                continue;
            }

            // A demod/decode source ARN may name the egress node of its decode graph.
            var egress = StateValue.KnownString(StateValue.Member(items[i], Source)) is { } arn && ConfigArn.TryParse(arn, out var parsed) ? parsed.Node : null;
            _graph.Add(new GraphEdge(from, to, EdgeKind.Dataflow, egress, _profile.Urn, origin));
        }
    }

    private void DrawEchoes()
    {
        foreach (var node in _graph.Nodes.Values.Where(n => n.Kind == NodeKind.UplinkEcho && n.Urn is not null).ToList())
        {
            var echo = _side[node.Urn!];
            var arn = StateValue.At(echo.Value("configData"), "uplinkEchoConfig.antennaUplinkConfigArn");
            Link(node.Key, _resolver.Resolve(echo, "configData", arn, UplinkTypes), EdgeKind.Echoes, "echoes", echo.Urn,
                "configData.uplinkEchoConfig.antennaUplinkConfigArn", reverse: false);
        }
    }

    private void DrawHostingGroups()
    {
        var groups = _side.Values.Where(ResourceTypes.IsEndpointGroup).OrderBy(g => g.Urn, StringComparer.Ordinal).ToList();
        foreach (var node in _graph.Nodes.Values.Where(n => n.Kind == NodeKind.DataflowEndpoint && n.Urn is not null).ToList())
        {
            var config = _side[node.Urn!];
            var nameValue = StateValue.At(config.Value("configData"), "dataflowEndpointConfig.dataflowEndpointName");
            var name = StateValue.KnownString(nameValue);
            var hosts = new List<(StackResource Group, string Origin)>();
            if (name is not null)
            {
                foreach (var group in groups)
                {
                    hosts.AddRange(EndpointGroupEndpoints.Of(group).Where(e => e.Name == name).Select(e => (group, e.Origin)));
                }
            }

            if (hosts.Count == 0)
            {
                // The name is unknown, or no group here has it: the groups the profile waits for are the hosts
                // the program declared (a contact needs them, so programs depend on them).
                var declared = groups.Where(g => _profile.Dependencies.Contains(g.Urn, StringComparer.Ordinal)
                    && (name is null || EndpointGroupEndpoints.Of(g).Any(e => e.Name is null))).ToList();
                hosts.AddRange(declared.Select(g => (g, g.Type == Resources.GroundStation.EndpointGroups.DataflowEndpointGroupV2Handler.TypeToken ? "endpoints" : "endpointDetails")));
                if (hosts.Count == 0)
                {
                    _graph.Notes.Add(name is null
                        ? $"The endpoint name of {config.Name} is {StateValue.UnknownText}; no endpoint group could be tied to it."
                        : $"No endpoint group in the input hosts an endpoint named \"{name}\" (used by {config.Name}).");
                    continue;
                }
            }

            foreach (var (group, origin) in hosts)
            {
                var (label, details) = NodeDetails.EndpointGroup(group);
                _graph.Add(new GraphNode(group.Urn, NodeKind.EndpointGroup, $"{label} · {group.Name}", details, group.Urn, Components(group)));
                _graph.Add(new GraphEdge(node.Key, group.Urn, EdgeKind.HostedBy, "endpoint " + (name ?? StateValue.UnknownText), group.Urn, origin));
            }
        }
    }

    private void Link(string from, ConfigReference? reference, EdgeKind kind, string label, string owner, string origin, bool reverse)
    {
        if (NodeKey(reference, origin) is not { } to)
        {
            return;
        }

        _graph.Add(reverse ? new GraphEdge(to, from, kind, label, owner, origin) : new GraphEdge(from, to, kind, label, owner, origin));
    }

    /// <summary>The node a reference is drawn as (added to the graph); null when there is no reference.</summary>
    private string? NodeKey(ConfigReference? reference, string origin)
    {
        switch (reference)
        {
            case null:
                return null;
            case ConfigReference.Resource { Config: var config }:
                var (kind, label, details) = NodeDetails.Config(config);
                if (StateValue.ContainsUnknown(config.Value("configData")) && ValueSources(config) is { Count: > 0 } sources)
                {
                    // Unknown members come from other resources (a bucket, a role): name them.
                    details.Add("from " + string.Join(", ", sources));
                }

                _graph.Add(new GraphNode(config.Urn, kind, $"{label} · {config.Name}", details, config.Urn, Components(config)));
                return config.Urn;
            case ConfigReference.External external:
                var key = "arn:" + external.Arn;
                _graph.Add(new GraphNode(key, NodeKind.OtherConfig, "Config not in the input", [
                    external.ConfigType ?? "config",
                    NodeDetails.Shorten(external.Arn.Split('/')[^1]),
                ], null, []));
                return key;
            case ConfigReference.Pending { Candidates: var candidates }:
                var pending = "pending:" + _profile.Urn + ":" + origin;
                var text = candidates.Count == 0
                    ? "no matching config in the input"
                    : "one of " + string.Join(", ", candidates.Select(c => c.Name));
                _graph.Add(new GraphNode(pending, NodeKind.Unresolved, "Config " + StateValue.UnknownText, [text], null, []));
                _graph.Notes.Add($"{origin} of {_profile.Name} is {StateValue.UnknownText} and could not be tied to one config ({text}).");
                return pending;
            default:
                return null;
        }
    }

    /// <summary>The resources outside Ground Station that a config's configData came from, by logical name.</summary>
    private List<string> ValueSources(StackResource config) =>
        [.. config.DependenciesOf("configData")
            .Select(urn => _side.GetValueOrDefault(urn) ?? _lookup(urn))
            .Where(r => r is not null && !ResourceTypes.IsGroundStation(r))
            .Select(r => r!.Name)
            .Distinct(StringComparer.Ordinal)];

    /// <summary>The component URNs a resource sits in, outermost first (the stack and providers are not components).</summary>
    private List<string> Components(StackResource resource)
    {
        var chain = new List<string>();
        var parent = resource.Parent;
        while (parent is not null && chain.Count < 32 && !chain.Contains(parent, StringComparer.Ordinal))
        {
            var known = _side.GetValueOrDefault(parent) ?? _lookup(parent);
            var type = known?.Type ?? UrnParts.Type(parent);
            if (type == ResourceTypes.Stack || type.StartsWith("pulumi:providers:", StringComparison.Ordinal) || known?.Custom == true)
            {
                break;
            }

            chain.Insert(0, parent);
            parent = known?.Parent;
        }

        return chain;
    }
}
