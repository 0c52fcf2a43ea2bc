using System.Net;
using System.Xml.Linq;
using AwsEmulator.Tests.Infrastructure;

namespace AwsEmulator.Tests.CloudFront;

public sealed class ConnectionGroupTests(EmulatorFixture fixture) : ConnectionGroupTestBase(fixture)
{
    [Fact]
    public async Task Create_Returns201WithETagAndAwsShapedIdentity()
    {
        var response = await Client.Cf(HttpMethod.Post, Base, CreateRequest("edge", null, ("team", "cdn")));

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal(Ns + "ConnectionGroup", response.Body!.Name);
        Assert.Matches("^E[0-9A-Z]{13}$", response.ETag);
        var id = response.Value("Id")!;
        Assert.Matches("^cg_[0-9A-Za-z]{27}$", id);
        Assert.Equal($"arn:aws:cloudfront::123456789012:connection-group/{id}", response.Value("Arn"));
        Assert.Matches("^d[0-9a-z]{13}\\.cloudfront\\.net\\z", response.Value("RoutingEndpoint"));
        Assert.Equal("InProgress", response.Value("Status"));
        Assert.Equal("true", response.Value("Enabled"));
        Assert.Equal("true", response.Value("Ipv6Enabled"));
        Assert.Equal("false", response.Value("IsDefault"));
        Assert.Equal("cdn", response.Body.Element(Ns + "Tags")?.Element(Ns + "Items")?.Element(Ns + "Tag")?.Element(Ns + "Value")?.Value);
        Assert.True(DateTimeOffset.TryParse(response.Value("CreatedTime"), out _));
    }

    [Fact]
    public async Task Status_BecomesDeployed_AfterTheConfiguredDelay()
    {
        var created = await Create("rollout");

        var deployed = await WaitDeployed(created.Value("Id")!);

        Assert.Equal("Deployed", deployed.Value("Status"));
        Assert.Equal(created.ETag, deployed.ETag);
    }

    [Fact]
    public async Task Create_DuplicateName_Returns409EntityAlreadyExists()
    {
        await Create("same");

        var response = await Client.Cf(HttpMethod.Post, Base, CreateRequest("same"));

        AssertCfError(response, 409, "EntityAlreadyExists");
    }

    [Fact]
    public async Task Create_BeyondAccountLimit_Returns400EntityLimitExceeded()
    {
        Fixture.Host.Options.ConnectionGroupLimit = 1;
        try
        {
            await Create("first");

            var response = await Client.Cf(HttpMethod.Post, Base, CreateRequest("second"));

            AssertCfError(response, 400, "EntityLimitExceeded");
        }
        finally
        {
            Fixture.Host.Options.ConnectionGroupLimit = null;
        }
    }

    [Fact]
    public async Task Get_ByIdNameOrArn_ReturnsTheSameGroupAndETag()
    {
        var created = await Create("lookup");

        foreach (var identifier in new[] { created.Value("Id")!, "lookup", created.Value("Arn")! })
        {
            var got = await Client.Cf(HttpMethod.Get, $"{Base}/{Uri.EscapeDataString(identifier)}");
            Assert.Equal(HttpStatusCode.OK, got.Status);
            Assert.Equal(created.Value("Id"), got.Value("Id"));
            Assert.Equal(created.ETag, got.ETag);
        }
    }

    [Fact]
    public async Task GetByRoutingEndpoint_FindsTheGroup()
    {
        var created = await Create("routed");

        var got = await Client.Cf(HttpMethod.Get, $"{Base}?RoutingEndpoint={created.Value("RoutingEndpoint")}");

        Assert.Equal(HttpStatusCode.OK, got.Status);
        Assert.Equal(created.Value("Id"), got.Value("Id"));
        Assert.Equal(created.ETag, got.ETag);
    }

    [Fact]
    public async Task GetByRoutingEndpoint_Unknown_Returns404EntityNotFound()
    {
        var response = await Client.Cf(HttpMethod.Get, $"{Base}?RoutingEndpoint=nothing.cloudfront.net");

        AssertCfError(response, 404, "EntityNotFound");
    }

    [Fact]
    public async Task Get_Unknown_Returns404EntityNotFound()
    {
        var response = await Client.Cf(HttpMethod.Get, $"{Base}/cg_doesnotexist");

        AssertCfError(response, 404, "EntityNotFound");
    }

    [Fact]
    public async Task Update_WithCurrentETag_AppliesChange_NewETag_AndRedeploys()
    {
        var created = await Create("upd");
        var id = created.Value("Id")!;
        await WaitDeployed(id);

        var updated = await Client.Cf(HttpMethod.Put, $"{Base}/{id}", UpdateRequest(enabled: false, ipv6: false), ifMatch: created.ETag);

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.NotEqual(created.ETag, updated.ETag);
        Assert.Matches("^E[0-9A-Z]{13}$", updated.ETag);
        Assert.Equal("false", updated.Value("Enabled"));
        Assert.Equal("false", updated.Value("Ipv6Enabled"));
        Assert.Equal("InProgress", updated.Value("Status"));
        Assert.Equal("upd", updated.Value("Name"));
    }

    [Fact]
    public async Task Update_WithoutIfMatch_Returns400InvalidIfMatchVersion()
    {
        var created = await Create("nomatch");

        var response = await Client.Cf(HttpMethod.Put, $"{Base}/{created.Value("Id")}", UpdateRequest(enabled: false));

        AssertCfError(response, 400, "InvalidIfMatchVersion");
    }

    [Fact]
    public async Task Update_WithStaleETag_Returns412PreconditionFailed_AndChangesNothing()
    {
        var created = await Create("stale");
        var id = created.Value("Id")!;
        var first = await Client.Cf(HttpMethod.Put, $"{Base}/{id}", UpdateRequest(ipv6: false), ifMatch: created.ETag);

        var response = await Client.Cf(HttpMethod.Put, $"{Base}/{id}", UpdateRequest(enabled: false), ifMatch: created.ETag);
        var got = await Client.Cf(HttpMethod.Get, $"{Base}/{id}");

        AssertCfError(response, 412, "PreconditionFailed");
        Assert.Equal("true", got.Value("Enabled"));
        Assert.Equal(first.ETag, got.ETag);
    }

    [Fact]
    public async Task Update_Unknown_Returns404EntityNotFound()
    {
        var response = await Client.Cf(HttpMethod.Put, $"{Base}/cg_missing", UpdateRequest(enabled: false), ifMatch: "E1234567890ABC");

        AssertCfError(response, 404, "EntityNotFound");
    }

    [Fact]
    public async Task Delete_WhileEnabled_Returns409ResourceNotDisabled()
    {
        var created = await Create("enabled");
        await WaitDeployed(created.Value("Id")!);

        var response = await Client.Cf(HttpMethod.Delete, $"{Base}/{created.Value("Id")}", ifMatch: created.ETag);

        AssertCfError(response, 409, "ResourceNotDisabled");
    }

    [Fact]
    public async Task Delete_DisabledButStillDeploying_IsRefused()
    {
        var created = await Create("deploying", enabled: false);

        var response = await Client.Cf(HttpMethod.Delete, $"{Base}/{created.Value("Id")}", ifMatch: created.ETag);

        AssertCfError(response, 409, "ResourceNotDisabled");
    }

    [Fact]
    public async Task Delete_WithoutIfMatch_Returns400InvalidIfMatchVersion()
    {
        var created = await Create("del-nomatch", enabled: false);

        var response = await Client.Cf(HttpMethod.Delete, $"{Base}/{created.Value("Id")}");

        AssertCfError(response, 400, "InvalidIfMatchVersion");
    }

    [Fact]
    public async Task Delete_WithStaleETag_Returns412PreconditionFailed()
    {
        var created = await Create("del-stale", enabled: false);
        await WaitDeployed(created.Value("Id")!);

        var response = await Client.Cf(HttpMethod.Delete, $"{Base}/{created.Value("Id")}", ifMatch: "E0000000000000");

        AssertCfError(response, 412, "PreconditionFailed");
    }

    [Fact]
    public async Task Delete_DisabledAndDeployed_Returns204_LingersWhileRollingOutThenGone()
    {
        var created = await Create("gone", enabled: false);
        var id = created.Value("Id")!;
        var deployed = await WaitDeployed(id);

        var response = await Client.Cf(HttpMethod.Delete, $"{Base}/{id}", ifMatch: deployed.ETag);

        Assert.Equal(HttpStatusCode.NoContent, response.Status);
        Assert.Null(response.Body);

        // Until the delete has rolled out the group is still found, its name still taken, and it cannot be deleted twice.
        Assert.Equal("InProgress", (await Client.Cf(HttpMethod.Get, $"{Base}/{id}")).Value("Status"));
        AssertCfError(await Client.Cf(HttpMethod.Post, Base, CreateRequest("gone")), 409, "EntityAlreadyExists");
        AssertCfError(await Client.Cf(HttpMethod.Delete, $"{Base}/{id}", ifMatch: deployed.ETag), 404, "EntityNotFound");

        await Task.Delay(EmulatorFixture.DeploymentDelay + TimeSpan.FromMilliseconds(100));
        AssertCfError(await Client.Cf(HttpMethod.Get, $"{Base}/{id}"), 404, "EntityNotFound");
        Assert.Equal(HttpStatusCode.Created, (await Client.Cf(HttpMethod.Post, Base, CreateRequest("gone"))).Status);
    }

    [Fact]
    public async Task List_PagesWithMaxItemsAndMarker()
    {
        foreach (var name in new[] { "l1", "l2", "l3" })
        {
            await Create(name);
        }

        var names = new List<string>();
        string? marker = null;
        do
        {
            var request = new XElement(Ns + "ListConnectionGroupsRequest", new XElement(Ns + "MaxItems", 2));
            if (marker is not null)
            {
                request.Add(new XElement(Ns + "Marker", marker));
            }

            var page = await Client.Cf(HttpMethod.Post, "/2020-05-31/connection-groups", request);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(Ns + "ListConnectionGroupsResult", page.Body!.Name);
            var summaries = page.Body.Element(Ns + "ConnectionGroups")!.Elements(Ns + "ConnectionGroupSummary").ToList();
            Assert.All(summaries, s => Assert.Matches("^E[0-9A-Z]{13}$", s.Element(Ns + "ETag")?.Value));
            names.AddRange(summaries.Select(s => s.Element(Ns + "Name")!.Value));
            marker = page.Value("NextMarker");
        }
        while (marker is not null);

        Assert.Equal(["l1", "l2", "l3"], names);
    }

    [Fact]
    public async Task List_WithForgedMarker_Returns400InvalidArgument()
    {
        var request = new XElement(Ns + "ListConnectionGroupsRequest", new XElement(Ns + "Marker", "forged"));

        var response = await Client.Cf(HttpMethod.Post, "/2020-05-31/connection-groups", request);

        AssertCfError(response, 400, "InvalidArgument");
    }

    [Fact]
    public async Task Create_WithoutName_Returns400InvalidArgument()
    {
        var response = await Client.Cf(HttpMethod.Post, Base, new XElement(Ns + "CreateConnectionGroupRequest", new XElement(Ns + "Enabled", "true")));

        AssertCfError(response, 400, "InvalidArgument");
    }

    [Fact]
    public async Task Create_WithNonBooleanEnabled_Returns400InvalidArgument()
    {
        var request = new XElement(Ns + "CreateConnectionGroupRequest", new XElement(Ns + "Name", "typed"), new XElement(Ns + "Enabled", "maybe"));

        var response = await Client.Cf(HttpMethod.Post, Base, request);

        AssertCfError(response, 400, "InvalidArgument");
    }

    [Fact]
    public async Task UnsignedRequest_Returns403MissingAuthenticationTokenXml()
    {
        var response = await Client.Cf(HttpMethod.Get, $"{Base}/anything", signed: false);

        AssertCfError(response, 403, "MissingAuthenticationToken");
    }
}
