namespace Awsdirect.Provider.Aws.CloudFront;

/// <summary>
/// The Amazon CloudFront connection-group, Anycast static IP list, distribution-tenant listing and tagging operations the provider uses (rest-xml, API
/// version 2020-05-31, global endpoint signed for us-east-1). Failures surface as
/// <see cref="Core.AwsServiceException"/> with CloudFront's error code (e.g. <c>EntityNotFound</c>,
/// <c>PreconditionFailed</c>, <c>ResourceNotDisabled</c>). Paging helpers live in
/// <see cref="CloudFrontPagination"/>.
/// </summary>
public interface ICloudFrontApi
{
    Task<CreateConnectionGroupResult> CreateConnectionGroupAsync(CreateConnectionGroupRequest request, CancellationToken cancellationToken = default);

    Task<GetConnectionGroupResult> GetConnectionGroupAsync(GetConnectionGroupRequest request, CancellationToken cancellationToken = default);

    Task<GetConnectionGroupByRoutingEndpointResult> GetConnectionGroupByRoutingEndpointAsync(GetConnectionGroupByRoutingEndpointRequest request, CancellationToken cancellationToken = default);

    Task<UpdateConnectionGroupResult> UpdateConnectionGroupAsync(UpdateConnectionGroupRequest request, CancellationToken cancellationToken = default);

    Task DeleteConnectionGroupAsync(DeleteConnectionGroupRequest request, CancellationToken cancellationToken = default);

    Task<ListConnectionGroupsResult> ListConnectionGroupsAsync(ListConnectionGroupsRequest request, CancellationToken cancellationToken = default);

    Task<AnycastIpListResult> CreateAnycastIpListAsync(CreateAnycastIpListRequest request, CancellationToken cancellationToken = default);

    Task<AnycastIpListResult> GetAnycastIpListAsync(GetAnycastIpListRequest request, CancellationToken cancellationToken = default);

    Task<AnycastIpListResult> UpdateAnycastIpListAsync(UpdateAnycastIpListRequest request, CancellationToken cancellationToken = default);

    Task DeleteAnycastIpListAsync(DeleteAnycastIpListRequest request, CancellationToken cancellationToken = default);

    Task<ListAnycastIpListsResult> ListAnycastIpListsAsync(ListAnycastIpListsRequest request, CancellationToken cancellationToken = default);

    /// <summary>The distributions that use a list; the provider reads only their ids (who blocks a delete).</summary>
    Task<ListDistributionsResult> ListDistributionsByAnycastIpListIdAsync(ListDistributionsByAnycastIpListIdRequest request, CancellationToken cancellationToken = default);

    /// <summary>Distribution tenants, optionally filtered by distribution or connection group.</summary>
    Task<ListDistributionTenantsResult> ListDistributionTenantsAsync(ListDistributionTenantsRequest request, CancellationToken cancellationToken = default);

    Task TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default);

    Task UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default);

    Task<ListTagsForResourceResult> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default);
}
