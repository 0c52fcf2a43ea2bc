using Amazon.Runtime.Internal.Auth;
using Awsdirect.Provider.Aws.Core;

namespace Awsdirect.Provider.Tests.Aws;

/// <summary>
/// Our canonical request (built from the already-encoded wire path) must equal the one AWSSDK.Core's
/// own signer derives from the unencoded path template and label values, for the label shapes our
/// operations use (ARNs with ':' and '/', ids, names with spaces).
/// </summary>
public class SigV4SdkCrossCheckTests
{
    public static TheoryData<string, string, string> Paths => new()
    {
        { "/tags/{resourceArn}", "{resourceArn}", "arn:aws:groundstation:us-west-2:123456789012:config/tracking/11111111-2222-3333-4444-555555555555" },
        { "/config/tracking/{configId}", "{configId}", "11111111-2222-3333-4444-555555555555" },
        { "/2020-05-31/connection-group/{Identifier}", "{Identifier}", "arn:aws:cloudfront::123456789012:connection-group/cg_2abc" },
        { "/2020-05-31/connection-group/{Identifier}", "{Identifier}", "my group+name~x" },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void CanonicalRequest_MatchesAwsSdkCanonicalization(string template, string label, string value)
    {
        var body = "{\"a\":1}"u8.ToArray();
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["host"] = "example.amazonaws.com", ["x-amz-date"] = "20150830T123600Z" };
        var query = new List<KeyValuePair<string, string>> { new("tagKeys", "b c"), new("tagKeys", "a"), new("Resource", "arn:aws:x/y") };
        var wirePath = template.Replace(label, AwsUriEncoding.Encode(value), StringComparison.Ordinal);

        var ours = SigV4Signer.CanonicalRequest("POST", wirePath, query, headers, body);
        // The SDK's helper expects the list its pipeline has already sorted (by name, then value); ours sorts itself.
        var presorted = query.OrderBy(q => q.Key, StringComparer.Ordinal).ThenBy(q => q.Value, StringComparer.Ordinal).ToList();
        var sdk = SdkSigner.Canonical(template, label, value, headers, presorted, Convert.ToHexStringLower(AWS4Signer.ComputeHash(body)));

        Assert.Equal(sdk, ours);
    }

    private sealed class SdkSigner : AWS4Signer
    {
        public static string Canonical(string template, string label, string value, IDictionary<string, string> headers, List<KeyValuePair<string, string>> query, string bodyHash) =>
            CanonicalizeRequest(
                new Uri("https://example.amazonaws.com"),
                template,
                "POST",
                headers,
                CanonicalizeQueryParameters(query),
                bodyHash,
                new Dictionary<string, string> { [label] = value },
                doubleEncode: true);
    }
}
