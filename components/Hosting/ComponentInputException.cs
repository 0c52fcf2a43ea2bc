namespace Awsdirect.Components.Hosting;

/// <summary>One bad component input: where it is and which rule it breaks.</summary>
/// <param name="Path">Property path, e.g. <c>endpoints[1].port</c>.</param>
public sealed record InputError(string Path, string Reason)
{
    public override string ToString() => $"{Path}: {Reason}";
}

/// <summary>
/// The component's inputs break its rules. Raised before any child is registered so a bad input never
/// leaves half a mission behind; the plugin reports each error with its property path.
/// </summary>
public sealed class ComponentInputException : Exception
{
    public ComponentInputException(string component, IReadOnlyList<InputError> errors)
        : base($"invalid inputs for {component}: " + string.Join("; ", errors))
    {
        Errors = errors;
    }

    public ComponentInputException()
        : this("component", [])
    {
    }

    public ComponentInputException(string message)
        : base(message)
    {
        Errors = [];
    }

    public ComponentInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<InputError> Errors { get; }
}
