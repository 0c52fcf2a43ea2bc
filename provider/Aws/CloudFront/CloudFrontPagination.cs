using System.Runtime.CompilerServices;

namespace Awsdirect.Provider.Aws.CloudFront;

/// <summary>Follows <c>NextMarker</c> across pages so callers see one stream of summaries.</summary>
public static class CloudFrontPagination
{
    public static async IAsyncEnumerable<ConnectionGroupSummary> ListAllConnectionGroupsAsync(
        this ICloudFrontApi api,
        ConnectionGroupAssociationFilter? filter = null,
        int? pageSize = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        string? marker = null;
        do
        {
            var page = await api.ListConnectionGroupsAsync(
                new ListConnectionGroupsRequest { AssociationFilter = filter, Marker = marker, MaxItems = pageSize },
                cancellationToken);
            foreach (var item in page.ConnectionGroups ?? [])
            {
                yield return item;
            }

            // A repeated marker would loop forever; treat it as the end.
            marker = string.IsNullOrEmpty(page.NextMarker) || page.NextMarker == marker ? null : page.NextMarker;
        }
        while (marker is not null);
    }

    public static async IAsyncEnumerable<DistributionTenantSummary> ListAllDistributionTenantsAsync(
        this ICloudFrontApi api,
        DistributionTenantAssociationFilter? filter = null,
        int? pageSize = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        string? marker = null;
        do
        {
            var page = await api.ListDistributionTenantsAsync(
                new ListDistributionTenantsRequest { AssociationFilter = filter, Marker = marker, MaxItems = pageSize },
                cancellationToken);
            foreach (var item in page.DistributionTenantList)
            {
                yield return item;
            }

            marker = string.IsNullOrEmpty(page.NextMarker) || page.NextMarker == marker ? null : page.NextMarker;
        }
        while (marker is not null);
    }

    public static async IAsyncEnumerable<DistributionSummary> ListAllDistributionsByAnycastIpListIdAsync(
        this ICloudFrontApi api,
        string anycastIpListId,
        int? pageSize = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        string? marker = null;
        do
        {
            var page = await api.ListDistributionsByAnycastIpListIdAsync(
                new ListDistributionsByAnycastIpListIdRequest { AnycastIpListId = anycastIpListId, Marker = marker, MaxItems = pageSize },
                cancellationToken);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            marker = string.IsNullOrEmpty(page.NextMarker) || page.NextMarker == marker ? null : page.NextMarker;
        }
        while (marker is not null);
    }
}
