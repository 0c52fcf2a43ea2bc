using Awsdirect.Components.Hosting;
using Awsdirect.Provider.Protocol.Grpc;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace Awsdirect.Provider.Construct;

/// <summary>The gRPC errors Construct answers with.</summary>
internal static class ConstructErrors
{
    /// <summary>
    /// Bad component inputs: INVALID_ARGUMENT with a <c>pulumirpc.InputPropertiesError</c> so the CLI can
    /// show each bad property by path, as it does for errors from a Node or Python component provider.
    /// </summary>
    public static GrpcException InvalidInputs(ComponentInputException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var details = new InputPropertiesError();
        details.Errors.AddRange(error.Errors.Select(e => new InputPropertiesError.Types.PropertyError
        {
            PropertyPath = e.Path,
            Reason = e.Reason,
        }));
        var status = new Google.Rpc.Status
        {
            Code = (int)GrpcStatusCode.InvalidArgument,
            Message = error.Message,
        };
        status.Details.Add(Any.Pack(details));
        return new GrpcException(GrpcStatusCode.InvalidArgument, error.Message, status);
    }

    public static GrpcException UnknownComponent(string type, IEnumerable<string> known) =>
        new(
            GrpcStatusCode.InvalidArgument,
            $"unknown component type '{type}': this provider constructs {string.Join(", ", known)}");

    public static GrpcException MalformedInputs(string type, Exception error) =>
        new(GrpcStatusCode.InvalidArgument, $"the inputs of {type} cannot be read: {error.Message}");
}
