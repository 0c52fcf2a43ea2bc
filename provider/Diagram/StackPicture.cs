namespace Awsdirect.Provider.Diagram;

/// <summary>
/// The stack before and after a preview (or, without one, as deployed), keyed by URN, with each
/// resource's change. A replaced resource keeps its URN on both sides: it is one node, marked replaced.
/// </summary>
internal sealed record StackPicture(
    IReadOnlyDictionary<string, StackResource> Before,
    IReadOnlyDictionary<string, StackResource> After,
    IReadOnlyDictionary<string, ResourceChange> Changes,
    IReadOnlyList<PreviewDiagnostic> Diagnostics,
    bool FromPreview,
    bool MissingUnchanged)
{
    public ChangeKind ChangeOf(string urn) => Changes.TryGetValue(urn, out var change) ? change.Kind : ChangeKind.None;

    /// <summary>The resource as it will be, else as it was.</summary>
    public StackResource? Latest(string urn) => After.GetValueOrDefault(urn) ?? Before.GetValueOrDefault(urn);
}
