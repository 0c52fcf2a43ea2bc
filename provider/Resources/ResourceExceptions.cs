using Awsdirect.Provider.Protocol.Properties;

namespace Awsdirect.Provider.Resources;

/// <summary>
/// A failure the user can act on. The host answers it with a non-UNKNOWN gRPC status so the
/// engine keeps the resource's recorded state as it was (nothing changed in AWS).
/// </summary>
public class ResourceException : Exception
{
    public ResourceException(string message)
        : base(message)
    {
    }

    public ResourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ResourceException()
    {
    }
}

/// <summary>
/// The resource exists in AWS but a later step failed (e.g. waiting for deployment, tagging).
/// The host reports it as <c>pulumirpc.ErrorResourceInitFailed</c> so the engine records the
/// resource and nothing is orphaned.
/// </summary>
public sealed class ResourceInitFailedException : Exception
{
    public ResourceInitFailedException(string id, PropertyMap outputs, PropertyMap inputs, IReadOnlyList<string> reasons, Exception? innerException = null)
        : base(string.Join("; ", reasons), innerException)
    {
        Id = id;
        Outputs = outputs;
        Inputs = inputs;
        Reasons = reasons;
    }

    public string Id { get; }

    public PropertyMap Outputs { get; }

    public PropertyMap Inputs { get; }

    public IReadOnlyList<string> Reasons { get; }
}
