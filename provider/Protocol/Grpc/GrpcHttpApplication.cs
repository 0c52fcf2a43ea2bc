using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Awsdirect.Provider.Protocol.Grpc;

/// <summary>Kestrel's entry point without the ASP.NET Core host, middleware or DI: each request goes straight to the processor.</summary>
internal sealed class GrpcHttpApplication(GrpcRequestProcessor processor) : IHttpApplication<HttpContext>
{
    public HttpContext CreateContext(IFeatureCollection contextFeatures) => new DefaultHttpContext(contextFeatures);

    public Task ProcessRequestAsync(HttpContext context) => processor.ProcessAsync(context);

    public void DisposeContext(HttpContext context, Exception? exception)
    {
    }
}
