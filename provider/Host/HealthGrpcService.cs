using Grpc.Core;
using Grpc.Health.V1;

namespace Awsdirect.Provider.Host;

/// <summary>
/// <c>grpc.health.v1.Health/Check</c>: the engine probes it (500 ms deadline) before stopping a plugin and
/// reports anything but SERVING or UNIMPLEMENTED as a crash.
/// </summary>
internal sealed class HealthGrpcService : Health.HealthBase
{
    public override Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context) =>
        Task.FromResult(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving });
}
