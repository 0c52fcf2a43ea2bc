namespace Awsdirect.Provider.Diagram;

/// <summary>
/// Builds the before/after picture from what CI has: a preview digest, a stack export, or both.
/// <list type="bullet">
/// <item>Before: the stack export, with each step's <c>oldState</c> taking precedence (it is the state the
/// preview planned against).</item>
/// <item>After: before, with each step applied. A step's <c>newState</c> is recorded before the step runs, so
/// it has the new inputs but no outputs: an update keeps the old outputs (id and ARN do not change in
/// place), a create or replace has none yet (its ARN is unknown until apply).</item>
/// </list>
/// A preview lists unchanged resources only with <c>--show-sames</c>; without a stack export those are
/// then missing, which the picture records so the report can say so.
/// </summary>
internal static class StackPictureBuilder
{
    public static StackPicture Build(PreviewDigest? preview, IReadOnlyList<StackResource>? state)
    {
        var before = new Dictionary<string, StackResource>(StringComparer.Ordinal);
        foreach (var resource in state ?? [])
        {
            before[resource.Urn] = resource;
        }

        var changes = new Dictionary<string, ResourceChange>(StringComparer.Ordinal);
        var steps = preview?.Steps ?? [];
        foreach (var step in steps)
        {
            if (step.Old is { } old)
            {
                before[step.Urn] = old;
            }
        }

        var after = new Dictionary<string, StackResource>(before, StringComparer.Ordinal);
        foreach (var step in steps)
        {
            var kind = ResourceChange.KindOf(step.Op);
            if (changes.TryGetValue(step.Urn, out var earlier))
            {
                // With --show-replacement-steps a replacement is three steps; the "replace" one carries the reasons.
                if (earlier.Kind == ChangeKind.Replaced && earlier.DetailedDiff.Count > 0)
                {
                    continue;
                }

                kind = earlier.Kind == ChangeKind.Replaced || kind == ChangeKind.Replaced ? ChangeKind.Replaced : kind;
            }

            changes[step.Urn] = new ResourceChange(step.Urn, kind, step.Op, step.DiffReasons, step.ReplaceReasons, step.DetailedDiff);
            var previous = before.GetValueOrDefault(step.Urn);
            switch (kind)
            {
                case ChangeKind.Removed:
                    after.Remove(step.Urn);
                    break;
                case ChangeKind.Added or ChangeKind.Replaced when step.New is { } created:
                    after[step.Urn] = created.With(created.Inputs, null) with { Id = null };
                    break;
                case ChangeKind.Updated or ChangeKind.None when step.New is { } updated:
                    after[step.Urn] = previous is null ? updated : updated.With(updated.Inputs, previous.Outputs) with { Id = previous.Id };
                    break;
            }
        }

        var missingUnchanged = preview is not null && state is null
            && !steps.Any(s => s.Op == "same" && s.New?.Type != "pulumi:pulumi:Stack");
        return new StackPicture(before, after, changes, preview?.Diagnostics ?? [], preview is not null, missingUnchanged);
    }
}
