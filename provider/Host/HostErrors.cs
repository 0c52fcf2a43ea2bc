using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Protocol.Rpc;
using Awsdirect.Provider.Resources;
using Grpc.Core;

namespace Awsdirect.Provider.Host;

/// <summary>
/// Turns what a handler throws into the gRPC status the engine acts on. The code matters: the engine
/// treats UNKNOWN, INTERNAL and DATA_LOSS as "the resource may have changed", anything else as "nothing
/// happened", so only failures whose effect on AWS is really unknown are answered with UNKNOWN.
/// </summary>
internal static class HostErrors
{
    public static RpcException Map(Exception exception, string operation, string? urn, PropertyCodecOptions options)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            RpcException grpc => grpc,

            // The resource exists but is not fully set up: the engine records it from the details.
            ResourceInitFailedException init => InitFailed(init, options),
            ResourceException e => new RpcException(new Status(StatusCode.FailedPrecondition, e.Message)),
            AwsConfigurationException e => new RpcException(new Status(StatusCode.FailedPrecondition, e.Message)),
            PropertyCodecException e => new RpcException(new Status(StatusCode.InvalidArgument, $"{operation}: {e.Message}")),
            OperationCanceledException => new RpcException(new Status(StatusCode.Cancelled, $"{operation} was cancelled.")),
            _ => new RpcException(new Status(StatusCode.Unknown,
                $"{operation}{(string.IsNullOrEmpty(urn) ? string.Empty : " of " + urn)} failed unexpectedly: {exception.Message}")),
        };
    }

    public static RpcException UnknownType(string token, IEnumerable<string> known) => new(new Status(
        StatusCode.InvalidArgument,
        $"unknown resource type '{token}'; the awsdirect provider serves {string.Join(", ", known.Order(StringComparer.Ordinal))}."));

    private static RpcException InitFailed(ResourceInitFailedException e, PropertyCodecOptions options) =>
        StatusDetails.Exception(StatusCode.Unknown, e.Message, ResourceMessages.FromInitFailed(e, options));
}
