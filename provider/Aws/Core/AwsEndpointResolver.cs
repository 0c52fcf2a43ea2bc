namespace Awsdirect.Provider.Aws.Core;

/// <summary>
/// Endpoint precedence: provider config <c>endpoints</c>, then <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c>,
/// then <c>AWS_ENDPOINT_URL</c>, then the service's real endpoint. <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true</c>
/// disables the two environment variables, as in the AWS SDKs.
/// </summary>
internal static class AwsEndpointResolver
{
    public static readonly Uri CloudFrontGlobalEndpoint = new("https://cloudfront.amazonaws.com");

    public static Uri ResolveGroundStation(Uri? configured, string region, IAwsEnvironment env) =>
        configured ?? FromEnvironment("AWS_ENDPOINT_URL_GROUNDSTATION", env)
            ?? new Uri($"https://groundstation.{region}.amazonaws.com");

    public static Uri ResolveCloudFront(Uri? configured, IAwsEnvironment env) =>
        configured ?? FromEnvironment("AWS_ENDPOINT_URL_CLOUDFRONT", env) ?? CloudFrontGlobalEndpoint;

    /// <summary>STS's regional endpoint (AWS's default since the global one was retired as the SDKs' default).</summary>
    public static Uri ResolveSts(Uri? configured, string region, IAwsEnvironment env) =>
        configured ?? FromEnvironment("AWS_ENDPOINT_URL_STS", env) ?? new Uri($"https://sts.{region}.amazonaws.com");

    private static Uri? FromEnvironment(string serviceVariable, IAwsEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (string.Equals(env.Get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var value = env.Get(serviceVariable) ?? env.Get("AWS_ENDPOINT_URL");
        if (value is null)
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new ArgumentException($"environment variable {(env.Get(serviceVariable) is null ? "AWS_ENDPOINT_URL" : serviceVariable)} is not an absolute http(s) URL: '{value}'");
    }
}
