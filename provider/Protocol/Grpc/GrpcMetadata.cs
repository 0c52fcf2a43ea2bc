using System.Globalization;
using System.Text;
using Google.Protobuf;
using Google.Rpc;

namespace Awsdirect.Provider.Protocol.Grpc;

/// <summary>Encodings of the gRPC status trailers (<c>grpc-status</c>, <c>grpc-message</c>, <c>grpc-status-details-bin</c>).</summary>
public static class GrpcMetadata
{
    public const string StatusHeader = "grpc-status";
    public const string MessageHeader = "grpc-message";
    public const string StatusDetailsHeader = "grpc-status-details-bin";
    public const string TimeoutHeader = "grpc-timeout";
    public const string ContentType = "application/grpc";

    /// <summary>
    /// Percent-encodes UTF-8 bytes outside printable ASCII (and '%' itself), as PROTOCOL-HTTP2 asks for
    /// grpc-message; header values must stay ASCII on the wire.
    /// </summary>
    public static string EncodeMessage(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var builder = new StringBuilder(message.Length);
        foreach (var b in Encoding.UTF8.GetBytes(message))
        {
            if (b is >= 0x20 and <= 0x7E && b != (byte)'%')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Reverses <see cref="EncodeMessage"/>; malformed escapes are kept literally, as the spec asks.</summary>
    public static string DecodeMessage(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return string.Empty;
        }

        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c == '%' && i + 2 < encoded.Length
                && byte.TryParse(encoded.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                bytes.Add(value);
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>Base64 of the serialized status, without padding (gRPC's binary-header form).</summary>
    public static string EncodeDetails(Status details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return Convert.ToBase64String(details.ToByteArray()).TrimEnd('=');
    }

    /// <summary>Decodes a <c>grpc-status-details-bin</c> value (padded or not); <c>null</c> when it is not a valid status.</summary>
    public static Status? DecodeDetails(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var text = value.Trim();
        var padding = (4 - (text.Length % 4)) % 4;
        try
        {
            return Status.Parser.ParseFrom(Convert.FromBase64String(text + new string('=', padding)));
        }
        catch (FormatException)
        {
            return null;
        }
        catch (InvalidProtocolBufferException)
        {
            return null;
        }
    }

    /// <summary>Formats a deadline as <c>grpc-timeout</c> (at most 8 digits, coarsest unit that keeps precision).</summary>
    public static string FormatTimeout(TimeSpan timeout)
    {
        var ticks = Math.Max(0, timeout.Ticks);
        var millis = (long)Math.Ceiling(ticks / (double)TimeSpan.TicksPerMillisecond);
        if (millis < 100_000_000)
        {
            return millis.ToString(CultureInfo.InvariantCulture) + "m";
        }

        var seconds = (long)Math.Ceiling(ticks / (double)TimeSpan.TicksPerSecond);
        return seconds < 100_000_000
            ? seconds.ToString(CultureInfo.InvariantCulture) + "S"
            : Math.Min(99_999_999, (long)Math.Ceiling(timeout.TotalHours)).ToString(CultureInfo.InvariantCulture) + "H";
    }

    /// <summary>Parses <c>grpc-timeout</c>; <c>null</c> when absent or malformed (a malformed value is ignored rather than failing the call).</summary>
    public static TimeSpan? ParseTimeout(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 2 || value.Length > 9)
        {
            return null;
        }

        if (!long.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }

        return value[^1] switch
        {
            'H' => TimeSpan.FromHours(amount),
            'M' => TimeSpan.FromMinutes(amount),
            'S' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMilliseconds(amount),
            'u' => TimeSpan.FromMicroseconds(amount),
            'n' => TimeSpan.FromTicks(Math.Max(1, amount / 100)),
            _ => null,
        };
    }
}
