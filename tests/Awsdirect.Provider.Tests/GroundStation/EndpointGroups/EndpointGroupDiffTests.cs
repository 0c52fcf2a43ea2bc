using System.Collections.Immutable;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Moq;
using static Awsdirect.Provider.Tests.GroundStation.EndpointGroups.EndpointGroupFixtures;

namespace Awsdirect.Provider.Tests.GroundStation.EndpointGroups;

public class EndpointGroupDiffTests
{
    private static async Task<(DiffResult Diff, GroundStationHarness Harness)> Diff(PropertyMap olds, PropertyMap news, bool v2 = false)
    {
        var harness = Handler(v2);
        var diff = await harness.Handler.DiffAsync(EndpointGroupFixtures.Diff(olds, news), CancellationToken.None);
        harness.Api.VerifyNoOtherCalls();
        return (diff, harness);
    }

    [Fact]
    public async Task Diff_SameInputs_NoChangesAndNoWarning()
    {
        var (diff, harness) = await Diff(V1(DataflowEndpointJson), V1(DataflowEndpointJson));

        Assert.Equal(DiffChanges.None, diff.Changes);
        harness.Log.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Diff_PortChanged_ReplacesCreateBeforeDelete()
    {
        var news = With(V1(DataflowEndpointJson), "endpointDetails[0].endpoint.address.port", 55999);

        var (diff, _) = await Diff(V1(DataflowEndpointJson), news);

        Assert.Equal(["endpointDetails"], diff.Replaces);
        Assert.False(diff.DeleteBeforeReplace);
        Assert.Equal(PropertyDiffKind.UpdateReplace, diff.DetailedDiff["endpointDetails"].Kind);
    }

    [Theory]
    [InlineData("contactPrePassDurationSeconds")]
    [InlineData("contactPostPassDurationSeconds")]
    public async Task Diff_DurationChanged_Replaces(string property)
    {
        var (diff, _) = await Diff(V1(DataflowEndpointJson), V1(DataflowEndpointJson).Set(property, 300));

        Assert.Equal([property], diff.Replaces);
    }

    [Fact]
    public async Task Diff_DurationRemoved_ReplacesAsDelete()
    {
        var (diff, _) = await Diff(V1(DataflowEndpointJson), V1(DataflowEndpointJson).Remove("contactPrePassDurationSeconds"));

        Assert.Equal(PropertyDiffKind.DeleteReplace, diff.DetailedDiff["contactPrePassDurationSeconds"].Kind);
    }

    [Fact]
    public async Task Diff_Replace_WarnsThatScheduledContactsLoseTheGroup()
    {
        var (_, harness) = await Diff(V1(DataflowEndpointJson), V1(DataflowEndpointJson).Set("contactPostPassDurationSeconds", 300));

        harness.VerifyWarning(m => m.Contains(GroupId, StringComparison.Ordinal) && m.Contains("Contacts already scheduled", StringComparison.Ordinal), Times.Once());
    }

    [Fact]
    public async Task Diff_TagsOnly_UpdatesInPlaceWithoutWarning()
    {
        var news = V1(DataflowEndpointJson).Set("tags", PropertyValue.Create(new PropertyMap().Set("mission", "noaa-20")));

        var (diff, harness) = await Diff(V1(DataflowEndpointJson), news);

        Assert.Equal(DiffChanges.Some, diff.Changes);
        Assert.Empty(diff.Replaces);
        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff["tags"].Kind);
        Assert.Contains("arn", diff.Stables);
        harness.Log.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Diff_EntriesReordered_NoChanges()
    {
        var second = DataflowEndpointJson.Replace("jpss1-downlink", "jpss1-second", StringComparison.Ordinal);

        var (diff, _) = await Diff(V1(DataflowEndpointJson, second), V1(second, DataflowEndpointJson));

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public async Task Diff_SubnetsReordered_NoChanges()
    {
        var news = With(V1(DataflowEndpointJson), "endpointDetails[0].securityDetails.subnetIds",
            PropertyValue.Create(["subnet-0fedcba9876543210", "subnet-0123456789abcdef0"]));

        var (diff, _) = await Diff(V1(DataflowEndpointJson), news);

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public async Task Diff_OldStateWithServerFields_NoChanges()
    {
        var olds = With(V1(DataflowEndpointJson), "endpointDetails[0].healthStatus", "UNHEALTHY");

        var (diff, _) = await Diff(olds, V1(DataflowEndpointJson));

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public async Task Diff_UnknownEndpoints_Replaces()
    {
        var (diff, _) = await Diff(V1(DataflowEndpointJson), V1(DataflowEndpointJson).Set("endpointDetails", PropertyValue.Computed));

        Assert.Equal(["endpointDetails"], diff.Replaces);
    }

    [Fact]
    public async Task Diff_UnknownTags_UpdateOnly()
    {
        var (diff, _) = await Diff(V1(DataflowEndpointJson), V1(DataflowEndpointJson).Set("tags", PropertyValue.Computed));

        Assert.Empty(diff.Replaces);
        Assert.True(diff.DetailedDiff.ContainsKey("tags"));
    }

    [Fact]
    public async Task Diff_SecretWrappedSameValue_NoChanges()
    {
        var news = With(V1(DataflowEndpointJson), "endpointDetails[0].securityDetails.roleArn",
            PropertyValue.Secret("arn:aws:iam::123456789012:role/GroundStationDataflowRole"));

        var (diff, _) = await Diff(V1(DataflowEndpointJson), news);

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public async Task Diff_IgnoredProperty_NotReplaced()
    {
        var harness = Handler();
        var request = EndpointGroupFixtures.Diff(V1(DataflowEndpointJson), V1(DataflowEndpointJson).Set("contactPrePassDurationSeconds", 300))
            with
        { IgnoreChanges = ["contactPrePassDurationSeconds"] };

        var diff = await harness.Handler.DiffAsync(request, CancellationToken.None);

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public async Task Diff_V2EndpointChanged_ReplacesEndpoints()
    {
        var news = V2(DownlinkV2Json.Replace("50010", "50011", StringComparison.Ordinal));

        var (diff, _) = await Diff(V2(DownlinkV2Json), news, v2: true);

        Assert.Equal(["endpoints"], diff.Replaces);
    }

    [Fact]
    public async Task Diff_NoOldInputs_FallsBackToOldState()
    {
        var harness = Handler();
        var state = V1(DataflowEndpointJson).Set("arn", GroupArn);
        var request = new DiffRequest(Urn, GroupId, state, PropertyMap.Empty, V1(DataflowEndpointJson), ImmutableArray<string>.Empty);

        var diff = await harness.Handler.DiffAsync(request, CancellationToken.None);

        Assert.Equal(DiffChanges.None, diff.Changes);
    }
}
