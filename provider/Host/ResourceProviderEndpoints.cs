using Awsdirect.Provider.Protocol.Grpc;
using Google.Protobuf.WellKnownTypes;
using Rpc = Pulumirpc;

namespace Awsdirect.Provider.Host;

/// <summary>
/// Binds the ResourceProvider methods (and the health check the engine probes before stopping a plugin)
/// to gRPC paths. Methods not bound here (Invoke, Call, Parameterize, ...) are answered UNIMPLEMENTED by
/// the server, which the engine reads as "not supported".
/// </summary>
internal static class ResourceProviderEndpoints
{
    public const string Service = "pulumirpc.ResourceProvider";

    public static GrpcServiceRegistry Register(GrpcServiceRegistry registry, ResourceProviderService provider)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(provider);
        registry.AddUnary<Rpc.ProviderHandshakeRequest, Rpc.ProviderHandshakeResponse>(Service, "Handshake", (r, _) => provider.HandshakeAsync(r));
        registry.AddUnary<Empty, Rpc.PluginInfo>(Service, "GetPluginInfo", (_, _) => ResourceProviderService.GetPluginInfoAsync());
        registry.AddUnary<Rpc.GetSchemaRequest, Rpc.GetSchemaResponse>(Service, "GetSchema", (r, _) => provider.GetSchemaAsync(r));
        registry.AddUnary<Rpc.CheckRequest, Rpc.CheckResponse>(Service, "CheckConfig", (r, _) => ResourceProviderService.CheckConfigAsync(r));
        registry.AddUnary<Rpc.DiffRequest, Rpc.DiffResponse>(Service, "DiffConfig", (r, _) => ResourceProviderService.DiffConfigAsync(r));
        registry.AddUnary<Rpc.ConfigureRequest, Rpc.ConfigureResponse>(Service, "Configure", (r, _) => provider.ConfigureAsync(r));
        registry.AddUnary<Rpc.CheckRequest, Rpc.CheckResponse>(Service, "Check", (r, c) => provider.CheckAsync(r, c.CancellationToken));
        registry.AddUnary<Rpc.DiffRequest, Rpc.DiffResponse>(Service, "Diff", (r, c) => provider.DiffAsync(r, c.CancellationToken));
        registry.AddUnary<Rpc.CreateRequest, Rpc.CreateResponse>(Service, "Create", (r, c) => provider.CreateAsync(r, c.CancellationToken));
        registry.AddUnary<Rpc.ReadRequest, Rpc.ReadResponse>(Service, "Read", (r, c) => provider.ReadAsync(r, c.CancellationToken));
        registry.AddUnary<Rpc.UpdateRequest, Rpc.UpdateResponse>(Service, "Update", (r, c) => provider.UpdateAsync(r, c.CancellationToken));
        registry.AddUnary<Rpc.DeleteRequest, Empty>(Service, "Delete", (r, c) => provider.DeleteAsync(r, c.CancellationToken));
        registry.AddUnary<Rpc.ConstructRequest, Rpc.ConstructResponse>(Service, "Construct", (r, c) => provider.ConstructAsync(r, c.CancellationToken));
        registry.AddUnary<Empty, Empty>(Service, "Cancel", (_, _) => provider.CancelAsync());
        registry.AddUnary<Rpc.PluginAttach, Empty>(Service, "Attach", (r, _) => provider.AttachAsync(r));
        registry.AddUnary<Rpc.GetMappingRequest, Rpc.GetMappingResponse>(Service, "GetMapping", (r, _) => ResourceProviderService.GetMappingAsync(r));
        registry.AddUnary<Rpc.GetMappingsRequest, Rpc.GetMappingsResponse>(Service, "GetMappings", (r, _) => ResourceProviderService.GetMappingsAsync(r));
        return registry.AddHealthService();
    }
}
