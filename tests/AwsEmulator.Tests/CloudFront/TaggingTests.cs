using System.Net;
using System.Xml.Linq;

namespace AwsEmulator.Tests.CloudFront;

public sealed class TaggingTests(Infrastructure.EmulatorFixture fixture) : ConnectionGroupTestBase(fixture)
{
    private const string Tagging = "/2020-05-31/tagging";

    [Fact]
    public async Task TagUntagList_ManageTagsOfAConnectionGroup_WithoutChangingItsETag()
    {
        var created = await Create("tagged");
        var arn = Uri.EscapeDataString(created.Value("Arn")!);

        var tagged = await Client.Cf(HttpMethod.Post, $"{Tagging}?Operation=Tag&Resource={arn}", TagsElement("Tags", ("a", "1"), ("b", "2")));
        var untagged = await Client.Cf(HttpMethod.Post, $"{Tagging}?Operation=Untag&Resource={arn}", new XElement(Ns + "TagKeys", new XElement(Ns + "Items", new XElement(Ns + "Key", "a"))));
        var listed = await Client.Cf(HttpMethod.Get, $"{Tagging}?Resource={arn}");
        var got = await Client.Cf(HttpMethod.Get, $"{Base}/{created.Value("Id")}");

        Assert.Equal(HttpStatusCode.NoContent, tagged.Status);
        Assert.Equal(HttpStatusCode.NoContent, untagged.Status);
        Assert.Equal(HttpStatusCode.OK, listed.Status);
        Assert.Equal(Ns + "Tags", listed.Body!.Name);
        var tags = listed.Body.Element(Ns + "Items")!.Elements(Ns + "Tag").Select(t => (t.Element(Ns + "Key")!.Value, t.Element(Ns + "Value")!.Value)).ToList();
        Assert.Equal([("b", "2")], tags);
        Assert.Equal(created.ETag, got.ETag);
    }

    [Fact]
    public async Task ListTags_UnknownArn_Returns404NoSuchResource()
    {
        var arn = Uri.EscapeDataString("arn:aws:cloudfront::123456789012:connection-group/cg_missing");

        var response = await Client.Cf(HttpMethod.Get, $"{Tagging}?Resource={arn}");

        AssertCfError(response, 404, "NoSuchResource");
    }

    [Fact]
    public async Task Tag_WithArnNotMatchingModelPattern_Returns400InvalidArgument()
    {
        var response = await Client.Cf(HttpMethod.Post, $"{Tagging}?Operation=Tag&Resource=not-an-arn", TagsElement("Tags", ("a", "1")));

        AssertCfError(response, 400, "InvalidArgument");
    }

    [Fact]
    public async Task Tag_WithKeyBreakingPattern_Returns400InvalidTagging()
    {
        var created = await Create("badtag");

        var response = await Client.Cf(HttpMethod.Post, $"{Tagging}?Operation=Tag&Resource={Uri.EscapeDataString(created.Value("Arn")!)}", TagsElement("Tags", ("bad#key", "1")));

        AssertCfError(response, 400, "InvalidTagging");
    }

    [Fact]
    public async Task Create_WithTooLongTagKey_Returns400InvalidTagging()
    {
        var response = await Client.Cf(HttpMethod.Post, Base, CreateRequest("longtag", null, (new string('k', 129), "v")));

        AssertCfError(response, 400, "InvalidTagging");
    }
}
