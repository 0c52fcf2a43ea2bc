namespace Awsdirect.Provider.Diagram;

/// <summary>A node as the diagram shows it: the latest drawing of it, and what the change does to it and why.</summary>
internal sealed record MarkedNode(GraphNode Node, ChangeKind Mark, IReadOnlyList<string> Reasons);

/// <summary>A link as the diagram shows it, with its mark and the reason for it.</summary>
internal sealed record MarkedEdge(GraphEdge Edge, ChangeKind Mark, string? Reason);

/// <summary>One mission profile's picture, before vs after, ready to write.</summary>
internal sealed record MissionDiagram(
    string ProfileUrn,
    string Title,
    ChangeKind ProfileMark,
    IReadOnlyList<MarkedNode> Nodes,
    IReadOnlyList<MarkedEdge> Edges,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Notes)
{
    public MarkedNode? Node(string key) => Nodes.FirstOrDefault(n => n.Node.Key == key);

    public MarkedEdge? Edge(EdgeKind kind, string from, string to) =>
        Edges.FirstOrDefault(e => e.Edge.Kind == kind && e.Edge.From == from && e.Edge.To == to);
}
