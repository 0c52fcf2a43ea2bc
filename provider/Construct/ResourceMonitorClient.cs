using Awsdirect.Provider.Protocol.Rpc;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Pulumirpc;

namespace Awsdirect.Provider.Construct;

/// <summary>Calls the engine's resource monitor at the <c>monitorEndpoint</c> of a Construct request.</summary>
internal sealed class ResourceMonitorClient : IResourceMonitor, IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly ResourceMonitor.ResourceMonitorClient _client;

    private ResourceMonitorClient(GrpcChannel channel)
    {
        _channel = channel;
        _client = new ResourceMonitor.ResourceMonitorClient(channel);
    }

    /// <param name="endpoint">The <c>monitorEndpoint</c> of the request, e.g. <c>127.0.0.1:41234</c>.</param>
    public static ResourceMonitorClient Connect(string endpoint) => new(GrpcChannels.ForAddress(endpoint));

    public void Dispose() => _channel.Dispose();

    public async Task<bool> SupportsFeatureAsync(string feature, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _client.SupportsFeatureAsync(new SupportsFeatureRequest { Id = feature }, cancellationToken: cancellationToken);
            return response.HasSupport;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Unimplemented)
        {
            // Engines older than the question answer UNIMPLEMENTED, as the language SDKs expect.
            return false;
        }
    }

    public async Task<RegisterResourceResponse> RegisterResourceAsync(RegisterResourceRequest request, CancellationToken cancellationToken) =>
        await _client.RegisterResourceAsync(request, cancellationToken: cancellationToken);

    public async Task RegisterResourceOutputsAsync(string urn, Struct outputs, CancellationToken cancellationToken) =>
        await _client.RegisterResourceOutputsAsync(new RegisterResourceOutputsRequest { Urn = urn, Outputs = outputs }, cancellationToken: cancellationToken);
}
