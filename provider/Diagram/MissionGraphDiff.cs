namespace Awsdirect.Provider.Diagram;

/// <summary>
/// Puts the before and after drawings of one mission profile together and marks them.
/// <list type="bullet">
/// <item>A resource node carries its resource's change (added, removed, updated in place, replaced) with the
/// detailed-diff paths as reasons; a node that is not a resource (a KMS key, a config outside the stack) is
/// added or removed by being on one side only.</item>
/// <item>A link on one side only is added or removed; a link on both sides is updated only when an end is
/// replaced (it is re-pointed at the new ARN). Its reason is the detailed-diff entry of
/// its owner's input (<c>dataflowEdges[1] (add)</c>), else what made it come or go (a new profile, a deleted group).</item>
/// </list>
/// </summary>
internal static class MissionGraphDiff
{
    public static MissionDiagram Merge(string profileUrn, MissionGraph? before, MissionGraph? after, StackPicture picture)
    {
        var nodes = new Dictionary<string, MarkedNode>(StringComparer.Ordinal);
        foreach (var node in (before?.Nodes.Values ?? []).Concat(after?.Nodes.Values ?? []))
        {
            var inBefore = before?.Nodes.ContainsKey(node.Key) == true;
            var inAfter = after?.Nodes.ContainsKey(node.Key) == true;
            var latest = inAfter ? after!.Nodes[node.Key] : node;
            ChangeKind mark;
            IReadOnlyList<string> reasons = [];
            if (node.Urn is { } urn && picture.Changes.TryGetValue(urn, out var change) && change.Kind != ChangeKind.None)
            {
                mark = change.Kind;
                reasons = change.Kind is ChangeKind.Updated or ChangeKind.Replaced ? WithValues(change, picture) : [];
            }
            else if (node.Urn is null)
            {
                mark = inBefore == inAfter ? ChangeKind.None : inAfter ? ChangeKind.Added : ChangeKind.Removed;
            }
            else
            {
                mark = ChangeKind.None;
            }

            nodes[node.Key] = new MarkedNode(latest, mark, reasons);
        }

        var edges = new Dictionary<string, MarkedEdge>(StringComparer.Ordinal);
        foreach (var edge in (before?.Edges.Values ?? []).Concat(after?.Edges.Values ?? []))
        {
            if (edges.ContainsKey(edge.Key))
            {
                continue;
            }

            var inBefore = before?.Edges.ContainsKey(edge.Key) == true;
            var inAfter = after?.Edges.ContainsKey(edge.Key) == true;
            var latest = inAfter ? after!.Edges[edge.Key] : edge;
            var own = OwnReason(picture.Changes.GetValueOrDefault(latest.Owner), latest.Origin);
            MarkedEdge marked;
            if (inBefore && inAfter)
            {
                var replacedEnd = new[] { latest.From, latest.To }.FirstOrDefault(k => nodes.TryGetValue(k, out var n) && n.Mark == ChangeKind.Replaced);
                // Same ends on both sides is the same link (edges are a set; list positions may shift).
                marked = replacedEnd is not null
                    ? new MarkedEdge(latest, ChangeKind.Updated, $"re-pointed at the replacement of {nodes[replacedEnd].Node.Title}")
                    : new MarkedEdge(latest, ChangeKind.None, null);
            }
            else if (inAfter)
            {
                marked = new MarkedEdge(latest, ChangeKind.Added, own ?? Cause(latest, nodes, picture, added: true));
            }
            else
            {
                marked = new MarkedEdge(latest, ChangeKind.Removed, own ?? Cause(latest, nodes, picture, added: false));
            }

            edges[edge.Key] = marked;
        }

        var profile = picture.Latest(profileUrn);
        var title = profile is null ? profileUrn : StateValue.KnownString(profile.Value("name")) ?? profile.Name;
        var notes = (before?.Notes ?? []).Concat(after?.Notes ?? []).Distinct(StringComparer.Ordinal).ToList();
        var ordered = nodes.Values.OrderBy(n => n.Node.Kind).ThenBy(n => n.Node.Title, StringComparer.Ordinal).ThenBy(n => n.Node.Key, StringComparer.Ordinal).ToList();
        var orderedEdges = edges.Values.OrderBy(e => e.Edge.Kind).ThenBy(e => e.Edge.Origin, StringComparer.Ordinal).ThenBy(e => e.Edge.Key, StringComparer.Ordinal).ToList();
        var diagram = new MissionDiagram(profileUrn, title, picture.ChangeOf(profileUrn), ordered, orderedEdges, [], notes);
        return diagram with { Warnings = OperatorWarnings.For(diagram, picture) };
    }

    /// <summary>
    /// The change's reasons, each scalar one with its old and new value
    /// (<c>spectrumConfig.centerFrequency.value (update): 7812 → 7815</c>), so a reviewer need not open the code.
    /// </summary>
    public static IReadOnlyList<string> WithValues(ResourceChange change, StackPicture picture)
    {
        var before = picture.Before.GetValueOrDefault(change.Urn);
        var after = picture.After.GetValueOrDefault(change.Urn);
        return change.Reasons().Select(reason =>
        {
            var path = reason[..reason.LastIndexOf(" (", StringComparison.Ordinal)];
            var old = Scalar(before is null ? null : PropertyPath.Resolve(before.Inputs, path) ?? PropertyPath.Resolve(before.Outputs, path));
            var now = Scalar(after is null ? null : PropertyPath.Resolve(after.Inputs, path));
            return old is null && now is null ? reason : $"{reason}: {old ?? "(none)"} → {now ?? "(none)"}";
        }).ToList();
    }

    private static string? Scalar(System.Text.Json.JsonElement? value) =>
        value is { ValueKind: System.Text.Json.JsonValueKind.Object or System.Text.Json.JsonValueKind.Array } && !StateValue.IsSecret(value)
            ? null
            : StateValue.Text(value) is { } text ? NodeDetails.Shorten(text) : null;

    /// <summary>The owner's detailed-diff entries at or below the link's input path, or the whole top-level input.</summary>
    private static string? OwnReason(ResourceChange? change, string origin)
    {
        if (change is null || change.DetailedDiff.Count == 0)
        {
            return null;
        }

        var top = TopLevel(origin);
        var hits = change.DetailedDiff
            .Where(e => e.Key == origin || e.Key.StartsWith(origin + ".", StringComparison.Ordinal) || e.Key.StartsWith(origin + "[", StringComparison.Ordinal) || e.Key == top)
            .Select(e => $"{e.Key} ({e.Value.Kind})")
            .ToList();
        return hits.Count == 0 ? null : string.Join(", ", hits);
    }

    /// <summary>The top-level property of a path: <c>dataflowEdges</c> of <c>dataflowEdges[1].source</c>.</summary>
    public static string TopLevel(string path)
    {
        var cut = path.IndexOfAny(['.', '[']);
        return cut < 0 ? path : path[..cut];
    }

    private static string Cause(GraphEdge edge, Dictionary<string, MarkedNode> nodes, StackPicture picture, bool added)
    {
        var wanted = added ? ChangeKind.Added : ChangeKind.Removed;
        if (picture.ChangeOf(edge.Owner) == wanted)
        {
            return added ? "new " + Describe(edge.Owner, nodes, picture) : Describe(edge.Owner, nodes, picture) + " is deleted";
        }

        foreach (var end in new[] { edge.To, edge.From })
        {
            if (nodes.TryGetValue(end, out var node) && node.Mark == wanted)
            {
                return added ? "new " + node.Node.Title : node.Node.Title + " is deleted";
            }
        }

        return added ? "now referenced" : "no longer referenced";
    }

    private static string Describe(string urn, Dictionary<string, MarkedNode> nodes, StackPicture picture) =>
        nodes.TryGetValue(urn, out var node) ? node.Node.Title : picture.Latest(urn)?.Name ?? urn;
}
