using Awsdirect.Provider.Aws.Core;

namespace Awsdirect.Provider.Aws.CloudFront;

/// <summary>rest-xml marshalling of the CloudFront connection-group, Anycast static IP list, distribution-tenant listing and tagging operations (2020-05-31 model).</summary>
internal sealed class CloudFrontClient : ICloudFrontApi
{
    private const string Version = "/2020-05-31";
    private const string XmlContentType = "application/xml";

    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();
    private static readonly IReadOnlyList<KeyValuePair<string, string>> NoQuery = [];

    private readonly AwsHttpSender _sender;

    public CloudFrontClient(AwsHttpSender sender)
    {
        _sender = sender;
    }

    public async Task<CreateConnectionGroupResult> CreateConnectionGroupAsync(CreateConnectionGroupRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await SendAsync("CreateConnectionGroup", HttpMethod.Post, Version + "/connection-group", NoQuery, NoHeaders, CloudFrontXml.CreateConnectionGroup(request), idempotent: false, cancellationToken);
        return new CreateConnectionGroupResult { ConnectionGroup = CloudFrontXml.ParseConnectionGroup(response.Body), ETag = response.Header("ETag") };
    }

    public async Task<GetConnectionGroupResult> GetConnectionGroupAsync(GetConnectionGroupRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await SendAsync("GetConnectionGroup", HttpMethod.Get, Version + "/connection-group/" + Label(request.Identifier, nameof(request.Identifier)), NoQuery, NoHeaders, null, idempotent: true, cancellationToken);
        return new GetConnectionGroupResult { ConnectionGroup = CloudFrontXml.ParseConnectionGroup(response.Body), ETag = response.Header("ETag") };
    }

    public async Task<GetConnectionGroupByRoutingEndpointResult> GetConnectionGroupByRoutingEndpointAsync(GetConnectionGroupByRoutingEndpointRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new[] { new KeyValuePair<string, string>("RoutingEndpoint", request.RoutingEndpoint) };
        var response = await SendAsync("GetConnectionGroupByRoutingEndpoint", HttpMethod.Get, Version + "/connection-group", query, NoHeaders, null, idempotent: true, cancellationToken);
        return new GetConnectionGroupByRoutingEndpointResult { ConnectionGroup = CloudFrontXml.ParseConnectionGroup(response.Body), ETag = response.Header("ETag") };
    }

    public async Task<UpdateConnectionGroupResult> UpdateConnectionGroupAsync(UpdateConnectionGroupRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await SendAsync("UpdateConnectionGroup", HttpMethod.Put, Version + "/connection-group/" + Label(request.Id, nameof(request.Id)), NoQuery,
            IfMatch(request.IfMatch), CloudFrontXml.UpdateConnectionGroup(request), idempotent: true, cancellationToken);
        return new UpdateConnectionGroupResult { ConnectionGroup = CloudFrontXml.ParseConnectionGroup(response.Body), ETag = response.Header("ETag") };
    }

    public async Task DeleteConnectionGroupAsync(DeleteConnectionGroupRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await SendAsync("DeleteConnectionGroup", HttpMethod.Delete, Version + "/connection-group/" + Label(request.Id, nameof(request.Id)), NoQuery,
            IfMatch(request.IfMatch), null, idempotent: true, cancellationToken);
    }

    public async Task<ListConnectionGroupsResult> ListConnectionGroupsAsync(ListConnectionGroupsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A POST, but it only reads: safe to repeat after a transient failure.
        var response = await SendAsync("ListConnectionGroups", HttpMethod.Post, Version + "/connection-groups", NoQuery, NoHeaders,
            CloudFrontXml.ListConnectionGroups(request), idempotent: true, cancellationToken);
        return CloudFrontXml.ParseListConnectionGroups(response.Body);
    }

    public async Task<AnycastIpListResult> CreateAnycastIpListAsync(CreateAnycastIpListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await SendAsync("CreateAnycastIpList", HttpMethod.Post, Version + "/anycast-ip-list", NoQuery, NoHeaders, CloudFrontXml.CreateAnycastIpList(request), idempotent: false, cancellationToken);
        return new AnycastIpListResult { AnycastIpList = CloudFrontXml.ParseAnycastIpList(response.Body), ETag = response.Header("ETag") };
    }

    public async Task<AnycastIpListResult> GetAnycastIpListAsync(GetAnycastIpListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await SendAsync("GetAnycastIpList", HttpMethod.Get, Version + "/anycast-ip-list/" + Label(request.Id, nameof(request.Id)), NoQuery, NoHeaders, null, idempotent: true, cancellationToken);
        return new AnycastIpListResult { AnycastIpList = CloudFrontXml.ParseAnycastIpList(response.Body), ETag = response.Header("ETag") };
    }

    public async Task<AnycastIpListResult> UpdateAnycastIpListAsync(UpdateAnycastIpListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await SendAsync("UpdateAnycastIpList", HttpMethod.Put, Version + "/anycast-ip-list/" + Label(request.Id, nameof(request.Id)), NoQuery,
            IfMatch(request.IfMatch), CloudFrontXml.UpdateAnycastIpList(request), idempotent: true, cancellationToken);
        return new AnycastIpListResult { AnycastIpList = CloudFrontXml.ParseAnycastIpList(response.Body), ETag = response.Header("ETag") };
    }

    public async Task DeleteAnycastIpListAsync(DeleteAnycastIpListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await SendAsync("DeleteAnycastIpList", HttpMethod.Delete, Version + "/anycast-ip-list/" + Label(request.Id, nameof(request.Id)), NoQuery,
            IfMatch(request.IfMatch), null, idempotent: true, cancellationToken);
    }

    public async Task<ListAnycastIpListsResult> ListAnycastIpListsAsync(ListAnycastIpListsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await SendAsync("ListAnycastIpLists", HttpMethod.Get, Version + "/anycast-ip-list", Paging(request.Marker, request.MaxItems), NoHeaders, null, idempotent: true, cancellationToken);
        return CloudFrontXml.ParseListAnycastIpLists(response.Body);
    }

    public async Task<ListDistributionsResult> ListDistributionsByAnycastIpListIdAsync(ListDistributionsByAnycastIpListIdRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await SendAsync("ListDistributionsByAnycastIpListId", HttpMethod.Get,
            Version + "/distributionsByAnycastIpListId/" + Label(request.AnycastIpListId, nameof(request.AnycastIpListId)), Paging(request.Marker, request.MaxItems), NoHeaders, null, idempotent: true, cancellationToken);
        return CloudFrontXml.ParseDistributionList(response.Body);
    }

    public async Task<ListDistributionTenantsResult> ListDistributionTenantsAsync(ListDistributionTenantsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A POST, but it only reads: safe to repeat after a transient failure.
        var response = await SendAsync("ListDistributionTenants", HttpMethod.Post, Version + "/distribution-tenants", NoQuery, NoHeaders,
            CloudFrontXml.ListDistributionTenants(request), idempotent: true, cancellationToken);
        return CloudFrontXml.ParseListDistributionTenants(response.Body);
    }

    public async Task TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await SendAsync("TagResource", HttpMethod.Post, Version + "/tagging", TaggingQuery("Tag", request.Resource), NoHeaders, CloudFrontXml.Tags(request.Tags), idempotent: true, cancellationToken);
    }

    public async Task UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await SendAsync("UntagResource", HttpMethod.Post, Version + "/tagging", TaggingQuery("Untag", request.Resource), NoHeaders, CloudFrontXml.TagKeys(request.TagKeys), idempotent: true, cancellationToken);
    }

    public async Task<ListTagsForResourceResult> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new[] { new KeyValuePair<string, string>("Resource", Required(request.Resource, nameof(request.Resource))) };
        var response = await SendAsync("ListTagsForResource", HttpMethod.Get, Version + "/tagging", query, NoHeaders, null, idempotent: true, cancellationToken);
        return new ListTagsForResourceResult { Tags = CloudFrontXml.ParseTagsDocument(response.Body) };
    }

    private static List<KeyValuePair<string, string>> Paging(string? marker, int? maxItems)
    {
        var query = new List<KeyValuePair<string, string>>();
        if (!string.IsNullOrEmpty(marker))
        {
            query.Add(new("Marker", marker));
        }

        if (maxItems is { } max)
        {
            query.Add(new("MaxItems", max.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return query;
    }

    private static KeyValuePair<string, string>[] TaggingQuery(string operation, string resource) =>
        [new("Operation", operation), new("Resource", Required(resource, "Resource"))];

    private static Dictionary<string, string> IfMatch(string etag) =>
        new() { ["If-Match"] = Required(etag, "IfMatch") };

    private static string Label(string value, string member) => AwsUriEncoding.Encode(Required(value, member));

    private static string Required(string value, string member) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"{member} is required and must not be empty", member) : value;

    private Task<AwsHttpResponse> SendAsync(
        string operation,
        HttpMethod method,
        string path,
        IReadOnlyList<KeyValuePair<string, string>> query,
        IReadOnlyDictionary<string, string> headers,
        byte[]? body,
        bool idempotent,
        CancellationToken cancellationToken) =>
        _sender.SendAsync(new AwsHttpRequest(operation, method, path, query, headers, body, body is null ? null : XmlContentType, idempotent), cancellationToken);
}
