using System.Globalization;
using System.Text;

namespace AwsEmulator.Http;

/// <summary>
/// Opaque pagination tokens. They encode a position in creation order, so a page boundary stays put when
/// items are added behind it, like AWS's tokens; the alphabet fits both services' token patterns.
/// </summary>
internal static class PageToken
{
    private const string Prefix = "emu-page:";

    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    public static int? Decode(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text[Prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                ? offset
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Slices one page; returns the items and the token for the next page, if any.</summary>
    public static (List<T> Page, string? Next) Slice<T>(IReadOnlyList<T> items, int offset, int pageSize)
    {
        var page = items.Skip(offset).Take(pageSize).ToList();
        var next = offset + page.Count < items.Count ? Encode(offset + page.Count) : null;
        return (page, next);
    }
}
