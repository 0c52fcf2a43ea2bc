using Microsoft.Extensions.Time.Testing;

namespace Awsdirect.Provider.Tests.Time;

/// <summary>
/// A <see cref="FakeTimeProvider"/> on which every sleep passes at once: arming a timer advances the fake clock
/// by its due time, so a wait of minutes or a retry backoff costs no wall-clock time, timeouts are reached
/// by the sleeps taken (not by how fast the machine is), and <see cref="Sleeps"/> records the schedule.
/// </summary>
internal sealed class SleeplessTime : FakeTimeProvider
{
    private readonly List<TimeSpan> _sleeps = [];

    public SleeplessTime()
        : base(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public SleeplessTime(DateTimeOffset start)
        : base(start)
    {
    }

    /// <summary>The due time of every timer armed so far (each sleep of a waiter or a retry), in order.</summary>
    public IReadOnlyList<TimeSpan> Sleeps
    {
        get
        {
            lock (_sleeps)
            {
                return [.. _sleeps];
            }
        }
    }

    public void ClearSleeps()
    {
        lock (_sleeps)
        {
            _sleeps.Clear();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_sleeps)
            {
                _sleeps.Add(dueTime);
            }

            Advance(dueTime);
        }

        return timer;
    }
}
