namespace Awsdirect.Provider.Protocol.Properties;

/// <summary>A property value on the wire that claims to be a special value but does not have its shape.</summary>
public sealed class PropertyCodecException : FormatException
{
    public PropertyCodecException()
    {
    }

    public PropertyCodecException(string message)
        : base(message)
    {
    }

    public PropertyCodecException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PropertyCodecException(string path, string message)
        : base($"Malformed property value at '{path}': {message}")
    {
        Path = path;
    }

    /// <summary>Where in the property tree the bad value was found (e.g. <c>tags.owner</c>, <c>edges[0]</c>).</summary>
    public string Path { get; } = string.Empty;
}
