using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.Common;

namespace Awsdirect.Provider.Tests.Common;

public class AutoNameTests
{
    private static readonly byte[] SeedA = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] SeedB = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private static CheckRequest Request(PropertyMap olds, byte[] seed, AutonamingOptions? autonaming = null) =>
        new("urn:pulumi:dev::proj::awsdirect:cloudfront:ConnectionGroup::web", "web", "awsdirect:cloudfront:ConnectionGroup", olds, PropertyMap.Empty, seed, autonaming);

    [Fact]
    public void Apply_NoNameAndNoOlds_GeneratesLogicalNameWithSevenCharSuffix()
    {
        var result = AutoName.Apply(Request(PropertyMap.Empty, SeedA), PropertyMap.Empty);

        var name = result["name"].StringValue;
        Assert.Matches("^web-[a-z0-9]{7}$", name);
        Assert.True(AutoName.IsAutoNamed(result));
    }

    [Fact]
    public void Apply_SameSeed_SameName_DifferentSeed_DifferentName()
    {
        var first = AutoName.Apply(Request(PropertyMap.Empty, SeedA), PropertyMap.Empty)["name"];
        var again = AutoName.Apply(Request(PropertyMap.Empty, SeedA), PropertyMap.Empty)["name"];
        var other = AutoName.Apply(Request(PropertyMap.Empty, SeedB), PropertyMap.Empty)["name"];

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Apply_OldsHaveName_ReusesItWhateverTheSeed()
    {
        var olds = PropertyMap.Empty.Set("name", "web-abc1234");

        var result = AutoName.Apply(Request(olds, SeedB), PropertyMap.Empty);

        Assert.Equal("web-abc1234", result["name"].StringValue);
    }

    [Fact]
    public void Apply_ExplicitName_KeptAndNotMarkedAuto()
    {
        var news = PropertyMap.Empty.Set("name", "mine").Set(AutoName.DefaultsKey, PropertyValue.Create([PropertyValue.Create("name")]));

        var result = AutoName.Apply(Request(PropertyMap.Empty, SeedA), news);

        Assert.Equal("mine", result["name"].StringValue);
        Assert.False(AutoName.IsAutoNamed(result));
        Assert.False(result.ContainsKey(AutoName.DefaultsKey));
    }

    [Fact]
    public void Apply_EngineProposedName_IsUsed()
    {
        var result = AutoName.Apply(Request(PropertyMap.Empty, SeedA, new AutonamingOptions("proposed-1", "propose")), PropertyMap.Empty);

        Assert.Equal("proposed-1", result["name"].StringValue);
    }

    [Fact]
    public void Apply_AutonamingDisabled_LeavesNameMissing()
    {
        var result = AutoName.Apply(Request(PropertyMap.Empty, SeedA, new AutonamingOptions(null, "disable")), PropertyMap.Empty);

        Assert.False(result.ContainsKey("name"));
    }

    [Fact]
    public void Generate_LongLogicalName_TruncatedToMaxLength()
    {
        var name = AutoName.Generate(new string('x', 100), SeedA, maxLength: 64);

        Assert.Equal(64, name.Length);
    }
}
