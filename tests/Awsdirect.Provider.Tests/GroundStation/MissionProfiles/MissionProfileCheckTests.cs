using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Tests.GroundStation.MissionProfiles.MissionProfileFixtures;

namespace Awsdirect.Provider.Tests.GroundStation.MissionProfiles;

public class MissionProfileCheckTests
{
    [Fact]
    public async Task Check_Jpss1Profile_NoFailuresNoAwsCalls()
    {
        var harness = Handler();

        var result = await harness.Handler.CheckAsync(Check(Inputs()), CancellationToken.None);

        Assert.Empty(result.Failures);
        harness.Api.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("antenna-downlink", "dataflow-endpoint")]
    [InlineData("antenna-downlink", "s3-recording")]
    [InlineData("antenna-downlink-demod-decode", "dataflow-endpoint")]
    [InlineData("uplink-echo", "dataflow-endpoint")]
    [InlineData("dataflow-endpoint", "antenna-uplink")]
    [InlineData("dataflow-endpoint", "s3-recording")]
    public async Task Check_EveryAllowedSourceDestinationPair_Accepted(string sourceType, string destinationType)
    {
        var harness = Handler();
        var edge = Edge(ConfigArnOf(sourceType, "0a0a0a0a-0a0a-4a0a-8a0a-0a0a0a0a0a0a"), ConfigArnOf(destinationType, "0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b"));

        var result = await harness.Handler.CheckAsync(Check(Minimal().Set("dataflowEdges", Edges(edge))), CancellationToken.None);

        Assert.Empty(result.Failures);
    }

    [Fact]
    public async Task Check_DemodDecodeSourceWithoutNodeSuffix_Accepted()
    {
        var harness = Handler();

        var result = await harness.Handler.CheckAsync(Check(With(Inputs(), "dataflowEdges[0].source", DemodDecode)), CancellationToken.None);

        Assert.Empty(result.Failures);
    }

    [Fact]
    public async Task Check_UnknownConfigArnsDuringPreview_SkipOnlyRulesThatNeedThem()
    {
        var harness = Handler();
        var inputs = Minimal()
            .Set("trackingConfigArn", PropertyValue.Computed)
            .Set("dataflowEdges", Edges(Edge(PropertyValue.Computed, PropertyValue.Computed), Edge(PropertyValue.Computed, PropertyValue.Computed), Edge(S3Recording, PropertyValue.Computed)))
            .Set("minimumViableContactDurationSeconds", 0);

        var result = await harness.Handler.CheckAsync(Check(inputs), CancellationToken.None);

        // Two all-unknown edges are not duplicates, an unknown destination is not checked, but a known
        // s3-recording source is still refused and the known duration still range-checked.
        Assert.Equal(
            ["dataflowEdges[2].source", "minimumViableContactDurationSeconds"],
            result.Failures.Select(f => f.Property).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Check_WholeEdgeListUnknown_NoEdgeFailures()
    {
        var harness = Handler();

        var result = await harness.Handler.CheckAsync(Check(Minimal().Set("dataflowEdges", PropertyValue.Computed)), CancellationToken.None);

        Assert.Empty(result.Failures);
    }

    [Fact]
    public async Task Check_SecretKmsRole_CheckedOnPlainValue()
    {
        var harness = Handler();

        var result = await harness.Handler.CheckAsync(
            Check(Inputs().Set("streamsKmsRole", PropertyValue.Secret("arn:aws:iam::123456789012:user/x"))), CancellationToken.None);

        Assert.Contains(result.Failures, f => f.Property == "streamsKmsRole" && f.Reason.StartsWith("pattern", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_NameOmitted_AutoNamedFromLogicalNameAndMarkedDefault()
    {
        var harness = Handler();

        var result = await harness.Handler.CheckAsync(Check(Minimal().Remove("name")), CancellationToken.None);

        Assert.Empty(result.Failures);
        Assert.Matches("^jpss1-[a-z0-9]{7}$", result.Inputs["name"].StringValue);
        Assert.True(AutoName.IsAutoNamed(result.Inputs));
    }

    [Fact]
    public async Task Check_NameOmittedOnUpdate_KeepsRecordedName()
    {
        var harness = Handler();
        var olds = Minimal().Set("name", "jpss1-abc1234");

        var result = await harness.Handler.CheckAsync(Check(Minimal().Remove("name"), olds), CancellationToken.None);

        Assert.Equal("jpss1-abc1234", result.Inputs["name"].StringValue);
    }

    [Fact]
    public async Task Check_ProviderDefaultTags_MergedUnderOwnTags()
    {
        var harness = Handler(new Dictionary<string, string> { ["env"] = "prod", ["mission"] = "default" });

        var result = await harness.Handler.CheckAsync(Check(Inputs()), CancellationToken.None);

        var tags = result.Inputs["tags"].ObjectValue;
        Assert.Equal("prod", tags["env"].StringValue);
        Assert.Equal("jpss-1", tags["mission"].StringValue);
    }

    [Fact]
    public async Task Check_EveryFailure_NamesOnePathOnce()
    {
        var harness = Handler();
        // The tracking ARN breaks both the model's pattern and the config ARN rule: one message at that path.
        var result = await harness.Handler.CheckAsync(Check(Inputs().Set("trackingConfigArn", "tracking")), CancellationToken.None);

        var failure = Assert.Single(result.Failures);
        Assert.Equal("trackingConfigArn", failure.Property);
        Assert.StartsWith("config ARN", failure.Reason, StringComparison.Ordinal);
    }
}
