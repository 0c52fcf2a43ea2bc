namespace AwsEmulator.Control;

/// <summary>What the fault rules (and the random mode) decided for one call.</summary>
/// <param name="LatencyMs">Delay before the call is handled.</param>
/// <param name="Error">Answer with this rule's error; the call is not performed.</param>
/// <param name="Drop">Perform the call, then lose the answer as this rule says.</param>
/// <param name="Reset">Reset the connection; the call is not performed.</param>
/// <param name="DeploymentDelay">The deployment the call starts takes this long.</param>
internal sealed record FaultDecision(int LatencyMs, FaultRule? Error, FaultRule? Drop, FaultRule? Reset, TimeSpan? DeploymentDelay)
{
    public static readonly FaultDecision None = new(0, null, null, null, null);

    public bool IsNone => LatencyMs == 0 && Error is null && Drop is null && Reset is null && DeploymentDelay is null;

    /// <summary>True when the call will not be performed (an error or a reset comes first).</summary>
    public bool Refuses => Error is not null || Reset is not null;
}

internal sealed class FaultSet
{
    private readonly Lock _gate = new();
    private readonly List<FaultRule> _rules = [];
    private long _nextId;
    private RandomFaultMode? _random;

    /// <summary>Faults injected so far, by kind and operation.</summary>
    public FaultCounters Injected { get; } = new();

    /// <summary>Turns the seeded random mode on (replacing an earlier one, its per-operation counts restart at 0).</summary>
    public void SetRandom(RandomFaultSettings settings)
    {
        var mode = new RandomFaultMode(settings);
        lock (_gate)
        {
            _random = mode;
        }
    }

    /// <summary>The random mode's settings and calls seen per operation, or null when it is off.</summary>
    public (RandomFaultSettings Settings, IReadOnlyDictionary<string, long> Seen)? Random()
    {
        lock (_gate)
        {
            return _random is null ? null : (_random.Settings, _random.Seen);
        }
    }

    /// <summary>Turns the random mode off; true when it was on.</summary>
    public bool ClearRandom()
    {
        lock (_gate)
        {
            var was = _random is not null;
            _random = null;
            return was;
        }
    }

    public string Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Rate is < 0 or > 1 || double.IsNaN(rule.Rate))
        {
            throw new ArgumentException("rate must be between 0 and 1.", nameof(rule));
        }

        if (rule.Count is < 0)
        {
            throw new ArgumentException("count must not be negative.", nameof(rule));
        }

        if (rule.DropStyle is not (null or "abort" or "status500"))
        {
            throw new ArgumentException("dropStyle must be 'abort' or 'status500'.", nameof(rule));
        }

        lock (_gate)
        {
            _nextId++;
            rule.Id = "fault-" + _nextId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            rule.Remaining = rule.Count;
            _rules.Add(rule);
            return rule.Id;
        }
    }

    public IReadOnlyList<FaultRule> Snapshot()
    {
        lock (_gate)
        {
            return [.. _rules];
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            return _rules.RemoveAll(r => r.Id == id) > 0;
        }
    }

    /// <summary>Removes every rule and the random mode; the counters are kept.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
            _random = null;
        }
    }

    /// <summary>Records that a drop rule has lost one committed response.</summary>
    public void Consume(FaultRule rule)
    {
        lock (_gate)
        {
            if (rule.Remaining is > 0)
            {
                rule.Remaining--;
            }
        }
    }

    /// <summary>
    /// Rolls every matching rule once, then the random mode. Latency adds up across rules; the first rule
    /// that fires with an error wins over a reset and a reset over a drop, because an error or a reset means
    /// the write never happened. The random mode draws for every call it matches (so its sequence does not
    /// depend on the rules) and applies only where the rules left the call alone.
    /// </summary>
    public FaultDecision Decide(string service, string operation)
    {
        lock (_gate)
        {
            var latency = 0;
            FaultRule? error = null;
            FaultRule? reset = null;
            FaultRule? drop = null;
            TimeSpan? deployment = null;
            foreach (var rule in _rules.ToList())
            {
                if (!rule.Matches(service, operation) || rule.Remaining == 0)
                {
                    continue;
                }

                // Rate 1 must always fire and rate 0 never, whatever the random source says.
                if (rule.Rate < 1 && System.Random.Shared.NextDouble() >= rule.Rate)
                {
                    continue;
                }

                var fires = false;
                latency += rule.LatencyMs;
                fires |= rule.LatencyMs > 0;
                if (rule.DeploymentDelayMs is { } ms && deployment is null)
                {
                    deployment = TimeSpan.FromMilliseconds(ms);
                    fires = true;
                }

                if (rule.InjectsError && error is null)
                {
                    error = rule;
                    fires = true;
                }
                else if (rule.ResetBeforeCommit && reset is null)
                {
                    reset = rule;
                    fires = true;
                }
                else if (rule.DropResponseAfterCommit && drop is null)
                {
                    // Counted in Consume, once the call has actually committed: a call that fails
                    // validation must not use up a "lose the response of the next write" rule.
                    drop = rule;
                }

                if (fires && rule.Remaining is > 0)
                {
                    rule.Remaining--;
                }
            }

            var random = _random?.Decide(service, operation) ?? FaultDecision.None;
            if (error is null && reset is null && drop is null && deployment is null && !random.IsNone)
            {
                return random with { LatencyMs = latency + random.LatencyMs };
            }

            var decision = new FaultDecision(latency, error, drop, reset, deployment);
            return decision.IsNone ? FaultDecision.None : decision;
        }
    }
}
