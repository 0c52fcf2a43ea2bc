namespace Awsdirect.Provider.Configuration;

/// <summary>Endpoint overrides per service (e.g. a local emulator). Null means the real AWS endpoint.</summary>
public sealed record ServiceEndpoints(Uri? GroundStation, Uri? CloudFront)
{
    public static ServiceEndpoints None { get; } = new(null, null);
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
}
