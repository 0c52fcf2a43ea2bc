using AwsEmulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Tests.GroundStation;

/// <summary>
/// The model's constraints read as AWS reads them: whole-value ECMA-262 patterns with ASCII classes and no
/// newline before the end, lengths in code points, integer widths, and null items refused as validation
/// errors (431), never a server error.
/// </summary>
public sealed class ValidationSemanticsTests(EmulatorFixture fixture) : GroundStationTestBase(fixture)
{
    [Theory]
    [InlineData("jpss1-downlink\n")]
    [InlineData("jpss1-dównlink")]
    public async Task Name_NewlineAtEndOrNonAsciiLetter_Refused(string name)
    {
        var response = await Client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking", name));

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("name", response.ParameterName);
    }

    [Theory]
    [InlineData("arn:aws:iam::123456789012:role/gs-s3-recording\n")]
    [InlineData("arn:aws:iam::123456789012:role/gs-s3-récording")]
    [InlineData("arn:aws:iam::12345678901\u0663:role/gs-s3-recording")]
    public async Task RoleArn_NewlineNonAsciiLetterOrDigit_Refused(string roleArn)
    {
        var body = GsSamples.CreateConfig("s3-recording");
        body["configData"]!["s3RecordingConfig"]!["roleArn"] = roleArn;

        var response = await Client.Gs(HttpMethod.Post, "/config", body);

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("configData.s3RecordingConfig.roleArn", response.ParameterName);
    }

    [Fact]
    public async Task Name_256SupplementaryCharacters_CountedAs256()
    {
        // Code points, not UTF-16 units: 256 such characters fit SafeName's 256 (the pattern refuses them, not the length).
        var response = await Client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking", string.Concat(Enumerable.Repeat("\U0001D400", 256))));

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.DoesNotContain("length", response.Message, StringComparison.Ordinal);
        Assert.Contains("regular expression pattern", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentAddress_NonAsciiDigits_RefusedNotServerError()
    {
        var body = GsSamples.EndpointGroupV2();
        body["endpoints"]![0]!["downlinkAwsGroundStationAgentEndpoint"]!["dataflowDetails"]!["agentConnectionDetails"]!["agentIpAndPortAddress"]!["socketAddress"]!["name"] = "\u0663.4.5.6";

        var response = await Client.Gs(HttpMethod.Post, "/dataflowEndpointGroupV2", body);

        AssertGsError(response, 431, "InvalidParameterException");
    }

    [Fact]
    public async Task IntegerBeyond32Bits_Refused()
    {
        var group = GsSamples.EndpointGroupV1();
        group["endpointDetails"]![0]!["endpoint"]!["address"]!["port"] = 2147483648L;

        var response = await Client.Gs(HttpMethod.Post, "/dataflowEndpointGroup", group);

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("endpointDetails[0].endpoint.address.port", response.ParameterName);
        Assert.Contains("32-bit", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NullListItems_ValidationErrorNot500()
    {
        var v1 = GsSamples.EndpointGroupV1();
        ((JArray)v1["endpointDetails"]!).Add(JValue.CreateNull());
        var subnets = GsSamples.EndpointGroupV1();
        ((JArray)subnets["endpointDetails"]![0]!["securityDetails"]!["subnetIds"]!).Add(JValue.CreateNull());
        var v2 = GsSamples.EndpointGroupV2();
        ((JArray)v2["endpoints"]!).Insert(0, JValue.CreateNull());

        var first = await Client.Gs(HttpMethod.Post, "/dataflowEndpointGroup", v1);
        var second = await Client.Gs(HttpMethod.Post, "/dataflowEndpointGroup", subnets);
        var third = await Client.Gs(HttpMethod.Post, "/dataflowEndpointGroupV2", v2);

        AssertGsError(first, 431, "InvalidParameterException");
        Assert.Equal("endpointDetails[1]", first.ParameterName);
        AssertGsError(second, 431, "InvalidParameterException");
        Assert.Equal("endpointDetails[0].securityDetails.subnetIds[1]", second.ParameterName);
        AssertGsError(third, 431, "InvalidParameterException");
        Assert.Equal("endpoints[0]", third.ParameterName);
    }

    [Fact]
    public async Task NullTagValue_ValidationErrorNot500()
    {
        var body = GsSamples.CreateConfig("tracking");
        body["tags"] = new JObject { ["team"] = JValue.CreateNull() };

        var response = await Client.Gs(HttpMethod.Post, "/config", body);

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("tags.team", response.ParameterName);
    }
}
