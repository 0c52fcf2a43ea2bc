using Awsdirect.Provider.Configuration;

namespace Awsdirect.Provider.Aws.Core.Sts;

/// <summary>Refuses to let the provider act in an account the configuration does not allow.</summary>
public interface IAccountGuard
{
    /// <summary>Completes when the account is allowed; throws <see cref="AwsConfigurationException"/> when it is not.</summary>
    Task EnsureAllowedAsync(CancellationToken cancellationToken);
}

/// <summary>
/// <c>allowedAccountIds</c> / <c>forbiddenAccountIds</c>: the account of the credentials is asked once per
/// plugin process (STS GetCallerIdentity, which needs no permission) before the first operation that
/// could touch AWS, previews included, and the verdict is kept. A failed lookup is tried again on the
/// next operation; a refused account stays refused.
/// </summary>
internal sealed class AccountGuard : IAccountGuard
{
    private readonly IStsApi _sts;
    private readonly IReadOnlyList<string> _allowed;
    private readonly IReadOnlyList<string> _forbidden;
    private readonly Lock _gate = new();
    private Task? _verdict;

    public AccountGuard(IStsApi sts, IReadOnlyList<string> allowed, IReadOnlyList<string> forbidden)
    {
        _sts = sts;
        _allowed = allowed;
        _forbidden = forbidden;
    }

    /// <summary>No guard configured: nothing is asked.</summary>
    public static IAccountGuard None { get; } = new NoGuard();

    public static IAccountGuard For(ProviderConfiguration config, IStsApi sts)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.AllowedAccountIds.Count == 0 && config.ForbiddenAccountIds.Count == 0
            ? None
            : new AccountGuard(sts, config.AllowedAccountIds, config.ForbiddenAccountIds);
    }

    public Task EnsureAllowedAsync(CancellationToken cancellationToken)
    {
        Task verdict;
        lock (_gate)
        {
            if (_verdict is null || (_verdict.IsFaulted && _verdict.Exception?.InnerException is not AccountRefusedException) || _verdict.IsCanceled)
            {
                _verdict = CheckAsync();
            }

            verdict = _verdict;
        }

        return verdict.WaitAsync(cancellationToken);
    }

    private async Task CheckAsync()
    {
        CallerIdentity identity;
        try
        {
            identity = await _sts.GetCallerIdentityAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            throw new AwsConfigurationException(
                $"could not check the AWS account against 'allowedAccountIds'/'forbiddenAccountIds': STS GetCallerIdentity failed: {e.ErrorCode}: {e.ErrorMessage}", e);
        }

        if (_forbidden.Contains(identity.Account, StringComparer.Ordinal))
        {
            throw new AccountRefusedException(
                $"the AWS credentials ({identity.Arn}) are for account {identity.Account}, which the provider config 'forbiddenAccountIds' forbids; " +
                "nothing was changed. Use credentials for another account.");
        }

        if (_allowed.Count > 0 && !_allowed.Contains(identity.Account, StringComparer.Ordinal))
        {
            throw new AccountRefusedException(
                $"the AWS credentials ({identity.Arn}) are for account {identity.Account}, which is not in the provider config 'allowedAccountIds' " +
                $"({string.Join(", ", _allowed)}); nothing was changed. Use credentials for an allowed account, or add the account.");
        }
    }

    private sealed class NoGuard : IAccountGuard
    {
        public Task EnsureAllowedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>The credentials belong to an account the configuration refuses.</summary>
public sealed class AccountRefusedException : AwsConfigurationException
{
    public AccountRefusedException(string message)
        : base(message)
    {
    }

    public AccountRefusedException()
    {
    }

    public AccountRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
