using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Tests.CloudFront.ConnectionGroupHarness;

namespace Awsdirect.Provider.Tests.CloudFront;

public class ConnectionGroupCheckTests
{
    private static async Task<Resources.CheckResult> Run(PropertyMap news, PropertyMap? olds = null, byte[]? seed = null, IReadOnlyDictionary<string, string>? defaultTags = null)
    {
        var harness = new ConnectionGroupHarness(defaultTags);
        var result = await harness.Handler.CheckAsync(Check(news, olds, seed), CancellationToken.None);
        harness.Api.VerifyNoOtherCalls();
        return result;
    }

    [Fact]
    public async Task Check_ValidInputs_NoFailures()
    {
        var result = await Run(Map(("name", "edge-prod"), ("enabled", true), ("ipv6Enabled", false), ("anycastIpListId", "aip_1234"),
            ("tags", TagValue(("team", "edge"), ("cost center", "a/b=c+d@e:f.g-h_i"))), ("waitForDeployment", false)));

        Assert.Empty(result.Failures);
        Assert.False(AutoName.IsAutoNamed(result.Inputs));
    }

    [Fact]
    public async Task Check_NoName_AutoNamesFromSeedWithSevenCharSuffix()
    {
        var result = await Run(PropertyMap.Empty, seed: [1, 2, 3]);

        Assert.Empty(result.Failures);
        Assert.Matches("^edge-[a-z0-9]{7}$", result.Inputs["name"].StringValue);
        Assert.True(AutoName.IsAutoNamed(result.Inputs));
    }

    [Fact]
    public async Task Check_NoNameAndNewSeed_KeepsNameFromOldInputs()
    {
        var first = await Run(PropertyMap.Empty, seed: [1]);

        var second = await Run(PropertyMap.Empty, olds: first.Inputs, seed: [2]);

        Assert.Equal(first.Inputs["name"], second.Inputs["name"]);
    }

    [Fact]
    public async Task Check_SameSeed_SameAutoNameAcrossPreviews()
    {
        var a = await Run(PropertyMap.Empty, seed: [9, 9]);
        var b = await Run(PropertyMap.Empty, seed: [9, 9]);

        Assert.Equal(a.Inputs["name"], b.Inputs["name"]);
    }

    [Fact]
    public async Task Check_DefaultTags_MergedUnderOwnTags()
    {
        var result = await Run(Map(("name", "n"), ("tags", TagValue(("env", "prod")))),
            defaultTags: new Dictionary<string, string> { ["env"] = "dev", ["owner"] = "platform" });

        var tags = result.Inputs["tags"].ObjectValue;
        Assert.Equal("prod", tags["env"].StringValue);
        Assert.Equal("platform", tags["owner"].StringValue);
    }

    [Fact]
    public async Task Check_UnknownValues_PassThroughWithoutFailures()
    {
        var result = await Run(Map(("name", PropertyValue.Computed), ("enabled", PropertyValue.Computed), ("anycastIpListId", PropertyValue.Computed),
            ("tags", PropertyValue.Computed)));

        Assert.Empty(result.Failures);
        Assert.True(result.Inputs["name"].IsComputed);
        Assert.True(result.Inputs["tags"].IsComputed);
    }

    [Fact]
    public async Task Check_UnknownTagValue_OtherTagsStillChecked()
    {
        var tags = PropertyValue.Create(Map(("ok", PropertyValue.Computed), ("aws:bad", "x")));

        var result = await Run(Map(("name", "n"), ("tags", tags)));

        var failure = Assert.Single(result.Failures);
        Assert.Equal("tags[\"aws:bad\"]", failure.Property);
    }

    public static TheoryData<string, PropertyValue, string, string> BadInputs => new()
    {
        { "name", "", "name", "required" },
        { "name", 42, "name", "type" },
        { "enabled", "yes", "enabled", "type" },
        { "ipv6Enabled", 1, "ipv6Enabled", "type" },
        { "waitForDeployment", "true", "waitForDeployment", "type" },
        { "anycastIpListId", "", "anycastIpListId", "empty" },
        { "anycastIpListId", false, "anycastIpListId", "type" },
        { "tags", "team=edge", "tags", "type" },
        { "tags", TagValue((new string('k', 129), "v")), "tags." + new string('k', 129), "tag key length" },
        { "tags", TagValue(("team", "\U0001F600")), "tags.team", "tag value characters" },
        { "tags", TagValue(("", "v")), "tags[\"\"]", "tag key length" },
        { "tags", TagValue(("team", new string('v', 257))), "tags.team", "tag value length" },
        { "tags", TagValue(("team#1", "v")), "tags[\"team#1\"]", "tag key characters" },
        { "tags", TagValue(("team", "a;b")), "tags.team", "tag value characters" },
        { "tags", TagValue(("AWS:created", "v")), "tags[\"AWS:created\"]", "reserved tag key" },
        { "tags", PropertyValue.Create(Map(("team", 7))), "tags.team", "type" },
        { "status", "Deployed", "status", "output only" },
        { "etag", "E1", "etag", "output only" },
        { "description", "x", "description", "unknown property" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Check_BadInput_FailureNamesProperty(string property, PropertyValue value, string path, string rule)
    {
        var result = await Run(Map(("name", "edge-prod")).Set(property, value));

        var failure = Assert.Single(result.Failures, f => f.Property == path);
        Assert.StartsWith(rule, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_TagLengthsAtLimits_Accepted()
    {
        var result = await Run(Map(("name", "n"), ("tags", TagValue((new string('k', 128), new string('v', 256)), ("e", "")))));

        Assert.Empty(result.Failures);
    }

    [Fact]
    public async Task Check_TagLengthCountsUnicodeCharacters()
    {
        // 128 astral-plane letters are 256 UTF-16 units but 128 characters, which AWS accepts.
        var key = string.Concat(Enumerable.Repeat("\U0001D400", 128));

        var result = await Run(Map(("name", "n"), ("tags", TagValue((key, "v")))));

        Assert.Empty(result.Failures);
    }

    [Fact]
    public async Task Check_OneTagOverUserLimitWithDefaults_TooMany()
    {
        var own = Enumerable.Range(0, TagRules.MaxUserTags).Select(i => ($"k{i}", "v")).ToArray();

        var atLimit = await Run(Map(("name", "n"), ("tags", TagValue(own))));
        var over = await Run(Map(("name", "n"), ("tags", TagValue(own))), defaultTags: new Dictionary<string, string> { ["env"] = "dev" });

        Assert.Empty(atLimit.Failures);
        var failure = Assert.Single(over.Failures);
        Assert.Equal("tags", failure.Property);
        Assert.StartsWith("tag count", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_AutonamingDisabledAndNoName_RequiredFailure()
    {
        var harness = new ConnectionGroupHarness();

        var result = await harness.Handler.CheckAsync(Check(PropertyMap.Empty) with { Autonaming = new Resources.AutonamingOptions(null, "disable") }, CancellationToken.None);

        Assert.Contains(result.Failures, f => f.Property == "name" && f.Reason.StartsWith("required", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_EngineProposedName_Used()
    {
        var harness = new ConnectionGroupHarness();

        var result = await harness.Handler.CheckAsync(Check(PropertyMap.Empty) with { Autonaming = new Resources.AutonamingOptions("edge-proposed", "propose") }, CancellationToken.None);

        Assert.Equal("edge-proposed", result.Inputs["name"].StringValue);
        Assert.Empty(result.Failures);
    }
}
