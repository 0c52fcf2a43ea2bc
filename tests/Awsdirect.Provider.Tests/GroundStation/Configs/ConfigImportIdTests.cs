using Awsdirect.Provider.Resources.GroundStation.Configs;

namespace Awsdirect.Provider.Tests.GroundStation.Configs;

public class ConfigImportIdTests
{
    private const string Id = ConfigFixtures.ConfigId;

    [Theory]
    [InlineData("arn:aws:groundstation:us-west-2:123456789012:config/tracking/" + Id, "tracking")]
    [InlineData("arn:aws:groundstation:us-west-2:123456789012:config/antenna-downlink-demod-decode/" + Id + "/jpss1", "antenna-downlink-demod-decode")]
    [InlineData("s3-recording/" + Id, "s3-recording")]
    [InlineData(Id, null)]
    public void TryParse_AcceptedForms_YieldUuidAndType(string value, string? type)
    {
        Assert.True(ConfigImportId.TryParse(value, out var id, out var parsedType));
        Assert.Equal(Id, id);
        Assert.Equal(type, parsedType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("tracking")]
    [InlineData("radar/" + Id)]
    [InlineData("TRACKING/" + Id)]
    [InlineData("arn:aws:groundstation:us-west-2:123456789012:dataflow-endpoint-group/" + Id)]
    public void TryParse_OtherValues_Rejected(string value) => Assert.False(ConfigImportId.TryParse(value, out _, out _));
}
