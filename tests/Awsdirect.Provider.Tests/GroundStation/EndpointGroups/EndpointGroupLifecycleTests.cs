using System.Collections.Immutable;
using System.Net;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Moq;
using static Awsdirect.Provider.Tests.GroundStation.EndpointGroups.EndpointGroupFixtures;

namespace Awsdirect.Provider.Tests.GroundStation.EndpointGroups;

public class EndpointGroupLifecycleTests
{
    private static AwsServiceException NotFound() =>
        new("Ground Station", AwsErrorCodes.ResourceNotFound, "Dataflow endpoint group not found", (HttpStatusCode)434, "req-1");

    private static AwsServiceException InUse() =>
        new("Ground Station", AwsErrorCodes.InvalidParameter, $"Dataflow endpoint group {GroupId} is in use by mission profile(s) 9f0e.", (HttpStatusCode)431, "req-2", "dataflowEndpointGroupId");

    private static void SetupGet(GroundStationHarness harness, GetDataflowEndpointGroupResponse response) =>
        harness.Api.Setup(a => a.GetDataflowEndpointGroupAsync(It.Is<GetDataflowEndpointGroupRequest>(r => r.DataflowEndpointGroupId == GroupId), It.IsAny<CancellationToken>()))
            .ReturnsAsync(response);

    [Fact]
    public async Task Create_Preview_NoAwsCallsAndUnknownOutputs()
    {
        var harness = Handler();

        var result = await harness.Handler.CreateAsync(new CreateRequest(Urn, V1(DataflowEndpointJson), Preview: true), CancellationToken.None);

        harness.Api.VerifyNoOtherCalls();
        Assert.True(result.Outputs["arn"].IsComputed);
        Assert.True(result.Outputs["dataflowEndpointGroupId"].IsComputed);
        Assert.Equal(V1(DataflowEndpointJson)["endpointDetails"], result.Outputs["endpointDetails"]);
    }

    [Fact]
    public async Task Create_SendsOneCreateAndOneGet_RecordsUuidAndArn()
    {
        var harness = Handler();
        var inputs = V1(DataflowEndpointJson);
        CreateDataflowEndpointGroupRequest? sent = null;
        harness.Api.Setup(a => a.CreateDataflowEndpointGroupAsync(It.IsAny<CreateDataflowEndpointGroupRequest>(), It.IsAny<CancellationToken>()))
            .Callback<CreateDataflowEndpointGroupRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new DataflowEndpointGroupIdResponse { DataflowEndpointGroupId = GroupId });
        SetupGet(harness, ReadBack(inputs));

        var result = await harness.Handler.CreateAsync(new CreateRequest(Urn, inputs, Preview: false), CancellationToken.None);

        Assert.Equal(GroupId, result.Id);
        Assert.Equal(GroupArn, result.Outputs["arn"].StringValue);
        Assert.Equal(GroupId, result.Outputs["dataflowEndpointGroupId"].StringValue);
        Assert.Equal("HEALTHY", result.Outputs["endpointsHealth"].ArrayValue[0].ObjectValue["healthStatus"].StringValue);
        Assert.Equal(55888, sent!.EndpointDetails[0].Endpoint!.Address!.Port);
        Assert.Equal("jpss-1", sent.Tags!["mission"]);
        Assert.Equal(120, sent.ContactPrePassDurationSeconds);
        harness.Api.Verify(a => a.CreateDataflowEndpointGroupAsync(It.IsAny<CreateDataflowEndpointGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.Verify(a => a.GetDataflowEndpointGroupAsync(It.IsAny<GetDataflowEndpointGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Create_V2_UsesV2Operation()
    {
        var harness = Handler(v2: true);
        var inputs = V2(DownlinkV2Json, UplinkV2Json);
        CreateDataflowEndpointGroupV2Request? sent = null;
        harness.Api.Setup(a => a.CreateDataflowEndpointGroupV2Async(It.IsAny<CreateDataflowEndpointGroupV2Request>(), It.IsAny<CancellationToken>()))
            .Callback<CreateDataflowEndpointGroupV2Request, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new CreateDataflowEndpointGroupV2Response { DataflowEndpointGroupId = GroupId });
        SetupGet(harness, ReadBack(inputs, "endpoints"));

        var result = await harness.Handler.CreateAsync(new CreateRequest(Urn, inputs, Preview: false), CancellationToken.None);

        Assert.Equal(GroupId, result.Id);
        Assert.Equal(2, sent!.Endpoints.Count);
        Assert.Equal(43000, sent.Endpoints[0].DownlinkAwsGroundStationAgentEndpoint!.DataflowDetails.AgentConnectionDetails!.AgentIpAndPortAddress.SocketAddress.PortRange.Minimum);
    }

    [Fact]
    public async Task Create_ReadBackFails_ReportsPartialStateWithId()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.CreateDataflowEndpointGroupAsync(It.IsAny<CreateDataflowEndpointGroupRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DataflowEndpointGroupIdResponse { DataflowEndpointGroupId = GroupId });
        harness.Api.Setup(a => a.GetDataflowEndpointGroupAsync(It.IsAny<GetDataflowEndpointGroupRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new AwsServiceException("Ground Station", "DependencyException", "boom", HttpStatusCode.InternalServerError, "r"));

        var ex = await Assert.ThrowsAsync<ResourceInitFailedException>(() =>
            harness.Handler.CreateAsync(new CreateRequest(Urn, V1(DataflowEndpointJson), Preview: false), CancellationToken.None));

        Assert.Equal(GroupId, ex.Id);
        Assert.False(ex.Outputs.ContainsKey("arn"));
        Assert.DoesNotContain(ex.Outputs.Values, v => v.ContainsUnknowns());
    }

    [Fact]
    public async Task Create_AwsRejects_ClearErrorNothingRecorded()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.CreateDataflowEndpointGroupAsync(It.IsAny<CreateDataflowEndpointGroupRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new AwsServiceException("Ground Station", AwsErrorCodes.InvalidParameter, "bad role", (HttpStatusCode)431, "r"));

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.CreateAsync(new CreateRequest(Urn, V1(DataflowEndpointJson), Preview: false), CancellationToken.None));

        Assert.Contains("bad role", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_Gone_ReturnsNotFound()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.GetDataflowEndpointGroupAsync(It.IsAny<GetDataflowEndpointGroupRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(NotFound());

        var result = await harness.Handler.ReadAsync(new ReadRequest(Urn, GroupId, V1(DataflowEndpointJson), V1(DataflowEndpointJson)), CancellationToken.None);

        Assert.Null(result.Id);
    }

    [Fact]
    public async Task Read_Import_InputsMatchProgramSoNoDiff()
    {
        var harness = Handler();
        var program = V1(DataflowEndpointJson);
        SetupGet(harness, ReadBack(program));

        var read = await harness.Handler.ReadAsync(new ReadRequest(Urn, GroupId, PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None);
        var diff = await harness.Handler.DiffAsync(new DiffRequest(Urn, GroupId, read.Outputs, read.Inputs, program, ImmutableArray<string>.Empty), CancellationToken.None);

        Assert.Equal(GroupId, read.Id);
        Assert.False(read.Inputs["endpointDetails"].ArrayValue[0].ObjectValue.ContainsKey("healthStatus"));
        Assert.Equal(DiffChanges.None, diff.Changes);
        harness.Api.Verify(a => a.GetDataflowEndpointGroupAsync(It.IsAny<GetDataflowEndpointGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Read_ImportByArn_UsesUuid()
    {
        var harness = Handler();
        SetupGet(harness, ReadBack(V1(DataflowEndpointJson)));

        var read = await harness.Handler.ReadAsync(new ReadRequest(Urn, GroupArn, PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None);

        Assert.Equal(GroupId, read.Id);
    }

    [Fact]
    public async Task Read_MalformedId_ClearErrorWithoutAwsCall()
    {
        var harness = Handler();

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.ReadAsync(new ReadRequest(Urn, "my-group", PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None));

        Assert.Contains("UUID", ex.Message, StringComparison.Ordinal);
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Read_V2GroupAsV1_NamesTheRightType()
    {
        var harness = Handler();
        SetupGet(harness, ReadBack(V2(DownlinkV2Json), "endpoints"));

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.ReadAsync(new ReadRequest(Urn, GroupId, PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None));

        Assert.Contains("DataflowEndpointGroupV2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_Refresh_KeepsProgramOrderAndOmittedDefaults()
    {
        var harness = Handler();
        var second = DataflowEndpointJson.Replace("jpss1-downlink", "jpss1-second", StringComparison.Ordinal);
        var program = V1(DataflowEndpointJson, second).Remove("contactPrePassDurationSeconds");
        // AWS reports the entries the other way round and its default pre-pass duration.
        var aws = ReadBack(V1(second, DataflowEndpointJson).Set("contactPrePassDurationSeconds", 120));
        SetupGet(harness, aws);

        var read = await harness.Handler.ReadAsync(new ReadRequest(Urn, GroupId, program, program), CancellationToken.None);

        Assert.Equal(program["endpointDetails"], read.Inputs["endpointDetails"]);
        Assert.False(read.Inputs.ContainsKey("contactPrePassDurationSeconds"));
        Assert.Equal(120, read.Outputs["contactPrePassDurationSeconds"].NumberValue);
    }

    [Fact]
    public async Task Read_Refresh_OutOfBandTagChangeShowsInInputs()
    {
        var harness = Handler();
        var program = V1(DataflowEndpointJson);
        SetupGet(harness, ReadBack(program.Set("tags", PropertyValue.Create(new PropertyMap().Set("mission", "changed")))));

        var read = await harness.Handler.ReadAsync(new ReadRequest(Urn, GroupId, program, program), CancellationToken.None);

        Assert.Equal("changed", read.Inputs["tags"].ObjectValue["mission"].StringValue);
    }

    [Fact]
    public async Task Update_TagsChanged_TagsAndUntagsOnlyByArn()
    {
        var harness = Handler();
        var olds = V1(DataflowEndpointJson).Set("tags", PropertyValue.Create(new PropertyMap().Set("mission", "jpss-1").Set("old", "x")));
        var news = V1(DataflowEndpointJson).Set("tags", PropertyValue.Create(new PropertyMap().Set("mission", "noaa-20")));
        harness.Api.Setup(a => a.TagResourceAsync(It.Is<TagResourceRequest>(r => r.ResourceArn == GroupArn && r.Tags["mission"] == "noaa-20" && r.Tags.Count == 1), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TagResourceResponse());
        harness.Api.Setup(a => a.UntagResourceAsync(It.Is<UntagResourceRequest>(r => r.ResourceArn == GroupArn && r.TagKeys.SequenceEqual(new[] { "old" })), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new UntagResourceResponse());

        var result = await harness.Handler.UpdateAsync(
            new UpdateRequest(Urn, GroupId, olds.Set("arn", GroupArn), olds, news, Preview: false, ImmutableArray<string>.Empty), CancellationToken.None);

        Assert.Equal("noaa-20", result.Outputs["tags"].ObjectValue["mission"].StringValue);
        Assert.Equal(GroupArn, result.Outputs["arn"].StringValue);
        harness.Api.VerifyAll();
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Update_Preview_NoAwsCalls()
    {
        var harness = Handler();
        var news = V1(DataflowEndpointJson).Set("tags", PropertyValue.Computed);

        var result = await harness.Handler.UpdateAsync(
            new UpdateRequest(Urn, GroupId, V1(DataflowEndpointJson).Set("arn", GroupArn), V1(DataflowEndpointJson), news, Preview: true, ImmutableArray<string>.Empty), CancellationToken.None);

        Assert.True(result.Outputs["tags"].IsComputed);
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Update_UntagFailsAfterTag_ReportsPartialState()
    {
        var harness = Handler();
        var olds = V1(DataflowEndpointJson).Set("tags", PropertyValue.Create(new PropertyMap().Set("a", "1")));
        var news = V1(DataflowEndpointJson).Set("tags", PropertyValue.Create(new PropertyMap().Set("b", "2")));
        harness.Api.Setup(a => a.TagResourceAsync(It.IsAny<TagResourceRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new TagResourceResponse());
        harness.Api.Setup(a => a.UntagResourceAsync(It.IsAny<UntagResourceRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new AwsServiceException("Ground Station", "DependencyException", "down", HttpStatusCode.InternalServerError, "r"));

        var ex = await Assert.ThrowsAsync<ResourceInitFailedException>(() => harness.Handler.UpdateAsync(
            new UpdateRequest(Urn, GroupId, olds.Set("arn", GroupArn), olds, news, Preview: false, ImmutableArray<string>.Empty), CancellationToken.None));

        var recorded = ex.Outputs["tags"].ObjectValue;
        Assert.Equal("1", recorded["a"].StringValue);
        Assert.Equal("2", recorded["b"].StringValue);
    }

    [Fact]
    public async Task Update_NonTagChange_Refused()
    {
        var harness = Handler();

        await Assert.ThrowsAsync<ResourceException>(() => harness.Handler.UpdateAsync(
            new UpdateRequest(Urn, GroupId, V1(DataflowEndpointJson), V1(DataflowEndpointJson), V1(DataflowEndpointJson).Set("contactPrePassDurationSeconds", 200),
                Preview: false, ImmutableArray<string>.Empty), CancellationToken.None));
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Delete_AlreadyGone_Succeeds()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.DeleteDataflowEndpointGroupAsync(It.IsAny<DeleteDataflowEndpointGroupRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(NotFound());

        await harness.Handler.DeleteAsync(new DeleteRequest(Urn, GroupId, PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None);

        harness.Api.Verify(a => a.DeleteDataflowEndpointGroupAsync(It.IsAny<DeleteDataflowEndpointGroupRequest>(), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task Delete_InUseByMissionProfile_ClearError()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.DeleteDataflowEndpointGroupAsync(It.IsAny<DeleteDataflowEndpointGroupRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(InUse());

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.DeleteAsync(new DeleteRequest(Urn, GroupId, PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None));

        Assert.Contains("mission profile still uses it", ex.Message, StringComparison.Ordinal);
        Assert.Contains("9f0e", ex.Message, StringComparison.Ordinal);
        harness.Log.Verify(l => l.LogAsync(LogSeverity.Warning, It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<bool>()), Times.Never());
    }

    [Fact]
    public async Task Delete_Succeeds_WarnsAboutScheduledContacts()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.DeleteDataflowEndpointGroupAsync(It.Is<DeleteDataflowEndpointGroupRequest>(r => r.DataflowEndpointGroupId == GroupId), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DataflowEndpointGroupIdResponse { DataflowEndpointGroupId = GroupId });

        await harness.Handler.DeleteAsync(new DeleteRequest(Urn, GroupId, PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None);

        harness.VerifyWarning(m => m.Contains("already scheduled", StringComparison.Ordinal), Times.Once());
    }
}
