using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Resources.Common;

namespace Awsdirect.Provider.Resources.CloudFront.ConnectionGroups;

/// <summary>
/// The connection group's waits, on the shared <see cref="StatusWaiter"/> schedule (first status call
/// after 1 s, then every 2, 3, 4 s, never more than 4 s apart, so the answer comes at most ~4 s after
/// CloudFront is done).
/// </summary>
internal sealed class ConnectionGroupWaiter
{
    private readonly ICloudFrontApi _api;
    private readonly StatusWaiter _waiter;

    public ConnectionGroupWaiter(ICloudFrontApi api, IEngineLog log, StatusWaiterOptions options)
    {
        _api = api;
        _waiter = new StatusWaiter(log, options);
    }

    /// <summary>Polls GetConnectionGroup until <c>Status</c> is <c>Deployed</c>.</summary>
    /// <returns>The last read: the deployed group and its ETag.</returns>
    /// <exception cref="StatusWaitException">Timed out, or the group no longer exists.</exception>
    public async Task<GetConnectionGroupResult> WaitConnectionGroupDeployedAsync(string id, string urn, double timeoutSeconds, CancellationToken cancellationToken) =>
        (await _waiter.WaitAsync(
            $"connection group {id}",
            "finish deploying",
            "is deployed",
            urn,
            timeoutSeconds,
            ct => ConnectionGroupFinder.StatusConnectionGroupAsync(_api, id, ct),
            (found, status) => found is null ? WaitVerdict.Gone
                : string.Equals(status, ConnectionGroupProperties.Deployed, StringComparison.Ordinal) ? WaitVerdict.Done
                : WaitVerdict.Pending,
            cancellationToken))!;

    /// <summary>
    /// Polls GetConnectionGroup until CloudFront no longer knows the group: DeleteConnectionGroup answers
    /// before the name is free again, and a same-name create straight after (a delete-before-replace)
    /// would meet EntityAlreadyExists.
    /// </summary>
    /// <exception cref="StatusWaitException">Timed out.</exception>
    public Task WaitConnectionGroupDeletedAsync(string id, string urn, double timeoutSeconds, CancellationToken cancellationToken) =>
        _waiter.WaitAsync(
            $"connection group {id}",
            "be deleted",
            "is gone",
            urn,
            timeoutSeconds,
            ct => ConnectionGroupFinder.StatusConnectionGroupAsync(_api, id, ct),
            (found, _) => found is null ? WaitVerdict.Done : WaitVerdict.Pending,
            cancellationToken,
            pollAtOnce: true);
}
