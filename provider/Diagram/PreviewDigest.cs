namespace Awsdirect.Provider.Diagram;

/// <summary>
/// What <c>pulumi preview --json</c> prints (the display package's preview digest): the steps the engine
/// plans, the engine's diagnostics and the count of steps per operation.
/// </summary>
internal sealed record PreviewDigest(
    IReadOnlyList<PreviewStep> Steps,
    IReadOnlyList<PreviewDiagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> ChangeSummary);

/// <summary>
/// One planned step. <c>Old</c> is the state last recorded (outputs included); <c>New</c> is recorded before
/// the step runs, so it has the new inputs but neither id nor outputs. <c>ReplaceReasons</c> are the
/// properties forcing a replacement, <c>DiffReasons</c> those that differ, and <c>DetailedDiff</c> maps
/// property paths (<c>configData.x.y</c>, <c>dataflowEdges[1]</c>) to their kind of change.
/// </summary>
internal sealed record PreviewStep(
    string Op,
    string Urn,
    StackResource? Old,
    StackResource? New,
    IReadOnlyList<string> DiffReasons,
    IReadOnlyList<string> ReplaceReasons,
    IReadOnlyDictionary<string, PropertyChange> DetailedDiff);

/// <summary>
/// One entry of a detailed diff. Kinds are the engine's names: <c>add</c>, <c>add-replace</c>, <c>delete</c>,
/// <c>delete-replace</c>, <c>update</c>, <c>update-replace</c>. <c>InputDiff</c> says the provider compared
/// old inputs (rather than old outputs) with the new inputs.
/// </summary>
internal sealed record PropertyChange(string Kind, bool InputDiff)
{
    public bool Replaces => Kind.EndsWith("-replace", StringComparison.Ordinal);
}

/// <summary>An engine message of the preview (our provider's warnings arrive here), with the resource it is about.</summary>
internal sealed record PreviewDiagnostic(string? Urn, string Message, string Severity);
