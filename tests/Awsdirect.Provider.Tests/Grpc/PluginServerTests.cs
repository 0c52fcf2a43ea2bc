using System.Net.Sockets;
using Awsdirect.Integration.Tests.Engine;
using Awsdirect.Provider.Host;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Protocol.Rpc;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Tests.Host;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Moq;
using Rpc = Pulumirpc;

namespace Awsdirect.Provider.Tests.Grpc;

/// <summary>
/// The plugin's gRPC server (the real <see cref="PluginHost"/> on a loopback port, over Moq'd handlers) as
/// a grpc-dotnet client sees it: connection lifetime, message limits, status details and shutdown.
/// </summary>
public sealed class PluginServerTests : IAsyncLifetime, IDisposable
{
    /// <summary>Kestrel checks connection timeouts once a second; this spans at least two of its checks.</summary>
    private static readonly TimeSpan IdleAcrossServerHeartbeats = TimeSpan.FromSeconds(2.5);

    private readonly HostTestServices _services = new();
    private PluginHost _host = null!;
    private ProviderClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await PluginHost.StartAsync(_services.Service, new EngineLog(null, TextWriter.Null), TextWriter.Null);
        _client = new ProviderClient($"127.0.0.1:{_host.Port}");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose()
    {
        _client?.Dispose();
        _services.Dispose();
    }

    [Fact]
    public async Task IdleConnection_IsKeptAcrossServerHeartbeats()
    {
        // A server that closes idle connections races every call starting as its GOAWAY goes out (the
        // client sees UNAVAILABLE for a call the server may have run); the engine idles between calls.
        var connections = 0;
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{_host.Port}", new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                ConnectCallback = async (context, ct) =>
                {
                    Interlocked.Increment(ref connections);
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                    try
                    {
                        await socket.ConnectAsync(context.DnsEndPoint, ct);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                },
            },
        });
        var info = new Method<Empty, Rpc.PluginInfo>(
            MethodType.Unary, ProviderClient.Service, "GetPluginInfo",
            Marshallers.Create<Empty>(m => m.ToByteArray(), Empty.Parser.ParseFrom),
            Marshallers.Create<Rpc.PluginInfo>(m => m.ToByteArray(), Rpc.PluginInfo.Parser.ParseFrom));
        var invoker = channel.CreateCallInvoker();

        await invoker.AsyncUnaryCall(info, null, default, new Empty());
        await Task.Delay(IdleAcrossServerHeartbeats);
        await invoker.AsyncUnaryCall(info, null, default, new Empty());

        Assert.Equal(1, connections);
    }

    [Fact]
    public async Task MessagesLargerThanGrpcDefaults_RoundTripBothWays()
    {
        // grpc-dotnet's default receive limit is 4 MiB; the engine allows 400 MiB each way.
        var blob = new string('x', 6 * 1024 * 1024);
        var news = new Struct();
        news.Fields["blob"] = Value.ForString(blob);

        var response = await _client.CheckConfigAsync(new Rpc.CheckRequest { Urn = "urn:pulumi:dev::m::pulumi:providers:awsdirect::default", News = news });

        Assert.Equal(blob.Length, response.Inputs.Fields["blob"].StringValue.Length);
    }

    [Fact]
    public async Task ResourceInitFailed_TravelsAsStatusDetails_EvenWhenLargerThanDefaultHeaderLimits()
    {
        // A partial resource's whole state rides in the grpc-status-details-bin trailer; 200 KiB is over
        // the 64 KiB clients accept by default for headers.
        var policy = new string('p', 200 * 1024);
        _services.Handler.Setup(h => h.CreateAsync(It.IsAny<CreateRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ResourceInitFailedException(
                "id-7", new PropertyMap().Set("arn", "arn:7").Set("policy", policy), new PropertyMap().Set("size", 3), ["tagging failed"]));

        var e = await Assert.ThrowsAsync<RpcException>(() =>
            _client.CreateAsync(new Rpc.CreateRequest { Urn = HostTestServices.Urn, Type = HostTestServices.Token }));

        Assert.Equal(StatusCode.Unknown, e.StatusCode);
        Assert.Equal("tagging failed", e.Status.Detail);
        var details = e.GetStatusDetails();
        Assert.NotNull(details);
        Assert.Equal((int)StatusCode.Unknown, details.Code);
        var partial = Assert.Single(details.Details).Unpack<Rpc.ErrorResourceInitFailed>();
        Assert.Equal(("id-7", "arn:7", policy.Length, 3d), (partial.Id, partial.Properties.Fields["arn"].StringValue, partial.Properties.Fields["policy"].StringValue.Length, partial.Inputs.Fields["size"].NumberValue));
        Assert.Equal(["tagging failed"], partial.Reasons);
    }

    [Fact]
    public async Task NonAsciiStatusMessage_ArrivesIntact()
    {
        _services.Handler.Setup(h => h.DeleteAsync(It.IsAny<DeleteRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ResourceException("groupe « aval » utilisé par mp-1 ✓"));

        var e = await Assert.ThrowsAsync<RpcException>(() =>
            _client.DeleteAsync(new Rpc.DeleteRequest { Urn = HostTestServices.Urn, Type = HostTestServices.Token, Id = "g" }));

        Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
        Assert.Equal("groupe « aval » utilisé par mp-1 ✓", e.Status.Detail);
    }

    [Fact]
    public async Task Stop_CancelsInFlightOperationsLikeCancel_AndStillSendsTheirAnswers()
    {
        // The SIGINT/SIGTERM path: the handler sees the same cancellation as the engine's Cancel RPC and
        // answers; the server waits for that answer instead of resetting the stream.
        var started = new TaskCompletionSource();
        _services.Handler.Setup(h => h.CreateAsync(It.IsAny<CreateRequest>(), It.IsAny<CancellationToken>()))
            .Returns<CreateRequest, CancellationToken>(async (_, ct) =>
            {
                started.SetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }
                catch (OperationCanceledException)
                {
                    // What a handler does when cancelled after the resource exists: answer with it.
                    await Task.Delay(200, CancellationToken.None);
                    throw new ResourceInitFailedException("id-3", new PropertyMap().Set("arn", "arn:3"), PropertyMap.Empty, ["interrupted"]);
                }

                return new CreateResult("never", PropertyMap.Empty);
            });

        var create = _client.CreateAsync(new Rpc.CreateRequest { Urn = HostTestServices.Urn, Type = HostTestServices.Token });
        await started.Task;
        await _host.StopAsync();

        var e = await Assert.ThrowsAsync<RpcException>(() => create);
        Assert.Equal(StatusCode.Unknown, e.StatusCode);
        Assert.Equal("id-3", Assert.Single(e.GetStatusDetails()!.Details).Unpack<Rpc.ErrorResourceInitFailed>().Id);
    }
}
