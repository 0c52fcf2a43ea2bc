using System.Globalization;
using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;

namespace Awsdirect.Provider.Aws.Core;

/// <summary>
/// AWS Signature Version 4 for our REST requests. The canonical request (the part that depends on
/// how we lay out HTTP) is built here; the string-to-sign, key derivation and HMAC come from
/// AWSSDK.Core's <see cref="AWS4Signer.ComputeSignature(ImmutableCredentials,string,DateTime,string,string,string)"/>.
/// </summary>
internal static class SigV4Signer
{
    public const string DateHeader = "x-amz-date";
    public const string SecurityTokenHeader = "x-amz-security-token";

    /// <summary>Adds <c>Host</c>, <c>X-Amz-Date</c>, the session token if any, and <c>Authorization</c>.</summary>
    public static void Sign(HttpRequestMessage request, byte[]? body, ImmutableCredentials credentials, string region, string service, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var uri = request.RequestUri ?? throw new InvalidOperationException("request has no URI");
        var host = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port.ToString(CultureInfo.InvariantCulture)}";
        var amzDate = utcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        request.Headers.Host = host;
        request.Headers.Remove(DateHeader);
        request.Headers.TryAddWithoutValidation(DateHeader, amzDate);

        var signed = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = host,
            [DateHeader] = amzDate,
        };
        if (credentials.UseToken)
        {
            request.Headers.Remove(SecurityTokenHeader);
            request.Headers.TryAddWithoutValidation(SecurityTokenHeader, credentials.Token);
            signed[SecurityTokenHeader] = credentials.Token;
        }

        var canonical = CanonicalRequest(request.Method.Method, uri.AbsolutePath, ParseQuery(uri.Query), signed, body ?? []);
        var result = AWS4Signer.ComputeSignature(credentials, region, utcNow, service, string.Join(';', signed.Keys), canonical);
        request.Headers.TryAddWithoutValidation("Authorization", result.ForAuthorizationHeader);
    }

    /// <summary>The SigV4 canonical request (non-S3 rules: each path segment encoded once more).</summary>
    public static string CanonicalRequest(
        string method,
        string encodedPath,
        IEnumerable<KeyValuePair<string, string>> query,
        IReadOnlyDictionary<string, string> signedHeaders,
        byte[] body)
    {
        var path = string.IsNullOrEmpty(encodedPath) ? "/" : encodedPath;
        var canonicalPath = string.Join('/', path.Split('/').Select(AwsUriEncoding.Encode));
        var canonicalQuery = string.Join('&', query
            .Select(kv => (Key: AwsUriEncoding.Encode(kv.Key), Value: AwsUriEncoding.Encode(kv.Value)))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ThenBy(kv => kv.Value, StringComparer.Ordinal)
            .Select(kv => $"{kv.Key}={kv.Value}"));
        var headers = signedHeaders
            .Select(kv => (Name: kv.Key.ToLowerInvariant(), Value: CollapseSpaces(kv.Value.Trim())))
            .OrderBy(h => h.Name, StringComparer.Ordinal)
            .ToList();
        var sb = new StringBuilder();
        sb.Append(method).Append('\n');
        sb.Append(canonicalPath).Append('\n');
        sb.Append(canonicalQuery).Append('\n');
        foreach (var (name, value) in headers)
        {
            sb.Append(name).Append(':').Append(value).Append('\n');
        }

        sb.Append('\n');
        sb.Append(string.Join(';', headers.Select(h => h.Name))).Append('\n');
        sb.Append(Convert.ToHexStringLower(AWS4Signer.ComputeHash(body)));
        return sb.ToString();
    }

    /// <summary>Splits an already-encoded query string back into decoded pairs.</summary>
    internal static List<KeyValuePair<string, string>> ParseQuery(string query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : part[(eq + 1)..];
            pairs.Add(new(Uri.UnescapeDataString(key), Uri.UnescapeDataString(value)));
        }

        return pairs;
    }

    private static string CollapseSpaces(string value)
    {
        if (!value.Contains("  ", StringComparison.Ordinal))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length);
        var previousSpace = false;
        foreach (var c in value)
        {
            if (c == ' ' && previousSpace)
            {
                continue;
            }

            previousSpace = c == ' ';
            sb.Append(c);
        }

        return sb.ToString();
    }
}
