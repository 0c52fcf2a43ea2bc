using System.Net;
using System.Xml.Linq;
using Awsdirect.Provider.Aws.CloudFront;

namespace Awsdirect.Provider.Tests.Aws;

public class CloudFrontMarshallingTests
{
    private const string Ns = "http://cloudfront.amazonaws.com/doc/2020-05-31/";
    private const string Arn = "arn:aws:cloudfront::123456789012:connection-group/cg_1";

    private const string GroupXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <ConnectionGroup xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">
          <Id>cg_1</Id><Name>edge</Name><Arn>arn:aws:cloudfront::123456789012:connection-group/cg_1</Arn>
          <CreatedTime>2025-01-02T03:04:05.000Z</CreatedTime><LastModifiedTime>2025-01-02T03:04:06Z</LastModifiedTime>
          <Tags><Items><Tag><Key>env</Key><Value>dev</Value></Tag></Items></Tags>
          <Ipv6Enabled>true</Ipv6Enabled><RoutingEndpoint>d111.cloudfront.net</RoutingEndpoint>
          <AnycastIpListId>aip_1</AnycastIpListId><Status>InProgress</Status><Enabled>false</Enabled><IsDefault>false</IsDefault>
        </ConnectionGroup>
        """;

    private static readonly Dictionary<string, string> ETagHeader = new() { ["ETag"] = "E2QWRUHEXAMPLE" };

    private readonly AwsTestClients _clients = new();

    private static XElement Body(RecordedRequest request) => XDocument.Parse(request.Body!).Root!;

    private static string Xml(XElement element) => element.ToString(SaveOptions.DisableFormatting);

    [Fact]
    public async Task CreateConnectionGroup_PostsNamespacedXml_AndReadsGroupAndETag()
    {
        _clients.Handler.Respond(HttpStatusCode.Created, GroupXml, "text/xml", ETagHeader);

        var result = await _clients.CloudFront.CreateConnectionGroupAsync(new CreateConnectionGroupRequest
        {
            Name = "edge",
            Ipv6Enabled = true,
            Tags = Tags.FromDictionary(new Dictionary<string, string> { ["env"] = "dev" }),
            AnycastIpListId = "aip_1",
            Enabled = false,
        });

        var sent = _clients.Handler.Single();
        Assert.Equal("POST", sent.Method);
        Assert.Equal("https://cf.test/2020-05-31/connection-group", sent.Uri.ToString());
        Assert.Equal("application/xml", sent.ContentType);
        Assert.Equal(
            $"""<CreateConnectionGroupRequest xmlns="{Ns}"><Name>edge</Name><Ipv6Enabled>true</Ipv6Enabled><Tags><Items><Tag><Key>env</Key><Value>dev</Value></Tag></Items></Tags><AnycastIpListId>aip_1</AnycastIpListId><Enabled>false</Enabled></CreateConnectionGroupRequest>""",
            Xml(Body(sent)));
        Assert.Contains("/20250102/us-east-1/cloudfront/aws4_request", sent.Header("Authorization"), StringComparison.Ordinal);
        Assert.Equal("E2QWRUHEXAMPLE", result.ETag);
        var group = result.ConnectionGroup!;
        Assert.Equal(("cg_1", "edge", Arn), (group.Id, group.Name, group.Arn));
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), group.CreatedTime);
        Assert.Equal(("d111.cloudfront.net", "aip_1", "InProgress"), (group.RoutingEndpoint, group.AnycastIpListId, group.Status));
        Assert.Equal((true, false, false), (group.Ipv6Enabled, group.Enabled, group.IsDefault));
        Assert.Equal("dev", group.Tags!.ToDictionary()["env"]);
    }

    [Fact]
    public async Task CreateConnectionGroup_OnlyName_OmitsUnsetMembers()
    {
        _clients.Handler.Respond(HttpStatusCode.Created, GroupXml, "text/xml", ETagHeader);

        await _clients.CloudFront.CreateConnectionGroupAsync(new CreateConnectionGroupRequest { Name = "edge" });

        Assert.Equal($"""<CreateConnectionGroupRequest xmlns="{Ns}"><Name>edge</Name></CreateConnectionGroupRequest>""", Xml(Body(_clients.Handler.Single())));
    }

    [Fact]
    public async Task GetConnectionGroup_EncodesIdentifierInPath_AndReadsETag()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, GroupXml, "text/xml", ETagHeader);

        var result = await _clients.CloudFront.GetConnectionGroupAsync(new GetConnectionGroupRequest { Identifier = Arn });

        var sent = _clients.Handler.Single();
        Assert.Equal("GET", sent.Method);
        Assert.Equal("/2020-05-31/connection-group/arn%3Aaws%3Acloudfront%3A%3A123456789012%3Aconnection-group%2Fcg_1", sent.Path);
        Assert.Null(sent.Body);
        Assert.Equal("E2QWRUHEXAMPLE", result.ETag);
        Assert.Equal("cg_1", result.ConnectionGroup!.Id);
    }

    [Fact]
    public async Task GetConnectionGroupByRoutingEndpoint_SendsQuery()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, GroupXml, "text/xml", ETagHeader);

        var result = await _clients.CloudFront.GetConnectionGroupByRoutingEndpointAsync(new GetConnectionGroupByRoutingEndpointRequest { RoutingEndpoint = "d111.cloudfront.net" });

        var sent = _clients.Handler.Single();
        Assert.Equal(("GET", "/2020-05-31/connection-group", "?RoutingEndpoint=d111.cloudfront.net"), (sent.Method, sent.Path, sent.Uri.Query));
        Assert.Equal("E2QWRUHEXAMPLE", result.ETag);
        Assert.Equal("edge", result.ConnectionGroup!.Name);
    }

    [Fact]
    public async Task UpdateConnectionGroup_SendsIfMatchHeaderAndBodyWithoutIdentity()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, GroupXml, "text/xml", new Dictionary<string, string> { ["ETag"] = "E-NEW" });

        var result = await _clients.CloudFront.UpdateConnectionGroupAsync(new UpdateConnectionGroupRequest { Id = "cg_1", IfMatch = "E-OLD", Enabled = true, Ipv6Enabled = false });

        var sent = _clients.Handler.Single();
        Assert.Equal(("PUT", "/2020-05-31/connection-group/cg_1"), (sent.Method, sent.Path));
        Assert.Equal("E-OLD", sent.Header("If-Match"));
        Assert.Equal($"""<UpdateConnectionGroupRequest xmlns="{Ns}"><Ipv6Enabled>false</Ipv6Enabled><Enabled>true</Enabled></UpdateConnectionGroupRequest>""", Xml(Body(sent)));
        Assert.Equal("E-NEW", result.ETag);
    }

    [Fact]
    public async Task DeleteConnectionGroup_SendsIfMatch_AndAccepts204()
    {
        _clients.Handler.Respond(HttpStatusCode.NoContent);

        await _clients.CloudFront.DeleteConnectionGroupAsync(new DeleteConnectionGroupRequest { Id = "cg_1", IfMatch = "E1" });

        var sent = _clients.Handler.Single();
        Assert.Equal(("DELETE", "/2020-05-31/connection-group/cg_1", "E1"), (sent.Method, sent.Path, sent.Header("If-Match")));
        Assert.Null(sent.Body);
    }

    [Fact]
    public async Task DeleteConnectionGroup_MissingIfMatch_FailsBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _clients.CloudFront.DeleteConnectionGroupAsync(new DeleteConnectionGroupRequest { Id = "cg_1", IfMatch = "" }));

        Assert.Empty(_clients.Handler.Requests);
    }

    [Fact]
    public async Task ListConnectionGroups_PostsPagingInBody_AndReadsSummaries()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, """
            <ListConnectionGroupsResult xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">
              <NextMarker>m2</NextMarker>
              <ConnectionGroups>
                <ConnectionGroupSummary><Id>cg_1</Id><Name>a</Name><Arn>arn:1</Arn><RoutingEndpoint>d1.cloudfront.net</RoutingEndpoint>
                  <CreatedTime>2025-01-01T00:00:00Z</CreatedTime><LastModifiedTime>2025-01-01T00:00:00Z</LastModifiedTime><ETag>E1</ETag>
                  <Enabled>true</Enabled><Status>Deployed</Status><IsDefault>false</IsDefault></ConnectionGroupSummary>
                <ConnectionGroupSummary><Id>cg_2</Id><Name>b</Name><Arn>arn:2</Arn><RoutingEndpoint>d2.cloudfront.net</RoutingEndpoint><ETag>E2</ETag><AnycastIpListId>aip</AnycastIpListId></ConnectionGroupSummary>
              </ConnectionGroups>
            </ListConnectionGroupsResult>
            """, "text/xml");

        var result = await _clients.CloudFront.ListConnectionGroupsAsync(new ListConnectionGroupsRequest
        {
            AssociationFilter = new ConnectionGroupAssociationFilter { AnycastIpListId = "aip" },
            Marker = "m1",
            MaxItems = 10,
        });

        var sent = _clients.Handler.Single();
        Assert.Equal(("POST", "/2020-05-31/connection-groups"), (sent.Method, sent.Path));
        Assert.Equal(
            $"""<ListConnectionGroupsRequest xmlns="{Ns}"><AssociationFilter><AnycastIpListId>aip</AnycastIpListId></AssociationFilter><Marker>m1</Marker><MaxItems>10</MaxItems></ListConnectionGroupsRequest>""",
            Xml(Body(sent)));
        Assert.Equal("m2", result.NextMarker);
        Assert.Equal(["cg_1", "cg_2"], result.ConnectionGroups!.Select(g => g.Id));
        var groups = result.ConnectionGroups!;
        Assert.Equal(("E1", "Deployed", true), (groups[0].ETag, groups[0].Status, groups[0].Enabled));
        Assert.Equal("aip", groups[1].AnycastIpListId);
    }

    [Fact]
    public async Task TagResource_SendsOperationAndResourceQuery_AndTagsPayload()
    {
        _clients.Handler.Respond(HttpStatusCode.NoContent);

        await _clients.CloudFront.TagResourceAsync(new TagResourceRequest
        {
            Resource = Arn,
            Tags = new Tags { Items = [new Tag { Key = "a", Value = "1" }, new Tag { Key = "b" }] },
        });

        var sent = _clients.Handler.Single();
        Assert.Equal(("POST", "/2020-05-31/tagging"), (sent.Method, sent.Path));
        Assert.Equal("?Operation=Tag&Resource=arn%3Aaws%3Acloudfront%3A%3A123456789012%3Aconnection-group%2Fcg_1", sent.Uri.Query);
        Assert.Equal($"""<Tags xmlns="{Ns}"><Items><Tag><Key>a</Key><Value>1</Value></Tag><Tag><Key>b</Key></Tag></Items></Tags>""", Xml(Body(sent)));
    }

    [Fact]
    public async Task UntagResource_SendsTagKeysPayload()
    {
        _clients.Handler.Respond(HttpStatusCode.NoContent);

        await _clients.CloudFront.UntagResourceAsync(new UntagResourceRequest { Resource = Arn, TagKeys = new TagKeys { Items = ["a", "b"] } });

        var sent = _clients.Handler.Single();
        Assert.Equal("POST", sent.Method);
        Assert.StartsWith("?Operation=Untag&Resource=arn%3Aaws", sent.Uri.Query, StringComparison.Ordinal);
        Assert.Equal($"""<TagKeys xmlns="{Ns}"><Items><Key>a</Key><Key>b</Key></Items></TagKeys>""", Xml(Body(sent)));
    }

    [Fact]
    public async Task ListTagsForResource_ReadsTagsPayload()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, """<Tags xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Items><Tag><Key>a</Key><Value>1</Value></Tag><Tag><Key>b</Key></Tag></Items></Tags>""", "text/xml");

        var result = await _clients.CloudFront.ListTagsForResourceAsync(new ListTagsForResourceRequest { Resource = Arn });

        var sent = _clients.Handler.Single();
        Assert.Equal(("GET", "/2020-05-31/tagging"), (sent.Method, sent.Path));
        Assert.StartsWith("?Resource=arn%3Aaws", sent.Uri.Query, StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, string> { ["a"] = "1", ["b"] = "" }, result.Tags.ToDictionary());
    }
}
