using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.CloudFront.ConnectionGroups;
using Awsdirect.Provider.Schema;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Tests.CloudFront;

public class ConnectionGroupSchemaTests
{
    private static readonly JObject Spec = ResourceRegistry.All.Single(r => r.Token == ConnectionGroupHandler.TypeToken).Schema().Spec;

    [Fact]
    public void Schema_RegisteredWithEveryInputAndOutput()
    {
        var inputs = ((JObject)Spec["inputProperties"]!).Properties().Select(p => p.Name).Order(StringComparer.Ordinal);
        var outputs = ((JObject)Spec["properties"]!).Properties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["anycastIpListId", "anycastIpListIpAddressType", "enabled", "ipv6Enabled", "name", "tags", "waitForDeployment"], inputs);
        Assert.Superset(new HashSet<string> { "arn", "etag", "routingEndpoint", "status", "isDefault", "createdTime", "lastModifiedTime", "name", "tags" }, outputs);
        Assert.Empty(Spec["requiredInputs"]!);
    }

    [Fact]
    public void Schema_EveryPropertyDescribed()
    {
        var all = ((JObject)Spec["inputProperties"]!).Properties().Concat(((JObject)Spec["properties"]!).Properties());

        Assert.All(all, p => Assert.False(string.IsNullOrWhiteSpace((string?)p.Value["description"]), p.Name));
    }

    [Fact]
    public void Schema_DescriptionsCarryModelDocsAndProviderDecisions()
    {
        var inputs = Spec["inputProperties"]!;

        Assert.Contains("unique within your Amazon Web Services account", (string)inputs["name"]!["description"]!, StringComparison.Ordinal);
        Assert.Contains("replaces", (string)inputs["name"]!["description"]!, StringComparison.Ordinal);
        Assert.Contains("1-128", (string)inputs["tags"]!["description"]!, StringComparison.Ordinal);
        Assert.Contains($"at most {Resources.Common.TagRules.MaxUserTags} tags", (string)inputs["tags"]!["description"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_InPackageWithoutReservedIdProperty()
    {
        var package = PackageSchemaBuilder.Build();

        var resource = package["resources"]![ConnectionGroupHandler.TypeToken];
        Assert.NotNull(resource);
        Assert.Null(resource["properties"]!["id"]);
        Assert.Null(resource["properties"]!["urn"]);
    }
}
