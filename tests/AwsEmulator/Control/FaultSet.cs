namespace AwsEmulator.Control;

/// <summary>What the fault rules decided for one call.</summary>
internal sealed record FaultDecision(int LatencyMs, FaultRule? Error, FaultRule? Drop)
{
    public static readonly FaultDecision None = new(0, null, null);
}

internal sealed class FaultSet
{
    private readonly Lock _gate = new();
    private readonly List<FaultRule> _rules = [];
    private long _nextId;

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

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
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
    /// Rolls every matching rule once. Latency adds up across rules; the first rule that fires with an
    /// error wins over a drop, because an error means the write never happened.
    /// </summary>
    public FaultDecision Decide(string service, string operation)
    {
        lock (_gate)
        {
            var latency = 0;
            FaultRule? error = null;
            FaultRule? drop = null;
            foreach (var rule in _rules.ToList())
            {
                if (!rule.Matches(service, operation) || rule.Remaining == 0)
                {
                    continue;
                }

                // Rate 1 must always fire and rate 0 never, whatever the random source says.
                if (rule.Rate < 1 && Random.Shared.NextDouble() >= rule.Rate)
                {
                    continue;
                }

                var fires = false;
                latency += rule.LatencyMs;
                fires |= rule.LatencyMs > 0;
                if (rule.InjectsError && error is null)
                {
                    error = rule;
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

            return latency == 0 && error is null && drop is null ? FaultDecision.None : new FaultDecision(latency, error, drop);
        }
    }
}
