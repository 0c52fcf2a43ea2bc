using System.Collections.Immutable;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Resources.CloudFront.ConnectionGroups.ConnectionGroupProperties;

namespace Awsdirect.Provider.Resources.CloudFront.ConnectionGroups;

/// <summary>
/// What a change to a connection group costs. CloudFront cannot rename a group (CreateConnectionGroup:
/// "This name can't be updated"), so <c>name</c> replaces it; UpdateConnectionGroup takes <c>enabled</c>,
/// <c>ipv6Enabled</c> and <c>anycastIpListId</c>, so they change in place; tags change in place through the
/// tagging API; <c>waitForDeployment</c> only changes what the provider does. Values are compared with
/// their defaults applied, so writing out a default (or leaving it out) is never a change, and
/// server-set fields are never compared.
/// Replacement order: names are unique per account, so a name the program wrote itself is deleted
/// before it is replaced (Pulumi's rule for explicit names: the program may reuse it on the new
/// resource); an auto-name gets a fresh suffix, so the new group is created first and the old one keeps
/// serving until it exists.
/// </summary>
internal static class ConnectionGroupDiffer
{
    public static DiffResult Diff(PropertyMap olds, PropertyMap news, ImmutableArray<string> ignoreChanges)
    {
        ArgumentNullException.ThrowIfNull(olds);
        ArgumentNullException.ThrowIfNull(news);
        var ignored = ignoreChanges.IsDefault ? [] : ignoreChanges.ToHashSet(StringComparer.Ordinal);
        var detailed = new SortedDictionary<string, PropertyDiff>(StringComparer.Ordinal);
        var replaces = new List<string>();

        void Changed(string property, bool replace)
        {
            detailed[property] = new PropertyDiff(Kind(olds.GetNonNull(property), news.GetNonNull(property), replace));
            if (replace)
            {
                replaces.Add(property);
            }
        }

        if (!ignored.Contains(Name) && !SameString(olds.GetNonNull(Name), news.GetNonNull(Name)))
        {
            Changed(Name, replace: true);
        }

        foreach (var flag in new[] { Enabled, Ipv6Enabled })
        {
            if (!ignored.Contains(flag) && !SameFlag(olds, news, flag))
            {
                Changed(flag, replace: false);
            }
        }

        // waitForDeployment is the provider's behaviour, not the group's: CloudFront knows nothing of it, so
        // an import (or state from before the program set it) records no value, and any value the program
        // gives then is not a change (the engine records it with the step). A recorded value that changes is.
        if (!ignored.Contains(WaitForDeployment) && olds.GetNonNull(WaitForDeployment) is not null && !SameFlag(olds, news, WaitForDeployment))
        {
            Changed(WaitForDeployment, replace: false);
        }

        if (!ignored.Contains(AnycastIpListId) && !SameAnycast(olds.GetNonNull(AnycastIpListId), news.GetNonNull(AnycastIpListId)))
        {
            Changed(AnycastIpListId, replace: false);
        }

        if (!ignored.Contains(ResourceTags.Property) && !SameTags(olds.GetNonNull(ResourceTags.Property), news.GetNonNull(ResourceTags.Property)))
        {
            Changed(ResourceTags.Property, replace: false);
        }

        if (detailed.Count == 0)
        {
            return DiffResult.NoChanges;
        }

        IReadOnlyList<string> stables = replaces.Count == 0 ? [Name, Arn, RoutingEndpoint, CreatedTime, IsDefault] : [];
        var deleteBeforeReplace = replaces.Count > 0 && !AutoName.IsAutoNamed(news, Name);
        return new DiffResult(DiffChanges.Some, replaces, stables, deleteBeforeReplace, detailed);
    }

    /// <summary>True when the group's own settings (not tags, not provider behaviour) differ: an UpdateConnectionGroup is due.</summary>
    public static bool GroupSettingsChange(PropertyMap olds, PropertyMap news, ImmutableArray<string> ignoreChanges)
    {
        var ignored = ignoreChanges.IsDefault ? [] : ignoreChanges.ToHashSet(StringComparer.Ordinal);
        return (!ignored.Contains(Enabled) && !SameFlag(olds, news, Enabled))
            || (!ignored.Contains(Ipv6Enabled) && !SameFlag(olds, news, Ipv6Enabled))
            || (!ignored.Contains(AnycastIpListId) && !SameAnycast(olds.GetNonNull(AnycastIpListId), news.GetNonNull(AnycastIpListId)));
    }

    private static bool SameString(PropertyValue? before, PropertyValue? after)
    {
        if (after is not null && after.ContainsUnknowns())
        {
            return false;
        }

        var a = before?.Unwrap();
        var b = after?.Unwrap();
        return (a is null || a.IsNull) ? (b is null || b.IsNull) : a.Equals(b);
    }

    private static bool SameFlag(PropertyMap olds, PropertyMap news, string flag)
    {
        var after = ConnectionGroupState.Flag(news, flag);
        return after is not null && after == ConnectionGroupState.Flag(olds, flag);
    }

    private static bool SameAnycast(PropertyValue? before, PropertyValue? after) =>
        !(after is not null && after.ContainsUnknowns())
        && string.Equals(ConnectionGroupState.Anycast(before), ConnectionGroupState.Anycast(after), StringComparison.Ordinal);

    private static bool SameTags(PropertyValue? before, PropertyValue? after) =>
        !(after is not null && after.ContainsUnknowns())
        && ResourceTags.Compare(ResourceTags.Read(before), ResourceTags.Read(after)).IsEmpty;

    private static PropertyDiffKind Kind(PropertyValue? before, PropertyValue? after, bool replace) => (before, after) switch
    {
        (null, _) => replace ? PropertyDiffKind.AddReplace : PropertyDiffKind.Add,
        (_, null) => replace ? PropertyDiffKind.DeleteReplace : PropertyDiffKind.Delete,
        _ => replace ? PropertyDiffKind.UpdateReplace : PropertyDiffKind.Update,
    };
}
