using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Moq;
using static Awsdirect.Provider.Tests.GroundStation.MissionProfiles.MissionProfileFixtures;

namespace Awsdirect.Provider.Tests.GroundStation.MissionProfiles;

public class MissionProfileDiffTests
{
    private static async Task<DiffResult> DiffOf(GroundStationHarness harness, PropertyMap olds, PropertyMap news, params string[] ignore)
    {
        var result = await harness.Handler.DiffAsync(Diff(olds, news, ignore), CancellationToken.None);
        harness.Api.VerifyNoOtherCalls();
        return result;
    }

    [Fact]
    public async Task Diff_SameInputs_NoChangesNoWarning()
    {
        var harness = Handler();

        var diff = await DiffOf(harness, Inputs(), Inputs());

        Assert.Equal(DiffChanges.None, diff.Changes);
        harness.VerifyNoWarning();
    }

    [Fact]
    public async Task Diff_EdgesReordered_NoChanges()
    {
        var harness = Handler();
        var olds = Inputs();
        var edges = olds["dataflowEdges"].ArrayValue;
        var news = olds.Set("dataflowEdges", Edges(edges[1], edges[0]));

        var diff = await DiffOf(harness, olds, news);

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public async Task Diff_NameChanged_UpdatesInPlaceAndWarnsAboutScheduledContacts()
    {
        var harness = Handler();

        var diff = await DiffOf(harness, Inputs(), Inputs().Set("name", "jpss1-v2"));

        Assert.Equal(DiffChanges.Some, diff.Changes);
        Assert.Empty(diff.Replaces);
        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff["name"].Kind);
        Assert.Contains("missionProfileId", diff.Stables);
        harness.VerifyWarning(m => m.Contains(ProfileId, StringComparison.Ordinal) && m.Contains("only to contacts reserved afterwards", StringComparison.Ordinal), Times.Once());
    }

    [Theory]
    [InlineData("contactPrePassDurationSeconds", 300)]
    [InlineData("contactPostPassDurationSeconds", 60)]
    [InlineData("minimumViableContactDurationSeconds", 90)]
    [InlineData("trackingConfigArn", "arn:aws:groundstation:us-east-2:123456789012:config/tracking/12121212-1212-4212-8212-121212121212")]
    [InlineData("telemetrySinkConfigArn", "arn:aws:groundstation:us-east-2:123456789012:config/telemetry-sink/13131313-1313-4313-8313-131313131313")]
    [InlineData("streamsKmsRole", "arn:aws:iam::123456789012:role/Other")]
    public async Task Diff_MemberChanged_UpdatesInPlace(string property, object value)
    {
        var harness = Handler();
        var news = Inputs().Set(property, value is int n ? PropertyValue.Create(n) : PropertyValue.Create((string)value));

        var diff = await DiffOf(harness, Inputs(), news);

        Assert.Empty(diff.Replaces);
        Assert.Equal(PropertyDiffKind.Update, Assert.Single(diff.DetailedDiff).Value.Kind);
        Assert.Equal(property, diff.DetailedDiff.Keys.Single());
    }

    [Fact]
    public async Task Diff_EdgeAddedAndRemoved_DetailedPerEdgePath()
    {
        var harness = Handler();
        var olds = Inputs();
        var news = olds.Set("dataflowEdges", Edges(olds["dataflowEdges"].ArrayValue[0], Edge(Downlink, Endpoint2), Edge(UplinkEcho, Endpoint2)));

        var diff = await DiffOf(harness, olds, news);

        Assert.Empty(diff.Replaces);
        // Old edge [1] (downlink -> S3) is gone; the new list's [1] and [2] are new.
        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff["dataflowEdges[1]"].Kind);
        Assert.Equal(PropertyDiffKind.Add, diff.DetailedDiff["dataflowEdges[2]"].Kind);
        Assert.DoesNotContain("dataflowEdges[0]", diff.DetailedDiff.Keys);
    }

    [Fact]
    public async Task Diff_EdgeRemoved_DeleteAtOldIndex()
    {
        var harness = Handler();
        var olds = Inputs();
        var news = olds.Set("dataflowEdges", Edges(olds["dataflowEdges"].ArrayValue[1]));

        var diff = await DiffOf(harness, olds, news);

        Assert.Equal(PropertyDiffKind.Delete, Assert.Single(diff.DetailedDiff, d => d.Key.StartsWith("dataflowEdges", StringComparison.Ordinal)).Value.Kind);
        Assert.True(diff.DetailedDiff.ContainsKey("dataflowEdges[0]"));
    }

    [Fact]
    public async Task Diff_EdgesUnknownDuringPreview_UpdateNotReplace()
    {
        var harness = Handler();

        var diff = await DiffOf(harness, Inputs(), Inputs().Set("dataflowEdges", Edges(Edge(PropertyValue.Computed, Endpoint))));

        Assert.Empty(diff.Replaces);
        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff["dataflowEdges"].Kind);
    }

    [Theory]
    [InlineData("telemetrySinkConfigArn")]
    [InlineData("streamsKmsKey")]
    [InlineData("streamsKmsRole")]
    public async Task Diff_OptionalMemberRemoved_ReplacesBecauseUpdateCannotClearIt(string property)
    {
        var harness = Handler();

        var diff = await DiffOf(harness, Inputs(), Inputs().Remove(property));

        Assert.Equal([property], diff.Replaces);
        Assert.Equal(PropertyDiffKind.DeleteReplace, diff.DetailedDiff[property].Kind);
        Assert.False(diff.DeleteBeforeReplace);
        Assert.Empty(diff.Stables);
        harness.VerifyWarning(m => m.Contains("will be replaced", StringComparison.Ordinal), Times.Once());
    }

    [Theory]
    [InlineData("contactPrePassDurationSeconds")]
    [InlineData("contactPostPassDurationSeconds")]
    public async Task Diff_DurationRemoved_LeftToAwsNoChange(string property)
    {
        var harness = Handler();

        var diff = await DiffOf(harness, Inputs(), Inputs().Remove(property));

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public async Task Diff_TelemetrySinkAdded_InPlaceAdd()
    {
        var harness = Handler();

        var diff = await DiffOf(harness, Inputs().Remove("telemetrySinkConfigArn"), Inputs());

        Assert.Empty(diff.Replaces);
        Assert.Equal(PropertyDiffKind.Add, diff.DetailedDiff["telemetrySinkConfigArn"].Kind);
    }

    [Fact]
    public async Task Diff_KmsKeyKindChanged_DetailedPerMember()
    {
        var harness = Handler();
        var news = Inputs().Set("streamsKmsKey", PropertyValue.Create(new PropertyMap().Set("kmsAliasName", "alias/gs")));

        var diff = await DiffOf(harness, Inputs(), news);

        Assert.Empty(diff.Replaces);
        Assert.Equal(PropertyDiffKind.Delete, diff.DetailedDiff["streamsKmsKey.kmsKeyArn"].Kind);
        Assert.Equal(PropertyDiffKind.Add, diff.DetailedDiff["streamsKmsKey.kmsAliasName"].Kind);
    }

    [Fact]
    public async Task Diff_TagsOnly_InPlacePerKeyWithoutWarning()
    {
        var harness = Handler();
        var news = Inputs().Set("tags", PropertyValue.Create(new PropertyMap().Set("team", "ops").Set("a.b", "x")));

        var diff = await DiffOf(harness, Inputs(), news);

        Assert.Empty(diff.Replaces);
        Assert.Equal(PropertyDiffKind.Delete, diff.DetailedDiff["tags.mission"].Kind);
        Assert.Equal(PropertyDiffKind.Add, diff.DetailedDiff["tags.team"].Kind);
        Assert.Equal(PropertyDiffKind.Add, diff.DetailedDiff["tags[\"a.b\"]"].Kind);
        harness.VerifyNoWarning();
    }

    [Fact]
    public async Task Diff_IgnoredChange_NotReported()
    {
        var harness = Handler();

        var diff = await DiffOf(harness, Inputs(), Inputs().Set("name", "other").Remove("telemetrySinkConfigArn"), "name", "telemetrySinkConfigArn");

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public async Task Diff_SecretWrapperOnly_NoChanges()
    {
        var harness = Handler();

        var diff = await DiffOf(harness, Inputs(), Inputs().Set("streamsKmsRole", PropertyValue.Secret(RoleArn)));

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public async Task Diff_ServerSetOutputsInOldState_NeverDiff()
    {
        var harness = Handler();
        var request = Diff(Inputs(), Inputs()) with { OldInputs = PropertyMap.Empty };

        var diff = await harness.Handler.DiffAsync(request, CancellationToken.None);

        Assert.Equal(DiffChanges.None, diff.Changes);
    }
}
