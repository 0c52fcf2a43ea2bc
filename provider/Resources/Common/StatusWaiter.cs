using System.Globalization;

namespace Awsdirect.Provider.Resources.Common;

/// <summary>
/// How a waiter paces its status calls. The answer can come at most one interval after AWS finishes,
/// so the interval is capped at <see cref="MaxDelay"/> (4 s: the lag stays under 5 s with a slow status
/// call) rather than backed off further: CloudFront deployments take minutes, and a backoff to 20 s
/// made every wait end up to 20 s late. Short deployments are caught by the ramp (1 s, 2 s, 3 s, then 4 s),
/// so a change that deploys within seconds costs one or two calls; a long one costs 15 calls a minute.
/// Its sleeps and clock are <see cref="Time"/>, the handler's <see cref="ProviderServices.Time"/>, so tests
/// run a wait of minutes on a fake clock without sleeping.
/// </summary>
internal sealed record StatusWaiterOptions
{
    public static StatusWaiterOptions Default { get; } = new();

    /// <summary>Pause before the first poll: the write has just answered in progress.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How much each pause grows until it reaches <see cref="MaxDelay"/>.</summary>
    public TimeSpan Step { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest pause between polls, which bounds how late a wait may end.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Used when the engine gives no timeout (no <c>customTimeouts</c> on the resource).</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>What the waiter sleeps on and measures elapsed time with.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The pause before poll number <paramref name="poll"/> (1-based).</summary>
    public TimeSpan DelayBefore(int poll)
    {
        var grown = InitialDelay + (Step * Math.Max(0, poll - 1));
        return grown > MaxDelay ? MaxDelay : grown;
    }

    /// <summary>Options whose sleeps and clock are <paramref name="time"/>'s (the provider's single time seam).</summary>
    public StatusWaiterOptions On(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return ReferenceEquals(time, Time) ? this : this with { Time = time };
    }
}

/// <summary>What one status read says about the wait.</summary>
internal enum WaitVerdict
{
    /// <summary>Not there yet: poll again.</summary>
    Pending,

    /// <summary>The goal is reached.</summary>
    Done,

    /// <summary>The resource is gone while the goal needs it.</summary>
    Gone,

    /// <summary>AWS reports the change failed: waiting longer cannot help.</summary>
    Failed,
}

/// <summary>The wait did not reach its goal in time, or the resource vanished while it was awaited.</summary>
internal sealed class StatusWaitException : Exception
{
    public StatusWaitException()
    {
    }

    public StatusWaitException(string message)
        : base(message)
    {
    }

    public StatusWaitException(string message, bool gone)
        : base(message)
    {
        Gone = gone;
    }

    public StatusWaitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when the resource no longer exists (rather than taking too long).</summary>
    public bool Gone { get; }
}

/// <summary>
/// Polls a status read on <see cref="StatusWaiterOptions"/>' schedule until it says done, telling the
/// user how it goes through the engine log (Info, on the resource): a line when the wait starts, an
/// ephemeral line per poll, and one at the end with the calls made and their rate. Each resource type's
/// waiter (<c>WaitConnectionGroupDeployed</c>, ...) supplies the read and what counts as done.
/// </summary>
internal sealed class StatusWaiter
{
    private readonly IEngineLog _log;
    private readonly StatusWaiterOptions _options;

    public StatusWaiter(IEngineLog log, StatusWaiterOptions options)
    {
        _log = log;
        _options = options;
    }

    public StatusWaiterOptions Options => _options;

    /// <param name="what">The resource as users know it, e.g. <c>connection group cg_1</c>.</param>
    /// <param name="goal">What is awaited, e.g. <c>finish deploying</c>.</param>
    /// <param name="reached">What the last log line says once it is, e.g. <c>is deployed</c>.</param>
    /// <param name="read">One status read: the resource (null when gone) and its status text.</param>
    /// <param name="judge">Whether a read reaches the goal.</param>
    /// <param name="timeoutSeconds">The engine's timeout for the step; 0 uses the default.</param>
    /// <param name="pollAtOnce">Read once before the first pause (for goals often met at once, such as a delete).</param>
    /// <returns>The last read, the one that reached the goal.</returns>
    /// <exception cref="StatusWaitException">Timed out, or the resource is gone while the goal needs it.</exception>
    public async Task<T?> WaitAsync<T>(
        string what,
        string goal,
        string reached,
        string urn,
        double timeoutSeconds,
        Func<CancellationToken, Task<(T? Found, string? Status)>> read,
        Func<T?, string?, WaitVerdict> judge,
        CancellationToken cancellationToken,
        bool pollAtOnce = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(judge);
        var timeout = timeoutSeconds > 0 ? TimeSpan.FromSeconds(timeoutSeconds) : _options.DefaultTimeout;
        var started = _options.Time.GetTimestamp();
        var announced = false;
        for (var poll = 1; ; poll++)
        {
            if (!(pollAtOnce && poll == 1))
            {
                await Task.Delay(_options.DelayBefore(pollAtOnce ? poll - 1 : poll), _options.Time, cancellationToken);
            }

            if (!announced && !(pollAtOnce && poll == 1))
            {
                announced = true;
                await _log.LogAsync(LogSeverity.Info, $"Waiting for {what} to {goal} (timeout {Format(timeout)}).", urn);
            }

            var (found, status) = await read(cancellationToken);
            var elapsed = _options.Time.GetElapsedTime(started);
            switch (judge(found, status))
            {
                case WaitVerdict.Done when !announced:
                    return found;
                case WaitVerdict.Done:
                    await _log.LogAsync(LogSeverity.Info,
                        $"{Capitalized(what)} {reached} ({Format(elapsed)}, {poll} status check(s), {Rate(poll, elapsed)}).", urn);
                    return found;
                case WaitVerdict.Gone:
                    throw new StatusWaitException($"{what} no longer exists (deleted outside Pulumi while waiting for it to {goal})", gone: true);
                case WaitVerdict.Failed:
                    throw new StatusWaitException($"{what} reports status {status} after {Format(elapsed)}: AWS could not {goal}");
            }

            if (elapsed >= timeout)
            {
                throw new StatusWaitException(
                    $"{what} was still {status ?? "not reporting a status"} after {Format(elapsed)} (timeout {Format(timeout)}) waiting for it to {goal}");
            }

            await _log.LogAsync(LogSeverity.Info, $"{Capitalized(what)} is {status ?? "in progress"} ({Format(elapsed)} elapsed).", urn, ephemeral: true);
        }
    }

    /// <summary>Status calls per minute of waiting, as the benchmark and the final log line report it.</summary>
    public static string Rate(int calls, TimeSpan elapsed) =>
        elapsed.TotalSeconds < 1
            ? string.Create(CultureInfo.InvariantCulture, $"{calls} call(s) in under a second")
            : string.Create(CultureInfo.InvariantCulture, $"{calls / elapsed.TotalMinutes:0.#} calls/min");

    public static string Format(TimeSpan span) =>
        span.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes}m{span.Seconds:00}s")
            : string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.#}s");

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
