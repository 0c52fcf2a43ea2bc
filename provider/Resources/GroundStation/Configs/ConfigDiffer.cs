using System.Collections.Immutable;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Resources.GroundStation.Configs.ConfigProperties;

namespace Awsdirect.Provider.Resources.GroundStation.Configs;

/// <summary>What a planned change costs, and which AWS calls it needs.</summary>
/// <param name="Result">The diff the engine sees.</param>
/// <param name="ConfigDataChanged">configData changes in place (UpdateConfig; contacts already scheduled keep the old parameters).</param>
/// <param name="NameChanged">The name changes in place (UpdateConfig).</param>
/// <param name="TagsChanged">Tags change (TagResource/UntagResource).</param>
internal sealed record ConfigChange(DiffResult Result, bool ConfigDataChanged, bool NameChanged, bool TagsChanged)
{
    public bool Replaces => Result.Replaces.Count > 0;

    public bool CallsUpdateConfig => !Replaces && (ConfigDataChanged || NameChanged);

    /// <summary>The configData paths that change, for messages.</summary>
    public IReadOnlyList<string> ConfigDataPaths => Result.DetailedDiff.Keys
        .Where(k => k == ConfigData || k.StartsWith(ConfigData + ".", StringComparison.Ordinal)).ToList();
}

/// <summary>
/// Decides what a change to a config costs. UpdateConfig takes the name and configData of a config
/// addressed by <c>/config/{configType}/{configId}</c>, so everything changes in place except the config
/// type (which configData member is set): AWS keeps the type for the config's life, so a new type
/// replaces the config, created before the old one is deleted (config names need not be unique, and
/// mission profiles must move to the new ARN before the old config can go). Tags change with
/// Tag/UntagResource. Server-set members (arn, configId, configType) never count.
/// </summary>
internal static class ConfigDiffer
{
    public static ConfigChange Diff(PropertyMap olds, PropertyMap news, string? oldType, ImmutableArray<string> ignoreChanges)
    {
        ArgumentNullException.ThrowIfNull(olds);
        ArgumentNullException.ThrowIfNull(news);
        var ignored = ignoreChanges.IsDefault ? [] : ignoreChanges.ToHashSet(StringComparer.Ordinal);
        var detailed = new SortedDictionary<string, PropertyDiff>(StringComparer.Ordinal);
        var replaces = new List<string>();

        var oldData = olds.GetNonNull(ConfigData);
        var newData = news.GetNonNull(ConfigData);
        oldType ??= ConfigKind.TypeOf(oldData);
        var typeUnknown = newData is not null && PropertyReader.IsUnknown(newData);
        var newType = ConfigKind.TypeOf(newData);
        var dataChanged = false;
        if (!IsIgnored(ConfigData, ignored))
        {
            if (typeUnknown)
            {
                // Which member the program will set is not known yet; it may be another type.
                replaces.Add(ConfigData);
                detailed[ConfigData] = new PropertyDiff(PropertyDiffKind.UpdateReplace);
            }
            else if (oldType is not null && newType is not null && oldType != newType)
            {
                replaces.Add(ConfigData);
                detailed[PropertyWalker.Join(ConfigData, TypeToKind[oldType])] = new PropertyDiff(PropertyDiffKind.DeleteReplace);
                detailed[PropertyWalker.Join(ConfigData, TypeToKind[newType])] = new PropertyDiff(PropertyDiffKind.AddReplace);
            }
            else
            {
                var changes = new SortedDictionary<string, PropertyDiffKind>(StringComparer.Ordinal);
                ConfigCanonical.Differences(ConfigData, oldData, newData, changes);
                foreach (var (path, kind) in changes.Where(c => !IsIgnored(c.Key, ignored)))
                {
                    detailed[path] = new PropertyDiff(kind);
                    dataChanged = true;
                }
            }
        }

        var nameChanged = false;
        if (!IsIgnored(Name, ignored))
        {
            var changes = new Dictionary<string, PropertyDiffKind>(StringComparer.Ordinal);
            ConfigCanonical.Differences(Name, olds.GetNonNull(Name), news.GetNonNull(Name), changes);
            foreach (var (path, kind) in changes)
            {
                detailed[path] = new PropertyDiff(kind);
                nameChanged = true;
            }
        }

        var tagsChanged = !IsIgnored(Tags, ignored) && TagDifferences(olds.GetNonNull(Tags), news.GetNonNull(Tags), ignored, detailed);

        if (detailed.Count == 0)
        {
            return new ConfigChange(DiffResult.NoChanges, false, false, false);
        }

        // Without a replacement the config keeps its identity; its type never changes in place.
        IReadOnlyList<string> stables = replaces.Count == 0 ? [Arn, ConfigId, ConfigType] : [];
        var result = new DiffResult(DiffChanges.Some, replaces, stables, DeleteBeforeReplace: false, detailed);
        return new ConfigChange(result, dataChanged, nameChanged, tagsChanged);
    }

    private static bool TagDifferences(PropertyValue? before, PropertyValue? after, HashSet<string> ignored, SortedDictionary<string, PropertyDiff> detailed)
    {
        if (after is not null && (PropertyReader.IsUnknown(after) || after.ContainsUnknowns()))
        {
            detailed[Tags] = new PropertyDiff(before is null ? PropertyDiffKind.Add : PropertyDiffKind.Update);
            return true;
        }

        var olds = ResourceTags.Read(before);
        var news = ResourceTags.Read(after);
        var changed = false;
        foreach (var key in olds.Keys.Union(news.Keys).Order(StringComparer.Ordinal))
        {
            var path = $"{Tags}.{key}";
            if (IsIgnored(path, ignored))
            {
                continue;
            }

            PropertyDiffKind? kind = (olds.TryGetValue(key, out var o), news.TryGetValue(key, out var n)) switch
            {
                (false, true) => PropertyDiffKind.Add,
                (true, false) => PropertyDiffKind.Delete,
                (true, true) when !string.Equals(o, n, StringComparison.Ordinal) => PropertyDiffKind.Update,
                _ => null,
            };
            if (kind is { } k)
            {
                detailed[path] = new PropertyDiff(k);
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>True when the path or one of its parents is listed in ignoreChanges.</summary>
    private static bool IsIgnored(string path, HashSet<string> ignored)
    {
        if (ignored.Count == 0)
        {
            return false;
        }

        for (var cut = path.Length; cut > 0; cut = path.LastIndexOf('.', cut - 1))
        {
            if (ignored.Contains(path[..cut]))
            {
                return true;
            }
        }

        return false;
    }
}
