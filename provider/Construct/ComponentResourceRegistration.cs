using Pulumirpc;

namespace Awsdirect.Provider.Construct;

/// <summary>
/// The component resource itself, registered when its first child is (or when it finishes without
/// any), not before its logic runs: the logic checks every input before registering a child, so bad
/// inputs leave nothing behind in the stack, not even an empty component. Until then the logic holds
/// the URN the engine will give it (<see cref="ComponentUrn.Predict"/>); <see cref="Resolve"/> swaps in
/// the engine's answer should the two ever differ.
/// </summary>
internal sealed class ComponentResourceRegistration
{
    private readonly IResourceMonitor _monitor;
    private readonly RegisterResourceRequest _request;
    private readonly Lock _gate = new();
    private Task<string>? _registration;
    private string? _urn;

    public ComponentResourceRegistration(IResourceMonitor monitor, RegisterResourceRequest request, string predictedUrn)
    {
        _monitor = monitor;
        _request = request;
        PredictedUrn = predictedUrn;
    }

    /// <summary>The URN the component logic is given as its own.</summary>
    public string PredictedUrn { get; }

    /// <summary>Registers the component once, however many children ask at the same time; returns its URN.</summary>
    public Task<string> EnsureRegisteredAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _registration ??= RegisterAsync(cancellationToken);
        }
    }

    /// <summary>The engine's URN for <paramref name="urn"/> when it is the component's predicted URN.</summary>
    public string Resolve(string urn) => urn == PredictedUrn && _urn is { } actual ? actual : urn;

    private async Task<string> RegisterAsync(CancellationToken cancellationToken)
    {
        var response = await _monitor.RegisterResourceAsync(_request, cancellationToken);
        _urn = response.Urn;
        return response.Urn;
    }
}
