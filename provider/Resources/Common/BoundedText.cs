using System.Globalization;
using System.Text;

namespace Awsdirect.Provider.Resources.Common;

/// <summary>
/// Cuts text that goes into an answer (check failure reasons, error messages, log lines) to a bounded
/// size, so a huge user value or AWS error message can never make an answer too large to deliver. Cuts
/// fall between characters (never inside a surrogate pair) and say how much was left out.
/// </summary>
public static class BoundedText
{
    /// <summary>
    /// The most UTF-8 bytes of message text the provider puts into one gRPC error. The status message
    /// travels in the <c>grpc-message</c> trailer, percent-encoded (up to 3 bytes per byte), and the
    /// engine's HTTP/2 client refuses header blocks above its limit (16 KiB by default in grpc-go), so
    /// the message stays well below that.
    /// </summary>
    public const int MaxErrorMessageBytes = 3 * 1024;

    /// <summary>The most UTF-8 bytes of one check failure reason or log message.</summary>
    public const int MaxReasonBytes = 4 * 1024;

    /// <summary>The text with at most <paramref name="maxCharacters"/> UTF-16 units kept, and a note of what was cut.</summary>
    public static string Shorten(string? text, int maxCharacters)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCharacters);
        text ??= string.Empty;
        if (text.Length <= maxCharacters)
        {
            return text;
        }

        var cut = SafeCut(text, maxCharacters);
        return text[..cut] + $"... ({(text.Length - cut).ToString(CultureInfo.InvariantCulture)} more characters)";
    }

    /// <summary>The text cut to at most <paramref name="maxBytes"/> bytes of UTF-8 (including the note of what was cut).</summary>
    public static string LimitUtf8(string? text, int maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 64);
        text ??= string.Empty;
        if (Encoding.UTF8.GetMaxByteCount(text.Length) <= maxBytes || Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return text;
        }

        // Leave room for the note; each UTF-16 unit is at most 3 UTF-8 bytes.
        var budget = maxBytes - 48;
        var cut = 0;
        var bytes = 0;
        while (cut < text.Length)
        {
            var width = char.IsHighSurrogate(text[cut]) && cut + 1 < text.Length && char.IsLowSurrogate(text[cut + 1]) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(text.AsSpan(cut, width));
            if (bytes + size > budget)
            {
                break;
            }

            bytes += size;
            cut += width;
        }

        return text[..cut] + $"... ({(text.Length - cut).ToString(CultureInfo.InvariantCulture)} more characters cut)";
    }

    private static int SafeCut(string text, int at) =>
        at > 0 && at < text.Length && char.IsLowSurrogate(text[at]) && char.IsHighSurrogate(text[at - 1]) ? at - 1 : at;
}
