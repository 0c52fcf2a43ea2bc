using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Awsdirect.Provider.Aws.ServiceModel;

/// <summary>
/// One <c>pattern</c> of a service model, compiled once and matched as AWS matches it.
/// <para>
/// The models' patterns are Smithy patterns, whose dialect is ECMA-262's; Smithy does not anchor
/// them, but AWS's request validation matches the whole value (a <c>SafeName</c> of <c>a!b</c> is
/// refused although <c>[ a-zA-Z0-9_:-]{1,256}</c> occurs inside it), so this does too. The .NET
/// translation keeps ECMA-262's meaning where .NET's own differs:
/// <list type="bullet">
/// <item><c>\d</c>, <c>\w</c>, <c>\s</c> (and <c>\D</c>, <c>\W</c>, <c>\S</c>) are ASCII classes
/// (<see cref="RegexOptions.ECMAScript"/>): <c>\d</c> is 0-9 only, <c>\w</c> is A-Z a-z 0-9 _ only,
/// <c>\s</c> is space, tab, CR, LF, VT and FF only.</item>
/// <item>The value must end where the pattern ends: <c>\z</c>, not .NET's <c>$</c>, which also
/// matches before a final newline; a <c>$</c> or <c>^</c> inside a pattern means the value's end or
/// start, never a line's.</item>
/// <item><c>.</c> matches any character but the line terminators LF, CR, U+2028 and U+2029.</item>
/// <item>Matching is per Unicode character (code point), not per UTF-16 unit: a character outside
/// the Basic Multilingual Plane is matched as one character of its Unicode general category (so
/// <c>\p{L}</c> matches a supplementary letter, and <c>.{1,256}</c> counts it once).</item>
/// </list>
/// </para>
/// </summary>
public sealed class ModelPattern
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private readonly Regex _regex;

    public ModelPattern(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Text = pattern;
        _regex = new Regex(@"\A(?:" + Translate(pattern) + @")\z", RegexOptions.ECMAScript, Timeout);
    }

    /// <summary>The pattern as the model writes it.</summary>
    public string Text { get; }

    /// <summary>The .NET expression it runs as (for tests and diagnostics).</summary>
    public string DotNetPattern => _regex.ToString();

    /// <summary>True when the whole of <paramref name="value"/> matches; null if the match ran out of time.</summary>
    public bool? Matches(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        try
        {
            return _regex.IsMatch(OneUnitPerCharacter(value));
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>
    /// The pattern in .NET syntax with ECMA-262 meaning (see the class remarks). Only what differs is
    /// rewritten: anchors and <c>.</c> outside character classes; escapes and classes pass through.
    /// </summary>
    internal static string Translate(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                result.Append(c).Append(pattern[++i]);
                continue;
            }

            if (inClass)
            {
                result.Append(c);
                inClass = c != ']';
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    result.Append(c);

                    // A ']' right after '[' or '[^' is a literal in ECMA-262 only as part of "[]" / "[^]"; leave as written.
                    break;
                case '.':
                    result.Append(@"[^\n\r\u2028\u2029]");
                    break;
                case '^':
                    result.Append(@"\A");
                    break;
                case '$':
                    result.Append(@"\z");
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// The value with each character outside the BMP replaced by one BMP character of the same
    /// general category, none of them ASCII (model patterns list ASCII characters and \p classes), so
    /// the regex sees one unit per Unicode character. An unpaired surrogate (not valid UTF-8, so it
    /// cannot reach AWS) becomes U+FFFD.
    /// </summary>
    internal static string OneUnitPerCharacter(string value)
    {
        if (!value.Any(char.IsSurrogate))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsSurrogate(c))
            {
                builder.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(StandIn(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, value[++i]))));
            }
            else
            {
                builder.Append('\uFFFD');
            }
        }

        return builder.ToString();
    }

    private static char StandIn(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter => '\u0391',
        UnicodeCategory.LowercaseLetter => '\u03B1',
        UnicodeCategory.TitlecaseLetter => '\u01C5',
        UnicodeCategory.ModifierLetter => '\u02B0',
        UnicodeCategory.OtherLetter => '\u05D0',
        UnicodeCategory.NonSpacingMark => '\u0300',
        UnicodeCategory.SpacingCombiningMark => '\u0903',
        UnicodeCategory.EnclosingMark => '\u20DD',
        UnicodeCategory.DecimalDigitNumber => '\u0660',
        UnicodeCategory.LetterNumber => '\u2160',
        UnicodeCategory.OtherNumber => '\u00B2',
        UnicodeCategory.SpaceSeparator => '\u2000',
        UnicodeCategory.ConnectorPunctuation => '\u203F',
        UnicodeCategory.DashPunctuation => '\u2010',
        UnicodeCategory.OpenPunctuation => '\u2045',
        UnicodeCategory.ClosePunctuation => '\u2046',
        UnicodeCategory.InitialQuotePunctuation => '\u00AB',
        UnicodeCategory.FinalQuotePunctuation => '\u00BB',
        UnicodeCategory.OtherPunctuation => '\u00B6',
        UnicodeCategory.MathSymbol => '\u00AC',
        UnicodeCategory.CurrencySymbol => '\u00A2',
        UnicodeCategory.ModifierSymbol => '\u00B4',
        UnicodeCategory.OtherSymbol => '\u00A6',
        UnicodeCategory.Format => '\u00AD',
        UnicodeCategory.PrivateUse => '\uE000',
        _ => '\u0378', // unassigned
    };
}
