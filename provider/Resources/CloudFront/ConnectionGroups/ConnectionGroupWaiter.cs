using System.Globalization;
using Awsdirect.Provider.Aws.CloudFront;

namespace Awsdirect.Provider.Resources.CloudFront.ConnectionGroups;

/// <summary>How the waiter paces its polls. Tests replace <see cref="Delay"/> (and <see cref="Clock"/>) to run without sleeping.</summary>
internal sealed record ConnectionGroupWaiterOptions
{
    public static ConnectionGroupWaiterOptions Default { get; } = new();

    /// <summary>Pause before the first poll: a write has just answered <c>InProgress</c>, so polling at once only costs a call.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Longest pause between polls; CloudFront deployments take minutes, so later polls back off to this.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    public double BackoffFactor { get; init; } = 1.5;

    /// <summary>Used when the engine gives no timeout (no <c>customTimeouts</c> on the resource).</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromMinutes(30);

    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = (delay, ct) => Task.Delay(delay, ct);

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

/// <summary>The group did not reach <c>Deployed</c> in time, or vanished while being waited for.</summary>
internal sealed class ConnectionGroupWaitException : Exception
{
    public ConnectionGroupWaitException(string message)
        : base(message)
    {
    }

    public ConnectionGroupWaitException(string message, bool gone)
        : base(message)
    {
        Gone = gone;
    }

    public ConnectionGroupWaitException()
    {
    }

    public ConnectionGroupWaitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when the group no longer exists (rather than taking too long).</summary>
    public bool Gone { get; }
}

/// <summary>
/// Polls GetConnectionGroup until <c>Status</c> is <c>Deployed</c>, telling the user how it goes through
/// the engine log (Info, on the resource). Backs off from <see cref="ConnectionGroupWaiterOptions.InitialDelay"/>
/// to <see cref="ConnectionGroupWaiterOptions.MaxDelay"/>; gives up after the engine's timeout or the default.
/// </summary>
internal sealed class ConnectionGroupWaiter
{
    private readonly ICloudFrontApi _api;
    private readonly IEngineLog _log;
    private readonly ConnectionGroupWaiterOptions _options;

    public ConnectionGroupWaiter(ICloudFrontApi api, IEngineLog log, ConnectionGroupWaiterOptions options)
    {
        _api = api;
        _log = log;
        _options = options;
    }

    /// <param name="timeoutSeconds">The engine's timeout for the step; 0 uses the default.</param>
    /// <returns>The last read: the deployed group and its ETag.</returns>
    /// <exception cref="ConnectionGroupWaitException">Timed out, or the group no longer exists.</exception>
    public async Task<GetConnectionGroupResult> WaitConnectionGroupDeployedAsync(string id, string urn, double timeoutSeconds, CancellationToken cancellationToken)
    {
        var timeout = timeoutSeconds > 0 ? TimeSpan.FromSeconds(timeoutSeconds) : _options.DefaultTimeout;
        var started = _options.Clock.GetTimestamp();
        var delay = _options.InitialDelay;
        await _log.LogAsync(LogSeverity.Info, $"Waiting for connection group {id} to finish deploying (timeout {Format(timeout)}).", urn);
        for (var poll = 1; ; poll++)
        {
            await _options.Delay(delay, cancellationToken);
            var (found, status) = await ConnectionGroupFinder.StatusConnectionGroupAsync(_api, id, cancellationToken);
            var elapsed = _options.Clock.GetElapsedTime(started);
            if (found is null)
            {
                throw new ConnectionGroupWaitException($"connection group {id} no longer exists (deleted outside Pulumi while deploying)", gone: true);
            }

            if (string.Equals(status, ConnectionGroupProperties.Deployed, StringComparison.Ordinal))
            {
                await _log.LogAsync(LogSeverity.Info, $"Connection group {id} is deployed ({Format(elapsed)}, {poll} status check(s)).", urn);
                return found;
            }

            if (elapsed >= timeout)
            {
                throw new ConnectionGroupWaitException(
                    $"connection group {id} was still {status ?? "not reporting a status"} after {Format(elapsed)} (timeout {Format(timeout)})");
            }

            await _log.LogAsync(LogSeverity.Info, $"Connection group {id} is {status ?? "deploying"} ({Format(elapsed)} elapsed).", urn, ephemeral: true);
            delay = TimeSpan.FromTicks(Math.Min((long)(delay.Ticks * _options.BackoffFactor), _options.MaxDelay.Ticks));
        }
    }

    private static string Format(TimeSpan span) =>
        span.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes}m{span.Seconds:00}s")
            : string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.#}s");
}
