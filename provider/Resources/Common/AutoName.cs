using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Awsdirect.Provider.Protocol.Properties;

namespace Awsdirect.Provider.Resources.Common;

/// <summary>
/// Names resources the program leaves unnamed, as Pulumi users expect: <c>&lt;logical name&gt;-&lt;7 chars&gt;</c>.
/// The engine sends a fresh random seed on every run, so a name is only stable across previews and
/// updates because it is reused from the old inputs; the seed only decides the first name.
/// Properties filled this way are listed under <see cref="DefaultsKey"/> in the checked inputs so Diff
/// can tell an auto-name from one the user wrote (which decides delete-before-replace).
/// Handlers must leave <see cref="DefaultsKey"/> out of their diffs and AWS calls.
/// </summary>
public static class AutoName
{
    public const string DefaultsKey = "__defaults";

    public const int RandomSuffixLength = 7;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>
    /// Returns <paramref name="news"/> with <paramref name="property"/> set when the program left it out.
    /// </summary>
    /// <param name="request">The Check request (logical name, olds, seed, engine autonaming options).</param>
    /// <param name="news">The inputs being checked (may already be normalised by the handler).</param>
    /// <param name="property">The name property, usually <c>name</c>.</param>
    /// <param name="maxLength">The longest name AWS accepts; the logical part is shortened to fit.</param>
    public static PropertyMap Apply(CheckRequest request, PropertyMap news, string property = "name", int maxLength = 256)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(news);
        if (news.GetNonNull(property) is not null)
        {
            return WithDefault(news, property, isDefault: false);
        }

        if (request.Olds.GetNonNull(property) is { } old && old.TryGetString(out var oldName))
        {
            return WithDefault(news.Set(property, oldName), property, isDefault: true);
        }

        if (request.Autonaming is { } options)
        {
            if (string.Equals(options.Mode, "disable", StringComparison.OrdinalIgnoreCase))
            {
                // The handler's required-property rule reports the missing name.
                return news;
            }

            if (!string.IsNullOrEmpty(options.ProposedName))
            {
                return WithDefault(news.Set(property, options.ProposedName), property, isDefault: true);
            }
        }

        return WithDefault(news.Set(property, Generate(request.Name, request.RandomSeed, maxLength)), property, isDefault: true);
    }

    /// <summary>True when <paramref name="inputs"/> record <paramref name="property"/> as auto-named.</summary>
    public static bool IsAutoNamed(PropertyMap inputs, string property = "name")
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return ReadDefaults(inputs).Contains(property);
    }

    /// <summary><c>&lt;logicalName&gt;-&lt;7 chars&gt;</c>, deterministic for a given seed.</summary>
    public static string Generate(string logicalName, byte[] randomSeed, int maxLength = 256)
    {
        ArgumentNullException.ThrowIfNull(logicalName);
        ArgumentNullException.ThrowIfNull(randomSeed);
        // Hashing the seed with the logical name gives distinct suffixes to resources checked with one seed.
        var digest = HMACSHA256.HashData(randomSeed, Encoding.UTF8.GetBytes(logicalName));
        var suffix = new StringBuilder(RandomSuffixLength);
        for (var i = 0; i < RandomSuffixLength; i++)
        {
            suffix.Append(Alphabet[digest[i] % Alphabet.Length]);
        }

        var room = Math.Max(0, maxLength - RandomSuffixLength - 1);
        var prefix = logicalName.Length > room ? logicalName[..room] : logicalName;
        return prefix + "-" + suffix;
    }

    private static ImmutableSortedSet<string> ReadDefaults(PropertyMap inputs)
    {
        var value = inputs.GetNonNull(DefaultsKey)?.Unwrap();
        if (value is null || value.Kind != PropertyValueKind.Array)
        {
            return ImmutableSortedSet<string>.Empty.WithComparer(StringComparer.Ordinal);
        }

        return value.ArrayValue
            .Select(v => v.TryGetString(out var s) ? s : null)
            .OfType<string>()
            .ToImmutableSortedSet(StringComparer.Ordinal);
    }

    private static PropertyMap WithDefault(PropertyMap news, string property, bool isDefault)
    {
        var defaults = ReadDefaults(news);
        defaults = isDefault ? defaults.Add(property) : defaults.Remove(property);
        return defaults.IsEmpty
            ? news.Remove(DefaultsKey)
            : news.Set(DefaultsKey, PropertyValue.Create(defaults.Select(PropertyValue.Create)));
    }
}
