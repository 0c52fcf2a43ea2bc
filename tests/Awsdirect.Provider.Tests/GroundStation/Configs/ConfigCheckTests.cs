using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Tests.GroundStation.Configs.ConfigFixtures;

namespace Awsdirect.Provider.Tests.GroundStation.Configs;

public class ConfigCheckTests
{
    public static TheoryData<string> AllKinds => new(Kinds.Keys);

    [Theory]
    [MemberData(nameof(AllKinds))]
    public async Task Check_ValidConfigOfEveryKind_NoFailuresNoAwsCalls(string kind)
    {
        var harness = Handler();

        var result = await harness.Handler.CheckAsync(Check(Inputs(kind)), CancellationToken.None);

        Assert.Empty(result.Failures);
        harness.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Check_NameOmitted_AutoNamedFromLogicalNameAndSeed()
    {
        var harness = Handler();
        var seed = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

        var first = await harness.Handler.CheckAsync(Check(Inputs(name: null), seed: seed), CancellationToken.None);
        var again = await harness.Handler.CheckAsync(Check(Inputs(name: null), seed: seed), CancellationToken.None);

        var name = first.Inputs["name"].StringValue;
        Assert.Matches("^jpss1-downlink-[a-z0-9]{7}$", name);
        Assert.Equal(name, again.Inputs["name"].StringValue);
        Assert.True(AutoName.IsAutoNamed(first.Inputs));
        Assert.Empty(first.Failures);
    }

    [Fact]
    public async Task Check_NameOmittedOnUpdate_KeepsRecordedNameWhateverTheSeed()
    {
        var harness = Handler();
        var olds = (await harness.Handler.CheckAsync(Check(Inputs(name: null)), CancellationToken.None)).Inputs;

        var result = await harness.Handler.CheckAsync(Check(Inputs(name: null), olds, seed: [9, 9, 9]), CancellationToken.None);

        Assert.Equal(olds["name"], result.Inputs["name"]);
    }

    [Fact]
    public async Task Check_LogicalNameAwsCannotTake_FailureSaysToSetName()
    {
        var harness = Handler();
        var request = Check(Inputs(name: null)) with { Name = "jpss1.downlink" };

        var result = await harness.Handler.CheckAsync(request, CancellationToken.None);

        var failure = Assert.Single(result.Failures);
        Assert.Equal("name", failure.Property);
        Assert.Contains("set 'name' explicitly", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_DefaultTags_MergedUnderResourceTags()
    {
        var harness = Handler(new Dictionary<string, string> { ["env"] = "prod", ["mission"] = "default" });

        var result = await harness.Handler.CheckAsync(Check(Inputs()), CancellationToken.None);

        var tags = result.Inputs["tags"].ObjectValue;
        Assert.Equal("prod", tags["env"].StringValue);
        Assert.Equal("jpss-1", tags["mission"].StringValue);
    }

    [Fact]
    public async Task Check_UnknownCentreFrequency_SkipsBandRuleButStillChecksBandwidth()
    {
        var harness = Handler();
        var inputs = With(With(Inputs(), "configData.antennaDownlinkDemodDecodeConfig.spectrumConfig.bandwidth.value", 700),
            "configData.antennaDownlinkDemodDecodeConfig.spectrumConfig.centerFrequency.value", PropertyValue.Computed);

        var result = await harness.Handler.CheckAsync(Check(inputs), CancellationToken.None);

        var failure = Assert.Single(result.Failures);
        Assert.Equal("configData.antennaDownlinkDemodDecodeConfig.spectrumConfig.bandwidth.value", failure.Property);
    }

    [Fact]
    public async Task Check_UnknownConfigData_NoFailures()
    {
        var harness = Handler();

        var result = await harness.Handler.CheckAsync(Check(Inputs().Set("configData", PropertyValue.Computed)), CancellationToken.None);

        Assert.Empty(result.Failures);
    }

    [Fact]
    public async Task Check_UnknownUnits_SkipsBandRule()
    {
        var harness = Handler();
        var inputs = With(With(Inputs(), "configData.antennaDownlinkDemodDecodeConfig.spectrumConfig.centerFrequency.value", 9),
            "configData.antennaDownlinkDemodDecodeConfig.spectrumConfig.centerFrequency.units", PropertyValue.Computed);

        var result = await harness.Handler.CheckAsync(Check(inputs), CancellationToken.None);

        Assert.Empty(result.Failures);
    }

    [Theory]
    [InlineData(8.1, "GHz", true)]
    [InlineData(2250, "MHz", true)]
    [InlineData(2250000, "kHz", true)]
    [InlineData(9, "GHz", false)]
    [InlineData(7812, "kHz", false)]
    [InlineData(2400, "MHz", false)]
    public async Task Check_DownlinkCentreFrequency_ConvertedToMHzAndCheckedAgainstSAndXBands(double value, string units, bool valid)
    {
        var harness = Handler();
        var inputs = With(With(Inputs("antennaDownlinkConfig"), "configData.antennaDownlinkConfig.spectrumConfig.centerFrequency.value", value),
            "configData.antennaDownlinkConfig.spectrumConfig.centerFrequency.units", units);

        var result = await harness.Handler.CheckAsync(Check(inputs), CancellationToken.None);

        Assert.Equal(valid, result.Failures.Count == 0);
    }

    [Theory]
    [InlineData("antennaDownlinkConfig", 10, "kHz", true)]
    [InlineData("antennaDownlinkConfig", 54, "MHz", true)]
    [InlineData("antennaDownlinkConfig", 9, "kHz", false)]
    [InlineData("antennaDownlinkConfig", 55, "MHz", false)]
    [InlineData("antennaDownlinkDemodDecodeConfig", 125, "kHz", true)]
    [InlineData("antennaDownlinkDemodDecodeConfig", 0.65, "GHz", true)]
    [InlineData("antennaDownlinkDemodDecodeConfig", 100, "kHz", false)]
    public async Task Check_Bandwidth_LimitDependsOnConfigKind(string kind, double value, string units, bool valid)
    {
        var harness = Handler();
        var inputs = With(With(Inputs(kind), $"configData.{kind}.spectrumConfig.bandwidth.value", value), $"configData.{kind}.spectrumConfig.bandwidth.units", units);

        var result = await harness.Handler.CheckAsync(Check(inputs), CancellationToken.None);

        Assert.Equal(valid, result.Failures.Count == 0);
    }

    [Theory]
    [InlineData(20.0, true)]
    [InlineData(50.0, true)]
    [InlineData(19.9, false)]
    [InlineData(50.5, false)]
    public async Task Check_UplinkEirp_Between20And50Dbw(double value, bool valid)
    {
        var harness = Handler();
        var inputs = With(Inputs("antennaUplinkConfig"), "configData.antennaUplinkConfig.targetEirp.value", value);

        var result = await harness.Handler.CheckAsync(Check(inputs), CancellationToken.None);

        Assert.Equal(valid, result.Failures.Count == 0);
    }

    [Fact]
    public async Task Check_DemodJsonWithWhitespaceAndNewlines_Valid()
    {
        var harness = Handler();
        var inputs = With(Inputs(), "configData.antennaDownlinkDemodDecodeConfig.demodulationConfig.unvalidatedJSON", "{\n  \"type\": \"QPSK\"\n}");

        var result = await harness.Handler.CheckAsync(Check(inputs), CancellationToken.None);

        Assert.Empty(result.Failures);
    }

    [Fact]
    public async Task Check_SecretRoleArn_CheckedOnPlainValue()
    {
        var harness = Handler();
        var inputs = With(Inputs("s3RecordingConfig"), "configData.s3RecordingConfig.roleArn", PropertyValue.Secret("arn:aws:iam::123456789012:user/ops"));

        var result = await harness.Handler.CheckAsync(Check(inputs), CancellationToken.None);

        Assert.Contains(result.Failures, f => f.Property == "configData.s3RecordingConfig.roleArn" && f.Reason.StartsWith("pattern", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_GroundStationRuleAndModelRuleOnOnePath_OnlyTheSpecificMessage()
    {
        var harness = Handler();
        var inputs = With(Inputs("uplinkEchoConfig"), "configData.uplinkEchoConfig.antennaUplinkConfigArn", ArnOf("trackingConfig"));

        var result = await harness.Handler.CheckAsync(Check(inputs), CancellationToken.None);

        var failure = Assert.Single(result.Failures);
        Assert.StartsWith("uplink echo target", failure.Reason, StringComparison.Ordinal);
    }
}
