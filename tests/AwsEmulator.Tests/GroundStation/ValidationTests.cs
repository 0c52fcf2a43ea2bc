using AwsEmulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Tests.GroundStation;

/// <summary>Every constraint family of the model, answered as InvalidParameterException 431 naming the member.</summary>
public sealed class ValidationTests(EmulatorFixture fixture) : GroundStationTestBase(fixture)
{
    [Fact]
    public async Task MissingRequiredMember_NamesIt()
    {
        var body = GsSamples.CreateConfig("tracking");
        body.Remove("name");

        var response = await Client.Gs(HttpMethod.Post, "/config", body);

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("name", response.ParameterName);
        Assert.Contains("Member must not be null", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingNestedRequiredMember_NamesThePath()
    {
        var body = GsSamples.CreateConfig("antenna-downlink");
        ((JObject)body["configData"]!["antennaDownlinkConfig"]!["spectrumConfig"]!).Remove("bandwidth");

        var response = await Client.Gs(HttpMethod.Post, "/config", body);

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("configData.antennaDownlinkConfig.spectrumConfig.bandwidth", response.ParameterName);
    }

    [Fact]
    public async Task PatternMismatch_IsRefused()
    {
        var response = await Client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking", "bad/name!"));

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("name", response.ParameterName);
        Assert.Contains("regular expression pattern", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatternOnlyMatchingPartOfTheValue_IsRefused()
    {
        var body = GsSamples.CreateConfig("s3-recording");
        body["configData"]!["s3RecordingConfig"]!["roleArn"] = "prefix arn:aws:iam::123456789012:role/gs-s3-recording";

        var response = await Client.Gs(HttpMethod.Post, "/config", body);

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("configData.s3RecordingConfig.roleArn", response.ParameterName);
    }

    [Fact]
    public async Task StringLongerThanMax_IsRefused()
    {
        var response = await Client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking", new string('a', 257)));

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Contains("length less than or equal to 256", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StringShorterThanMin_IsRefused()
    {
        var response = await Client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking", string.Empty));

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Contains("length greater than or equal to 1", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValueNotInEnum_IsRefused()
    {
        var body = GsSamples.CreateConfig("tracking");
        body["configData"]!["trackingConfig"]!["autotrack"] = "SOMETIMES";

        var response = await Client.Gs(HttpMethod.Post, "/config", body);

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("configData.trackingConfig.autotrack", response.ParameterName);
        Assert.Contains("enum value set", response.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(29, "greater than or equal to 30")]
    [InlineData(481, "less than or equal to 480")]
    public async Task NumberOutOfRange_IsRefused(int seconds, string rule)
    {
        var body = GsSamples.EndpointGroupV1();
        body["contactPrePassDurationSeconds"] = seconds;

        var response = await Client.Gs(HttpMethod.Post, "/dataflowEndpointGroup", body);

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("contactPrePassDurationSeconds", response.ParameterName);
        Assert.Contains(rule, response.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("many")]
    public async Task QueryStringMaxResultsOutsideModel_IsRefused(string value)
    {
        var response = await Client.Gs(HttpMethod.Get, "/config?maxResults=" + value);

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("maxResults", response.ParameterName);
    }

    [Fact]
    public async Task UriLabelNotAUuid_IsRefused()
    {
        var response = await Client.Gs(HttpMethod.Get, "/missionprofile/not-a-uuid");

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("missionProfileId", response.ParameterName);
    }

    [Fact]
    public async Task UriLabelNotInEnum_IsRefused()
    {
        var response = await Client.Gs(HttpMethod.Get, "/config/radio/00000000-0000-4000-8000-000000000000");

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("configType", response.ParameterName);
    }

    [Fact]
    public async Task ListLongerThanMax_IsRefused()
    {
        var tracking = await CreateConfig("tracking");
        var arn = (string)tracking["configArn"]!;
        var edges = GsSamples.Edges(new JArray(arn, arn, arn));

        var response = await Client.Gs(HttpMethod.Post, "/missionprofile", GsSamples.MissionProfile(arn, edges));

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("dataflowEdges[0]", response.ParameterName);
        Assert.Contains("length less than or equal to 2", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnionWithNoMember_IsRefused()
    {
        var response = await Client.Gs(HttpMethod.Post, "/config", new JObject { ["name"] = "x", ["configData"] = new JObject() });

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("configData", response.ParameterName);
        Assert.Contains("exactly one member", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnionWithTwoMembers_IsRefused()
    {
        var body = GsSamples.CreateConfig("tracking");
        body["configData"]!["dataflowEndpointConfig"] = JObject.Parse(GsSamples.ConfigData["dataflow-endpoint"].Json);

        var response = await Client.Gs(HttpMethod.Post, "/config", body);

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("configData", response.ParameterName);
    }

    [Fact]
    public async Task WrongJsonType_IsRefused()
    {
        var body = GsSamples.CreateConfig("tracking");
        body["name"] = 42;

        var response = await Client.Gs(HttpMethod.Post, "/config", body);

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Contains("must be a string", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJson_ReturnsSerializationException()
    {
        var response = await Client.Gs(HttpMethod.Post, "/config", "{\"name\": ");

        AssertGsError(response, 400, "SerializationException");
    }

    [Fact]
    public async Task InvalidRequest_CreatesNothing()
    {
        await Client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking", "bad!"));

        var list = await Client.Gs(HttpMethod.Get, "/config");

        Assert.Empty((JArray)list.Body["configList"]!);
    }
}
