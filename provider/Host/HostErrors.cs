using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Protocol.Rpc;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.Common;
using Grpc.Core;

namespace Awsdirect.Provider.Host;

/// <summary>
/// Turns what a handler throws into the gRPC status the engine acts on. The code matters: the engine
/// treats UNKNOWN, INTERNAL and DATA_LOSS as "the resource may have changed", anything else as "nothing
/// happened", so only failures whose effect on AWS is really unknown are answered with UNKNOWN.
/// Every message is bounded (<see cref="BoundedText.MaxErrorMessageBytes"/>): it travels in the
/// <c>grpc-message</c> trailer, and one above the engine's header limit would lose the whole answer
/// (the engine would see a broken connection instead of the error), so a huge AWS error message is cut.
/// </summary>
internal static class HostErrors
{
    /// <summary>The most reasons one ErrorResourceInitFailed carries (each bounded too).</summary>
    private const int MaxReasons = 8;

    public static RpcException Map(Exception exception, string operation, string? urn, PropertyCodecOptions options)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            RpcException rpc => rpc,

            // The resource exists but is not fully set up: the engine records it from the details.
            ResourceInitFailedException init => InitFailed(init, options),
            ResourceException e => new RpcException(new Status(StatusCode.FailedPrecondition, Bound(e.Message))),
            AwsConfigurationException e => new RpcException(new Status(StatusCode.FailedPrecondition, Bound(e.Message))),
            PropertyCodecException e => new RpcException(new Status(StatusCode.InvalidArgument, Bound($"{operation}: {e.Message}"))),
            OperationCanceledException => new RpcException(new Status(StatusCode.Cancelled, $"{operation} was cancelled.")),
            _ => new RpcException(new Status(StatusCode.Unknown,
                Bound($"{operation}{(string.IsNullOrEmpty(urn) ? string.Empty : " of " + urn)} failed unexpectedly: {exception.Message}"))),
        };
    }

    /// <summary>A message cut to what one gRPC status can always carry.</summary>
    public static string Bound(string? message) => BoundedText.LimitUtf8(message, BoundedText.MaxErrorMessageBytes);

    public static RpcException UnknownType(string token, IEnumerable<string> known) => new(new Status(
        StatusCode.InvalidArgument,
        $"unknown resource type '{token}'; the awsdirect provider serves {string.Join(", ", known.Order(StringComparer.Ordinal))}."));

    private static RpcException InitFailed(ResourceInitFailedException e, PropertyCodecOptions options)
    {
        // The details travel in the grpc-status-details-bin trailer, so their reasons are bounded as well.
        var detail = ResourceMessages.FromInitFailed(e, options);
        var reasons = detail.Reasons.Take(MaxReasons).Select(r => BoundedText.LimitUtf8(r, BoundedText.MaxErrorMessageBytes / MaxReasons)).ToList();
        detail.Reasons.Clear();
        detail.Reasons.AddRange(reasons);
        return StatusDetails.Exception(StatusCode.Unknown, Bound(e.Message), detail);
    }
}
