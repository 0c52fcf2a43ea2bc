using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AwsEmulator.Model;

/// <summary>
/// The emulator's reading of model patterns, as AWS validates them: Smithy patterns are ECMA-262
/// regular expressions, and AWS matches them against the WHOLE value (a SafeName "a!b" is refused
/// although "[ a-zA-Z0-9_:-]{1,256}" occurs inside it). ECMA-262 meaning, where .NET's differs:
/// \d \w \s are ASCII (RegexOptions.ECMAScript); the end of the value is the end (\z, never "before a
/// final newline" as .NET's $); "." stops at LF, CR, U+2028 and U+2029; and a character outside the BMP
/// is one character of its general category, not two surrogate halves.
/// </summary>
internal static class ModelRegex
{
    private static readonly Lazy<Dictionary<UnicodeCategory, char>> Representatives = new(BuildRepresentatives);

    public static Regex Compile(string pattern)
    {
        var body = new StringBuilder();
        var depthInSet = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                body.Append(pattern, i, 2);
                i++;
            }
            else if (depthInSet)
            {
                body.Append(c);
                depthInSet = c != ']';
            }
            else if (c == '[')
            {
                depthInSet = true;
                body.Append(c);
            }
            else
            {
                body.Append(c switch
                {
                    '.' => @"[^\n\r\u2028\u2029]",
                    '$' => @"\z",
                    '^' => @"\A",
                    _ => c.ToString(),
                });
            }
        }

        return new Regex(@"\A(?:" + body + @")\z", RegexOptions.ECMAScript, TimeSpan.FromSeconds(2));
    }

    public static bool IsWholeMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(PerCodePoint(text));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public static int CodePointCount(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            count++;
        }

        return count;
    }

    /// <summary>Each supplementary character becomes the first BMP character above Latin-1 of its general category.</summary>
    private static string PerCodePoint(string text)
    {
        if (CodePointCount(text) == text.Length)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
                result.Append(Representatives.Value.TryGetValue(category, out var stand) ? stand : '\uFFFF');
                i++;
            }
            else
            {
                result.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }

        return result.ToString();
    }

    private static Dictionary<UnicodeCategory, char> BuildRepresentatives()
    {
        var table = new Dictionary<UnicodeCategory, char>();
        for (var c = '\u0100'; c < '\uD800'; c++)
        {
            table.TryAdd(char.GetUnicodeCategory(c), c);
        }

        table.TryAdd(UnicodeCategory.PrivateUse, '\uE000');
        return table;
    }
}
