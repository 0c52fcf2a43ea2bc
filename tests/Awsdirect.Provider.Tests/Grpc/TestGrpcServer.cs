using System.Net;
using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Awsdirect.Provider.Tests.Grpc;

/// <summary>
/// A real grpc-dotnet server on a loopback port (cleartext HTTP/2, as the engine serves its own services)
/// answering the unary methods a test registers by name, e.g. the engine's <c>pulumirpc.Engine/Log</c> or
/// its resource monitor. The plugin only generates client stubs for those, so tests bind them here.
/// </summary>
internal sealed class TestGrpcServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestGrpcServer(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    /// <summary><c>127.0.0.1:&lt;port&gt;</c>, the form the engine passes addresses in.</summary>
    public string Address => $"127.0.0.1:{Port}";

    public static async Task<TestGrpcServer> StartAsync(Action<TestGrpcMethods> register, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(register);
        var methods = new TestGrpcMethods();
        register(methods);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        ListenOptions? listen = null;
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l =>
        {
            l.Protocols = HttpProtocols.Http2;
            listen = l;
        }));
        builder.Services.AddRoutingCore();
        builder.Services.AddGrpc();
        builder.Services.AddSingleton<IServiceMethodProvider<TestEndpoint>>(methods);
        builder.Services.AddSingleton<TestEndpoint>();
        var app = builder.Build();
        app.MapGrpcService<TestEndpoint>();
        await app.StartAsync(cancellationToken);
        return new TestGrpcServer(app, ((IPEndPoint)listen!.EndPoint).Port);
    }

    public async ValueTask DisposeAsync()
    {
        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await _app.StopAsync(grace.Token);
        }

        await _app.DisposeAsync();
    }

    internal sealed class TestEndpoint;
}

/// <summary>The methods a <see cref="TestGrpcServer"/> answers; a method not added is UNIMPLEMENTED.</summary>
internal sealed class TestGrpcMethods : IServiceMethodProvider<TestGrpcServer.TestEndpoint>
{
    private readonly List<Action<ServiceMethodProviderContext<TestGrpcServer.TestEndpoint>>> _methods = [];

    public TestGrpcMethods AddUnary<TRequest, TResponse>(string service, string method, Func<TRequest, ServerCallContext, Task<TResponse>> handler)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        var definition = new Method<TRequest, TResponse>(MethodType.Unary, service, method, Marshaller<TRequest>(), Marshaller<TResponse>());
        _methods.Add(context => context.AddUnaryMethod(definition, [], (_, request, call) => handler(request, call)));
        return this;
    }

    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<TestGrpcServer.TestEndpoint> context)
    {
        foreach (var add in _methods)
        {
            add(context);
        }
    }

    private static Marshaller<T> Marshaller<T>()
        where T : IMessage<T>, new()
    {
        var parser = new MessageParser<T>(() => new T());
        return Marshallers.Create(m => m.ToByteArray(), parser.ParseFrom);
    }
}
