using Grpc.Health.V1;

namespace Awsdirect.Provider.Protocol.Grpc;

/// <summary>
/// <c>grpc.health.v1.Health/Check</c>: the engine probes it (500 ms deadline) before stopping a plugin and
/// reports anything but SERVING or UNIMPLEMENTED as a crash, so it answers SERVING while the server runs.
/// </summary>
public static class GrpcHealthService
{
    public const string ServiceName = "grpc.health.v1.Health";

    public static GrpcServiceRegistry AddHealthService(this GrpcServiceRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.AddUnary<HealthCheckRequest, HealthCheckResponse>(
            ServiceName,
            "Check",
            (_, _) => Task.FromResult(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving }));
    }
}
