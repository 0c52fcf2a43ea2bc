namespace Awsdirect.Provider.Diagram;

/// <summary>What a node of a mission picture stands for.</summary>
internal enum NodeKind
{
    MissionProfile,
    Tracking,
    AntennaDownlink,
    AntennaDownlinkDemodDecode,
    AntennaUplink,
    UplinkEcho,
    DataflowEndpoint,
    S3Recording,
    TelemetrySink,
    EndpointGroup,
    StreamsKms,

    /// <summary>A config the profile names that this stack does not hold (or the input did not list).</summary>
    OtherConfig,

    /// <summary>A reference that is unknown in the preview and could not be tied to one resource.</summary>
    Unresolved,
}

/// <summary>What a link of a mission picture means.</summary>
internal enum EdgeKind
{
    /// <summary>A mission profile dataflow edge: data flows from the source config to the destination config.</summary>
    Dataflow,

    /// <summary>The profile's tracking config.</summary>
    Tracking,

    /// <summary>The profile's telemetry sink config.</summary>
    TelemetrySink,

    /// <summary>The profile's KMS key (and role) for its data streams.</summary>
    StreamsKms,

    /// <summary>A dataflow-endpoint config's endpoint, hosted by an endpoint group.</summary>
    HostedBy,

    /// <summary>An uplink-echo config echoing an antenna-uplink config.</summary>
    Echoes,
}

/// <summary>
/// One node: <c>Key</c> is its identity across before and after (the URN for resources, the ARN or
/// key for things outside the stack), <c>Details</c> the parameters a reviewer checks, <c>Components</c>
/// the component URNs it sits in (outermost first).
/// </summary>
internal sealed record GraphNode(
    string Key,
    NodeKind Kind,
    string Title,
    IReadOnlyList<string> Details,
    string? Urn,
    IReadOnlyList<string> Components);

/// <summary>
/// One link, keyed by its ends and kind. <c>Owner</c> is the resource whose input makes the link and
/// <c>Origin</c> the property path there (<c>dataflowEdges[1]</c>, <c>trackingConfigArn</c>,
/// <c>endpointDetails[0]</c>), so a change of the link can be tied to the detailed-diff entry causing it.
/// </summary>
internal sealed record GraphEdge(string From, string To, EdgeKind Kind, string? Label, string Owner, string Origin)
{
    public string Key => $"{Kind}|{From}|{To}";
}

/// <summary>The picture of one mission profile on one side of a change.</summary>
internal sealed class MissionGraph(string profileKey)
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphEdge> _edges = new(StringComparer.Ordinal);

    public string ProfileKey { get; } = profileKey;

    public IReadOnlyDictionary<string, GraphNode> Nodes => _nodes;

    public IReadOnlyDictionary<string, GraphEdge> Edges => _edges;

    /// <summary>Things a reviewer should know about how the picture was drawn (ambiguous references, ...).</summary>
    public List<string> Notes { get; } = [];

    public void Add(GraphNode node) => _nodes.TryAdd(node.Key, node);

    public void Add(GraphEdge edge) => _edges.TryAdd(edge.Key, edge);
}
