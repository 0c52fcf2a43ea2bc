namespace Awsdirect.Provider.Aws.Core;

/// <summary>Region precedence: provider config, then AWS_REGION / AWS_DEFAULT_REGION, then the profile's region.</summary>
internal static class AwsRegionResolver
{
    public static string? Resolve(string? configuredRegion, string? profile, IAwsEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (!string.IsNullOrWhiteSpace(configuredRegion))
        {
            return configuredRegion.Trim();
        }

        return env.Get("AWS_REGION") ?? env.Get("AWS_DEFAULT_REGION") ?? env.ProfileRegion(profile);
    }

    public static string MissingRegionMessage(string? profile) =>
        "No AWS region configured: set the provider config 'region', or AWS_REGION / AWS_DEFAULT_REGION, " +
        $"or a region in the shared config profile '{profile ?? "AWS_PROFILE or default"}'.";
}
