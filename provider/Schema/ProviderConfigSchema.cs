using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Schema;

/// <summary>
/// The provider's configuration keys as they appear in the package schema, both as stack config
/// (<c>config.variables</c>, read by the default provider) and as inputs of an explicit provider
/// resource (<c>provider.inputProperties</c>). The two describe the same keys with the same words.
/// </summary>
internal static class ProviderConfigSchema
{
    /// <summary>
    /// Endpoints type for stack config. Pulumi's SDK generators place types of the <c>config</c> module
    /// with the config accessors, so config and provider inputs each get their own token.
    /// </summary>
    public const string ConfigEndpointsToken = "awsdirect:config:Endpoints";

    /// <summary>Endpoints type for the inputs of an explicit provider resource.</summary>
    public const string ProviderEndpointsToken = "awsdirect:index:ProviderEndpoints";

    public static JObject ConfigVariables() => Properties(ConfigEndpointsToken);

    public static JObject ProviderSpec() => new()
    {
        ["description"] = "The provider type for the awsdirect package. Create one explicitly to manage resources in "
            + "another region, account profile or endpoint than the stack's default `awsdirect:*` configuration.",
        ["inputProperties"] = Properties(ProviderEndpointsToken),
        ["properties"] = OutputProperties(),
    };

    /// <summary>The config-related object types this builder itself contributes to <c>types</c>.</summary>
    public static IReadOnlyDictionary<string, JObject> Types() => new Dictionary<string, JObject>(StringComparer.Ordinal)
    {
        [ConfigEndpointsToken] = EndpointsType(),
        [ProviderEndpointsToken] = EndpointsType(),
    };

    private static JObject Properties(string endpointsToken) => new()
    {
        ["region"] = new JObject
        {
            ["type"] = "string",
            ["description"] = "The AWS Region to manage AWS Ground Station resources in, e.g. `us-east-2`. When unset, the "
                + "provider uses the `AWS_REGION` environment variable, then `AWS_DEFAULT_REGION`, then the `region` of the "
                + "selected shared-config profile; with none of these, operations fail with an error saying so. "
                + "CloudFront connection groups are global and are not affected by the region.",
        },
        ["profile"] = new JObject
        {
            ["type"] = "string",
            ["description"] = "The name of a profile in the shared AWS config and credentials files (`~/.aws/config`, "
                + "`~/.aws/credentials`) to take credentials and the default region from. When unset, credentials come "
                + "from the standard AWS chain: environment variables, `AWS_PROFILE` or the `default` profile, web "
                + "identity, container and instance metadata.",
        },
        ["endpoints"] = new JObject
        {
            ["$ref"] = "#/types/" + endpointsToken,
            ["description"] = "Custom service endpoints, for example a local emulator or a VPC endpoint. Each URL must be "
                + "absolute http or https. A service without an entry here uses `AWS_ENDPOINT_URL_GROUNDSTATION` or "
                + "`AWS_ENDPOINT_URL_CLOUDFRONT`, then `AWS_ENDPOINT_URL`, then the real AWS endpoint "
                + "(`AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` turns the environment variables off). "
                + "In stack config the value may also be given as a JSON string.",
        },
        ["defaultTags"] = new JObject
        {
            ["type"] = "object",
            ["additionalProperties"] = new JObject { ["type"] = "string" },
            ["description"] = "Tags to apply to every taggable resource this provider manages. They are merged under each "
                + "resource's own `tags` when the resource is checked, so a key the resource sets wins; the merged tags "
                + "are what previews show and what is stored in state. Changing a default tag updates the tags of every "
                + "resource in place.",
        },
        ["maxRetries"] = new JObject
        {
            ["type"] = "integer",
            ["description"] = "The maximum number of attempts for an AWS call that fails with a retryable error "
                + "(throttling, a 5xx answer, a dropped connection), counting the first attempt; values below 1 mean 1. "
                + "Defaults to 3. Retries back off exponentially with jitter.",
        },
    };

    private static JObject OutputProperties()
    {
        // An explicit provider resource outputs its string-typed inputs; object inputs are not echoed.
        var inputs = Properties(ProviderEndpointsToken);
        return new JObject
        {
            ["region"] = inputs["region"]!.DeepClone(),
            ["profile"] = inputs["profile"]!.DeepClone(),
        };
    }

    private static JObject EndpointsType() => new()
    {
        ["type"] = "object",
        ["description"] = "Endpoint URLs that replace the AWS service endpoints the provider calls.",
        ["properties"] = new JObject
        {
            ["groundstation"] = new JObject
            {
                ["type"] = "string",
                ["description"] = "The AWS Ground Station endpoint URL, e.g. `http://127.0.0.1:4566`.",
            },
            ["cloudfront"] = new JObject
            {
                ["type"] = "string",
                ["description"] = "The CloudFront endpoint URL, e.g. `http://127.0.0.1:4566`.",
            },
        },
    };
}
