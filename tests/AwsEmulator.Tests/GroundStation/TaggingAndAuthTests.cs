using System.Net;
using AwsEmulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Tests.GroundStation;

public sealed class TaggingAndAuthTests(EmulatorFixture fixture) : GroundStationTestBase(fixture)
{
    [Fact]
    public async Task TagUntagList_OnConfigArn_ManageTags()
    {
        var arn = Uri.EscapeDataString((string)(await CreateConfig("tracking"))["configArn"]!);

        var tagged = await Client.Gs(HttpMethod.Post, $"/tags/{arn}", new JObject { ["tags"] = new JObject { ["a"] = "1", ["b"] = "2" } });
        var untagged = await Client.Gs(HttpMethod.Delete, $"/tags/{arn}?tagKeys=a");
        var listed = await Client.Gs(HttpMethod.Get, $"/tags/{arn}");

        Assert.Equal(HttpStatusCode.OK, tagged.Status);
        Assert.Equal(HttpStatusCode.OK, untagged.Status);
        Assert.True(JToken.DeepEquals(new JObject { ["b"] = "2" }, listed.Body["tags"]));
    }

    [Fact]
    public async Task ListTags_OnMissionProfileAndEndpointGroup_Work()
    {
        var profileId = await CreateMissionProfile();
        var profileArn = (string)(await Client.Gs(HttpMethod.Get, $"/missionprofile/{profileId}")).Body["missionProfileArn"]!;
        var groupId = (string)(await Client.Gs(HttpMethod.Post, "/dataflowEndpointGroupV2", GsSamples.EndpointGroupV2())).Body["dataflowEndpointGroupId"]!;
        var groupArn = (string)(await Client.Gs(HttpMethod.Get, $"/dataflowEndpointGroup/{groupId}")).Body["dataflowEndpointGroupArn"]!;

        foreach (var arn in new[] { profileArn, groupArn })
        {
            await Client.Gs(HttpMethod.Post, $"/tags/{Uri.EscapeDataString(arn)}", new JObject { ["tags"] = new JObject { ["k"] = "v" } });
            var listed = await Client.Gs(HttpMethod.Get, $"/tags/{Uri.EscapeDataString(arn)}");
            Assert.Equal("v", (string?)listed.Body["tags"]?["k"]);
        }
    }

    [Fact]
    public async Task TagResource_UnknownArn_ReturnsResourceNotFound()
    {
        var arn = Uri.EscapeDataString("arn:aws:groundstation:us-east-1:123456789012:mission-profile/00000000-0000-4000-8000-000000000000");

        var response = await Client.Gs(HttpMethod.Post, $"/tags/{arn}", new JObject { ["tags"] = new JObject { ["k"] = "v" } });

        AssertGsError(response, 434, "ResourceNotFoundException");
    }

    [Fact]
    public async Task UntagResource_WithoutTagKeys_IsRefusedAsMissingRequired()
    {
        var arn = Uri.EscapeDataString((string)(await CreateConfig("tracking"))["configArn"]!);

        var response = await Client.Gs(HttpMethod.Delete, $"/tags/{arn}");

        AssertGsError(response, 431, "InvalidParameterException");
        Assert.Equal("tagKeys", response.ParameterName);
    }

    [Fact]
    public async Task UnsignedRequest_Returns403MissingAuthenticationToken()
    {
        var response = await Client.Gs(HttpMethod.Get, "/config", signed: false);

        AssertGsError(response, 403, "MissingAuthenticationTokenException");
    }

    [Fact]
    public async Task MalformedAuthorizationHeader_Returns403IncompleteSignature()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/config");
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=broken");

        using var response = await Client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("IncompleteSignatureException", response.Headers.GetValues("x-amzn-ErrorType").Single());
    }

    [Fact]
    public async Task UnknownPath_Returns404UnknownOperation()
    {
        var response = await Client.Gs(HttpMethod.Get, "/no-such-thing");

        AssertGsError(response, 404, "UnknownOperationException");
    }
}
