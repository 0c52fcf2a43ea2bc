using System.Runtime.CompilerServices;

namespace Awsdirect.Provider.Aws.GroundStation;

/// <summary>Follows <c>nextToken</c> across pages so callers see one stream of items.</summary>
public static class GroundStationPagination
{
    public static async IAsyncEnumerable<ConfigListItem> ListAllConfigsAsync(
        this IGroundStationApi api,
        int? pageSize = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        string? token = null;
        do
        {
            var page = await api.ListConfigsAsync(new ListConfigsRequest { MaxResults = pageSize, NextToken = token }, cancellationToken);
            foreach (var item in page.ConfigList ?? [])
            {
                yield return item;
            }

            token = NextTokenOrNull(page.NextToken, token);
        }
        while (token is not null);
    }

    public static async IAsyncEnumerable<DataflowEndpointListItem> ListAllDataflowEndpointGroupsAsync(
        this IGroundStationApi api,
        int? pageSize = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        string? token = null;
        do
        {
            var page = await api.ListDataflowEndpointGroupsAsync(new ListDataflowEndpointGroupsRequest { MaxResults = pageSize, NextToken = token }, cancellationToken);
            foreach (var item in page.DataflowEndpointGroupList ?? [])
            {
                yield return item;
            }

            token = NextTokenOrNull(page.NextToken, token);
        }
        while (token is not null);
    }

    public static async IAsyncEnumerable<MissionProfileListItem> ListAllMissionProfilesAsync(
        this IGroundStationApi api,
        int? pageSize = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        string? token = null;
        do
        {
            var page = await api.ListMissionProfilesAsync(new ListMissionProfilesRequest { MaxResults = pageSize, NextToken = token }, cancellationToken);
            foreach (var item in page.MissionProfileList ?? [])
            {
                yield return item;
            }

            token = NextTokenOrNull(page.NextToken, token);
        }
        while (token is not null);
    }

    // A service that echoes the same token back would otherwise loop forever.
    private static string? NextTokenOrNull(string? next, string? previous) =>
        string.IsNullOrEmpty(next) || next == previous ? null : next;
}
