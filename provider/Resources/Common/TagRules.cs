using System.Globalization;
using System.Text;
using Awsdirect.Provider.Protocol.Properties;

namespace Awsdirect.Provider.Resources.Common;

/// <summary>
/// The one tag rule set of every awsdirect resource (Ground Station configs, both endpoint group
/// types, mission profiles and CloudFront connection groups), checked at Check on the tags AWS will
/// hold (the resource's own tags with provider <c>defaultTags</c> merged in).
/// <para>
/// Sources. CloudFront: the 2020-05-31 model's <c>TagKey</c> (1-128) and <c>TagValue</c> (0-256) shapes
/// and their pattern <c>[\p{L}\p{Z}\p{N}_.:/=+\-@]*</c>, the Developer Guide's tagging page (keys must
/// not start with <c>aws:</c>) and its quotas page (50 tags per resource). Ground Station: its model
/// leaves <c>TagsMap</c> unconstrained and its user guide states no tag limits, so AWS's general
/// tagging limits apply (Tagging AWS resources, "Tag naming limits and requirements": 50 user tags per
/// resource, keys 1-128 and values 0-256 Unicode characters, letters, numbers and separators
/// representable in UTF-8 plus <c>_ . : / = + - @</c>, and the <c>aws:</c> prefix, in any case,
/// reserved for AWS). Both services state the same limits, so one rule set serves all five types.
/// </para>
/// <para>
/// Lengths count Unicode characters (code points), as AWS does: a key of 65 characters outside the
/// Basic Multilingual Plane is 65 characters, not 130 UTF-16 units.
/// </para>
/// <para>
/// Our own rule on top: the provider writes one hidden tag of its own on every resource it creates
/// (key prefix <see cref="ProviderKeyPrefix"/>, e.g. <c>awsdirect:createToken</c>), so a create whose
/// answer was lost can be found again. User keys with that prefix are refused, and users get AWS's
/// tag count minus the reserved provider tag (<see cref="MaxUserTags"/>).
/// </para>
/// </summary>
public static class TagRules
{
    /// <summary>AWS's limit of user tags per resource (CloudFront quotas; the general tagging limits for Ground Station).</summary>
    public const int AwsMaxTagsPerResource = 50;

    /// <summary>How many of <see cref="AwsMaxTagsPerResource"/> the provider keeps for its own tags.</summary>
    public const int ReservedProviderTags = 1;

    /// <summary>How many tags a program may set on one resource (its own and provider defaultTags together).</summary>
    public const int MaxUserTags = AwsMaxTagsPerResource - ReservedProviderTags;

    public const int MinKeyLength = 1;

    public const int MaxKeyLength = 128;

    public const int MaxValueLength = 256;

    /// <summary>The prefix AWS reserves for its own tags (compared ignoring case, as AWS does).</summary>
    public const string AwsReservedPrefix = "aws:";

    /// <summary>The prefix of the provider's own tag keys (compared ignoring case); programs cannot use it.</summary>
    public const string ProviderKeyPrefix = "awsdirect:";

    /// <summary>The punctuation AWS allows in tag keys and values besides letters, numbers and separators.</summary>
    public const string AllowedSymbols = "_.:/=+-@";

    /// <summary>The rules in words, for the schema's <c>tags</c> descriptions (one text for every type).</summary>
    public static string Description =>
        $"Keys are {MinKeyLength}-{MaxKeyLength} characters and values 0-{MaxValueLength} (Unicode characters, as AWS counts them), made of " +
        $"letters, numbers, spaces and {string.Join(' ', AllowedSymbols.ToCharArray())}; keys must not start with `{AwsReservedPrefix}` " +
        $"(reserved for AWS) or `{ProviderKeyPrefix}` (the provider's own tag, which finds a resource whose create answer was lost); " +
        $"at most {MaxUserTags} tags ({AwsMaxTagsPerResource}, AWS's limit, less the provider's one).";

    /// <summary>True for a key the provider owns (its hidden tags): never shown to or taken from programs.</summary>
    public static bool IsProviderKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.StartsWith(ProviderKeyPrefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Length in Unicode characters (code points); an unpaired surrogate counts as one.</summary>
    public static int Length(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    /// <summary>True when every character is a letter, number, separator or one of <see cref="AllowedSymbols"/>.</summary>
    public static bool HasAllowedCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsAllowed(rune))
            {
                return false;
            }
        }

        // EnumerateRunes turns an unpaired surrogate into U+FFFD (not allowed), so none slips through.
        return true;
    }

    /// <summary>
    /// Checks a <c>tags</c> value: a map of at most <see cref="MaxUserTags"/> string values, each key and
    /// value within AWS's lengths and characters, no key in AWS's or the provider's reserved prefixes.
    /// Unknown values (the whole map, or one value) are skipped until known.
    /// </summary>
    public static void Check(PropertyValue? tags, ICollection<CheckFailure> failures, string property = ResourceTags.Property)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var plain = tags?.Unwrap();
        if (plain is null || plain.IsNull || plain.IsComputed)
        {
            return;
        }

        if (plain.Kind != PropertyValueKind.Object)
        {
            failures.Add(new(property, $"type: expected a map of tag keys to string values, got {Describe(plain)}"));
            return;
        }

        var map = plain.ObjectValue;
        if (map.Count > MaxUserTags)
        {
            failures.Add(new(property,
                $"tag count: {map.Count} tags (provider defaultTags included), but at most {MaxUserTags} are allowed: AWS allows " +
                $"{AwsMaxTagsPerResource} per resource and the provider keeps {ReservedProviderTags} for its own '{ProviderKeyPrefix}' tag"));
        }

        foreach (var (key, value) in map)
        {
            var path = Path(key, property);
            CheckKey(key, path, failures);
            var plainValue = value.Unwrap();
            if (plainValue.IsComputed)
            {
                continue;
            }

            if (plainValue.Kind != PropertyValueKind.String)
            {
                failures.Add(new(path, $"type: tag values are strings, got {Describe(plainValue)}"));
                continue;
            }

            var text = plainValue.StringValue;
            var length = Length(text);
            if (length > MaxValueLength)
            {
                failures.Add(new(path, $"tag value length: the value has {length} characters; AWS allows 0-{MaxValueLength}"));
            }

            if (!HasAllowedCharacters(text))
            {
                failures.Add(new(path,
                    $"tag value characters: '{Shorten(text)}' may only hold letters, numbers, spaces and {string.Join(' ', AllowedSymbols.ToCharArray())}"));
            }
        }
    }

    /// <summary>A property path to one tag the CLI can show: <c>tags.team</c>, or <c>tags["a:b"]</c> for other keys.</summary>
    public static string Path(string key, string property = ResourceTags.Property)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(key[0])
            ? $"{property}.{key}"
            : $"{property}[\"{key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";
    }

    private static void CheckKey(string key, string path, ICollection<CheckFailure> failures)
    {
        var length = Length(key);
        if (length is < MinKeyLength or > MaxKeyLength)
        {
            failures.Add(new(path, $"tag key length: the key has {length} characters; AWS allows {MinKeyLength}-{MaxKeyLength}"));
        }

        if (!HasAllowedCharacters(key))
        {
            failures.Add(new(path,
                $"tag key characters: '{Shorten(key)}' may only hold letters, numbers, spaces and {string.Join(' ', AllowedSymbols.ToCharArray())}"));
        }

        if (key.StartsWith(AwsReservedPrefix, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add(new(path, $"reserved tag key: '{Shorten(key)}' starts with '{AwsReservedPrefix}', which AWS reserves for its own tags"));
        }
        else if (IsProviderKey(key))
        {
            failures.Add(new(path,
                $"reserved tag key: '{Shorten(key)}' starts with '{ProviderKeyPrefix}', which the awsdirect provider reserves for the tag it uses to find resources it created"));
        }
    }

    private static bool IsAllowed(Rune rune)
    {
        if (rune.IsAscii && AllowedSymbols.Contains((char)rune.Value, StringComparison.Ordinal))
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
            _ => false,
        };
    }

    private static string Shorten(string text) => BoundedText.Shorten(text, 64);

    private static string Describe(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.String => $"the string \"{Shorten(value.StringValue)}\"",
        PropertyValueKind.Number => $"the number {value}",
        PropertyValueKind.Bool => $"the boolean {value}",
        PropertyValueKind.Array => "a list",
        PropertyValueKind.Object => "an object",
        _ => value.Kind.ToString().ToLowerInvariant(),
    };
}
