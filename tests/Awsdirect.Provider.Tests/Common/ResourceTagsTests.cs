using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;

namespace Awsdirect.Provider.Tests.Common;

public class ResourceTagsTests
{
    private static readonly Dictionary<string, string> Defaults = new() { ["team"] = "ops", ["env"] = "dev" };

    [Fact]
    public void MergeDefaults_ResourceTagWinsOverDefault()
    {
        var news = PropertyMap.Empty.Set("tags", PropertyValue.Create(new PropertyMap().Set("env", "prod")));

        var merged = ResourceTags.Read(ResourceTags.MergeDefaults(news, Defaults).Get("tags"));

        Assert.Equal("prod", merged["env"]);
        Assert.Equal("ops", merged["team"]);
    }

    [Fact]
    public void MergeDefaults_NoTagsGiven_AddsDefaults()
    {
        var merged = ResourceTags.MergeDefaults(PropertyMap.Empty, Defaults);

        Assert.Equal(2, ResourceTags.Read(merged.Get("tags")).Count);
    }

    [Fact]
    public void MergeDefaults_NoDefaults_LeavesInputsUntouched()
    {
        var news = PropertyMap.Empty.Set("name", "x");

        Assert.Same(news, ResourceTags.MergeDefaults(news, new Dictionary<string, string>()));
    }

    [Fact]
    public void MergeDefaults_UnknownTags_StayUnknown()
    {
        var news = PropertyMap.Empty.Set("tags", PropertyValue.Computed);

        Assert.True(ResourceTags.MergeDefaults(news, Defaults)["tags"].IsComputed);
    }

    [Fact]
    public void MergeDefaults_SecretTags_StaySecret()
    {
        var news = PropertyMap.Empty.Set("tags", PropertyValue.Secret(PropertyValue.Create(new PropertyMap().Set("k", "v"))));

        var tags = ResourceTags.MergeDefaults(news, Defaults)["tags"];

        Assert.Equal(PropertyValueKind.Secret, tags.Kind);
        Assert.Equal(3, ResourceTags.Read(tags).Count);
    }

    [Fact]
    public void Compare_ReportsChangedAddedAndRemovedKeys()
    {
        var olds = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["c"] = "3" };
        var news = new Dictionary<string, string> { ["a"] = "1", ["b"] = "20", ["d"] = "4" };

        var changes = ResourceTags.Compare(olds, news);

        Assert.Equal(new[] { "b", "d" }, changes.ToSet.Keys);
        Assert.Equal(new[] { "c" }, changes.ToRemove);
        Assert.False(changes.IsEmpty);
    }

    [Fact]
    public void Compare_SameTags_IsEmpty()
    {
        var tags = new Dictionary<string, string> { ["a"] = "1" };

        Assert.True(ResourceTags.Compare(tags, new Dictionary<string, string>(tags)).IsEmpty);
    }
}
