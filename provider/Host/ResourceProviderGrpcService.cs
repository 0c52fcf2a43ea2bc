using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Rpc = Pulumirpc;

namespace Awsdirect.Provider.Host;

/// <summary>
/// The generated <c>pulumirpc.ResourceProvider</c> stub over <see cref="ResourceProviderService"/>, which holds
/// the logic. Methods not overridden here (Invoke, Call, ...) answer UNIMPLEMENTED from the stub's base,
/// which the engine reads as "not supported"; methods our .proto does not declare are UNIMPLEMENTED too.
/// </summary>
internal sealed class ResourceProviderGrpcService(ResourceProviderService provider, TextWriter stderr) : Rpc.ResourceProvider.ResourceProviderBase
{
    public override Task<Rpc.ProviderHandshakeResponse> Handshake(Rpc.ProviderHandshakeRequest request, ServerCallContext context) =>
        Answer(context, () => provider.HandshakeAsync(request));

    public override Task<Rpc.PluginInfo> GetPluginInfo(Empty request, ServerCallContext context) =>
        Answer(context, ResourceProviderService.GetPluginInfoAsync);

    public override Task<Rpc.GetSchemaResponse> GetSchema(Rpc.GetSchemaRequest request, ServerCallContext context) =>
        Answer(context, () => provider.GetSchemaAsync(request));

    public override Task<Rpc.CheckResponse> CheckConfig(Rpc.CheckRequest request, ServerCallContext context) =>
        Answer(context, () => ResourceProviderService.CheckConfigAsync(request));

    public override Task<Rpc.DiffResponse> DiffConfig(Rpc.DiffRequest request, ServerCallContext context) =>
        Answer(context, () => ResourceProviderService.DiffConfigAsync(request));

    public override Task<Rpc.ConfigureResponse> Configure(Rpc.ConfigureRequest request, ServerCallContext context) =>
        Answer(context, () => provider.ConfigureAsync(request));

    public override Task<Rpc.CheckResponse> Check(Rpc.CheckRequest request, ServerCallContext context) =>
        Answer(context, () => provider.CheckAsync(request, context.CancellationToken));

    public override Task<Rpc.DiffResponse> Diff(Rpc.DiffRequest request, ServerCallContext context) =>
        Answer(context, () => provider.DiffAsync(request, context.CancellationToken));

    public override Task<Rpc.CreateResponse> Create(Rpc.CreateRequest request, ServerCallContext context) =>
        Answer(context, () => provider.CreateAsync(request, context.CancellationToken));

    public override Task<Rpc.ReadResponse> Read(Rpc.ReadRequest request, ServerCallContext context) =>
        Answer(context, () => provider.ReadAsync(request, context.CancellationToken));

    public override Task<Rpc.UpdateResponse> Update(Rpc.UpdateRequest request, ServerCallContext context) =>
        Answer(context, () => provider.UpdateAsync(request, context.CancellationToken));

    public override Task<Empty> Delete(Rpc.DeleteRequest request, ServerCallContext context) =>
        Answer(context, () => provider.DeleteAsync(request, context.CancellationToken));

    public override Task<Rpc.ConstructResponse> Construct(Rpc.ConstructRequest request, ServerCallContext context) =>
        Answer(context, () => provider.ConstructAsync(request, context.CancellationToken));

    public override Task<Empty> Cancel(Empty request, ServerCallContext context) =>
        Answer(context, provider.CancelAsync);

    public override Task<Empty> Attach(Rpc.PluginAttach request, ServerCallContext context) =>
        Answer(context, () => provider.AttachAsync(request));

    public override Task<Rpc.GetMappingResponse> GetMapping(Rpc.GetMappingRequest request, ServerCallContext context) =>
        Answer(context, () => ResourceProviderService.GetMappingAsync(request));

    public override Task<Rpc.GetMappingsResponse> GetMappings(Rpc.GetMappingsRequest request, ServerCallContext context) =>
        Answer(context, () => ResourceProviderService.GetMappingsAsync(request));

    /// <summary>
    /// An exception that is not an <see cref="RpcException"/> is a bug: it goes to stderr (which the engine
    /// keeps in its logs) and is answered UNKNOWN with its message, never as a dropped stream.
    /// </summary>
    private async Task<T> Answer<T>(ServerCallContext context, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not RpcException)
        {
            await stderr.WriteLineAsync($"{context.Method}: {e}").ConfigureAwait(false);
            throw new RpcException(new Status(StatusCode.Unknown, e.Message));
        }
    }
}
