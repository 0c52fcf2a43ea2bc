namespace Awsdirect.Provider.Resources;

public enum LogSeverity
{
    Debug = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

/// <summary>Messages the user sees in the Pulumi CLI, attached to a resource when a URN is given.</summary>
public interface IEngineLog
{
    Task LogAsync(LogSeverity severity, string message, string? urn = null, bool ephemeral = false);
}
