using Awsdirect.Provider.Resources.GroundStation.Configs;
using Awsdirect.Provider.Resources.GroundStation.EndpointGroups;
using Awsdirect.Provider.Resources.GroundStation.MissionProfiles;

namespace Awsdirect.Provider.Diagram;

/// <summary>
/// What an operator must hear before applying, for the resources of one mission. The texts are the
/// provider's own (the warnings its Diff logs at preview), so the diagram and the engine never disagree:
/// AWS applies config and mission profile updates only to contacts scheduled afterwards, and a contact
/// is scheduled on a specific endpoint group, so replacing or deleting that group takes it away from
/// every contact already on the schedule. The preview's own warning and error diagnostics about these
/// resources are added, without repeating a text already listed.
/// </summary>
internal static class OperatorWarnings
{
    public static IReadOnlyList<string> For(MissionDiagram diagram, StackPicture picture)
    {
        var warnings = new List<string>();
        foreach (var node in diagram.Nodes.Where(n => n.Node.Urn is not null))
        {
            var urn = node.Node.Urn!;
            if (!picture.Changes.TryGetValue(urn, out var change) || picture.Before.GetValueOrDefault(urn) is not { } old)
            {
                // Nothing scheduled can use a resource that does not exist yet.
                continue;
            }

            var id = old.Id ?? old.Name;
            var text = (node.Node.Kind, change.Kind) switch
            {
                (NodeKind.MissionProfile, ChangeKind.Updated) when Members(change) is { Count: > 0 } members =>
                    MissionProfileWarnings.Updating(id, members),
                (NodeKind.MissionProfile, ChangeKind.Replaced) => MissionProfileWarnings.Replacing(id, change.ReplaceReasons),
                (NodeKind.MissionProfile, ChangeKind.Removed) =>
                    $"Mission profile {id} will be deleted. Contacts already reserved with it are not moved to another profile; " +
                    "cancel them, or reserve them again with the profile that replaces it.",
                (NodeKind.EndpointGroup, ChangeKind.Replaced) => EndpointGroupWarnings.Replacing(GroupTypeName(old), id, change.ReplaceReasons),
                (NodeKind.EndpointGroup, ChangeKind.Removed) =>
                    $"{GroupTypeName(old)} {id} will be deleted. Contacts already scheduled on it lose their dataflow endpoint group; " +
                    "reschedule them on the group that takes its place.",
                (not (NodeKind.MissionProfile or NodeKind.EndpointGroup), ChangeKind.Updated) when ConfigDataPaths(change) is { Count: > 0 } paths =>
                    ConfigWarnings.Updating(id, ResourceTypes.ConfigTypeOf(old), paths),
                (not (NodeKind.MissionProfile or NodeKind.EndpointGroup), ChangeKind.Replaced) =>
                    $"Config {id} ({ResourceTypes.ConfigTypeOf(old) ?? "config"}) will be replaced (changed: {string.Join(", ", change.ReplaceReasons)}): " +
                    "a new config is created, the mission profile is pointed at its ARN, then this one is deleted. Contacts already " +
                    "scheduled keep the profile's old settings, which name this config; reschedule them once the change is applied.",
                _ => null,
            };
            if (text is not null)
            {
                warnings.Add($"**{node.Node.Title}**: {text}");
            }
        }

        var urns = diagram.Nodes.Select(n => n.Node.Urn).Where(u => u is not null).ToHashSet(StringComparer.Ordinal);
        foreach (var diagnostic in picture.Diagnostics.Where(d => d.Urn is not null && urns.Contains(d.Urn) && d.Severity is "warning" or "error"))
        {
            var message = StripSeverity(diagnostic.Message);
            if (warnings.Any(w => w.Contains(message, StringComparison.Ordinal) || message.Contains(w[(w.IndexOf(": ", StringComparison.Ordinal) + 2)..], StringComparison.Ordinal)))
            {
                continue;
            }

            var title = diagram.Nodes.First(n => n.Node.Urn == diagnostic.Urn).Node.Title;
            warnings.Add($"**{title}** ({diagnostic.Severity} from the preview): {message}");
        }

        return warnings;
    }

    /// <summary>The top-level members an update changes, as the provider names them (tags change no contact).</summary>
    private static List<string> Members(ResourceChange change)
    {
        var keys = change.DetailedDiff.Count > 0 ? change.DetailedDiff.Keys.Select(MissionGraphDiff.TopLevel) : change.DiffReasons;
        return [.. keys.Where(k => k != MissionProfileProperties.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static List<string> ConfigDataPaths(ResourceChange change) =>
        [.. change.DetailedDiff.Keys.Where(k => k == ConfigProperties.ConfigData || k.StartsWith(ConfigProperties.ConfigData + ".", StringComparison.Ordinal))];

    private static string GroupTypeName(StackResource group) =>
        group.Type == DataflowEndpointGroupV2Handler.TypeToken ? "Dataflow endpoint group (V2)" : "Dataflow endpoint group";

    /// <summary>Diagnostics carry their severity as a prefix ("warning: ...").</summary>
    private static string StripSeverity(string message)
    {
        foreach (var prefix in new[] { "warning: ", "error: ", "info: " })
        {
            if (message.StartsWith(prefix, StringComparison.Ordinal))
            {
                return message[prefix.Length..].Trim();
            }
        }

        return message.Trim();
    }
}
