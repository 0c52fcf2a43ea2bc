using System.Collections.Immutable;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Moq;
using static Awsdirect.Provider.Tests.GroundStation.Configs.ConfigFixtures;

namespace Awsdirect.Provider.Tests.GroundStation.Configs;

public class ConfigDiffTests
{
    private const string CentreValue = "configData.antennaDownlinkDemodDecodeConfig.spectrumConfig.centerFrequency.value";
    private const string DemodJsonPath = "configData.antennaDownlinkDemodDecodeConfig.demodulationConfig.unvalidatedJSON";

    [Fact]
    public async Task Diff_SameInputs_NoChangesNoWarning()
    {
        var harness = Handler();

        var diff = await harness.Handler.DiffAsync(Diff(Inputs(), Inputs()), CancellationToken.None);

        Assert.Equal(DiffChanges.None, diff.Changes);
        harness.VerifyNoWarning();
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Diff_UnvalidatedJsonReformatted_NoChanges()
    {
        var harness = Handler();
        var reformatted = With(Inputs(), DemodJsonPath,
            "{ \"qpsk\": " + Newtonsoft.Json.Linq.JObject.Parse(DemodJson)["qpsk"]!.ToString() + ",\n \"type\": \"QPSK\" }");

        var diff = await harness.Handler.DiffAsync(Diff(Inputs(), reformatted), CancellationToken.None);

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public async Task Diff_UnvalidatedJsonValueChanged_UpdatesInPlace()
    {
        var harness = Handler();
        var changed = With(Inputs(), DemodJsonPath, DemodJson.Replace("\"rolloffFactor\":0.5", "\"rolloffFactor\":0.35", StringComparison.Ordinal));

        var diff = await harness.Handler.DiffAsync(Diff(Inputs(), changed), CancellationToken.None);

        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff[DemodJsonPath].Kind);
        Assert.Empty(diff.Replaces);
    }

    [Fact]
    public async Task Diff_CentreFrequencyChanged_UpdateInPlaceAtLeafPathWithOperatorWarning()
    {
        var harness = Handler();

        var diff = await harness.Handler.DiffAsync(Diff(Inputs(), With(Inputs(), CentreValue, 8100)), CancellationToken.None);

        Assert.Equal(DiffChanges.Some, diff.Changes);
        Assert.Empty(diff.Replaces);
        Assert.Equal([CentreValue], diff.DetailedDiff.Keys);
        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff[CentreValue].Kind);
        Assert.Contains("configId", diff.Stables);
        harness.VerifyWarning(m => m.Contains(ConfigId, StringComparison.Ordinal) && m.Contains("scheduled after the update", StringComparison.Ordinal)
            && m.Contains(CentreValue, StringComparison.Ordinal), Times.Once());
    }

    [Fact]
    public async Task Diff_OptionalMemberAdded_AddAtItsPath()
    {
        var harness = Handler();
        var olds = Without(Inputs(), "configData.antennaDownlinkDemodDecodeConfig.spectrumConfig.polarization");

        var diff = await harness.Handler.DiffAsync(Diff(olds, Inputs()), CancellationToken.None);

        Assert.Equal(PropertyDiffKind.Add, diff.DetailedDiff["configData.antennaDownlinkDemodDecodeConfig.spectrumConfig.polarization"].Kind);
    }

    [Fact]
    public async Task Diff_ConfigTypeChanged_ReplacesCreateBeforeDelete()
    {
        var harness = Handler();

        var diff = await harness.Handler.DiffAsync(Diff(Inputs(), Inputs("antennaDownlinkConfig")), CancellationToken.None);

        Assert.Equal(["configData"], diff.Replaces);
        Assert.False(diff.DeleteBeforeReplace);
        Assert.Equal(PropertyDiffKind.DeleteReplace, diff.DetailedDiff["configData.antennaDownlinkDemodDecodeConfig"].Kind);
        Assert.Equal(PropertyDiffKind.AddReplace, diff.DetailedDiff["configData.antennaDownlinkConfig"].Kind);
        Assert.Empty(diff.Stables);
        harness.VerifyNoWarning();
    }

    [Fact]
    public async Task Diff_ConfigDataUnknown_MayChangeTypeSoReplaces()
    {
        var harness = Handler();

        var diff = await harness.Handler.DiffAsync(Diff(Inputs(), Inputs().Set("configData", PropertyValue.Computed)), CancellationToken.None);

        Assert.Equal(["configData"], diff.Replaces);
    }

    [Fact]
    public async Task Diff_UnknownValueInsideKnownKind_UpdateNotReplace()
    {
        var harness = Handler();

        var diff = await harness.Handler.DiffAsync(Diff(Inputs(), With(Inputs(), CentreValue, PropertyValue.Computed)), CancellationToken.None);

        Assert.Empty(diff.Replaces);
        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff[CentreValue].Kind);
    }

    [Fact]
    public async Task Diff_NameChanged_UpdateInPlaceWithoutContactWarning()
    {
        var harness = Handler();

        var diff = await harness.Handler.DiffAsync(Diff(Inputs(), Inputs().Set("name", "jpss1-x-band")), CancellationToken.None);

        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff["name"].Kind);
        Assert.Empty(diff.Replaces);
        harness.VerifyNoWarning();
    }

    [Fact]
    public async Task Diff_TagsChanged_PerKeyEntriesInPlace()
    {
        var harness = Handler();
        var news = Inputs().Set("tags", Value("""{ "mission": "noaa-20", "owner": "ops" }"""));

        var diff = await harness.Handler.DiffAsync(Diff(Inputs(), news), CancellationToken.None);

        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff["tags.mission"].Kind);
        Assert.Equal(PropertyDiffKind.Add, diff.DetailedDiff["tags.owner"].Kind);
        Assert.Empty(diff.Replaces);
        harness.VerifyNoWarning();
    }

    [Fact]
    public async Task Diff_OnlyStateRecorded_ServerSetFieldsNeverDiffer()
    {
        var harness = Handler();
        var request = new DiffRequest(Urn, ConfigId, State(Inputs()), PropertyMap.Empty, Inputs(), ImmutableArray<string>.Empty);

        var diff = await harness.Handler.DiffAsync(request, CancellationToken.None);

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public async Task Diff_IgnoredConfigData_NoChanges()
    {
        var harness = Handler();

        var diff = await harness.Handler.DiffAsync(Diff(Inputs(), Inputs("trackingConfig"), ignore: ["configData"]), CancellationToken.None);

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public async Task Diff_NumberWrittenDifferently_NoChanges()
    {
        var harness = Handler();
        var olds = With(Inputs(), CentreValue, PropertyValue.Secret(7812));

        var diff = await harness.Handler.DiffAsync(Diff(olds, With(Inputs(), CentreValue, 7812.0)), CancellationToken.None);

        Assert.Equal(DiffChanges.None, diff.Changes);
    }
}
