using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AwsEmulator.Sts;
using Microsoft.AspNetCore.Http;

namespace AwsEmulator.Http;

/// <summary>How a request's signature was judged, as the call log records it.</summary>
public static class SignatureCheck
{
    /// <summary>Signed with known credentials and the signature (session token included) matched.</summary>
    public const string Verified = "verified";

    /// <summary>Signed with a key the emulator does not know: served without a check.</summary>
    public const string UnknownKey = "unknown-key";

    /// <summary>Not signed (web identity, SSO portal and metadata requests are unsigned by design).</summary>
    public const string Unsigned = "unsigned";

    /// <summary>Signed with known credentials but refused.</summary>
    public const string Refused = "refused";
}

/// <summary>
/// Checks a SigV4 <c>Authorization</c> header against the secret the emulator issued, independently of
/// the provider's signer, following AWS's "Create a signed AWS API request" steps: canonical request
/// (path segments encoded once more, sorted query, the signed headers' trimmed values, the payload
/// hash), string to sign, HMAC-SHA256 key derivation. Temporary credentials must carry their session
/// token in a signed <c>X-Amz-Security-Token</c> header. The 15-minute request-time window is not
/// checked: the provider's clock-skew handling has its own tests and fake clocks would trip it.
/// </summary>
internal static class SigV4Verifier
{
    /// <summary>The failure as (code kind, message), or null when the signature is good.</summary>
    public static SignatureFailure? Verify(HttpRequest request, string rawPath, string rawQuery, byte[] body, SigV4Credential credential, IssuedCredentials issued, DateTimeOffset now)
    {
        if (issued.SessionToken is not null)
        {
            var token = request.Headers["x-amz-security-token"].ToString();
            if (token.Length == 0 || !string.Equals(token, issued.SessionToken, StringComparison.Ordinal)
                || !credential.SignedHeaders.Split(';').Contains("x-amz-security-token", StringComparer.Ordinal))
            {
                return SignatureFailure.InvalidToken;
            }
        }

        if (issued.Expiration is { } expiration && now >= expiration)
        {
            return SignatureFailure.Expired;
        }

        var amzDate = request.Headers["x-amz-date"].ToString();
        if (amzDate.Length != 16 || !amzDate.StartsWith(credential.Date, StringComparison.Ordinal))
        {
            return SignatureFailure.Mismatch;
        }

        var canonical = CanonicalRequest(request, rawPath, rawQuery, body, credential.SignedHeaders);
        if (canonical is null)
        {
            return SignatureFailure.Mismatch;
        }

        var scope = $"{credential.Date}/{credential.Region}/{credential.Service}/aws4_request";
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + issued.SecretAccessKey), credential.Date);
        key = Hmac(key, credential.Region);
        key = Hmac(key, credential.Service);
        key = Hmac(key, "aws4_request");
        var expected = Hex(Hmac(key, stringToSign));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(credential.Signature))
            ? null
            : SignatureFailure.Mismatch;
    }

    private static string? CanonicalRequest(HttpRequest request, string rawPath, string rawQuery, byte[] body, string signedHeaders)
    {
        var sb = new StringBuilder();
        sb.Append(request.Method).Append('\n');
        var path = string.IsNullOrEmpty(rawPath) ? "/" : rawPath;
        sb.AppendJoin('/', path.Split('/').Select(Encode)).Append('\n');
        var query = rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(part =>
            {
                var eq = part.IndexOf('=', StringComparison.Ordinal);
                var name = Uri.UnescapeDataString(eq < 0 ? part : part[..eq]);
                var value = Uri.UnescapeDataString(eq < 0 ? string.Empty : part[(eq + 1)..]);
                return (Name: Encode(name), Value: Encode(value));
            })
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + p.Value);
        sb.AppendJoin('&', query).Append('\n');
        var names = signedHeaders.Split(';');
        if (!names.Contains("host", StringComparer.Ordinal))
        {
            return null;
        }

        foreach (var name in names)
        {
            var values = request.Headers[name];
            if (values.Count == 0 && !(name == "content-length" && request.ContentLength is not null))
            {
                return null;
            }

            var value = values.Count == 0 ? request.ContentLength!.Value.ToString(CultureInfo.InvariantCulture) : string.Join(',', values.Select(v => Collapse((v ?? string.Empty).Trim())));
            sb.Append(name).Append(':').Append(value).Append('\n');
        }

        sb.Append('\n').Append(signedHeaders).Append('\n');
        var bodyHash = Hex(SHA256.HashData(body));
        var declared = request.Headers["x-amz-content-sha256"].ToString();
        if (declared.Length > 0 && declared != "UNSIGNED-PAYLOAD" && !string.Equals(declared, bodyHash, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        sb.Append(declared.Length > 0 ? declared : bodyHash);
        return sb.ToString();
    }

    // RFC 3986 unreserved characters stay; everything else is %XX with upper-case hex, per byte of UTF-8.
    private static string Encode(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    private static string Collapse(string value)
    {
        var sb = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (c == ' ' && space)
            {
                continue;
            }

            space = c == ' ';
            sb.Append(c);
        }

        return sb.ToString();
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}

/// <summary>Why a signature from known credentials was refused; each protocol names these codes its own way.</summary>
internal enum SignatureFailure
{
    Mismatch,
    InvalidToken,
    Expired,
}
