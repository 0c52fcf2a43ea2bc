using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Schema;

/// <summary>
/// Per-language settings for the SDKs that <c>pulumi package add</c> / <c>pulumi package gen-sdk</c>
/// generate. Keys are those of the metaschema's <c>csharpLanguageSpec</c>, <c>nodejsLanguageSpec</c>,
/// <c>pythonLanguageSpec</c> and <c>goLanguageSpec</c>.
/// </summary>
internal static class SchemaLanguageSettings
{
    public static JObject Build() => new()
    {
        ["csharp"] = new JObject
        {
            // Generated C# types land in Pulumi.Awsdirect.GroundStation, Pulumi.Awsdirect.CloudFront, ...
            ["rootNamespace"] = "Pulumi",
            ["namespaces"] = new JObject
            {
                ["awsdirect"] = "Awsdirect",
                ["groundstation"] = "GroundStation",
                ["cloudfront"] = "CloudFront",
                ["missions"] = "Missions",
                ["config"] = "Config",
            },
            ["packageReferences"] = new JObject { ["Pulumi"] = "3.*" },
            ["respectSchemaVersion"] = true,
        },
        ["nodejs"] = new JObject
        {
            ["packageName"] = "@awsdirect/pulumi",
            ["packageDescription"] = "Pulumi resources and components for AWS Ground Station and CloudFront connection groups.",
            ["dependencies"] = new JObject { ["@pulumi/pulumi"] = "^3.0.0" },
            ["respectSchemaVersion"] = true,
        },
        ["python"] = new JObject
        {
            ["packageName"] = "pulumi_awsdirect",
            ["requires"] = new JObject { ["pulumi"] = ">=3.0.0,<4.0.0" },
            ["respectSchemaVersion"] = true,
        },
        ["go"] = new JObject
        {
            ["importBasePath"] = "github.com/awsdirect/pulumi-awsdirect/sdk/go/awsdirect",
            ["generateResourceContainerTypes"] = true,
            ["respectSchemaVersion"] = true,
        },
    };
}
