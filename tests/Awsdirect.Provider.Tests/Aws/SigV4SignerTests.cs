using Amazon.Runtime;
using Awsdirect.Provider.Aws.Core;

namespace Awsdirect.Provider.Tests.Aws;

/// <summary>Checked against the published AWS SigV4 test suite (credentials, time, region and service of that suite).</summary>
public class SigV4SignerTests
{
    private static readonly ImmutableCredentials SuiteCredentials = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);
    private static readonly DateTime SuiteTime = new(2015, 8, 30, 12, 36, 0, DateTimeKind.Utc);

    [Fact]
    public void Sign_GetVanilla_MatchesPublishedSignature()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.amazonaws.com/");

        SigV4Signer.Sign(request, null, SuiteCredentials, "us-east-1", "service", SuiteTime);

        Assert.Equal(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, " +
            "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
            string.Join(",", request.Headers.GetValues("Authorization")));
        Assert.Equal("20150830T123600Z", Assert.Single(request.Headers.GetValues("x-amz-date")));
        Assert.Equal("example.amazonaws.com", request.Headers.Host);
    }

    [Fact]
    public void Sign_GetVanillaQueryOrderKeyCase_SortsParametersAndMatchesPublishedSignature()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.amazonaws.com/?Param2=value2&Param1=value1");

        SigV4Signer.Sign(request, null, SuiteCredentials, "us-east-1", "service", SuiteTime);

        Assert.EndsWith(
            "Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500",
            string.Join(",", request.Headers.GetValues("Authorization")),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_PostVanilla_MatchesPublishedSignature()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://example.amazonaws.com/");

        SigV4Signer.Sign(request, null, SuiteCredentials, "us-east-1", "service", SuiteTime);

        Assert.EndsWith(
            "Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b",
            string.Join(",", request.Headers.GetValues("Authorization")),
            StringComparison.Ordinal);
    }

    [Fact]
    public void CanonicalRequest_GetVanilla_IsThePublishedCanonicalForm()
    {
        var headers = new Dictionary<string, string> { ["Host"] = "example.amazonaws.com", ["X-Amz-Date"] = "20150830T123600Z" };

        var canonical = SigV4Signer.CanonicalRequest("GET", "/", [], headers, []);

        Assert.Equal(
            "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" +
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            canonical);
    }

    [Fact]
    public void CanonicalRequest_EncodedPathSegments_AreEncodedAgainForNonS3Services()
    {
        var canonical = SigV4Signer.CanonicalRequest("GET", "/tags/arn%3Aaws%3Agroundstation%2Fx", [], new Dictionary<string, string>(), []);

        Assert.StartsWith("GET\n/tags/arn%253Aaws%253Agroundstation%252Fx\n", canonical, StringComparison.Ordinal);
    }

    [Fact]
    public void CanonicalRequest_RepeatedQueryKeys_SortByKeyThenValueAndEncodeSpaces()
    {
        var canonical = SigV4Signer.CanonicalRequest("DELETE", "/", [new("tagKeys", "b c"), new("tagKeys", "a"), new("A", "1")], new Dictionary<string, string>(), []);

        Assert.Equal("A=1&tagKeys=a&tagKeys=b%20c", canonical.Split('\n')[2]);
    }

    [Fact]
    public void Sign_SessionCredentials_SendAndSignTheSecurityToken()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:4566/config");

        SigV4Signer.Sign(request, null, new ImmutableCredentials("AKID", "SECRET", "TOKEN"), "eu-west-1", "groundstation", SuiteTime);

        Assert.Equal("TOKEN", Assert.Single(request.Headers.GetValues("x-amz-security-token")));
        var authorization = string.Join(",", request.Headers.GetValues("Authorization"));
        Assert.Contains("SignedHeaders=host;x-amz-date;x-amz-security-token", authorization, StringComparison.Ordinal);
        Assert.Contains("/20150830/eu-west-1/groundstation/aws4_request", authorization, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", authorization, StringComparison.Ordinal);
        Assert.Equal("127.0.0.1:4566", request.Headers.Host);
    }

    [Fact]
    public void Sign_BodyChange_ChangesSignature()
    {
        using var a = new HttpRequestMessage(HttpMethod.Post, "https://example.amazonaws.com/");
        using var b = new HttpRequestMessage(HttpMethod.Post, "https://example.amazonaws.com/");

        SigV4Signer.Sign(a, "{\"a\":1}"u8.ToArray(), SuiteCredentials, "us-east-1", "service", SuiteTime);
        SigV4Signer.Sign(b, "{\"a\":2}"u8.ToArray(), SuiteCredentials, "us-east-1", "service", SuiteTime);

        Assert.NotEqual(a.Headers.GetValues("Authorization").Single(), b.Headers.GetValues("Authorization").Single());
    }
}
