namespace AwsEmulator.Control;

/// <summary>How many faults of each kind were injected, per operation; <c>GET /_emulator/faults/injected</c>.</summary>
internal sealed class FaultCounters
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, SortedDictionary<string, long>> _byOperation = new(StringComparer.Ordinal);

    /// <summary>Counts one fault that shaped a call of <paramref name="service"/>'s <paramref name="operation"/>.</summary>
    public void Add(string service, string operation, string kind)
    {
        // Operation names alone are ambiguous (both services have TagResource), so the key names the service.
        var key = service + ":" + operation;
        lock (_gate)
        {
            if (!_byOperation.TryGetValue(key, out var kinds))
            {
                kinds = new SortedDictionary<string, long>(StringComparer.Ordinal);
                _byOperation[key] = kinds;
            }

            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
        }
    }

    public InjectedFaults Snapshot()
    {
        lock (_gate)
        {
            var byKind = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var kinds in _byOperation.Values)
            {
                foreach (var (kind, count) in kinds)
                {
                    byKind[kind] = byKind.GetValueOrDefault(kind) + count;
                }
            }

            return new InjectedFaults(
                byKind.Values.Sum(),
                byKind,
                _byOperation.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, long>)new SortedDictionary<string, long>(p.Value), StringComparer.Ordinal));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byOperation.Clear();
        }
    }
}

/// <summary>Body of <c>GET /_emulator/faults/injected</c>.</summary>
/// <param name="Total">Faults injected since the last reset or clear.</param>
/// <param name="ByKind">Per kind (<see cref="FaultKinds"/>); kinds never injected are absent.</param>
/// <param name="ByOperation">Per <c>service:Operation</c>, then per kind.</param>
public sealed record InjectedFaults(
    long Total,
    IReadOnlyDictionary<string, long> ByKind,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> ByOperation);
