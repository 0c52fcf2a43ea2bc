using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace Awsdirect.Provider.Construct;

/// <summary>The part of the engine's <c>pulumirpc.ResourceMonitor</c> service a component needs.</summary>
internal interface IResourceMonitor
{
    /// <summary>Whether the engine supports <paramref name="feature"/>; an engine that does not know the question says no.</summary>
    Task<bool> SupportsFeatureAsync(string feature, CancellationToken cancellationToken);

    Task<RegisterResourceResponse> RegisterResourceAsync(RegisterResourceRequest request, CancellationToken cancellationToken);

    Task RegisterResourceOutputsAsync(string urn, Struct outputs, CancellationToken cancellationToken);
}
