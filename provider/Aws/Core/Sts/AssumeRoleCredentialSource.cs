using System.Globalization;
using Amazon.Runtime;
using Awsdirect.Provider.Configuration;

namespace Awsdirect.Provider.Aws.Core.Sts;

/// <summary>
/// The provider config <c>assumeRole</c>: credentials of the role, obtained with STS AssumeRole signed by
/// the underlying source (whatever the chain found), kept until shortly before they expire and then
/// renewed, so a long wait (a CloudFront deployment) never signs with expired keys. Concurrent callers
/// share one renewal.
/// </summary>
internal sealed class AssumeRoleCredentialSource : IAwsCredentialSource
{
    /// <summary>Renew this long before expiry (the AWS SDKs use windows of a few minutes too).</summary>
    public static readonly TimeSpan RefreshWindow = TimeSpan.FromMinutes(5);

    private readonly IStsApi _sts;
    private readonly AssumeRoleSettings _settings;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private StsCredentials? _current;
    private Task<StsCredentials>? _renewal;

    public AssumeRoleCredentialSource(IStsApi sts, AssumeRoleSettings settings, TimeProvider? time = null)
    {
        _sts = sts;
        _settings = settings;
        _time = time ?? TimeProvider.System;
    }

    public async Task<ImmutableCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        Task<StsCredentials> renewal;
        lock (_gate)
        {
            if (_current is { } current && _time.GetUtcNow() < current.Expiration - RefreshWindow)
            {
                return ToImmutable(current);
            }

            if (_renewal is null || _renewal.IsCompleted)
            {
                _renewal = RenewAsync();
            }

            renewal = _renewal;
        }

        return ToImmutable(await renewal.WaitAsync(cancellationToken).ConfigureAwait(false));
    }

    // Not tied to one caller's cancellation: other callers may be waiting on the same renewal.
    private async Task<StsCredentials> RenewAsync()
    {
        var sessionName = _settings.SessionName
            ?? "awsdirect-" + _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        StsCredentials credentials;
        try
        {
            credentials = await _sts.AssumeRoleAsync(_settings, sessionName, CancellationToken.None).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            // STS's message names the role and the reason (AccessDenied, a bad external id); it holds no key material.
            throw new AwsConfigurationException(
                $"could not assume the role {_settings.RoleArn} (provider config 'assumeRole'): {e.ErrorCode}: {e.ErrorMessage}", e);
        }

        lock (_gate)
        {
            _current = credentials;
        }

        return credentials;
    }

    private static ImmutableCredentials ToImmutable(StsCredentials credentials) =>
        new(credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken);
}
