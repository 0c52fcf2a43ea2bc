using System.Collections.Immutable;
using System.Net;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Moq;
using static Awsdirect.Provider.Tests.GroundStation.Configs.ConfigFixtures;

namespace Awsdirect.Provider.Tests.GroundStation.Configs;

public class ConfigLifecycleTests
{
    private const string DemodType = "antenna-downlink-demod-decode";
    private const string CentreValue = "configData.antennaDownlinkDemodDecodeConfig.spectrumConfig.centerFrequency.value";

    private static void SetupGet(GroundStationHarness harness, GetConfigResponse response, string type = DemodType) =>
        harness.Api.Setup(a => a.GetConfigAsync(It.Is<GetConfigRequest>(r => r.ConfigId == ConfigId && r.ConfigType == type), It.IsAny<CancellationToken>()))
            .ReturnsAsync(response);

    private static ConfigIdResponse Answer(string kind = "antennaDownlinkDemodDecodeConfig") =>
        new() { ConfigId = ConfigId, ConfigType = TypeOf(kind), ConfigArn = ArnOf(kind) };

    [Fact]
    public async Task Create_Preview_NoAwsCallsTypeKnownIdUnknown()
    {
        var harness = Handler();

        var result = await harness.Handler.CreateAsync(new CreateRequest(Urn, Inputs(), Preview: true), CancellationToken.None);

        harness.Api.VerifyNoOtherCalls();
        Assert.True(result.Outputs["arn"].IsComputed);
        Assert.True(result.Outputs["configId"].IsComputed);
        Assert.Equal(DemodType, result.Outputs["configType"].StringValue);
    }

    [Fact]
    public async Task Create_OneCreateConfigCall_RecordsUuidArnAndType()
    {
        var harness = Handler();
        CreateConfigRequest? sent = null;
        harness.Api.Setup(a => a.CreateConfigAsync(It.IsAny<CreateConfigRequest>(), It.IsAny<CancellationToken>()))
            .Callback<CreateConfigRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(Answer());
        var inputs = Inputs().Set("__defaults", PropertyValue.Create([PropertyValue.Create("name")]));

        var result = await harness.Handler.CreateAsync(new CreateRequest(Urn, inputs, Preview: false), CancellationToken.None);

        Assert.Equal(ConfigId, result.Id);
        Assert.Equal(ArnOf("antennaDownlinkDemodDecodeConfig"), result.Outputs["arn"].StringValue);
        Assert.Equal(DemodType, result.Outputs["configType"].StringValue);
        Assert.Equal(ConfigId, result.Outputs["configId"].StringValue);
        Assert.False(result.Outputs.ContainsKey("__defaults"));
        Assert.Equal("jpss1-downlink", sent!.Name);
        Assert.Equal(7812, sent.ConfigData.AntennaDownlinkDemodDecodeConfig!.SpectrumConfig.CenterFrequency.Value);
        Assert.Equal(DemodJson, sent.ConfigData.AntennaDownlinkDemodDecodeConfig.DemodulationConfig.UnvalidatedJSON);
        Assert.Equal("jpss-1", sent.Tags!["mission"]);
        harness.Api.Verify(a => a.CreateConfigAsync(It.IsAny<CreateConfigRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Create_AnswerWithoutArn_ReadsItBackOnce()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.CreateConfigAsync(It.IsAny<CreateConfigRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Answer() with { ConfigArn = null });
        SetupGet(harness, ReadBack(Inputs()));

        var result = await harness.Handler.CreateAsync(new CreateRequest(Urn, Inputs(), Preview: false), CancellationToken.None);

        Assert.Equal(ArnOf("antennaDownlinkDemodDecodeConfig"), result.Outputs["arn"].StringValue);
        harness.Api.Verify(a => a.GetConfigAsync(It.IsAny<GetConfigRequest>(), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task Create_AwsRejects_ClearErrorNothingRecorded()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.CreateConfigAsync(It.IsAny<CreateConfigRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new AwsServiceException("Ground Station", AwsErrorCodes.InvalidParameter, "bad frequency", (HttpStatusCode)431, "r"));

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.CreateAsync(new CreateRequest(Urn, Inputs(), Preview: false), CancellationToken.None));

        Assert.Contains("bad frequency", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_Refresh_UnchangedConfigKeepsProgramSpellingSoNoDiff()
    {
        var harness = Handler();
        var aws = ReadBack(With(Inputs(), "configData.antennaDownlinkDemodDecodeConfig.demodulationConfig.unvalidatedJSON",
            Newtonsoft.Json.Linq.JObject.Parse(DemodJson).ToString()));
        SetupGet(harness, aws);

        var result = await harness.Handler.ReadAsync(new ReadRequest(Urn, ConfigId, State(Inputs()), Inputs()), CancellationToken.None);

        Assert.Equal(Inputs(), result.Inputs);
        Assert.Equal(ConfigId, result.Id);
        Assert.Equal(ArnOf("antennaDownlinkDemodDecodeConfig"), result.Outputs["arn"].StringValue);
        harness.Api.Verify(a => a.GetConfigAsync(It.IsAny<GetConfigRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Read_RefreshAfterOutOfBandChange_NextDiffShowsIt()
    {
        var harness = Handler();
        SetupGet(harness, ReadBack(With(Inputs(), CentreValue, 8100)));

        var result = await harness.Handler.ReadAsync(new ReadRequest(Urn, ConfigId, State(Inputs()), Inputs()), CancellationToken.None);
        var diff = await harness.Handler.DiffAsync(new DiffRequest(Urn, ConfigId, result.Outputs, result.Inputs, Inputs(), ImmutableArray<string>.Empty), CancellationToken.None);

        Assert.Equal(8100, result.Outputs["configData"].ObjectValue["antennaDownlinkDemodDecodeConfig"].ObjectValue["spectrumConfig"]
            .ObjectValue["centerFrequency"].ObjectValue["value"].NumberValue);
        Assert.Equal([CentreValue], diff.DetailedDiff.Keys);
    }

    [Fact]
    public async Task Read_Gone_ReturnsNotFound()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.GetConfigAsync(It.IsAny<GetConfigRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(NotFound());

        var result = await harness.Handler.ReadAsync(new ReadRequest(Urn, ConfigId, State(Inputs()), Inputs()), CancellationToken.None);

        Assert.Null(result.Id);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Read_ImportByArnOrTypeAndId_OneGetAndInputsMatchProgram(bool byArn)
    {
        var harness = Handler();
        SetupGet(harness, ReadBack(Inputs()));
        var importId = byArn ? ArnOf("antennaDownlinkDemodDecodeConfig") : $"{DemodType}/{ConfigId}";

        var imported = await harness.Handler.ReadAsync(new ReadRequest(Urn, importId, PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None);
        var check = await harness.Handler.CheckAsync(Check(Inputs(), imported.Inputs), CancellationToken.None);
        var diff = await harness.Handler.DiffAsync(new DiffRequest(Urn, imported.Id!, imported.Outputs, imported.Inputs, check.Inputs, ImmutableArray<string>.Empty), CancellationToken.None);

        Assert.Equal(ConfigId, imported.Id);
        Assert.Equal(Inputs(), imported.Inputs);
        Assert.Equal(DiffChanges.None, diff.Changes);
        harness.Api.Verify(a => a.GetConfigAsync(It.IsAny<GetConfigRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Read_ImportOfAutoNamedConfig_ProgramWithoutNameKeepsImportedName()
    {
        var harness = Handler();
        SetupGet(harness, ReadBack(Inputs().Set("name", "jpss1-downlink-4k2m9xq")));

        var imported = await harness.Handler.ReadAsync(new ReadRequest(Urn, ArnOf("antennaDownlinkDemodDecodeConfig"), PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None);
        var check = await harness.Handler.CheckAsync(Check(Inputs(name: null), imported.Inputs), CancellationToken.None);
        var diff = await harness.Handler.DiffAsync(new DiffRequest(Urn, imported.Id!, imported.Outputs, imported.Inputs, check.Inputs, ImmutableArray<string>.Empty), CancellationToken.None);

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public async Task Read_ImportByBareUuid_FindsTypeWithOneListThenGets()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.ListConfigsAsync(It.IsAny<ListConfigsRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListConfigsResponse { ConfigList = [new ConfigListItem { ConfigId = ConfigId, ConfigType = DemodType }] });
        SetupGet(harness, ReadBack(Inputs()));

        var imported = await harness.Handler.ReadAsync(new ReadRequest(Urn, ConfigId, PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None);

        Assert.Equal(ConfigId, imported.Id);
        harness.Api.Verify(a => a.ListConfigsAsync(It.IsAny<ListConfigsRequest>(), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Theory]
    [InlineData("not-a-config")]
    [InlineData("radar/3c1e5a7b-2d4f-4a6b-9c8d-1e2f3a4b5c6d")]
    [InlineData("arn:aws:groundstation:us-west-2:123456789012:mission-profile/3c1e5a7b-2d4f-4a6b-9c8d-1e2f3a4b5c6d")]
    public async Task Read_MalformedImportId_ClearErrorWithoutAwsCall(string importId)
    {
        var harness = Handler();

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.ReadAsync(new ReadRequest(Urn, importId, PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None));

        Assert.Contains("<configType>/<configId>", ex.Message, StringComparison.Ordinal);
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Update_CentreFrequency_OneUpdateConfigWithTypeAndIdAndWarning()
    {
        var harness = Handler();
        UpdateConfigRequest? sent = null;
        harness.Api.Setup(a => a.UpdateConfigAsync(It.IsAny<UpdateConfigRequest>(), It.IsAny<CancellationToken>()))
            .Callback<UpdateConfigRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(Answer());
        var news = With(Inputs(), CentreValue, 8100);

        var result = await harness.Handler.UpdateAsync(Update(Inputs(), news), CancellationToken.None);

        Assert.Equal(ConfigId, sent!.ConfigId);
        Assert.Equal(DemodType, sent.ConfigType);
        Assert.Equal("jpss1-downlink", sent.Name);
        Assert.Equal(8100, sent.ConfigData.AntennaDownlinkDemodDecodeConfig!.SpectrumConfig.CenterFrequency.Value);
        Assert.Equal(news["configData"], result.Outputs["configData"]);
        Assert.Equal(ConfigId, result.Outputs["configId"].StringValue);
        harness.VerifyWarning(m => m.Contains("was updated", StringComparison.Ordinal) && m.Contains("reschedule", StringComparison.Ordinal), Times.Once());
        harness.Api.Verify(a => a.UpdateConfigAsync(It.IsAny<UpdateConfigRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Update_NameOnly_UpdateConfigWithoutContactWarning()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.UpdateConfigAsync(It.Is<UpdateConfigRequest>(r => r.Name == "jpss1-x"), It.IsAny<CancellationToken>())).ReturnsAsync(Answer());

        await harness.Handler.UpdateAsync(Update(Inputs(), Inputs().Set("name", "jpss1-x")), CancellationToken.None);

        harness.Api.Verify(a => a.UpdateConfigAsync(It.IsAny<UpdateConfigRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.VerifyNoWarning();
    }

    [Fact]
    public async Task Update_TagsOnly_TagAndUntagWithoutUpdateConfig()
    {
        var harness = Handler();
        var arn = ArnOf("antennaDownlinkDemodDecodeConfig");
        harness.Api.Setup(a => a.TagResourceAsync(It.Is<TagResourceRequest>(r => r.ResourceArn == arn && r.Tags["owner"] == "ops" && r.Tags.Count == 1), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TagResourceResponse());
        harness.Api.Setup(a => a.UntagResourceAsync(It.Is<UntagResourceRequest>(r => r.ResourceArn == arn && r.TagKeys.SequenceEqual(new[] { "mission" })), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new UntagResourceResponse());

        var result = await harness.Handler.UpdateAsync(Update(Inputs(), Inputs().Set("tags", Value("""{ "owner": "ops" }"""))), CancellationToken.None);

        Assert.Equal("ops", result.Outputs["tags"].ObjectValue["owner"].StringValue);
        harness.Api.Verify(a => a.TagResourceAsync(It.IsAny<TagResourceRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.Verify(a => a.UntagResourceAsync(It.IsAny<UntagResourceRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Update_Preview_NoAwsCalls()
    {
        var harness = Handler();

        var result = await harness.Handler.UpdateAsync(Update(Inputs(), With(Inputs(), CentreValue, PropertyValue.Computed), preview: true), CancellationToken.None);

        Assert.True(result.Outputs["configData"].ContainsUnknowns());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Update_TaggingFailsAfterUpdateConfig_PartialStateHoldsNewDataAndOldTags()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.UpdateConfigAsync(It.IsAny<UpdateConfigRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(Answer());
        harness.Api.Setup(a => a.TagResourceAsync(It.IsAny<TagResourceRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new AwsServiceException("Ground Station", "DependencyException", "tagging down", HttpStatusCode.InternalServerError, "r"));
        var news = With(Inputs(), CentreValue, 8100).Set("tags", Value("""{ "mission": "noaa-20" }"""));

        var ex = await Assert.ThrowsAsync<ResourceInitFailedException>(() => harness.Handler.UpdateAsync(Update(Inputs(), news), CancellationToken.None));

        Assert.Equal(news["configData"], ex.Outputs["configData"]);
        Assert.Equal("jpss-1", ex.Outputs["tags"].ObjectValue["mission"].StringValue);
        Assert.Equal(ConfigId, ex.Id);
    }

    [Fact]
    public async Task Update_ConfigGone_SaysToRefresh()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.UpdateConfigAsync(It.IsAny<UpdateConfigRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(NotFound());

        var ex = await Assert.ThrowsAsync<ResourceException>(() => harness.Handler.UpdateAsync(Update(Inputs(), With(Inputs(), CentreValue, 8100)), CancellationToken.None));

        Assert.Contains("pulumi refresh", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_TypeChange_RefusedAsEngineFault()
    {
        var harness = Handler();

        await Assert.ThrowsAsync<ResourceException>(() => harness.Handler.UpdateAsync(Update(Inputs(), Inputs("trackingConfig")), CancellationToken.None));

        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Delete_OneCallAddressedByTypeAndId()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.DeleteConfigAsync(It.Is<DeleteConfigRequest>(r => r.ConfigId == ConfigId && r.ConfigType == DemodType), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Answer());

        await harness.Handler.DeleteAsync(new DeleteRequest(Urn, ConfigId, State(Inputs()), Inputs()), CancellationToken.None);

        harness.Api.Verify(a => a.DeleteConfigAsync(It.IsAny<DeleteConfigRequest>(), It.IsAny<CancellationToken>()), Times.Once());
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Delete_AlreadyGone_Succeeds()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.DeleteConfigAsync(It.IsAny<DeleteConfigRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(NotFound());

        await harness.Handler.DeleteAsync(new DeleteRequest(Urn, ConfigId, State(Inputs()), Inputs()), CancellationToken.None);

        harness.Api.Verify(a => a.DeleteConfigAsync(It.IsAny<DeleteConfigRequest>(), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task Delete_UsedByMissionProfile_ClearError()
    {
        var harness = Handler();
        harness.Api.Setup(a => a.DeleteConfigAsync(It.IsAny<DeleteConfigRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(InUse());

        var ex = await Assert.ThrowsAsync<ResourceException>(() =>
            harness.Handler.DeleteAsync(new DeleteRequest(Urn, ConfigId, State(Inputs()), Inputs()), CancellationToken.None));

        Assert.Contains("mission profile still uses it", ex.Message, StringComparison.Ordinal);
        Assert.Contains("9f0e1d2c", ex.Message, StringComparison.Ordinal);
    }
}
