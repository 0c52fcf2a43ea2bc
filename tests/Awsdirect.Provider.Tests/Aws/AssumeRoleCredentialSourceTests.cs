using Awsdirect.Provider.Aws.Core.Sts;
using Awsdirect.Provider.Configuration;
using Awsdirect.Provider.Host;
using Awsdirect.Provider.Protocol.Properties;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Awsdirect.Provider.Tests.Aws;

/// <summary>assumeRole's credentials are kept until five minutes before they expire, then renewed once for all callers.</summary>
public sealed class AssumeRoleCredentialSourceTests
{
    private static readonly AssumeRoleSettings Settings = new("arn:aws:iam::210987654321:role/deployer", "s1", null, 900, null, new Dictionary<string, string>());

    [Fact]
    public async Task GetCredentials_BeforeAndInsideTheRefreshWindow_RenewsOnlyInsideIt()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
        var sts = new Mock<IStsApi>(MockBehavior.Strict);
        var issued = 0;
        sts.Setup(s => s.AssumeRoleAsync(Settings, "s1", It.IsAny<CancellationToken>()))
            .ReturnsAsync(() =>
            {
                issued++;
                return new StsCredentials($"ASIA{issued}", "secret", "token" + issued, clock.GetUtcNow().AddMinutes(15));
            });
        var source = new AssumeRoleCredentialSource(sts.Object, Settings, clock);

        var first = await source.GetCredentialsAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(9));
        var stillFirst = await source.GetCredentialsAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var renewed = await Task.WhenAll(source.GetCredentialsAsync(CancellationToken.None), source.GetCredentialsAsync(CancellationToken.None));

        Assert.Equal(("ASIA1", "ASIA1"), (first.AccessKey, stillFirst.AccessKey));
        Assert.All(renewed, c => Assert.Equal(("ASIA2", "token2"), (c.AccessKey, c.Token)));
        Assert.Equal(2, issued);
    }

    [Theory]
    [InlineData("""{"roleArn": "arn:aws:iam::210987654321:role/d", "durationSeconds": 899}""", "assumeRole.durationSeconds", "from 900")]
    [InlineData("""{"roleArn": "arn:aws:iam::210987654321:role/d", "sessionName": "x"}""", "assumeRole.sessionName", "2 to 64 characters")]
    [InlineData("""{"roleArn": "arn:aws:iam::210987654321:role/d", "externalId": "bad id"}""", "assumeRole.externalId", "expected letters")]
    [InlineData("""{"roleArn": "role/deployer"}""", "assumeRole.roleArn", "must be 20 to 2048")]
    [InlineData("""{"sessionName": "ci-run"}""", "assumeRole.roleArn", "needs 'roleArn'")]
    [InlineData("""{"roleArn": "arn:aws:iam::210987654321:role/d", "policy": "not json"}""", "assumeRole.policy", "not valid JSON")]
    [InlineData("""{"roleArn": "arn:aws:iam::210987654321:role/d", "mfa": "1"}""", "assumeRole.mfa", "not an assumeRole setting")]
    public void Read_BadAssumeRole_FailsNamingTheMember(string json, string property, string rule)
    {
        var result = ProviderConfigReader.Read(new PropertyMap().Set("assumeRole", PropertyValue.Create(json)));

        var failure = Assert.Single(result.Failures);
        Assert.Equal(property, failure.Property);
        Assert.Contains(rule, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IgnoreTagsAsJsonText_KeysAndPrefixes()
    {
        var result = ProviderConfigReader.Read(new PropertyMap().Set("ignoreTags", PropertyValue.Create("""{"keys": ["CostCenter"], "keyPrefixes": ["kubernetes.io/"]}""")));

        Assert.Empty(result.Failures);
        Assert.True(result.Configuration.IgnoreTags.Ignores("kubernetes.io/cluster"));
        Assert.True(result.Configuration.IgnoreTags.Ignores("CostCenter"));
        Assert.False(result.Configuration.IgnoreTags.Ignores("costcenter"));
    }
}
