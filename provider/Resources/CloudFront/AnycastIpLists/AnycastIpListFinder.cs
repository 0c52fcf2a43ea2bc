using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.Core;

namespace Awsdirect.Provider.Resources.CloudFront.AnycastIpLists;

/// <summary>
/// The thin layer over GetAnycastIpList shared by the CRUD code, the waiter and the connection group's
/// IPv6 check: "not found" is null, because a list deleted out of band is an expected state.
/// </summary>
internal static class AnycastIpListFinder
{
    public static async Task<AnycastIpListResult?> FindAnycastIpListByIdAsync(ICloudFrontApi api, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        try
        {
            var result = await api.GetAnycastIpListAsync(new GetAnycastIpListRequest { Id = id }, cancellationToken);
            return result.AnycastIpList is null ? null : result;
        }
        catch (AwsServiceException ex) when (ex.IsNotFound)
        {
            return null;
        }
    }

    /// <summary>The list (null when gone) and its <c>Status</c>.</summary>
    public static async Task<(AnycastIpListResult? List, string? Status)> StatusAnycastIpListAsync(ICloudFrontApi api, string id, CancellationToken cancellationToken)
    {
        var found = await FindAnycastIpListByIdAsync(api, id, cancellationToken);
        return (found, found?.AnycastIpList?.Status);
    }

    /// <summary>What still uses the list: connection groups (by id and name) and distributions (by id).</summary>
    public static async Task<List<string>> FindAnycastIpListUsersAsync(ICloudFrontApi api, string id, CancellationToken cancellationToken)
    {
        var users = new List<string>();
        await foreach (var group in api.ListAllConnectionGroupsAsync(new ConnectionGroupAssociationFilter { AnycastIpListId = id }, cancellationToken: cancellationToken))
        {
            users.Add($"connection group {group.Id} ({group.Name})");
        }

        await foreach (var distribution in api.ListAllDistributionsByAnycastIpListIdAsync(id, cancellationToken: cancellationToken))
        {
            users.Add($"distribution {distribution.Id}");
        }

        return users;
    }
}
