using Awsdirect.Components.Hosting;

namespace Awsdirect.Provider.Construct;

/// <summary>Registers a component's children with the engine's resource monitor.</summary>
internal sealed class MonitorComponentRegistrar : IComponentRegistrar
{
    private readonly IResourceMonitor _monitor;
    private readonly MonitorFeatures _features;
    private readonly ComponentResourceRegistration _component;
    private readonly InheritedOptions _inherited;
    private readonly bool _isPreview;

    public MonitorComponentRegistrar(
        IResourceMonitor monitor,
        MonitorFeatures features,
        ComponentResourceRegistration component,
        InheritedOptions inherited,
        bool isPreview)
    {
        _monitor = monitor;
        _features = features;
        _component = component;
        _inherited = inherited;
        _isPreview = isPreview;
    }

    public async Task<ChildResource> RegisterChildAsync(ChildResourceArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);

        // The engine refuses a child whose parent it has not seen yet.
        await _component.EnsureRegisteredAsync(cancellationToken);
        var request = ChildRequestBuilder.Build(args, _features, _inherited, _component.Resolve);
        var response = await _monitor.RegisterResourceAsync(request, cancellationToken);
        return ChildOutputDecoder.Decode(response, args, _isPreview);
    }
}
