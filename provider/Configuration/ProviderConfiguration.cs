namespace Awsdirect.Provider.Configuration;

/// <summary>Endpoint overrides per service (e.g. a local emulator). Null means the real AWS endpoint.</summary>
public sealed record ServiceEndpoints(Uri? GroundStation, Uri? CloudFront)
{
    public static ServiceEndpoints None { get; } = new(null, null);

    /// <summary>The STS endpoint (assumeRole and the account guards' GetCallerIdentity).</summary>
    public Uri? Sts { get; init; }
}

/// <summary>The provider's validated configuration, as set by Configure.</summary>
/// <param name="Region">Explicit region; null falls back to the environment and profile.</param>
/// <param name="Profile">Shared config/credentials profile name; null uses the default chain.</param>
/// <param name="Endpoints">Explicit endpoint overrides from provider config.</param>
/// <param name="DefaultTags">Tags applied to every taggable resource; a resource's own tags win.</param>
/// <param name="MaxRetries">Maximum attempts for retryable AWS errors; null uses the standard mode default.</param>
public sealed record ProviderConfiguration(
    string? Region,
    string? Profile,
    ServiceEndpoints Endpoints,
    IReadOnlyDictionary<string, string> DefaultTags,
    int? MaxRetries = null)
{
    public static ProviderConfiguration Default { get; } =
        new(null, null, ServiceEndpoints.None, new Dictionary<string, string>());

    /// <summary>A role to assume with whatever credentials the chain found; null uses those credentials as they are.</summary>
    public AssumeRoleSettings? AssumeRole { get; init; }

    /// <summary>Accounts the provider may act in; empty allows any.</summary>
    public IReadOnlyList<string> AllowedAccountIds { get; init; } = [];

    /// <summary>Accounts the provider must never act in.</summary>
    public IReadOnlyList<string> ForbiddenAccountIds { get; init; } = [];

    /// <summary>Tags managed outside this provider: never sent, removed or diffed.</summary>
    public IgnoreTagsSettings IgnoreTags { get; init; } = IgnoreTagsSettings.None;
}

/// <summary>The provider config <c>assumeRole</c>: the STS AssumeRole request made on top of the chain's credentials.</summary>
/// <param name="RoleArn">The role to assume.</param>
/// <param name="SessionName">RoleSessionName; null uses a generated <c>awsdirect-&lt;time&gt;</c>.</param>
/// <param name="DurationSeconds">Null uses STS's default (one hour).</param>
/// <param name="Policy">An inline session policy (JSON text).</param>
public sealed record AssumeRoleSettings(
    string RoleArn,
    string? SessionName,
    string? ExternalId,
    int? DurationSeconds,
    string? Policy,
    IReadOnlyDictionary<string, string> Tags);

/// <summary>The provider config <c>ignoreTags</c>.</summary>
public sealed record IgnoreTagsSettings(IReadOnlyList<string> Keys, IReadOnlyList<string> KeyPrefixes)
{
    public static IgnoreTagsSettings None { get; } = new([], []);

    public bool IsEmpty => Keys.Count == 0 && KeyPrefixes.Count == 0;

    /// <summary>Whether a tag key is managed elsewhere (case-sensitive, as AWS tag keys are).</summary>
    public bool Ignores(string key) =>
        Keys.Contains(key, StringComparer.Ordinal) || KeyPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));
}
