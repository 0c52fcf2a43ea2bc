namespace AwsEmulator.Http;

/// <summary>The parts of a SigV4 <c>Authorization</c> header the emulator uses: who, where and for which service.</summary>
internal sealed record SigV4Credential(string AccessKeyId, string Date, string Region, string Service)
{
    /// <summary>The <c>SignedHeaders</c> list, lower-case names separated by <c>;</c>.</summary>
    public string SignedHeaders { get; init; } = string.Empty;

    /// <summary>The hex <c>Signature</c>.</summary>
    public string Signature { get; init; } = string.Empty;

    private const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>
    /// Parses <c>AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1/cloudfront/aws4_request,
    /// SignedHeaders=host;x-amz-date, Signature=hex</c>. The signature is checked by <see cref="SigV4Verifier"/>
    /// for keys whose secret the emulator knows (see <c>Sts/CredentialRegistry</c>).
    /// </summary>
    public static SigV4Credential? TryParse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || !header.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            return null;
        }

        string? credential = null;
        var signedHeaders = string.Empty;
        var signature = string.Empty;
        foreach (var part in header[Algorithm.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("Credential=", StringComparison.Ordinal))
            {
                credential = part["Credential=".Length..];
            }
            else if (part.StartsWith("SignedHeaders=", StringComparison.Ordinal))
            {
                signedHeaders = part["SignedHeaders=".Length..];
            }
            else if (part.StartsWith("Signature=", StringComparison.Ordinal))
            {
                signature = part["Signature=".Length..];
            }
        }

        var scope = credential?.Split('/');
        if (scope is not { Length: 5 } || scope[4] != "aws4_request" || signedHeaders.Length == 0 || signature.Length == 0
            || scope.Any(string.IsNullOrEmpty) || scope[1].Length != 8)
        {
            return null;
        }

        return new SigV4Credential(scope[0], scope[1], scope[2], scope[3]) { SignedHeaders = signedHeaders, Signature = signature };
    }
}
