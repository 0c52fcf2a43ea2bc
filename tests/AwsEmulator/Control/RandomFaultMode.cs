using System.Globalization;

namespace AwsEmulator.Control;

/// <summary>
/// Seeded random faults. The n-th call of each operation (counted per <c>service:Operation</c> from the
/// moment the mode is set) gets a draw that depends only on the seed, the operation and n, so a client
/// that makes the same calls in the same order per operation meets the same faults. With parallel
/// clients the total per operation is reproducible, while which of several concurrent calls of one
/// operation arrives n-th (and so which resource meets the fault) follows the interleaving.
/// </summary>
internal sealed class RandomFaultMode
{
    /// <summary>The CloudFront writes that start a deployment: the only calls a slow deployment can apply to.</summary>
    private static readonly HashSet<string> DeployingOperations = new(StringComparer.Ordinal)
    {
        "CreateConnectionGroup", "UpdateConnectionGroup", "DeleteConnectionGroup", "CreateAnycastIpList", "UpdateAnycastIpList",
    };

    private static readonly string[] WritePrefixes = ["Create", "Update", "Delete", "Tag", "Untag"];

    private readonly RandomFaultSettings _settings;
    private readonly IReadOnlyDictionary<string, double> _weights;
    private readonly Dictionary<string, long> _seen = new(StringComparer.Ordinal);

    public RandomFaultMode(RandomFaultSettings settings)
    {
        _settings = settings;
        _weights = settings.Validate();
    }

    public RandomFaultSettings Settings => _settings;

    /// <summary>True for the CloudFront writes that start a deployment.</summary>
    public static bool Deploys(string service, string operation) =>
        service == "cloudfront" && DeployingOperations.Contains(operation);

    /// <summary>Calls seen per <c>service:Operation</c> (faulted or not) since the mode was set.</summary>
    public IReadOnlyDictionary<string, long> Seen => new SortedDictionary<string, long>(_seen, StringComparer.Ordinal);

    /// <summary>Not thread-safe: <see cref="FaultSet"/> calls it under its lock.</summary>
    public FaultDecision Decide(string service, string operation)
    {
        if (!Applies(service, operation))
        {
            return FaultDecision.None;
        }

        var key = service + ":" + operation;
        var n = _seen.GetValueOrDefault(key);
        _seen[key] = n + 1;

        var draw = new Draw(_settings.Seed, key, n);
        if (draw.Next() >= _settings.Rate)
        {
            return FaultDecision.None;
        }

        var kinds = _weights.Where(w => w.Value > 0 && (w.Key != FaultKinds.SlowDeployment || Deploys(service, operation)))
            .ToList();
        var total = kinds.Sum(k => k.Value);
        if (total <= 0)
        {
            return FaultDecision.None;
        }

        var pick = draw.Next() * total;
        var kind = kinds[^1].Key;
        foreach (var (k, weight) in kinds)
        {
            if (pick < weight)
            {
                kind = k;
                break;
            }

            pick -= weight;
        }

        var label = string.Create(CultureInfo.InvariantCulture, $"random:{_settings.Seed}:{key}#{n}");
        return kind switch
        {
            FaultKinds.Throttle => new FaultDecision(0, new FaultRule { Id = label, Throttle = true }, null, null, null),
            FaultKinds.Error5xx => new FaultDecision(0, draw.Next() < 0.5
                ? new FaultRule { Id = label, ErrorCode = "InternalFailure", HttpStatus = 500, Message = "We encountered an internal error. Please try again." }
                : new FaultRule { Id = label, ErrorCode = "ServiceUnavailable", HttpStatus = 503, Message = "Service is unable to handle request." }, null, null, null),
            FaultKinds.ResetBeforeCommit => new FaultDecision(0, null, null, new FaultRule { Id = label, ResetBeforeCommit = true }, null),
            FaultKinds.DropAfterCommit => new FaultDecision(0, null, new FaultRule { Id = label, DropResponseAfterCommit = true, DropStyle = "abort" }, null, null),
            FaultKinds.Status500AfterCommit => new FaultDecision(0, null, new FaultRule { Id = label, DropResponseAfterCommit = true, DropStyle = "status500" }, null, null),
            FaultKinds.Latency => new FaultDecision(_settings.LatencyMs, null, null, null, null),
            _ => new FaultDecision(0, null, null, null, TimeSpan.FromMilliseconds(_settings.DeploymentDelayMs)),
        };
    }

    private bool Applies(string service, string operation)
    {
        if (!string.IsNullOrEmpty(_settings.Service) && !string.Equals(_settings.Service, service, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (_settings.Operations is { Count: > 0 } operations && !operations.Contains(operation, StringComparer.Ordinal))
        {
            return false;
        }

        return !_settings.WritesOnly || WritePrefixes.Any(p => operation.StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>A SplitMix64 stream keyed by (seed, operation, n): the same key always gives the same numbers.</summary>
    private struct Draw
    {
        private ulong _state;

        public Draw(long seed, string key, long n)
        {
            // FNV-1a over the key's UTF-16 units: stable across runs and platforms, unlike string.GetHashCode.
            var hash = 14695981039346656037UL;
            foreach (var c in key)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            _state = unchecked((ulong)seed ^ hash ^ ((ulong)n * 0x9E3779B97F4A7C15UL));
        }

        /// <summary>Uniform in [0, 1).</summary>
        public double Next()
        {
            _state = unchecked(_state + 0x9E3779B97F4A7C15UL);
            var z = _state;
            z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
            z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1UL << 53));
        }
    }
}
