namespace Awsdirect.Provider.Diagram;

/// <summary>What a preview does to one resource, as a reviewer reads it.</summary>
internal enum ChangeKind
{
    None,
    Added,
    Removed,
    Updated,
    Replaced,
}

/// <summary>A resource's planned change with the engine's reasons for it.</summary>
internal sealed record ResourceChange(
    string Urn,
    ChangeKind Kind,
    string Op,
    IReadOnlyList<string> DiffReasons,
    IReadOnlyList<string> ReplaceReasons,
    IReadOnlyDictionary<string, PropertyChange> DetailedDiff)
{
    /// <summary>
    /// How an engine operation reads. <c>replace</c> and its two halves (listed with
    /// <c>--show-replacement-steps</c>) are one replacement; <c>same</c>, <c>read</c>, <c>refresh</c> and
    /// <c>discard</c> change nothing in the cloud.
    /// </summary>
    public static ChangeKind KindOf(string op) => op switch
    {
        "create" or "import" => ChangeKind.Added,
        "update" => ChangeKind.Updated,
        "replace" or "create-replacement" or "delete-replaced" or "import-replacement" => ChangeKind.Replaced,
        "delete" => ChangeKind.Removed,
        _ => ChangeKind.None,
    };

    /// <summary>The property paths that changed, each with its kind, replacing ones first.</summary>
    public IReadOnlyList<string> Reasons()
    {
        var reasons = DetailedDiff
            .OrderBy(e => e.Value.Replaces ? 0 : 1)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => $"{e.Key} ({e.Value.Kind})")
            .ToList();
        if (reasons.Count == 0)
        {
            // No detailed diff (older providers): the engine's top-level keys.
            reasons.AddRange(ReplaceReasons.Select(r => $"{r} (replace)"));
            reasons.AddRange(DiffReasons.Except(ReplaceReasons, StringComparer.Ordinal).Select(r => $"{r} (update)"));
        }

        return reasons;
    }
}
