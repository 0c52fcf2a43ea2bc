using System.Collections.Immutable;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;

namespace Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

/// <summary>
/// Decides what a change to an endpoint group costs. Ground Station has no update operation for
/// endpoint groups (only create, get, delete and tagging), so any change to the endpoints or the
/// pre/post-pass durations replaces the group; tags alone change in place with Tag/UntagResource.
/// Replacement is create-before-delete: endpoint names need not be unique across the account
/// (https://docs.aws.amazon.com/ground-station/latest/ug/how-it-works.dataflow-endpoint-group.html),
/// so the new group can exist beside the old one and a failed create leaves the old group serving.
/// </summary>
internal static class EndpointGroupDiffer
{
    public static DiffResult Diff(string endpointsProperty, PropertyMap olds, PropertyMap news, ImmutableArray<string> ignoreChanges)
    {
        ArgumentNullException.ThrowIfNull(olds);
        ArgumentNullException.ThrowIfNull(news);
        var ignored = ignoreChanges.IsDefault ? [] : ignoreChanges.ToHashSet(StringComparer.Ordinal);
        var detailed = new SortedDictionary<string, PropertyDiff>(StringComparer.Ordinal);
        var replaces = new List<string>();

        foreach (var property in new[] { endpointsProperty, EndpointGroupProperties.PrePass, EndpointGroupProperties.PostPass })
        {
            if (ignored.Contains(property))
            {
                continue;
            }

            var before = olds.GetNonNull(property);
            var after = news.GetNonNull(property);
            var same = property == endpointsProperty
                ? EndpointGroupCanonical.SameEntries(before, after)
                : SameScalar(before, after);
            if (!same)
            {
                replaces.Add(property);
                detailed[property] = new PropertyDiff(Kind(before, after, replace: true));
            }
        }

        if (!ignored.Contains(ResourceTags.Property))
        {
            var before = olds.GetNonNull(ResourceTags.Property);
            var after = news.GetNonNull(ResourceTags.Property);
            var changed = PropertyReader.IsUnknown(after) || after?.ContainsUnknowns() == true
                || !ResourceTags.Compare(ResourceTags.Read(before), ResourceTags.Read(after)).IsEmpty;
            if (changed)
            {
                detailed[ResourceTags.Property] = new PropertyDiff(Kind(before, after, replace: false));
            }
        }

        if (detailed.Count == 0)
        {
            return DiffResult.NoChanges;
        }

        // Without a replacement the id, the ARN and every replace-only input stay as they are.
        IReadOnlyList<string> stables = replaces.Count == 0
            ? [EndpointGroupProperties.Id, EndpointGroupProperties.Arn, endpointsProperty, EndpointGroupProperties.PrePass, EndpointGroupProperties.PostPass]
            : [];
        return new DiffResult(DiffChanges.Some, replaces, stables, DeleteBeforeReplace: false, detailed);
    }

    private static bool SameScalar(PropertyValue? before, PropertyValue? after)
    {
        if (after is not null && after.ContainsUnknowns())
        {
            return false;
        }

        var a = before?.Unwrap();
        var b = after?.Unwrap();
        return (a is null || a.IsNull) ? (b is null || b.IsNull) : a.Equals(b);
    }

    private static PropertyDiffKind Kind(PropertyValue? before, PropertyValue? after, bool replace) => (before, after) switch
    {
        (null, _) => replace ? PropertyDiffKind.AddReplace : PropertyDiffKind.Add,
        (_, null) => replace ? PropertyDiffKind.DeleteReplace : PropertyDiffKind.Delete,
        _ => replace ? PropertyDiffKind.UpdateReplace : PropertyDiffKind.Update,
    };
}
