using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using static Awsdirect.Provider.Tests.CloudFront.ConnectionGroupHarness;

namespace Awsdirect.Provider.Tests.CloudFront;

public class ConnectionGroupDiffTests
{
    private static readonly PropertyMap Base = Map(("name", "edge-prod"), ("tags", TagValue(("team", "edge"))));

    private static async Task<DiffResult> Run(PropertyMap olds, PropertyMap news, params string[] ignore)
    {
        var harness = new ConnectionGroupHarness();
        var result = await harness.Handler.DiffAsync(Diff(olds, news, State(olds), ignore), CancellationToken.None);
        harness.Api.VerifyNoOtherCalls();
        return result;
    }

    private static async Task<PropertyMap> Checked(PropertyMap news, PropertyMap? olds = null, byte[]? seed = null)
    {
        var harness = new ConnectionGroupHarness();
        return (await harness.Handler.CheckAsync(Check(news, olds, seed), CancellationToken.None)).Inputs;
    }

    [Fact]
    public async Task Diff_SameInputs_NoChanges()
    {
        var result = await Run(Base, Base);

        Assert.Equal(DiffChanges.None, result.Changes);
        Assert.Empty(result.DetailedDiff);
    }

    [Theory]
    [InlineData("enabled")]
    [InlineData("ipv6Enabled")]
    [InlineData("waitForDeployment")]
    public async Task Diff_DefaultWrittenOut_NoChanges(string flag)
    {
        var result = await Run(Base, Base.Set(flag, true));

        Assert.Equal(DiffChanges.None, result.Changes);
    }

    [Fact]
    public async Task Diff_ServerSetFieldsInState_NeverCompared()
    {
        var harness = new ConnectionGroupHarness();
        var state = State(Base, etag: "E-OLD", status: "InProgress");

        var result = await harness.Handler.DiffAsync(Diff(Base, Base, state), CancellationToken.None);

        Assert.Equal(DiffChanges.None, result.Changes);
    }

    [Fact]
    public async Task Diff_ExplicitNameChange_ReplacesDeleteBeforeReplace()
    {
        var olds = await Checked(Base);
        var news = await Checked(Base.Set("name", "edge-prod-2"), olds);

        var result = await Run(olds, news);

        Assert.Equal(["name"], result.Replaces);
        Assert.True(result.DeleteBeforeReplace);
        Assert.Equal(PropertyDiffKind.UpdateReplace, result.DetailedDiff["name"].Kind);
    }

    [Fact]
    public async Task Diff_AutoNamedNameChange_ReplacesCreateBeforeDelete()
    {
        var olds = await Checked(Base.Remove("name"), seed: [1]);
        // Dropping the old inputs' name gives a fresh auto-name, as a changed logical name or a state reset would.
        var news = await Checked(Base.Remove("name"), seed: [2]);
        Assert.NotEqual(olds["name"], news["name"]);

        var result = await Run(olds, news);

        Assert.Equal(["name"], result.Replaces);
        Assert.False(result.DeleteBeforeReplace);
    }

    [Fact]
    public async Task Diff_UnknownName_Replaces()
    {
        var result = await Run(Base, Base.Set("name", PropertyValue.Computed));

        Assert.Equal(["name"], result.Replaces);
    }

    [Theory]
    [InlineData("enabled", false)]
    [InlineData("ipv6Enabled", false)]
    public async Task Diff_FlagChange_UpdatesInPlace(string flag, bool value)
    {
        var result = await Run(Base, Base.Set(flag, value));

        Assert.Equal(DiffChanges.Some, result.Changes);
        Assert.Empty(result.Replaces);
        Assert.Equal(PropertyDiffKind.Add, result.DetailedDiff[flag].Kind);
        Assert.Contains("name", result.Stables);
        Assert.Contains("arn", result.Stables);
    }

    [Fact]
    public async Task Diff_RecordedWaitForDeploymentChanged_UpdatesInPlace()
    {
        var result = await Run(Base.Set("waitForDeployment", true), Base.Set("waitForDeployment", false));

        Assert.Equal(DiffChanges.Some, result.Changes);
        Assert.Empty(result.Replaces);
        Assert.Equal(PropertyDiffKind.Update, result.DetailedDiff["waitForDeployment"].Kind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Diff_ImportedGroupWithoutRecordedWait_ProgramValueIsNoChange(bool wait)
    {
        // An import reads only what CloudFront holds; waitForDeployment is the provider's, so none is recorded.
        var result = await Run(Base, Base.Set("waitForDeployment", wait));

        Assert.Equal(DiffChanges.None, result.Changes);
    }

    [Fact]
    public async Task Diff_AnycastListAddedChangedRemoved_UpdatesInPlace()
    {
        var withList = Base.Set("anycastIpListId", "aip_1");

        var added = await Run(Base, withList);
        var changed = await Run(withList, Base.Set("anycastIpListId", "aip_2"));
        var removed = await Run(withList, Base);

        Assert.Equal(PropertyDiffKind.Add, added.DetailedDiff["anycastIpListId"].Kind);
        Assert.Equal(PropertyDiffKind.Update, changed.DetailedDiff["anycastIpListId"].Kind);
        Assert.Equal(PropertyDiffKind.Delete, removed.DetailedDiff["anycastIpListId"].Kind);
        Assert.All(new[] { added, changed, removed }, d => Assert.Empty(d.Replaces));
    }

    [Fact]
    public async Task Diff_TagChange_UpdatesInPlace()
    {
        var result = await Run(Base, Base.Set("tags", TagValue(("team", "cdn"))));

        Assert.Equal(PropertyDiffKind.Update, result.DetailedDiff["tags"].Kind);
        Assert.Empty(result.Replaces);
    }

    [Fact]
    public async Task Diff_EmptyTagsVersusAbsent_NoChanges()
    {
        var result = await Run(Base.Remove("tags"), Base.Set("tags", TagValue()));

        Assert.Equal(DiffChanges.None, result.Changes);
    }

    [Fact]
    public async Task Diff_SecretTagsWithSameValues_NoChanges()
    {
        var result = await Run(Base, Base.Set("tags", PropertyValue.Secret(TagValue(("team", "edge")))));

        Assert.Equal(DiffChanges.None, result.Changes);
    }

    [Fact]
    public async Task Diff_UnknownEnabled_ShowsUpdate()
    {
        var result = await Run(Base, Base.Set("enabled", PropertyValue.Computed));

        Assert.Equal(DiffChanges.Some, result.Changes);
        Assert.True(result.DetailedDiff.ContainsKey("enabled"));
    }

    [Fact]
    public async Task Diff_IgnoredChanges_NotReported()
    {
        var result = await Run(Base, Base.Set("name", "other").Set("enabled", false), "name", "enabled");

        Assert.Equal(DiffChanges.None, result.Changes);
    }

    [Fact]
    public async Task Diff_NoOldInputs_ComparesAgainstState()
    {
        var harness = new ConnectionGroupHarness();

        var result = await harness.Handler.DiffAsync(new DiffRequest(Urn, Id, State(Base), PropertyMap.Empty, Base, []), CancellationToken.None);

        Assert.Equal(DiffChanges.None, result.Changes);
    }
}
