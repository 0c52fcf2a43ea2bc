using System.Security.Cryptography;

namespace AwsEmulator.Sts;

/// <summary>
/// The credentials the emulator can verify signatures for, and the identity settings of its metadata
/// endpoints. Requests signed with a key it does not know are still served (the emulator's long-standing
/// "any access key works"), so only tests that issue or register keys get signature checks.
/// </summary>
public sealed class CredentialRegistry
{
    /// <summary>Role the instance metadata service reports (GET .../iam/security-credentials/).</summary>
    public const string DefaultInstanceRole = "awsdirect-instance-role";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, IssuedCredentials> _byAccessKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _ssoTokens = new(StringComparer.Ordinal);
    private readonly List<RoleRequest> _roleRequests = [];
    private readonly Dictionary<string, DateTimeOffset> _metadataTokens = new(StringComparer.Ordinal);
    private readonly string _defaultAccountId;

    public CredentialRegistry(string defaultAccountId)
    {
        _defaultAccountId = defaultAccountId;
    }

    /// <summary>
    /// Lifetime of every credential issued from now on, whatever the request asked for; null keeps the
    /// requested (or AWS's default) duration. Tests shorten it to exercise refreshing.
    /// </summary>
    public TimeSpan? LifetimeOverride { get; set; }

    /// <summary>Account of the instance-metadata and container credentials.</summary>
    public string? WorkloadAccountId { get; set; }

    /// <summary>The <c>Authorization</c> value the container endpoint requires; null requires none.</summary>
    public string? ContainerAuthorizationToken { get; set; }

    public string DefaultAccountId => _defaultAccountId;

    public IReadOnlyList<RoleRequest> RoleRequests
    {
        get
        {
            lock (_gate)
            {
                return [.. _roleRequests];
            }
        }
    }

    /// <summary>Every credential known, in no particular order.</summary>
    public IReadOnlyList<IssuedCredentials> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _byAccessKey.Values];
            }
        }
    }

    public IssuedCredentials? Find(string accessKeyId)
    {
        lock (_gate)
        {
            return _byAccessKey.GetValueOrDefault(accessKeyId);
        }
    }

    /// <summary>Mints temporary credentials (ASIA... keys with a session token), as STS does.</summary>
    public IssuedCredentials Issue(string accountId, string arn, TimeSpan lifetime, string source, DateTimeOffset now)
    {
        var credentials = new IssuedCredentials(
            "ASIA" + RandomText("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
            RandomText("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 40),
            "IQoJb3JpZ2luX2Vj" + RandomText("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 180),
            now + (LifetimeOverride ?? lifetime),
            accountId,
            arn,
            source);
        lock (_gate)
        {
            _byAccessKey[credentials.AccessKeyId] = credentials;
        }

        return credentials;
    }

    /// <summary>
    /// The workload's current credentials from a metadata endpoint: the same ones until they expire, as
    /// IMDS and container endpoints serve one rotating set rather than new keys per request.
    /// </summary>
    public IssuedCredentials Current(string source, string accountId, string arn, TimeSpan lifetime, DateTimeOffset now)
    {
        lock (_gate)
        {
            var current = _byAccessKey.Values.FirstOrDefault(c => c.Source == source && c.Arn == arn && c.Expiration > now);
            if (current is not null)
            {
                return current;
            }
        }

        return Issue(accountId, arn, lifetime, source, now);
    }

    /// <summary>Makes a test's static (or temporary) keys known, so requests signed with them are verified.</summary>
    public IssuedCredentials Register(string accessKeyId, string secretAccessKey, string? sessionToken = null, string? accountId = null, DateTimeOffset? expiration = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessKeyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(secretAccessKey);
        var account = accountId ?? _defaultAccountId;
        var credentials = new IssuedCredentials(accessKeyId, secretAccessKey, sessionToken, expiration, account,
            $"arn:aws:iam::{account}:user/awsdirect-test", "static");
        lock (_gate)
        {
            _byAccessKey[accessKeyId] = credentials;
        }

        return credentials;
    }

    /// <summary>An SSO access token (as <c>aws sso login</c> caches it) that GetRoleCredentials accepts.</summary>
    public void RegisterSsoToken(string accessToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        lock (_gate)
        {
            _ssoTokens[accessToken] = accessToken;
        }
    }

    public bool IsSsoToken(string accessToken)
    {
        lock (_gate)
        {
            return _ssoTokens.ContainsKey(accessToken);
        }
    }

    /// <summary>An IMDSv2 session token valid for <paramref name="ttl"/>.</summary>
    internal string IssueMetadataToken(TimeSpan ttl, DateTimeOffset now)
    {
        var token = RandomText("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 56) + "==";
        lock (_gate)
        {
            _metadataTokens[token] = now + ttl;
        }

        return token;
    }

    internal bool IsMetadataToken(string token, DateTimeOffset now)
    {
        lock (_gate)
        {
            return _metadataTokens.TryGetValue(token, out var until) && now < until;
        }
    }

    internal void RecordRoleRequest(RoleRequest request)
    {
        lock (_gate)
        {
            _roleRequests.Add(request);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byAccessKey.Clear();
            _ssoTokens.Clear();
            _metadataTokens.Clear();
            _roleRequests.Clear();
            LifetimeOverride = null;
            WorkloadAccountId = null;
            ContainerAuthorizationToken = null;
        }
    }

    private static string RandomText(string alphabet, int length) =>
        string.Create(length, alphabet, (span, chars) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = chars[RandomNumberGenerator.GetInt32(chars.Length)];
            }
        });
}
