namespace AwsEmulator.Http;

/// <summary>
/// An AWS error to send back. The status defaults to the one the service model gives the code, so the
/// emulator cannot drift from the spec on statuses.
/// </summary>
internal sealed class AwsErrorException : Exception
{
    public AwsErrorException(string code, string message, int? status = null, string? parameterName = null)
        : base(message)
    {
        Code = code;
        Status = status;
        ParameterName = parameterName;
    }

    public AwsErrorException()
        : this("InternalFailure", "internal error")
    {
    }

    public AwsErrorException(string message)
        : this("InternalFailure", message)
    {
    }

    public AwsErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "InternalFailure";
    }

    public string Code { get; }

    public int? Status { get; }

    /// <summary>Ground Station errors name the offending input member.</summary>
    public string? ParameterName { get; }
}
