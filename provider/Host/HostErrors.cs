using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Protocol.Grpc;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;

namespace Awsdirect.Provider.Host;

/// <summary>
/// Turns what a handler throws into the gRPC status the engine acts on. The code matters: the engine
/// treats UNKNOWN, INTERNAL and DATA_LOSS as "the resource may have changed", anything else as "nothing
/// happened", so only failures whose effect on AWS is really unknown are answered with UNKNOWN.
/// </summary>
internal static class HostErrors
{
    public static GrpcException Map(Exception exception, string operation, string? urn, PropertyCodecOptions options)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            GrpcException grpc => grpc,

            // The resource exists but is not fully set up: the engine records it from the details.
            ResourceInitFailedException init => InitFailed(init, options),
            ResourceException e => new GrpcException(GrpcStatusCode.FailedPrecondition, e.Message),
            AwsConfigurationException e => new GrpcException(GrpcStatusCode.FailedPrecondition, e.Message),
            PropertyCodecException e => new GrpcException(GrpcStatusCode.InvalidArgument, $"{operation}: {e.Message}"),
            OperationCanceledException => new GrpcException(GrpcStatusCode.Cancelled, $"{operation} was cancelled."),
            _ => new GrpcException(GrpcStatusCode.Unknown,
                $"{operation}{(string.IsNullOrEmpty(urn) ? string.Empty : " of " + urn)} failed unexpectedly: {exception.Message}"),
        };
    }

    public static GrpcException UnknownType(string token, IEnumerable<string> known) => new(
        GrpcStatusCode.InvalidArgument,
        $"unknown resource type '{token}'; the awsdirect provider serves {string.Join(", ", known.Order(StringComparer.Ordinal))}.");

    private static GrpcException InitFailed(ResourceInitFailedException e, PropertyCodecOptions options)
    {
        var status = new Status { Code = (int)GrpcStatusCode.Unknown, Message = e.Message };
        status.Details.Add(Any.Pack(ResourceMessages.FromInitFailed(e, options)));
        return new GrpcException(GrpcStatusCode.Unknown, e.Message, status);
    }
}
