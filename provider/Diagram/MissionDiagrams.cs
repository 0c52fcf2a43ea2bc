namespace Awsdirect.Provider.Diagram;

/// <summary>The whole pipeline: inputs to picture, one marked diagram per mission profile, Markdown.</summary>
internal static class MissionDiagrams
{
    public static (StackPicture Picture, IReadOnlyList<MissionDiagram> Missions) Build(PreviewDigest? preview, IReadOnlyList<StackResource>? state)
    {
        var picture = StackPictureBuilder.Build(preview, state);
        var profiles = picture.Before.Values.Concat(picture.After.Values)
            .Where(ResourceTypes.IsMissionProfile)
            .Select(p => p.Urn)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var missions = new List<MissionDiagram>();
        foreach (var urn in profiles)
        {
            var before = picture.Before.TryGetValue(urn, out var b) ? MissionGraphBuilder.Build(b, picture.Before, picture.Latest) : null;
            var after = picture.After.TryGetValue(urn, out var a) ? MissionGraphBuilder.Build(a, picture.After, picture.Latest) : null;
            missions.Add(MissionGraphDiff.Merge(urn, before, after, picture));
        }

        return (picture, missions);
    }

    public static string Markdown(PreviewDigest? preview, IReadOnlyList<StackResource>? state, string? title)
    {
        var (picture, missions) = Build(preview, state);
        return MarkdownReport.Write(picture, missions, title);
    }
}
