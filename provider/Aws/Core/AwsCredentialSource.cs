using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;

namespace Awsdirect.Provider.Aws.Core;

/// <summary>Supplies signing credentials per request (refreshing ones renew themselves).</summary>
internal interface IAwsCredentialSource
{
    Task<ImmutableCredentials> GetCredentialsAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The AWS standard credential chain from AWSSDK.Core: environment variables, the shared
/// config/credentials files (named profile or <c>AWS_PROFILE</c>/default, including SSO, process and
/// assume-role profiles), web identity, ECS/container and EC2 instance metadata. Resolution happens at
/// the first AWS call, not at construction, so configuring the provider never blocks on IMDS.
/// </summary>
internal sealed class SdkCredentialSource : IAwsCredentialSource
{
    private readonly string? _profile;
    private readonly string? _profilesLocation;
    private readonly Lock _lock = new();
    private Task<AWSCredentials>? _resolution;

    /// <param name="profile">Named profile from provider config; null uses the full default chain.</param>
    /// <param name="profilesLocation">A specific credentials file instead of the standard locations (tests).</param>
    public SdkCredentialSource(string? profile, string? profilesLocation = null)
    {
        _profile = string.IsNullOrWhiteSpace(profile) ? null : profile;
        _profilesLocation = profilesLocation;
    }

    public async Task<ImmutableCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        var credentials = await ResolveAsync().WaitAsync(cancellationToken);
        try
        {
            return await credentials.GetCredentialsAsync();
        }
        catch (Exception e) when (e is AmazonClientException or InvalidOperationException or ArgumentException or IOException
            or UnauthorizedAccessException or System.ComponentModel.Win32Exception or ProcessAWSCredentialException)
        {
            // The message from the SDK names the source and never includes key material. A credential_process
            // that cannot start surfaces as Win32Exception: still "no credentials", never "the resource may have changed".
            throw new AwsConfigurationException($"could not obtain AWS credentials from {credentials.GetType().Name}: {e.Message}", e);
        }
    }

    // One resolution shared by concurrent callers; a failed one is retried on the next call so a
    // transient metadata-service hiccup does not poison the whole run.
    private Task<AWSCredentials> ResolveAsync()
    {
        lock (_lock)
        {
            if (_resolution is null || _resolution.IsFaulted || _resolution.IsCanceled)
            {
                _resolution = _profile is not null ? Task.Run(() => FromProfile(_profile, _profilesLocation)) : FromDefaultChainAsync();
            }

            return _resolution;
        }
    }

    private static AWSCredentials FromProfile(string profile, string? profilesLocation)
    {
        var chain = profilesLocation is null ? new CredentialProfileStoreChain() : new CredentialProfileStoreChain(profilesLocation);
        try
        {
            if (chain.TryGetAWSCredentials(profile, out var credentials))
            {
                return credentials;
            }
        }
        catch (Exception e) when (e is AmazonClientException or InvalidOperationException or ArgumentException)
        {
            throw new AwsConfigurationException($"AWS profile '{profile}' (provider config 'profile') could not be used: {e.Message}", e);
        }

        throw new AwsConfigurationException(
            $"AWS profile '{profile}' (provider config 'profile') was not found in the shared config and credentials files " +
            "(~/.aws/config and ~/.aws/credentials, or AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE).");
    }

    private static async Task<AWSCredentials> FromDefaultChainAsync()
    {
        try
        {
            return await DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync(null!);
        }
        catch (AmazonClientException e)
        {
            throw new AwsConfigurationException(
                "No AWS credentials found. Tried, in order: environment variables (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN), " +
                "the shared config/credentials files (profile from AWS_PROFILE or 'default'), web identity (AWS_WEB_IDENTITY_TOKEN_FILE/AWS_ROLE_ARN), " +
                "the container credentials endpoint and EC2 instance metadata. Set one of these or the provider config 'profile'. Details: " + e.Message,
                e);
        }
    }
}

/// <summary>Fixed credentials (tests and callers that already hold keys).</summary>
internal sealed class StaticCredentialSource(ImmutableCredentials credentials) : IAwsCredentialSource
{
    public Task<ImmutableCredentials> GetCredentialsAsync(CancellationToken cancellationToken) => Task.FromResult(credentials);
}
