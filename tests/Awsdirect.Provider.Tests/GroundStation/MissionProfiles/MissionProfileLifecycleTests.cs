using System.Net;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Moq;
using static Awsdirect.Provider.Tests.GroundStation.MissionProfiles.MissionProfileFixtures;

namespace Awsdirect.Provider.Tests.GroundStation.MissionProfiles;

public class MissionProfileLifecycleTests
{
    private static void SetupGet(GroundStationHarness harness, GetMissionProfileResponse response) =>
        harness.Api.Setup(a => a.GetMissionProfileAsync(It.Is<GetMissionProfileRequest>(r => r.MissionProfileId == ProfileId), It.IsAny<CancellationToken>()))
            .ReturnsAsync(response);

    private static void SetupUpdate(GroundStationHarness harness, List<UpdateMissionProfileRequest> sent) =>
        harness.Api.Setup(a => a.UpdateMissionProfileAsync(It.IsAny<UpdateMissionProfileRequest>(), It.IsAny<CancellationToken>()))
            .Callback<UpdateMissionProfileRequest, CancellationToken>((r, _) => sent.Add(r))
            .ReturnsAsync(new MissionProfileIdResponse { MissionProfileId = ProfileId });

    [Fact]
    public async Task Create_Preview_NoAwsCallsAndUnknownOutputs()
    {
        var harness = Handler();

        var result = await harness.Handler.CreateAsync(new CreateRequest(Urn, Inputs(), Preview: true), CancellationToken.None);

        harness.Api.VerifyNoOtherCalls();
        Assert.True(result.Outputs["arn"].IsComputed);
        Assert.True(result.Outputs["missionProfileId"].IsComputed);
        Assert.True(result.Outputs["region"].IsComputed);
        Assert.Equal(Inputs()["dataflowEdges"], result.Outputs["dataflowEdges"]);
    }

    [Fact]
    public async Task Create_OneCall_EdgesSentAsFromToPairsAndArnFromTrackingConfig()
    {
        var harness = Handler();
        CreateMissionProfileRequest? sent = null;
        harness.Api.Setup(a => a.CreateMissionProfileAsync(It.IsAny<CreateMissionProfileRequest>(), It.IsAny<CancellationToken>()))
            .Callback<CreateMissionProfileRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new MissionProfileIdResponse { MissionProfileId = ProfileId });

        var result = await harness.Handler.CreateAsync(new CreateRequest(Urn, Inputs().Set("__defaults", PropertyValue.Create(Array.Empty<PropertyValue>())), Preview: false), CancellationToken.None);

        Assert.Equal(ProfileId, result.Id);
        Assert.Equal(ProfileArn, result.Outputs["arn"].StringValue);
        Assert.Equal(Region, result.Outputs["region"].StringValue);
        Assert.False(result.Outputs.ContainsKey("__defaults"));
        Assert.Equal([DemodDecode + "/UncodedFramesEgress", Endpoint], sent!.DataflowEdges[0]);
        Assert.Equal([Downlink, S3Recording], sent.DataflowEdges[1]);
        Assert.Equal((60, 120, 180), (sent.MinimumViableContactDurationSeconds, sent.ContactPrePassDurationSeconds, sent.ContactPostPassDurationSeconds));
        Assert.Equal(KeyArn, sent.StreamsKmsKey!.KmsKeyArn);
        Assert.Null(sent.StreamsKmsKey.KmsAliasName);
        Assert.Equal("jpss-1", sent.Tags!["mission"]);
        harness.Api.Verify(a => a.CreateMissionProfileAsync(It.IsAny<CreateMissionProfileRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Create_NoTags_SendsNoTagMap()
    {
        var harness = Handler();
        CreateMissionProfileRequest? sent = null;
        harness.Api.Setup(a => a.CreateMissionProfileAsync(It.IsAny<CreateMissionProfileRequest>(), It.IsAny<CancellationToken>()))
            .Callback<CreateMissionProfileRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new MissionProfileIdResponse { MissionProfileId = ProfileId });

        await harness.Handler.CreateAsync(new CreateRequest(Urn, Minimal(), Preview: false), CancellationToken.None);

        Assert.Null(sent!.Tags);
        Assert.Null(sent.ContactPrePassDurationSeconds);
        Assert.Null(sent.StreamsKmsKey);
    }

    [Fact]
    public async Task Create_AwsRejects_ResourceExceptionWithAwsMessage()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.CreateMissionProfileAsync(It.IsAny<CreateMissionProfileRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new AwsServiceException("Ground Station", AwsErrorCodes.ResourceNotFound, "Config " + Endpoint + " referenced by dataflowEdges[0][1] was not found.", (HttpStatusCode)434, "r"));

        var ex = await Assert.ThrowsAsync<ResourceException>(() => harness.Handler.CreateAsync(new CreateRequest(Urn, Inputs(), Preview: false), CancellationToken.None));

        Assert.Contains(Endpoint, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_Refresh_UnchangedProfileKeepsProgramSpelling()
    {
        var harness = Handler();
        var olds = Inputs().Remove("contactPostPassDurationSeconds").Set("streamsKmsRole", PropertyValue.Secret(RoleArn));
        var edges = olds["dataflowEdges"].ArrayValue;
        // AWS reports the edges in another order and a post-pass default the program left out.
        var reported = ReadBack(olds.Set("dataflowEdges", Edges(edges[1], edges[0])).Set("contactPostPassDurationSeconds", 120));
        SetupGet(harness, reported);

        var result = await harness.Handler.ReadAsync(new ReadRequest(Urn, ProfileId, State(olds), olds), CancellationToken.None);

        Assert.Equal(ProfileId, result.Id);
        Assert.Equal(olds, result.Inputs);
        Assert.Equal(120, result.Outputs["contactPostPassDurationSeconds"].NumberValue);
        Assert.Equal(ProfileArn, result.Outputs["arn"].StringValue);
        harness.Api.Verify(a => a.GetMissionProfileAsync(It.IsAny<GetMissionProfileRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Read_Refresh_OutOfBandChangesBecomeInputs()
    {
        var harness = Handler();
        var olds = Inputs();
        var changed = olds.Set("name", "renamed").Remove("telemetrySinkConfigArn").Set("dataflowEdges", Edges(Edge(Downlink, Endpoint2)))
            .Set("tags", PropertyValue.Create(new PropertyMap().Set("owner", "ops")));
        SetupGet(harness, ReadBack(changed));

        var result = await harness.Handler.ReadAsync(new ReadRequest(Urn, ProfileId, State(olds), olds), CancellationToken.None);

        Assert.Equal(changed, result.Inputs);
    }

    [Fact]
    public async Task Read_ImportByArn_RecordsEveryMemberAwsReports()
    {
        var harness = Handler();
        SetupGet(harness, ReadBack(Inputs()));

        var result = await harness.Handler.ReadAsync(new ReadRequest(Urn, ProfileArn, PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None);

        Assert.Equal(ProfileId, result.Id);
        Assert.Equal(Inputs(), result.Inputs);
    }

    [Fact]
    public async Task Read_ImportThenCheckOfMatchingProgram_NoDiff()
    {
        var harness = Handler();
        SetupGet(harness, ReadBack(Inputs()));
        var imported = await harness.Handler.ReadAsync(new ReadRequest(Urn, ProfileId, PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None);
        // The program reorders the edges and leaves the name to be reused.
        var edges = Inputs()["dataflowEdges"].ArrayValue;
        var program = Inputs().Remove("name").Set("dataflowEdges", Edges(edges[1], edges[0]));

        var check = await harness.Handler.CheckAsync(Check(program, imported.Inputs), CancellationToken.None);
        var diff = await harness.Handler.DiffAsync(
            new DiffRequest(Urn, ProfileId, imported.Outputs, imported.Inputs, check.Inputs, []), CancellationToken.None);

        Assert.Empty(check.Failures);
        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public async Task Read_DeletedOutOfBand_NotFound()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.GetMissionProfileAsync(It.IsAny<GetMissionProfileRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(NotFound());

        var result = await harness.Handler.ReadAsync(new ReadRequest(Urn, ProfileId, State(Inputs()), Inputs()), CancellationToken.None);

        Assert.Null(result.Id);
    }

    [Theory]
    [InlineData("jpss1")]
    [InlineData("arn:aws:groundstation:us-east-2:123456789012:config/tracking/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")]
    public async Task Read_ImportIdNotAProfile_ClearErrorWithoutCalls(string id)
    {
        var harness = Handler();

        var ex = await Assert.ThrowsAsync<ResourceException>(() => harness.Handler.ReadAsync(new ReadRequest(Urn, id, PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None));

        Assert.Contains("mission-profile/<uuid>", ex.Message, StringComparison.Ordinal);
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Update_ChangedMembersOnly_OneCallAndWarning()
    {
        var harness = Handler();
        var sent = new List<UpdateMissionProfileRequest>();
        SetupUpdate(harness, sent);
        var olds = Inputs();
        var news = olds.Set("name", "jpss1-v2").Set("dataflowEdges", Edges(olds["dataflowEdges"].ArrayValue[0]));

        var result = await harness.Handler.UpdateAsync(Update(olds, news), CancellationToken.None);

        var request = Assert.Single(sent);
        Assert.Equal(ProfileId, request.MissionProfileId);
        Assert.Equal("jpss1-v2", request.Name);
        Assert.Equal([[DemodDecode + "/UncodedFramesEgress", Endpoint]], request.DataflowEdges);
        Assert.Null(request.TrackingConfigArn);
        Assert.Null(request.MinimumViableContactDurationSeconds);
        Assert.Null(request.StreamsKmsKey);
        Assert.Equal(ProfileArn, result.Outputs["arn"].StringValue);
        Assert.Equal("jpss1-v2", result.Outputs["name"].StringValue);
        harness.Api.Verify(a => a.UpdateMissionProfileAsync(It.IsAny<UpdateMissionProfileRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
        harness.VerifyWarning(m => m.Contains("was updated", StringComparison.Ordinal) && m.Contains("name", StringComparison.Ordinal), Times.Once());
    }

    [Fact]
    public async Task Update_Preview_NoCallsNoWarning()
    {
        var harness = Handler();

        var result = await harness.Handler.UpdateAsync(Update(Inputs(), Inputs().Set("name", "jpss1-v2"), preview: true), CancellationToken.None);

        Assert.Equal("jpss1-v2", result.Outputs["name"].StringValue);
        harness.Api.VerifyNoOtherCalls();
        harness.VerifyNoWarning();
    }

    [Fact]
    public async Task Update_DurationDropped_KeepsAwsValueInOutputsWithoutCalls()
    {
        var harness = Handler();

        var result = await harness.Handler.UpdateAsync(Update(Inputs(), Inputs().Remove("contactPrePassDurationSeconds")), CancellationToken.None);

        Assert.Equal(120, result.Outputs["contactPrePassDurationSeconds"].NumberValue);
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Update_TagsOnly_TagAndUntagWithoutUpdateCallOrWarning()
    {
        var harness = Handler();
        TagResourceRequest? tagged = null;
        UntagResourceRequest? untagged = null;
        harness.Api.Setup(a => a.TagResourceAsync(It.IsAny<TagResourceRequest>(), It.IsAny<CancellationToken>()))
            .Callback<TagResourceRequest, CancellationToken>((r, _) => tagged = r).ReturnsAsync(new TagResourceResponse());
        harness.Api.Setup(a => a.UntagResourceAsync(It.IsAny<UntagResourceRequest>(), It.IsAny<CancellationToken>()))
            .Callback<UntagResourceRequest, CancellationToken>((r, _) => untagged = r).ReturnsAsync(new UntagResourceResponse());
        var news = Inputs().Set("tags", PropertyValue.Create(new PropertyMap().Set("team", "ops")));

        var result = await harness.Handler.UpdateAsync(Update(Inputs(), news), CancellationToken.None);

        Assert.Equal(ProfileArn, tagged!.ResourceArn);
        Assert.Equal("ops", tagged.Tags["team"]);
        Assert.Equal(["mission"], untagged!.TagKeys);
        Assert.Equal("ops", result.Outputs["tags"].ObjectValue["team"].StringValue);
        harness.Api.Verify(a => a.UpdateMissionProfileAsync(It.IsAny<UpdateMissionProfileRequest>(), It.IsAny<CancellationToken>()), Times.Never());
        harness.VerifyNoWarning();
    }

    [Fact]
    public async Task Update_TaggingFailsAfterUpdate_PartialStateWithUpdatedMembersAndOldTags()
    {
        var harness = Handler();
        SetupUpdate(harness, []);
        harness.Api.Setup(a => a.TagResourceAsync(It.IsAny<TagResourceRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new AwsServiceException("Ground Station", "DependencyException", "down", HttpStatusCode.InternalServerError, "r"));
        var news = Inputs().Set("name", "jpss1-v2").Set("tags", PropertyValue.Create(new PropertyMap().Set("mission", "noaa-20")));

        var ex = await Assert.ThrowsAsync<ResourceInitFailedException>(() => harness.Handler.UpdateAsync(Update(Inputs(), news), CancellationToken.None));

        Assert.Equal(ProfileId, ex.Id);
        Assert.Equal("jpss1-v2", ex.Outputs["name"].StringValue);
        Assert.Equal("jpss-1", ex.Outputs["tags"].ObjectValue["mission"].StringValue);
    }

    [Fact]
    public async Task Update_ProfileGone_TellsToRefresh()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.UpdateMissionProfileAsync(It.IsAny<UpdateMissionProfileRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(NotFound());

        var ex = await Assert.ThrowsAsync<ResourceException>(() => harness.Handler.UpdateAsync(Update(Inputs(), Inputs().Set("name", "x")), CancellationToken.None));

        Assert.Contains("pulumi refresh", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_ClearingTelemetrySink_RefusedAsReplacement()
    {
        var harness = Handler();

        var ex = await Assert.ThrowsAsync<ResourceException>(() => harness.Handler.UpdateAsync(Update(Inputs(), Inputs().Remove("telemetrySinkConfigArn")), CancellationToken.None));

        Assert.Contains("telemetrySinkConfigArn", ex.Message, StringComparison.Ordinal);
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Delete_OneCall()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.DeleteMissionProfileAsync(It.Is<DeleteMissionProfileRequest>(r => r.MissionProfileId == ProfileId), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new MissionProfileIdResponse { MissionProfileId = ProfileId });

        await harness.Handler.DeleteAsync(new DeleteRequest(Urn, ProfileId, State(Inputs()), Inputs()), CancellationToken.None);

        harness.Api.Verify(a => a.DeleteMissionProfileAsync(It.IsAny<DeleteMissionProfileRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Delete_AlreadyGone_Succeeds()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.DeleteMissionProfileAsync(It.IsAny<DeleteMissionProfileRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(NotFound());

        await harness.Handler.DeleteAsync(new DeleteRequest(Urn, ProfileId, State(Inputs()), Inputs()), CancellationToken.None);

        harness.Api.Verify(a => a.DeleteMissionProfileAsync(It.IsAny<DeleteMissionProfileRequest>(), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task Delete_OtherError_ResourceException()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.DeleteMissionProfileAsync(It.IsAny<DeleteMissionProfileRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new AwsServiceException("Ground Station", AwsErrorCodes.InvalidParameter, "profile has scheduled contacts", (HttpStatusCode)431, "r"));

        var ex = await Assert.ThrowsAsync<ResourceException>(() => harness.Handler.DeleteAsync(new DeleteRequest(Urn, ProfileId, State(Inputs()), Inputs()), CancellationToken.None));

        Assert.Contains("scheduled contacts", ex.Message, StringComparison.Ordinal);
    }
}
