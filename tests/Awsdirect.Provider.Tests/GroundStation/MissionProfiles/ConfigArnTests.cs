using Awsdirect.Provider.Resources.GroundStation.MissionProfiles;

namespace Awsdirect.Provider.Tests.GroundStation.MissionProfiles;

public class ConfigArnTests
{
    [Fact]
    public void TryParse_DemodDecodeWithEgressNode_SplitsEveryPart()
    {
        var text = "arn:aws:groundstation:us-east-2:123456789012:config/antenna-downlink-demod-decode/33333333-3333-4333-8333-333333333333/UncodedFramesEgress";

        Assert.True(ConfigArn.TryParse(text, out var arn));

        Assert.Equal(("aws", "us-east-2", "123456789012"), (arn.Partition, arn.Region, arn.Account));
        Assert.Equal("antenna-downlink-demod-decode", arn.ConfigType);
        Assert.Equal("33333333-3333-4333-8333-333333333333", arn.ConfigId);
        Assert.Equal("UncodedFramesEgress", arn.Node);
        Assert.Equal(text[..text.LastIndexOf('/')], arn.BaseArn);
        Assert.Equal(text, arn.ToString());
    }

    [Fact]
    public void TryParse_PlainArn_HasNoNode()
    {
        Assert.True(ConfigArn.TryParse("arn:aws:groundstation:eu-north-1:123456789012:config/tracking/11111111-1111-4111-8111-111111111111", out var arn));

        Assert.Null(arn.Node);
        Assert.Equal("tracking", arn.ConfigType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("arn:aws:groundstation:us-east-2:123456789012:mission-profile/11111111-1111-4111-8111-111111111111")]
    [InlineData("arn:aws:groundstation:us-east-2:12345678901:config/tracking/11111111-1111-4111-8111-111111111111")]
    [InlineData("arn:aws:groundstation:us-east-2:123456789012:config/tracking/11111111-1111-4111-8111-11111111111")]
    [InlineData("arn:aws:groundstation:us-east-2:123456789012:config/tracking/11111111-1111-4111-8111-111111111111/")]
    [InlineData("arn:aws:s3:::bucket")]
    public void TryParse_NotAConfigArn_False(string text) => Assert.False(ConfigArn.TryParse(text, out _));
}
