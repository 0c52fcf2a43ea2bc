using Awsdirect.Provider.Protocol.Grpc;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace Awsdirect.Provider.Construct;

/// <summary>Calls the engine's resource monitor at the <c>monitorEndpoint</c> of a Construct request.</summary>
internal sealed class ResourceMonitorClient : IResourceMonitor, IDisposable
{
    private const string Service = "pulumirpc.ResourceMonitor";

    private readonly GrpcClient _client;

    public ResourceMonitorClient(GrpcClient client)
    {
        _client = client;
    }

    /// <param name="endpoint">The <c>monitorEndpoint</c> of the request, e.g. <c>127.0.0.1:41234</c>.</param>
    public static ResourceMonitorClient Connect(string endpoint) => new(new GrpcClient(endpoint));

    public void Dispose() => _client.Dispose();

    public async Task<bool> SupportsFeatureAsync(string feature, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _client.CallAsync<SupportsFeatureRequest, SupportsFeatureResponse>(
                Service,
                "SupportsFeature",
                new SupportsFeatureRequest { Id = feature },
                cancellationToken);
            return response.HasSupport;
        }
        catch (GrpcException e) when (e.StatusCode == GrpcStatusCode.Unimplemented)
        {
            // Engines older than the question answer UNIMPLEMENTED, as the language SDKs expect.
            return false;
        }
    }

    public Task<RegisterResourceResponse> RegisterResourceAsync(RegisterResourceRequest request, CancellationToken cancellationToken) =>
        _client.CallAsync<RegisterResourceRequest, RegisterResourceResponse>(Service, "RegisterResource", request, cancellationToken);

    public Task RegisterResourceOutputsAsync(string urn, Struct outputs, CancellationToken cancellationToken) =>
        _client.CallAsync<RegisterResourceOutputsRequest, Empty>(
            Service,
            "RegisterResourceOutputs",
            new RegisterResourceOutputsRequest { Urn = urn, Outputs = outputs },
            cancellationToken);
}
