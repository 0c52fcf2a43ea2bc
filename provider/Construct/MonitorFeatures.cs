namespace Awsdirect.Provider.Construct;

/// <summary>What the engine's resource monitor accepts, asked once per Construct call.</summary>
/// <param name="Secrets">Secret values may be sent as secrets rather than as plain values.</param>
/// <param name="ResourceReferences">Resource references may be sent as references.</param>
/// <param name="OutputValues">Output values may be sent as output values.</param>
/// <param name="AliasSpecs">Aliases may be sent as structured specs rather than URNs.</param>
internal sealed record MonitorFeatures(bool Secrets, bool ResourceReferences, bool OutputValues, bool AliasSpecs)
{
    public static async Task<MonitorFeatures> QueryAsync(IResourceMonitor monitor, CancellationToken cancellationToken)
    {
        var secrets = monitor.SupportsFeatureAsync("secrets", cancellationToken);
        var references = monitor.SupportsFeatureAsync("resourceReferences", cancellationToken);
        var outputValues = monitor.SupportsFeatureAsync("outputValues", cancellationToken);
        var aliasSpecs = monitor.SupportsFeatureAsync("aliasSpecs", cancellationToken);
        await Task.WhenAll(secrets, references, outputValues, aliasSpecs);
        return new MonitorFeatures(secrets.Result, references.Result, outputValues.Result, aliasSpecs.Result);
    }
}
