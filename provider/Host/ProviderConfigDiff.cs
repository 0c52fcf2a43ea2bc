using Awsdirect.Provider.Protocol.Properties;
using Pulumirpc;

namespace Awsdirect.Provider.Host;

/// <summary>
/// DiffConfig: whether a changed provider configuration can keep managing the resources of the old one.
/// Only a change between two explicit regions replaces the provider (Ground Station resources are
/// regional, so the new provider could not find them); everything else (profile, endpoints, tags,
/// retries) is an in-place update. Setting or clearing the region is an update, because the effective
/// region may well be the same one taken from the environment, and replacing every resource on a guess
/// would be far worse than a failed read.
/// </summary>
internal static class ProviderConfigDiff
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "version", "pluginDownloadURL" };

    public static DiffResponse Diff(PropertyMap olds, PropertyMap news)
    {
        ArgumentNullException.ThrowIfNull(olds);
        ArgumentNullException.ThrowIfNull(news);
        var response = new DiffResponse();
        foreach (var key in olds.Keys.Union(news.Keys).Where(k => !Ignored.Contains(k)).Order(StringComparer.Ordinal))
        {
            var before = olds.Get(key)?.Unwrap();
            var after = news.Get(key)?.Unwrap();
            if (Same(before, after))
            {
                continue;
            }

            var replace = key == ProviderConfigReader.Region
                && before is { IsNull: false } && after is { IsNull: false }
                && !after.ContainsUnknowns();
            response.Diffs.Add(key);
            if (replace)
            {
                response.Replaces.Add(key);
            }

            var kind = (before is null || before.IsNull, after is null || after.IsNull) switch
            {
                (true, _) => PropertyDiff.Types.Kind.Add,
                (_, true) => PropertyDiff.Types.Kind.Delete,
                _ => replace ? PropertyDiff.Types.Kind.UpdateReplace : PropertyDiff.Types.Kind.Update,
            };
            response.DetailedDiff[key] = new PropertyDiff { Kind = kind, InputDiff = true };
        }

        response.Changes = response.Diffs.Count > 0 ? DiffResponse.Types.DiffChanges.DiffSome : DiffResponse.Types.DiffChanges.DiffNone;
        response.HasDetailedDiff = true;
        return response;
    }

    private static bool Same(PropertyValue? before, PropertyValue? after)
    {
        var beforeAbsent = before is null || before.IsNull;
        var afterAbsent = after is null || after.IsNull;
        if (beforeAbsent || afterAbsent)
        {
            return beforeAbsent && afterAbsent;
        }

        if (after!.ContainsUnknowns())
        {
            return false;
        }

        // Stack config may carry the same object as JSON text one time and as an object the next.
        return ProviderConfigReader.Normalize(before!).Equals(ProviderConfigReader.Normalize(after));
    }
}
