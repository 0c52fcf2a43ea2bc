using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.Core;

namespace Awsdirect.Provider.Resources.CloudFront.ConnectionGroups;

/// <summary>
/// The thin layer over GetConnectionGroup that the CRUD code and the waiter share: "not found" becomes
/// null rather than an exception, because a group deleted out of band is an expected state (refresh
/// drops it, delete treats it as done), not a failure.
/// </summary>
internal static class ConnectionGroupFinder
{
    /// <summary>The group and its current ETag, or null when CloudFront does not know <paramref name="id"/>.</summary>
    public static async Task<GetConnectionGroupResult?> FindConnectionGroupByIdAsync(ICloudFrontApi api, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        try
        {
            var result = await api.GetConnectionGroupAsync(new GetConnectionGroupRequest { Identifier = id }, cancellationToken);
            return result.ConnectionGroup is null ? null : result;
        }
        catch (AwsServiceException ex) when (ex.IsNotFound)
        {
            return null;
        }
    }

    /// <summary>The group (null when gone) and its <c>Status</c> (e.g. <c>InProgress</c>, <c>Deployed</c>).</summary>
    public static async Task<(GetConnectionGroupResult? Group, string? Status)> StatusConnectionGroupAsync(ICloudFrontApi api, string id, CancellationToken cancellationToken)
    {
        var found = await FindConnectionGroupByIdAsync(api, id, cancellationToken);
        return (found, found?.ConnectionGroup?.Status);
    }
}
