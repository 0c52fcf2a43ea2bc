namespace Awsdirect.Provider.Aws.Core;

/// <summary>Reads environment variables; injectable so resolution rules are testable without mutating the process.</summary>
internal interface IAwsEnvironment
{
    string? Get(string name);

    /// <summary>The region stored in a shared-config profile (named, or AWS_PROFILE/default when null).</summary>
    string? ProfileRegion(string? profile);
}

internal sealed class ProcessAwsEnvironment : IAwsEnvironment
{
    private readonly string? _profilesLocation;

    /// <param name="profilesLocation">A specific credentials file instead of the standard locations (tests).</param>
    public ProcessAwsEnvironment(string? profilesLocation = null)
    {
        _profilesLocation = profilesLocation;
    }

    public static ProcessAwsEnvironment Instance { get; } = new();

    public string? Get(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public string? ProfileRegion(string? profile)
    {
        try
        {
            var name = profile ?? Get("AWS_PROFILE") ?? "default";
            var chain = _profilesLocation is null
                ? new Amazon.Runtime.CredentialManagement.CredentialProfileStoreChain()
                : new Amazon.Runtime.CredentialManagement.CredentialProfileStoreChain(_profilesLocation);
            return chain.TryGetProfile(name, out var p) ? p.Region?.SystemName : null;
        }
        catch (Exception e) when (e is Amazon.Runtime.AmazonClientException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // An unreadable config file means "no profile region"; the caller then reports the missing region.
            return null;
        }
    }
}
