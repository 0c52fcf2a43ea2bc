using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Awsdirect.Provider.Protocol.Rpc;

/// <summary>
/// Serves the unary methods of a generated stub (its static <c>BindService(ServiceBinderBase, impl)</c>)
/// under the route type <typeparamref name="TEndpoint"/>, against one implementation instance.
/// </summary>
/// <remarks>
/// grpc-dotnet's own binding finds the stub by reflection and activates the implementation per call; the
/// plugin has exactly one implementation object, and binding it directly needs no reflection (so it stays
/// trim- and AOT-safe). Binding here also lets a request that is not valid protobuf be answered as
/// grpc-go answers it, INTERNAL naming the message type, rather than as a handler failure (UNKNOWN,
/// which the engine reads as "the resource may have changed").
/// </remarks>
internal sealed class StubServiceMethods<TEndpoint> : IServiceMethodProvider<TEndpoint>
    where TEndpoint : class
{
    private readonly ServiceDescriptor _service;
    private readonly Action<ServiceBinderBase> _bind;

    /// <param name="service">The stub's <c>Descriptor</c>, naming each method's request type in parse errors.</param>
    /// <param name="bind">Calls the stub's <c>BindService</c>, e.g. <c>b => ResourceProvider.BindService(b, impl)</c>.</param>
    public StubServiceMethods(ServiceDescriptor service, Action<ServiceBinderBase> bind)
    {
        _service = service;
        _bind = bind;
    }

    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<TEndpoint> context) => _bind(new Binder(context, _service));

    private sealed class Binder(ServiceMethodProviderContext<TEndpoint> context, ServiceDescriptor service) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
        {
            ArgumentNullException.ThrowIfNull(method);
            ArgumentNullException.ThrowIfNull(handler);
            var typeName = service.FindMethodByName(method.Name)?.InputType.FullName ?? typeof(TRequest).Name;
            context.AddUnaryMethod(WithRequestGuard(method, typeName), [], (_, request, call) => handler(request, call));
        }

        private static Method<TRequest, TResponse> WithRequestGuard<TRequest, TResponse>(Method<TRequest, TResponse> method, string typeName)
            where TRequest : class
            where TResponse : class
        {
            var inner = method.RequestMarshaller;
            var guarded = new Marshaller<TRequest>(inner.ContextualSerializer, context =>
            {
                try
                {
                    return inner.ContextualDeserializer(context);
                }
                catch (InvalidProtocolBufferException e)
                {
                    throw new RpcException(new Status(StatusCode.Internal, $"Could not parse the request of /{method.FullName} as {typeName}: {e.Message}"));
                }
            });
            return new Method<TRequest, TResponse>(method.Type, method.ServiceName, method.Name, guarded, method.ResponseMarshaller);
        }
    }
}
