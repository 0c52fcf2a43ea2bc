using System.Globalization;
using System.Text;
using Awsdirect.Provider.Host;

namespace Awsdirect.Provider.Diagram;

/// <summary>
/// The Markdown a pull-request comment shows: a heading naming the stack and what the input was, one
/// section per mission profile (the Mermaid diagram, a table of every marked node and link with its
/// reason, the operator warnings, notes on how references were tied), then the Ground Station
/// resources no drawn mission uses. A stack with no mission profile says so.
/// </summary>
internal static class MarkdownReport
{
    /// <summary>A marker on the first line, so a CI job can find and update its own earlier comment.</summary>
    public const string Marker = "<!-- awsdirect-mission-diagram -->";

    public static string Write(StackPicture picture, IReadOnlyList<MissionDiagram> missions, string? title)
    {
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentNullException.ThrowIfNull(missions);
        var text = new StringBuilder();
        text.Append(Marker).Append('\n');
        text.Append("## ").Append(title ?? DefaultTitle(picture)).Append("\n\n");
        text.Append(Summary(picture)).Append("\n\n");
        if (picture.MissingUnchanged)
        {
            text.Append("> [!NOTE]\n> The preview lists only what changes, so unchanged resources are drawn from the ARNs that name them. ")
                .Append("For the full picture pass the current state too (`--state` with `pulumi stack export`), or run the preview with `--show-sames`.\n\n");
        }

        if (missions.Count == 0)
        {
            text.Append("No AWS Ground Station mission profile in ").Append(picture.FromPreview ? "this preview" : "this stack").Append(", so there is no mission to draw.\n");
        }
        else
        {
            text.Append("Legend: ➕ added · ➖ removed · ✏️ updated in place · ♻️ replaced · ↪ re-pointed at a replacement; ")
                .Append("solid arrows carry data, dotted ones are references, plain lines join an endpoint config to its endpoint group. ")
                .Append("Values shown as ").Append(StateValue.UnknownText).Append(" are computed while applying.\n\n");
        }

        foreach (var mission in missions)
        {
            WriteMission(text, mission);
        }

        WriteOthers(text, picture, missions);
        return text.ToString();
    }

    private static void WriteMission(StringBuilder text, MissionDiagram mission)
    {
        text.Append("### Mission profile `").Append(Code(mission.Title)).Append('`');
        if (mission.ProfileMark != ChangeKind.None)
        {
            text.Append(" (").Append(Describe(mission.ProfileMark)).Append(')');
        }

        text.Append("\n\n```mermaid\n").Append(MermaidWriter.Write(mission)).Append("```\n\n");

        var rows = new List<(string Change, string Element, string Why)>();
        foreach (var node in mission.Nodes.Where(n => n.Mark != ChangeKind.None))
        {
            rows.Add((Describe(node.Mark), node.Node.Title, node.Reasons.Count > 0 ? string.Join(", ", node.Reasons.Select(r => "`" + Code(r) + "`")) : "-"));
        }

        foreach (var edge in mission.Edges.Where(e => e.Mark != ChangeKind.None))
        {
            var from = mission.Node(edge.Edge.From)?.Node.Title ?? edge.Edge.From;
            var to = mission.Node(edge.Edge.To)?.Node.Title ?? edge.Edge.To;
            var change = edge.Mark == ChangeKind.Updated ? "↪ re-pointed" : Describe(edge.Mark);
            rows.Add((change, $"{EdgeName(edge.Edge.Kind)}: {from} → {to}", edge.Reason is null ? "-" : Code(edge.Reason)));
        }

        if (rows.Count > 0)
        {
            text.Append("| change | element | why |\n| --- | --- | --- |\n");
            foreach (var (change, element, why) in rows)
            {
                text.Append("| ").Append(change).Append(" | ").Append(Cell(element)).Append(" | ").Append(Cell(why)).Append(" |\n");
            }

            text.Append('\n');
        }
        else
        {
            text.Append("No change to this mission.\n\n");
        }

        if (mission.Warnings.Count > 0)
        {
            text.Append("**⚠️ Operator warnings**\n\n");
            foreach (var warning in mission.Warnings)
            {
                text.Append("- ").Append(warning).Append('\n');
            }

            text.Append('\n');
        }

        foreach (var note in mission.Notes)
        {
            text.Append("> ").Append(note).Append('\n');
        }

        if (mission.Notes.Count > 0)
        {
            text.Append('\n');
        }
    }

    /// <summary>Ground Station resources of the input that no drawn mission shows, changed ones with their change.</summary>
    private static void WriteOthers(StringBuilder text, StackPicture picture, IReadOnlyList<MissionDiagram> missions)
    {
        var drawn = missions.SelectMany(m => m.Nodes).Select(n => n.Node.Urn).Where(u => u is not null).ToHashSet(StringComparer.Ordinal);
        var others = picture.Before.Keys.Union(picture.After.Keys)
            .Select(urn => picture.Latest(urn)!)
            .Where(r => ResourceTypes.IsGroundStation(r) && !drawn.Contains(r.Urn))
            .OrderBy(r => r.Urn, StringComparer.Ordinal)
            .ToList();
        if (others.Count == 0)
        {
            return;
        }

        text.Append(missions.Count == 0 ? "Ground Station resources in the input:\n\n" : "**Not part of any mission profile above**\n\n");
        text.Append("| resource | type | change | why |\n| --- | --- | --- | --- |\n");
        foreach (var resource in others)
        {
            var change = picture.Changes.GetValueOrDefault(resource.Urn);
            var kind = change?.Kind ?? ChangeKind.None;
            var type = ResourceTypes.IsConfig(resource) ? ResourceTypes.ConfigTypeOf(resource) ?? "config" : UrnParts.Type(resource.Urn);
            var why = kind is ChangeKind.Updated or ChangeKind.Replaced ? string.Join(", ", change!.Reasons().Select(r => "`" + Code(r) + "`")) : "-";
            text.Append("| ").Append(Cell(resource.Name)).Append(" | ").Append(Cell(type)).Append(" | ")
                .Append(kind == ChangeKind.None ? "unchanged" : Describe(kind)).Append(" | ").Append(Cell(why)).Append(" |\n");
        }

        text.Append('\n');
    }

    private static string DefaultTitle(StackPicture picture)
    {
        var any = picture.Before.Keys.Concat(picture.After.Keys).Concat(picture.Changes.Keys).FirstOrDefault();
        var stack = any is null ? null : StackOf(any);
        var what = picture.FromPreview ? "Mission dataflow changes" : "Deployed mission dataflow";
        return stack is null ? what : $"{what}: `{Code(stack)}`";
    }

    /// <summary>"project/stack" from <c>urn:pulumi:stack::project::...</c>.</summary>
    private static string? StackOf(string urn)
    {
        var parts = urn.Split("::");
        return parts.Length >= 2 && parts[0].StartsWith("urn:pulumi:", StringComparison.Ordinal)
            ? parts[1] + "/" + parts[0]["urn:pulumi:".Length..]
            : null;
    }

    private static string Summary(StackPicture picture)
    {
        if (!picture.FromPreview)
        {
            return "From `pulumi stack export`: what is deployed now.";
        }

        var counts = picture.Changes.Values
            .Where(c => c.Kind != ChangeKind.None && !c.Urn.Contains("::pulumi:pulumi:Stack::", StringComparison.Ordinal))
            .GroupBy(c => c.Kind)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Count().ToString(CultureInfo.InvariantCulture)} {Describe(g.Key)}")
            .ToList();
        return counts.Count == 0 ? "From `pulumi preview --json`: no resource changes." : "From `pulumi preview --json`: " + string.Join(", ", counts) + ".";
    }

    private static string Describe(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "➕ added",
        ChangeKind.Removed => "➖ removed",
        ChangeKind.Updated => "✏️ updated in place",
        ChangeKind.Replaced => "♻️ replaced",
        _ => "unchanged",
    };

    private static string EdgeName(EdgeKind kind) => kind switch
    {
        EdgeKind.Dataflow => "dataflow edge",
        EdgeKind.Tracking => "tracking config",
        EdgeKind.TelemetrySink => "telemetry sink",
        EdgeKind.StreamsKms => "streams KMS key",
        EdgeKind.HostedBy => "endpoint hosted by",
        EdgeKind.Echoes => "uplink echo of",
        _ => kind.ToString(),
    };

    /// <summary>A table cell: pipes and line breaks would end it, and '&lt;' could open markup.</summary>
    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace('\n', ' ');

    /// <summary>Text inside backticks: a backtick would end the span.</summary>
    private static string Code(string text) => text.Replace('`', '\'');
}
