namespace Awsdirect.Provider.Diagram;

/// <summary>
/// Input the diagram command cannot use (unreadable file, not JSON, not a Pulumi document, a newer
/// format). Its message is shown to the user as is, so it says what was wrong and what was expected.
/// </summary>
internal sealed class DiagramInputException : Exception
{
    public DiagramInputException(string message)
        : base(message)
    {
    }

    public DiagramInputException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public DiagramInputException()
    {
    }
}
