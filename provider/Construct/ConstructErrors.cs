using Awsdirect.Components.Hosting;
using Awsdirect.Provider.Protocol.Rpc;
using Grpc.Core;
using Pulumirpc;

namespace Awsdirect.Provider.Construct;

/// <summary>The gRPC errors Construct answers with.</summary>
internal static class ConstructErrors
{
    /// <summary>
    /// Bad component inputs: INVALID_ARGUMENT with a <c>pulumirpc.InputPropertiesError</c> so the CLI can
    /// show each bad property by path, as it does for errors from a Node or Python component provider.
    /// </summary>
    public static RpcException InvalidInputs(ComponentInputException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var details = new InputPropertiesError();
        details.Errors.AddRange(error.Errors.Select(e => new InputPropertiesError.Types.PropertyError
        {
            PropertyPath = e.Path,
            Reason = e.Reason,
        }));
        return StatusDetails.Exception(StatusCode.InvalidArgument, error.Message, details);
    }

    public static RpcException UnknownComponent(string type, IEnumerable<string> known) =>
        new(new Status(
            StatusCode.InvalidArgument,
            $"unknown component type '{type}': this provider constructs {string.Join(", ", known)}"));

    public static RpcException MalformedInputs(string type, Exception error) =>
        new(new Status(StatusCode.InvalidArgument, $"the inputs of {type} cannot be read: {error.Message}"));
}
