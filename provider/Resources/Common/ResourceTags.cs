using Awsdirect.Provider.Protocol.Properties;

namespace Awsdirect.Provider.Resources.Common;

/// <summary>What must change on a resource's tags to go from one set to another.</summary>
/// <param name="ToSet">Tags to add or overwrite (TagResource).</param>
/// <param name="ToRemove">Tag keys to remove (UntagResource).</param>
public sealed record TagChanges(IReadOnlyDictionary<string, string> ToSet, IReadOnlyList<string> ToRemove)
{
    public bool IsEmpty => ToSet.Count == 0 && ToRemove.Count == 0;
}

/// <summary>
/// The <c>tags</c> input shared by every taggable resource. Provider <c>defaultTags</c> are merged into
/// the resource's own tags at Check time, so the checked inputs hold exactly the tags AWS will hold:
/// preview shows them, refresh and import read them back, and none of these disagree. An absent
/// <c>tags</c> and an empty map mean the same thing; <see cref="Read"/> returns an empty dictionary for both.
/// </summary>
public static class ResourceTags
{
    public const string Property = "tags";

    /// <summary>
    /// Returns <paramref name="news"/> with provider default tags merged under the resource's own tags
    /// (a key the resource sets wins). Unknown tag maps are left alone: the merge happens once known.
    /// </summary>
    public static PropertyMap MergeDefaults(PropertyMap news, IReadOnlyDictionary<string, string> defaults)
    {
        ArgumentNullException.ThrowIfNull(news);
        ArgumentNullException.ThrowIfNull(defaults);
        if (defaults.Count == 0)
        {
            return news;
        }

        var current = news.GetNonNull(Property);
        if (current is null)
        {
            return news.Set(Property, ToValue(defaults));
        }

        var isSecret = current.Kind == PropertyValueKind.Secret;
        var plain = isSecret ? current.SecretValue : current;
        if (plain.Kind != PropertyValueKind.Object)
        {
            // Unknown during preview, or a wrong type that Check reports on its own.
            return news;
        }

        var merged = plain.ObjectValue;
        foreach (var (key, value) in defaults)
        {
            if (!merged.ContainsKey(key))
            {
                merged = merged.Set(key, value);
            }
        }

        var result = PropertyValue.Create(merged);
        return news.Set(Property, isSecret ? PropertyValue.Secret(result) : result);
    }

    /// <summary>The known string tags in <paramref name="tags"/>; secrets are unwrapped, unknown values skipped.</summary>
    public static IReadOnlyDictionary<string, string> Read(PropertyValue? tags)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (tags is null)
        {
            return result;
        }

        var plain = tags.Unwrap();
        if (plain.Kind != PropertyValueKind.Object)
        {
            return result;
        }

        foreach (var (key, value) in plain.ObjectValue)
        {
            if (value.TryGetString(out var text))
            {
                result[key] = text;
            }
        }

        return result;
    }

    /// <summary>The property value for a set of tags (an object of strings).</summary>
    public static PropertyValue ToValue(IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return PropertyValue.Create(tags.Select(t => new KeyValuePair<string, PropertyValue>(t.Key, t.Value)));
    }

    /// <summary>The tag calls needed to turn <paramref name="olds"/> into <paramref name="news"/>.</summary>
    public static TagChanges Compare(IReadOnlyDictionary<string, string> olds, IReadOnlyDictionary<string, string> news)
    {
        ArgumentNullException.ThrowIfNull(olds);
        ArgumentNullException.ThrowIfNull(news);
        var toSet = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in news)
        {
            if (!olds.TryGetValue(key, out var old) || !string.Equals(old, value, StringComparison.Ordinal))
            {
                toSet[key] = value;
            }
        }

        var toRemove = olds.Keys.Where(k => !news.ContainsKey(k)).OrderBy(k => k, StringComparer.Ordinal).ToList();
        return new TagChanges(toSet, toRemove);
    }
}
