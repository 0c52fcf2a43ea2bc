using System.Collections.Immutable;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Resources.CloudFront.AnycastIpLists.AnycastIpListProperties;

namespace Awsdirect.Provider.Resources.CloudFront.AnycastIpLists;

/// <summary>
/// What a change to an Anycast static IP list costs. UpdateAnycastIpList takes only IpAddressType and
/// IpamCidrConfigs, so those change in place and <c>name</c> and <c>ipCount</c> replace the list; tags
/// change in place through the tagging API; <c>waitForDeployment</c> only changes what the provider does.
/// Values are compared with their defaults applied (an omitted <c>ipAddressType</c> is <c>ipv4</c>).
/// Replacement order as for connection groups: a written name is deleted before it is replaced (names are
/// unique per account); an auto-name gets a fresh suffix, so the new list is created first.
/// </summary>
internal static class AnycastIpListDiffer
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

        foreach (var property in new[] { Name, IpCount })
        {
            if (!ignored.Contains(property) && !SameValue(olds.GetNonNull(property), news.GetNonNull(property)))
            {
                Changed(property, replace: true);
            }
        }

        if (!ignored.Contains(IpAddressType) && !SameAddressType(olds, news))
        {
            Changed(IpAddressType, replace: false);
        }

        if (!ignored.Contains(IpamCidrConfigs) && !SameConfigs(olds.GetNonNull(IpamCidrConfigs), news.GetNonNull(IpamCidrConfigs)))
        {
            Changed(IpamCidrConfigs, replace: false);
        }

        if (!ignored.Contains(ResourceTags.Property) && !SameTags(olds.GetNonNull(ResourceTags.Property), news.GetNonNull(ResourceTags.Property)))
        {
            Changed(ResourceTags.Property, replace: false);
        }

        if (!ignored.Contains(WaitForDeployment) && Wait(olds) != Wait(news))
        {
            Changed(WaitForDeployment, replace: false);
        }

        if (detailed.Count == 0)
        {
            return DiffResult.NoChanges;
        }

        IReadOnlyList<string> stables = replaces.Count == 0 ? [Name, IpCount, Arn] : [];
        var deleteBeforeReplace = replaces.Count > 0 && !AutoName.IsAutoNamed(news, Name);
        return new DiffResult(DiffChanges.Some, replaces, stables, deleteBeforeReplace, detailed);
    }

    /// <summary>True when UpdateAnycastIpList is due (type or IPAM configs differ).</summary>
    public static bool ListSettingsChange(PropertyMap olds, PropertyMap news, ImmutableArray<string> ignoreChanges)
    {
        var ignored = ignoreChanges.IsDefault ? [] : ignoreChanges.ToHashSet(StringComparer.Ordinal);
        return (!ignored.Contains(IpAddressType) && !SameAddressType(olds, news))
            || (!ignored.Contains(IpamCidrConfigs) && !SameConfigs(olds.GetNonNull(IpamCidrConfigs), news.GetNonNull(IpamCidrConfigs)));
    }

    private static bool? Wait(PropertyMap inputs) =>
        inputs.GetNonNull(WaitForDeployment)?.Unwrap() is { } plain ? (plain.Kind == PropertyValueKind.Bool ? plain.BoolValue : null) : true;

    private static bool SameValue(PropertyValue? before, PropertyValue? after)
    {
        if (after is not null && after.ContainsUnknowns())
        {
            return false;
        }

        var a = before?.Unwrap();
        var b = after?.Unwrap();
        return (a is null || a.IsNull) ? (b is null || b.IsNull) : a.Equals(b);
    }

    private static bool SameAddressType(PropertyMap olds, PropertyMap news)
    {
        var after = AnycastIpListState.AddressType(news);
        return after is not null && after == AnycastIpListState.AddressType(olds);
    }

    private static bool SameConfigs(PropertyValue? before, PropertyValue? after) =>
        !(after is not null && after.ContainsUnknowns()) && AnycastIpListState.SameIpamConfigs(before, after);

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
