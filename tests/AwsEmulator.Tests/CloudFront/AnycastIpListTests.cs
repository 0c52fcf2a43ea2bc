using System.Net;
using System.Xml.Linq;
using AwsEmulator.Tests.Infrastructure;

namespace AwsEmulator.Tests.CloudFront;

/// <summary>Anycast static IP lists and distribution tenants over real HTTP, and the rules that tie them to connection groups.</summary>
public sealed class AnycastIpListTests : ConnectionGroupTestBase
{
    private const string ListBase = "/2020-05-31/anycast-ip-list";

    public AnycastIpListTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public async Task CreateList_NoAddressType_Ipv4WithIpCountAddresses_DeployingThenDeployed()
    {
        var created = await CreateList("ips-plain", 3);

        Assert.Equal(HttpStatusCode.Accepted, created.Status);
        Assert.StartsWith("aip_", created.Value("Id"), StringComparison.Ordinal);
        Assert.Equal("ipv4", created.Value("IpAddressType"));
        Assert.Equal("Deploying", created.Value("Status"));
        var ips = created.Body!.Element(Ns + "AnycastIps")!.Elements(Ns + "AnycastIp").Select(e => e.Value).ToList();
        Assert.Equal(3, ips.Count);
        Assert.All(ips, ip => Assert.Contains('.', ip));
        Assert.False(string.IsNullOrEmpty(created.ETag));

        var deployed = await WaitListDeployed(created.Value("Id")!);
        Assert.Equal(created.ETag, deployed.ETag);
    }

    [Fact]
    public async Task CreateList_IpCountNotThreeOrTwentyOne_InvalidArgument()
    {
        AssertCfError(await Client.Cf(HttpMethod.Post, ListBase, ListRequest("ips-five", 5)), 400, "InvalidArgument");
    }

    [Fact]
    public async Task CreateList_NameOutsidePattern_RefusedByModel()
    {
        var response = await Client.Cf(HttpMethod.Post, ListBase, ListRequest("bad name!", 3));

        Assert.Equal(400, (int)response.Status);
    }

    [Fact]
    public async Task ConnectionGroup_Ipv6OnIpv4List_InvalidArgument_OffIsAccepted_DualstackTakesIpv6()
    {
        var v4 = (await CreateList("ips-v4", 3)).Value("Id")!;
        var dual = (await CreateList("ips-dual", 21, "dualstack")).Value("Id")!;

        // Ipv6Enabled left out means true (CreateConnectionGroup's documented default).
        AssertCfError(await Client.Cf(HttpMethod.Post, Base, GroupOnList("cg-v4-default", v4, ipv6: null)), 400, "InvalidArgument");
        AssertCfError(await Client.Cf(HttpMethod.Post, Base, GroupOnList("cg-v4-on", v4, ipv6: true)), 400, "InvalidArgument");
        Assert.Equal(HttpStatusCode.Created, (await Client.Cf(HttpMethod.Post, Base, GroupOnList("cg-v4-off", v4, ipv6: false))).Status);
        Assert.Equal(HttpStatusCode.Created, (await Client.Cf(HttpMethod.Post, Base, GroupOnList("cg-dual", dual, ipv6: true))).Status);
        AssertCfError(await Client.Cf(HttpMethod.Post, Base, GroupOnList("cg-nolist", "aip_doesnotexist", ipv6: false)), 404, "EntityNotFound");
    }

    [Fact]
    public async Task DeleteList_UsedByGroup_CannotDeleteEntityWhileInUse_ThenDeletesOnceFree()
    {
        var list = await CreateList("ips-used", 3);
        var id = list.Value("Id")!;
        var group = await Client.Cf(HttpMethod.Post, Base, GroupOnList("cg-user", id, ipv6: false));
        var deployed = await WaitListDeployed(id);

        AssertCfError(await Client.Cf(HttpMethod.Delete, $"{ListBase}/{id}", ifMatch: deployed.ETag), 409, "CannotDeleteEntityWhileInUse");

        var groupId = group.Value("Id")!;
        var groupReady = await WaitDeployed(groupId);
        var detached = await Client.Cf(HttpMethod.Put, $"{Base}/{groupId}", new XElement(Ns + "UpdateConnectionGroupRequest", new XElement(Ns + "AnycastIpListId", "")), ifMatch: groupReady.ETag);
        Assert.Equal(HttpStatusCode.OK, detached.Status);
        Assert.Null(detached.Value("AnycastIpListId"));

        Assert.Equal(HttpStatusCode.NoContent, (await Client.Cf(HttpMethod.Delete, $"{ListBase}/{id}", ifMatch: deployed.ETag)).Status);
        AssertCfError(await Client.Cf(HttpMethod.Get, $"{ListBase}/{id}"), 404, "EntityNotFound");
    }

    [Fact]
    public async Task UpdateList_ToDualstack_AddsIpv6AndMovesETag_StaleETagRefused()
    {
        var created = await CreateList("ips-grow", 3);
        var id = created.Value("Id")!;

        var updated = await Client.Cf(HttpMethod.Put, $"{ListBase}/{id}", new XElement(Ns + "UpdateAnycastIpListRequest", new XElement(Ns + "IpAddressType", "dualstack")), ifMatch: created.ETag);

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal("dualstack", updated.Value("IpAddressType"));
        Assert.Contains(updated.Body!.Element(Ns + "AnycastIps")!.Elements().Select(e => e.Value), ip => ip.Contains(':', StringComparison.Ordinal));
        Assert.NotEqual(created.ETag, updated.ETag);
        AssertCfError(await Client.Cf(HttpMethod.Put, $"{ListBase}/{id}", new XElement(Ns + "UpdateAnycastIpListRequest"), ifMatch: created.ETag), 412, "PreconditionFailed");
    }

    [Fact]
    public async Task ListLists_AndDistributionsByList_AnswerTheModelsCollections()
    {
        var id = (await CreateList("ips-listed", 3)).Value("Id")!;

        var all = await Client.Cf(HttpMethod.Get, ListBase + "?MaxItems=100");
        Assert.Equal(Ns + "AnycastIpListCollection", all.Body!.Name);
        Assert.Contains(all.Body.Element(Ns + "Items")!.Elements(Ns + "AnycastIpListSummary"), s => s.Element(Ns + "Id")!.Value == id);

        var distributions = await Client.Cf(HttpMethod.Get, $"/2020-05-31/distributionsByAnycastIpListId/{id}");
        Assert.Equal(HttpStatusCode.OK, distributions.Status);
        Assert.Equal("0", distributions.Value("Quantity"));
    }

    [Fact]
    public async Task Tenant_OnGroup_BlocksItsDelete_AndIsListedByConnectionGroupFilter()
    {
        var group = await Create("cg-with-tenant", enabled: false);
        var groupId = group.Value("Id")!;
        var tenant = await Client.Cf(HttpMethod.Post, "/2020-05-31/distribution-tenant", new XElement(Ns + "CreateDistributionTenantRequest",
            new XElement(Ns + "DistributionId", "E1MULTITENANT"),
            new XElement(Ns + "Name", "shop-eu"),
            new XElement(Ns + "Domains", new XElement(Ns + "member", new XElement(Ns + "Domain", "shop.example.eu"))),
            new XElement(Ns + "ConnectionGroupId", groupId)));
        Assert.Equal(HttpStatusCode.Created, tenant.Status);

        var listed = await Client.Cf(HttpMethod.Post, "/2020-05-31/distribution-tenants", new XElement(Ns + "ListDistributionTenantsRequest",
            new XElement(Ns + "AssociationFilter", new XElement(Ns + "ConnectionGroupId", groupId))));
        var summaries = listed.Body!.Element(Ns + "DistributionTenantList")!.Elements(Ns + "DistributionTenantSummary").ToList();
        Assert.Equal(["shop-eu"], summaries.Select(s => s.Element(Ns + "Name")!.Value));

        var other = await Client.Cf(HttpMethod.Post, "/2020-05-31/distribution-tenants", new XElement(Ns + "ListDistributionTenantsRequest",
            new XElement(Ns + "AssociationFilter", new XElement(Ns + "ConnectionGroupId", "cg_nobody"))));
        Assert.Empty(other.Body!.Element(Ns + "DistributionTenantList")?.Elements() ?? []);

        var deployed = await WaitDeployed(groupId);
        AssertCfError(await Client.Cf(HttpMethod.Delete, $"{Base}/{groupId}", ifMatch: deployed.ETag), 409, "CannotDeleteEntityWhileInUse");
    }

    private static XElement ListRequest(string name, int count, string? type = null)
    {
        var request = new XElement(Ns + "CreateAnycastIpListRequest", new XElement(Ns + "Name", name), new XElement(Ns + "IpCount", count));
        if (type is not null)
        {
            request.Add(new XElement(Ns + "IpAddressType", type));
        }

        return request;
    }

    private static XElement GroupOnList(string name, string listId, bool? ipv6)
    {
        var request = new XElement(Ns + "CreateConnectionGroupRequest", new XElement(Ns + "Name", name));
        if (ipv6 is not null)
        {
            request.Add(new XElement(Ns + "Ipv6Enabled", ipv6.Value ? "true" : "false"));
        }

        request.Add(new XElement(Ns + "AnycastIpListId", listId));
        return request;
    }

    private async Task<CfResponse> CreateList(string name, int count, string? type = null) =>
        await Client.Cf(HttpMethod.Post, ListBase, ListRequest(name, count, type));

    private async Task<CfResponse> WaitListDeployed(string id)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var got = await Client.Cf(HttpMethod.Get, $"{ListBase}/{id}");
            if (got.Value("Status") == "Deployed")
            {
                return got;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"Anycast static IP list {id} never reported Deployed");
    }
}
