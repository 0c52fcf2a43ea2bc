namespace Awsdirect.Provider.Aws.Core;

/// <summary>
/// The provider cannot call AWS at all: no credentials, no region, or a malformed endpoint. The
/// message says what was looked at and how to fix it; it never contains key material.
/// </summary>
public class AwsConfigurationException : Exception
{
    public AwsConfigurationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public AwsConfigurationException()
    {
    }

    public AwsConfigurationException(string message)
        : base(message)
    {
    }
}
