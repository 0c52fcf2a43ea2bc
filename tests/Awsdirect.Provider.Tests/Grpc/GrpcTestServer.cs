using Awsdirect.Provider.Protocol.Grpc;

namespace Awsdirect.Provider.Tests.Grpc;

/// <summary>A real server on a loopback port plus a client dialling it, disposed together.</summary>
internal sealed class GrpcTestServer : IAsyncDisposable
{
    private GrpcTestServer(GrpcServer server, GrpcClient client)
    {
        Server = server;
        Client = client;
    }

    public GrpcServer Server { get; }

    public GrpcClient Client { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Server.Port}/");

    public static async Task<GrpcTestServer> StartAsync(GrpcServiceRegistry registry, GrpcServerOptions? options = null)
    {
        var server = await GrpcServer.StartAsync(registry, options ?? new GrpcServerOptions());
        return new GrpcTestServer(server, new GrpcClient(server.Address));
    }

    /// <summary>An HTTP/2 client that sends whatever bytes a test needs, bypassing <see cref="GrpcClient"/>'s framing.</summary>
    public static HttpClient CreateRawHttp2Client() => new(new SocketsHttpHandler { UseProxy = false })
    {
        DefaultRequestVersion = System.Net.HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
