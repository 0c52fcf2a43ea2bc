using Awsdirect.Components;
using Awsdirect.Components.Hosting;
using Awsdirect.Components.Values;
using Awsdirect.Provider.Host;
using Awsdirect.Provider.Protocol.Properties;
using Pulumirpc;

namespace Awsdirect.Provider.Construct;

/// <summary>
/// Serves <c>Construct</c>: acts as the language runtime of one component for the length of the call,
/// registering the component and its children with the engine's resource monitor.
/// </summary>
internal sealed class ConstructHandler : IConstructHandler
{
    private readonly IReadOnlyList<IComponent> _components;
    private readonly Func<string, IResourceMonitor> _connect;

    public ConstructHandler()
        : this(ComponentCatalog.All, ResourceMonitorClient.Connect)
    {
    }

    public ConstructHandler(IReadOnlyList<IComponent> components, Func<string, IResourceMonitor> connect)
    {
        _components = components;
        _connect = connect;
    }

    public async Task<ConstructResponse> ConstructAsync(ConstructRequest request, ConstructContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var component = _components.FirstOrDefault(c => c.Token == request.Type)
            ?? throw ConstructErrors.UnknownComponent(request.Type, _components.Select(c => c.Token));
        var inputs = DecodeInputs(request);

        var monitor = _connect(request.MonitorEndpoint);
        try
        {
            var features = await MonitorFeatures.QueryAsync(monitor, cancellationToken);
            var registration = new ComponentResourceRegistration(
                monitor,
                ComponentRequestBuilder.Build(request, features),
                ComponentUrn.Predict(request.Stack, request.Project, request.Parent, request.Type, request.Name));
            var registrar = new MonitorComponentRegistrar(
                monitor,
                features,
                registration,
                ComponentRequestBuilder.Inherited(request),
                request.DryRun);
            var componentContext = new ComponentContext(
                request.Name,
                registration.PredictedUrn,
                request.DryRun,
                new Dictionary<string, string>(request.Config, StringComparer.Ordinal),
                registrar);

            IReadOnlyDictionary<string, ComponentValue> outputs;
            try
            {
                outputs = await component.ConstructAsync(componentContext, new ComponentInputs(inputs), cancellationToken);
            }
            catch (ComponentInputException e)
            {
                throw ConstructErrors.InvalidInputs(e);
            }

            var urn = await registration.EnsureRegisteredAsync(cancellationToken);
            var state = ComponentValueConversion.ToPropertyMap(outputs);
            await monitor.RegisterResourceOutputsAsync(
                urn,
                PropertyCodec.ToStruct(state, ChildRequestBuilder.EncodingFor(features)),
                cancellationToken);
            return Response(urn, state, outputs, registration, context.CodecOptions);
        }
        finally
        {
            (monitor as IDisposable)?.Dispose();
        }
    }

    private static Dictionary<string, ComponentValue> DecodeInputs(ConstructRequest request)
    {
        PropertyMap properties;
        try
        {
            properties = PropertyCodec.FromStruct(request.Inputs);
        }
        catch (PropertyCodecException e)
        {
            throw ConstructErrors.MalformedInputs(request.Type, e);
        }

        return properties.ToDictionary(
            e => e.Key,
            e => ComponentValueConversion.FromProperty(
                e.Value,
                request.InputDependencies.TryGetValue(e.Key, out var deps) ? deps.Urns : []),
            StringComparer.Ordinal);
    }

    private static ConstructResponse Response(
        string urn,
        PropertyMap state,
        IReadOnlyDictionary<string, ComponentValue> outputs,
        ComponentResourceRegistration registration,
        PropertyCodecOptions engineOptions)
    {
        // Output values are lowered because stateDependencies already says where each output comes from.
        var response = new ConstructResponse
        {
            Urn = urn,
            State = PropertyCodec.ToStruct(state, engineOptions with { KeepOutputValues = false }),
        };
        foreach (var (key, value) in outputs)
        {
            var dependencies = new ConstructResponse.Types.PropertyDependencies();
            dependencies.Urns.AddRange(value.AllDependencies().Select(registration.Resolve).Distinct(StringComparer.Ordinal));
            response.StateDependencies[key] = dependencies;
        }

        return response;
    }
}
