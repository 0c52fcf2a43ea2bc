using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Resources.Common;

namespace Awsdirect.Provider.Resources.CloudFront.AnycastIpLists;

/// <summary>The list's waits, on the shared <see cref="StatusWaiter"/> schedule (as the connection group's).</summary>
internal sealed class AnycastIpListWaiter
{
    private readonly ICloudFrontApi _api;
    private readonly StatusWaiter _waiter;

    public AnycastIpListWaiter(ICloudFrontApi api, IEngineLog log, StatusWaiterOptions options)
    {
        _api = api;
        _waiter = new StatusWaiter(log, options);
    }

    /// <summary>Polls GetAnycastIpList until <c>Status</c> is <c>Deployed</c>; <c>Failed</c> ends the wait with an error.</summary>
    /// <exception cref="StatusWaitException">Timed out, failed, or the list no longer exists.</exception>
    public async Task<AnycastIpListResult> WaitAnycastIpListDeployedAsync(string id, string urn, double timeoutSeconds, CancellationToken cancellationToken) =>
        (await _waiter.WaitAsync(
            $"Anycast static IP list {id}",
            "finish deploying",
            "is deployed",
            urn,
            timeoutSeconds,
            ct => AnycastIpListFinder.StatusAnycastIpListAsync(_api, id, ct),
            (found, status) => found is null ? WaitVerdict.Gone
                : string.Equals(status, AnycastIpListProperties.Deployed, StringComparison.Ordinal) ? WaitVerdict.Done
                : string.Equals(status, AnycastIpListProperties.Failed, StringComparison.Ordinal) ? WaitVerdict.Failed
                : WaitVerdict.Pending,
            cancellationToken))!;

    /// <summary>Polls until CloudFront no longer knows the list, so its name can be taken again at once.</summary>
    public Task WaitAnycastIpListDeletedAsync(string id, string urn, double timeoutSeconds, CancellationToken cancellationToken) =>
        _waiter.WaitAsync(
            $"Anycast static IP list {id}",
            "be deleted",
            "is gone",
            urn,
            timeoutSeconds,
            ct => AnycastIpListFinder.StatusAnycastIpListAsync(_api, id, ct),
            (found, _) => found is null ? WaitVerdict.Done : WaitVerdict.Pending,
            cancellationToken,
            pollAtOnce: true);
}
