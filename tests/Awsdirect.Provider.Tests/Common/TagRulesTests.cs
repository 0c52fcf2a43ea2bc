using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.Common;

namespace Awsdirect.Provider.Tests.Common;

public class TagRulesTests
{
    [Fact]
    public void Limits_MatchCloudFrontModelTagShapes()
    {
        var key = ServiceModels.CloudFront.Shape("TagKey");
        var value = ServiceModels.CloudFront.Shape("TagValue");

        Assert.Equal(TagRules.MinKeyLength, (int)key["min"]!);
        Assert.Equal(TagRules.MaxKeyLength, (int)key["max"]!);
        Assert.Equal(TagRules.MaxValueLength, (int)value["max"]!);

        // The model's class [\p{L}\p{Z}\p{N}_.:/=+\-@]: the same symbols TagRules allows.
        foreach (var symbol in TagRules.AllowedSymbols)
        {
            Assert.Contains(symbol == '-' ? "\\-" : symbol.ToString(), (string)key["pattern"]!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ReservedProviderTag_LeavesUsersAwsLimitLessOne()
    {
        Assert.Equal(50, TagRules.AwsMaxTagsPerResource);
        Assert.Equal(49, TagRules.MaxUserTags);
        Assert.True(TagRules.IsProviderKey("awsdirect:createToken"));
        Assert.True(TagRules.IsProviderKey("AwsDirect:x"));
        Assert.False(TagRules.IsProviderKey("awsdirect-team"));
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("\U0001F600\U0001F600", 2)]
    [InlineData("", 0)]
    public void Length_CountsCodePoints(string text, int expected) => Assert.Equal(expected, TagRules.Length(text));

    [Fact]
    public void UnpairedSurrogate_CountsOneAndIsRefused()
    {
        var text = "a" + '\uD800' + "b";

        Assert.Equal(3, TagRules.Length(text));
        Assert.False(TagRules.HasAllowedCharacters(text));
    }

    [Theory]
    [InlineData("Größe", true)]
    [InlineData("\U0001D400\U00020000", true)]
    [InlineData("a b_c.d:e/f=g+h-i@j", true)]
    [InlineData("\u00A0\u3000", true)]
    [InlineData("a\n", false)]
    [InlineData("a\tb", false)]
    [InlineData("\U0001F600", false)]
    [InlineData("#", false)]
    public void HasAllowedCharacters_LettersNumbersSeparatorsAndSymbols(string text, bool expected) =>
        Assert.Equal(expected, TagRules.HasAllowedCharacters(text));

    [Fact]
    public void Check_UnknownMapOrValue_SkippedUntilKnown()
    {
        var failures = new List<CheckFailure>();

        TagRules.Check(PropertyValue.Computed, failures);
        TagRules.Check(PropertyValue.Create(new PropertyMap().Set("team", PropertyValue.Computed)), failures);

        Assert.Empty(failures);
    }

    [Fact]
    public void Check_HugeKey_ReasonStaysShort()
    {
        var failures = new List<CheckFailure>();
        var key = new string('k', 100_000);

        TagRules.Check(PropertyValue.Create(new PropertyMap().Set(key + "#", "v")), failures);

        Assert.All(failures, f => Assert.True(f.Reason.Length < 400, f.Reason.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
