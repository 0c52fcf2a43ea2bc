using System.Globalization;
using System.Text;
using Awsdirect.Provider.Host;

namespace Awsdirect.Provider.Diagram;

/// <summary>
/// Writes one mission as a Mermaid flowchart (GitHub and GitLab render <c>```mermaid</c> blocks in
/// comments). Data flows left to right along solid arrows; tracking, telemetry, KMS and echo
/// references are dotted; an endpoint config is joined to the group hosting its endpoint by a plain
/// line. Children of a component sit in a subgraph named after it. Marks are both a label prefix
/// (readable without colour) and a class / link style: added green, removed red and dashed, updated in
/// place amber, replaced purple and bold.
/// </summary>
internal static class MermaidWriter
{
    public static string Write(MissionDiagram diagram)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < diagram.Nodes.Count; i++)
        {
            ids[diagram.Nodes[i].Node.Key] = "n" + i.ToString(CultureInfo.InvariantCulture);
        }

        var text = new StringBuilder();
        text.Append("flowchart LR\n");
        WriteNodes(text, diagram, ids);

        var linkIndex = 0;
        var styles = new List<string>();
        foreach (var edge in diagram.Edges)
        {
            if (!ids.TryGetValue(edge.Edge.From, out var from) || !ids.TryGetValue(edge.Edge.To, out var to))
            {
                continue;
            }

            // A link on both sides is "updated" only when it now points at a replacement.
            var label = (edge.Mark == ChangeKind.Updated ? "↪ re-pointed " : Prefix(edge.Mark)) + (edge.Edge.Label ?? string.Empty);
            var arrow = edge.Edge.Kind switch
            {
                EdgeKind.Dataflow => "-->",
                EdgeKind.HostedBy => "---",
                _ => "-.->",
            };
            text.Append("  ").Append(from).Append(' ').Append(arrow);
            if (label.Length > 0)
            {
                text.Append("|\"").Append(Escape(label.Trim())).Append("\"|");
            }

            text.Append(' ').Append(to).Append('\n');
            if (LinkStyle(edge.Mark) is { } style)
            {
                styles.Add($"  linkStyle {linkIndex.ToString(CultureInfo.InvariantCulture)} {style}");
            }

            linkIndex++;
        }

        foreach (var style in styles)
        {
            text.Append(style).Append('\n');
        }

        text.Append("  classDef added fill:#dafbe1,stroke:#1a7f37,color:#0d1117\n");
        text.Append("  classDef removed fill:#ffebe9,stroke:#cf222e,stroke-dasharray:5 5,color:#0d1117\n");
        text.Append("  classDef updated fill:#fff8c5,stroke:#9a6700,color:#0d1117\n");
        text.Append("  classDef replaced fill:#fbefff,stroke:#8250df,stroke-width:3px,color:#0d1117\n");
        foreach (var group in diagram.Nodes.Where(n => n.Mark != ChangeKind.None).GroupBy(n => n.Mark).OrderBy(g => g.Key))
        {
            text.Append("  class ").Append(string.Join(",", group.Select(n => ids[n.Node.Key]))).Append(' ').Append(ClassName(group.Key)).Append('\n');
        }

        return text.ToString();
    }

    private static void WriteNodes(StringBuilder text, MissionDiagram diagram, Dictionary<string, string> ids)
    {
        // Nodes by component chain, nested subgraphs for nested components.
        var subgraphs = new Dictionary<string, string>(StringComparer.Ordinal);
        WriteLevel(text, diagram.Nodes, [], ids, subgraphs, "  ");
    }

    private static void WriteLevel(StringBuilder text, IReadOnlyList<MarkedNode> nodes, List<string> chain, Dictionary<string, string> ids,
        Dictionary<string, string> subgraphs, string indent)
    {
        var depth = chain.Count;
        foreach (var node in nodes.Where(n => n.Node.Components.Count == depth))
        {
            text.Append(indent).Append(ids[node.Node.Key]).Append(Shape(node)).Append('\n');
        }

        foreach (var component in nodes.Where(n => n.Node.Components.Count > depth).Select(n => n.Node.Components[depth]).Distinct(StringComparer.Ordinal))
        {
            var id = "c" + subgraphs.Count.ToString(CultureInfo.InvariantCulture);
            subgraphs[component] = id;
            var type = UrnParts.Type(component);
            var label = $"{type[(type.LastIndexOf(':') + 1)..]} · {UrnParts.Name(component)}";
            text.Append(indent).Append("subgraph ").Append(id).Append("[\"").Append(Escape(label)).Append("\"]\n");
            var inner = nodes.Where(n => n.Node.Components.Count > depth && n.Node.Components[depth] == component).ToList();
            WriteLevel(text, inner, [.. chain, component], ids, subgraphs, indent + "  ");
            text.Append(indent).Append("end\n");
        }
    }

    private static string Shape(MarkedNode node)
    {
        var lines = new List<string>();
        if (Prefix(node.Mark) is { Length: > 0 } mark)
        {
            lines.Add(mark.Trim());
        }

        lines.Add(node.Node.Title);
        lines.AddRange(node.Node.Details);
        var label = "\"" + string.Join("<br/>", lines.Select(Escape)) + "\"";
        return node.Node.Kind switch
        {
            NodeKind.MissionProfile => "{{" + label + "}}",
            NodeKind.EndpointGroup => "[[" + label + "]]",
            NodeKind.S3Recording => "[(" + label + ")]",
            NodeKind.StreamsKms => ">" + label + "]",
            NodeKind.TelemetrySink => "[/" + label + "/]",
            NodeKind.OtherConfig or NodeKind.Unresolved => "([" + label + "])",
            _ => "[" + label + "]",
        };
    }

    public static string Prefix(ChangeKind mark) => mark switch
    {
        ChangeKind.Added => "➕ added ",
        ChangeKind.Removed => "➖ removed ",
        ChangeKind.Updated => "✏️ updated ",
        ChangeKind.Replaced => "♻️ replaced ",
        _ => string.Empty,
    };

    private static string? LinkStyle(ChangeKind mark) => mark switch
    {
        ChangeKind.Added => "stroke:#1a7f37,stroke-width:2px",
        ChangeKind.Removed => "stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5",
        ChangeKind.Updated => "stroke:#9a6700,stroke-width:2px",
        ChangeKind.Replaced => "stroke:#8250df,stroke-width:2px",
        _ => null,
    };

    private static string ClassName(ChangeKind mark) => mark.ToString().ToLowerInvariant();

    /// <summary>
    /// Text inside a quoted Mermaid label: quotes, angle brackets, '#' and ';' become Mermaid entity codes,
    /// so no user value can end the label or inject markup; line breaks become spaces.
    /// </summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '"' => "#quot;",
                '<' => "#lt;",
                '>' => "#gt;",
                '#' => "#35;",
                ';' => "#59;",
                '&' => "#amp;",
                '`' => "#96;",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }
}
