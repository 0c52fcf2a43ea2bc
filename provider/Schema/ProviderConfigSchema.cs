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

    public const string ConfigAssumeRoleToken = "awsdirect:config:AssumeRole";
    public const string ProviderAssumeRoleToken = "awsdirect:index:ProviderAssumeRole";
    public const string ConfigIgnoreTagsToken = "awsdirect:config:IgnoreTags";
    public const string ProviderIgnoreTagsToken = "awsdirect:index:ProviderIgnoreTags";

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
        [ConfigAssumeRoleToken] = AssumeRoleType(),
        [ProviderAssumeRoleToken] = AssumeRoleType(),
        [ConfigIgnoreTagsToken] = IgnoreTagsType(),
        [ProviderIgnoreTagsToken] = IgnoreTagsType(),
    };

    private static JObject Properties(string endpointsToken)
    {
        var config = endpointsToken == ConfigEndpointsToken;
        var properties = BaseProperties(endpointsToken);
        properties["assumeRole"] = new JObject
        {
            ["$ref"] = "#/types/" + (config ? ConfigAssumeRoleToken : ProviderAssumeRoleToken),
            ["description"] = "A role to assume (STS AssumeRole) with whichever credentials the standard chain or `profile` "
                + "finds. The role's temporary credentials are renewed five minutes before they expire, so long waits never sign "
                + "with expired keys. In stack config the value may also be given as a JSON string.",
        };
        properties["allowedAccountIds"] = new JObject
        {
            ["type"] = "array",
            ["items"] = new JObject { ["type"] = "string" },
            ["description"] = "The only AWS account ids (12 digits) this provider may act in. The account of the credentials "
                + "(STS GetCallerIdentity, asked once per run) is checked before the first operation that reaches AWS, previews "
                + "included: another account fails with a message naming it and nothing is changed. Conflicts with "
                + "`forbiddenAccountIds`.",
        };
        properties["forbiddenAccountIds"] = new JObject
        {
            ["type"] = "array",
            ["items"] = new JObject { ["type"] = "string" },
            ["description"] = "AWS account ids (12 digits) this provider must never act in, checked like `allowedAccountIds`. "
                + "Conflicts with `allowedAccountIds`.",
        };
        properties["ignoreTags"] = new JObject
        {
            ["$ref"] = "#/types/" + (config ? ConfigIgnoreTagsToken : ProviderIgnoreTagsToken),
            ["description"] = "Tags managed outside this program (by other tools or AWS services), by exact key or key prefix.",
        };
        return properties;
    }

    private static JObject BaseProperties(string endpointsToken) => new()
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
            ["sts"] = new JObject
            {
                ["type"] = "string",
                ["description"] = "The AWS STS endpoint URL used for `assumeRole` and the account guards. Otherwise "
                    + "`AWS_ENDPOINT_URL_STS`, then `AWS_ENDPOINT_URL`, then the regional STS endpoint.",
            },
        },
    };

    private static JObject AssumeRoleType() => new()
    {
        ["type"] = "object",
        ["description"] = "The STS AssumeRole request the provider makes on top of the credentials it found.",
        ["properties"] = new JObject
        {
            ["roleArn"] = new JObject { ["type"] = "string", ["description"] = "The ARN of the role to assume, e.g. `arn:aws:iam::123456789012:role/deployer`." },
            ["sessionName"] = new JObject { ["type"] = "string", ["description"] = "The role session name (2 to 64 characters: letters, digits and `_+=,.@-`), shown in CloudTrail. Defaults to `awsdirect-<unix time>`." },
            ["externalId"] = new JObject { ["type"] = "string", ["description"] = "The external id the role's trust policy requires (2 to 1,224 characters)." },
            ["durationSeconds"] = new JObject { ["type"] = "integer", ["description"] = "How long the role's credentials last, 900 to 43,200 seconds (at most the role's maximum session duration). Defaults to 3,600." },
            ["policy"] = new JObject { ["type"] = "string", ["description"] = "An IAM policy document (JSON, at most 2,048 characters) that further limits the session." },
            ["tags"] = new JObject { ["type"] = "object", ["additionalProperties"] = new JObject { ["type"] = "string" }, ["description"] = "Session tags (at most 50)." },
        },
        ["required"] = new JArray("roleArn"),
    };

    private static JObject IgnoreTagsType() => new()
    {
        ["type"] = "object",
        ["description"] = "Tag keys the provider leaves alone: never sent, never removed, never shown as a diff.",
        ["properties"] = new JObject
        {
            ["keys"] = new JObject { ["type"] = "array", ["items"] = new JObject { ["type"] = "string" }, ["description"] = "Exact tag keys to ignore." },
            ["keyPrefixes"] = new JObject { ["type"] = "array", ["items"] = new JObject { ["type"] = "string" }, ["description"] = "Tag key prefixes to ignore, e.g. `kubernetes.io/`." },
        },
    };
}
