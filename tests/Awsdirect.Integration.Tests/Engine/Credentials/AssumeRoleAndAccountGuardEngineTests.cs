using AwsEmulator.Http;
using Grpc.Core;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Integration.Tests.Engine.Credentials;

/// <summary>
/// The provider config <c>assumeRole</c> and the account guards through the built plugin: the role is
/// assumed with the chain's credentials and signs the writes; a wrong account fails the preview with a
/// message naming it and no AWS write.
/// </summary>
public sealed class AssumeRoleAndAccountGuardEngineTests : IClassFixture<CredentialsFixture>
{
    private const string Type = "awsdirect:groundstation:Config";
    private const string Key = "AKIAGUARDTESTSTATIC1";
    private const string Secret = "guard-test-secret-00000000000000000000";

    private readonly CredentialsFixture _fx;

    public AssumeRoleAndAccountGuardEngineTests(CredentialsFixture fx)
    {
        _fx = fx;
        _fx.Emulator.Reset();
    }

    private static JObject Tracking() => new()
    {
        ["configData"] = new JObject { ["trackingConfig"] = new JObject { ["autotrack"] = "PREFERRED" } },
    };

    private static Dictionary<string, string?> EnvironmentKeys() => new()
    {
        ["AWS_ACCESS_KEY_ID"] = Key,
        ["AWS_SECRET_ACCESS_KEY"] = Secret,
    };

    [Fact]
    public async Task AssumeRole_ProviderConfigOnEnvironmentKeys_SendsEverySettingAndSignsWithTheRole()
    {
        _fx.Emulator.Credentials.Register(Key, Secret);
        await using var session = await CredentialsSession.StartAsync(_fx, CredentialsSession.NewHome(), EnvironmentKeys(), new JObject
        {
            ["assumeRole"] = new JObject
            {
                ["roleArn"] = "arn:aws:iam::210987654321:role/mission-deployer",
                ["sessionName"] = "awsdirect-engine",
                ["externalId"] = "ext-7781",
                ["durationSeconds"] = 1800,
                ["policy"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"groundstation:*","Resource":"*"}]}""",
                ["tags"] = new JObject { ["team"] = "mission-ops" },
            },
        });

        var created = await session.Driver.UpAsync(Type, "tracking", Tracking());

        Assert.False(created.HasFailures);
        var request = Assert.Single(_fx.Emulator.Credentials.RoleRequests);
        Assert.Equal(("arn:aws:iam::210987654321:role/mission-deployer", "awsdirect-engine", "ext-7781", 1800, Key),
            (request.RoleArn, request.RoleSessionName, request.ExternalId, request.DurationSeconds, request.CallerAccessKeyId));
        Assert.Contains("groundstation:*", request.Policy, StringComparison.Ordinal);
        Assert.Equal("mission-ops", request.Tags["team"]);
        var issued = _fx.Emulator.Credentials.Find(request.IssuedAccessKeyId)!;
        var create = Assert.Single(_fx.Emulator.Calls, c => c.Operation == "CreateConfig");
        Assert.Equal((issued.AccessKeyId, issued.SessionToken, SignatureCheck.Verified), (create.AccessKeyId, create.SessionToken, create.Signature));
        Assert.DoesNotContain(issued.SecretAccessKey, string.Join('\n', session.Plugin.StderrLines) + created.Outputs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllowedAccountIds_CredentialsOfAnotherAccount_FailThePreviewNamingTheAccount_NoWrite()
    {
        _fx.Emulator.Credentials.Register(Key, Secret, accountId: "111111111111");
        await using var session = await CredentialsSession.StartAsync(_fx, CredentialsSession.NewHome(), EnvironmentKeys(),
            new JObject { ["allowedAccountIds"] = new JArray("222222222222") });

        var error = await Assert.ThrowsAsync<RpcException>(() => session.Driver.PreviewAsync(Type, "tracking", Tracking()));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("account 111111111111", error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("'allowedAccountIds' (222222222222)", error.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(["sts GetCallerIdentity"], _fx.Emulator.Calls.Select(c => $"{c.Service} {c.Operation}"));
    }

    [Fact]
    public async Task ForbiddenAccountIds_AssumedRoleInTheForbiddenAccount_FailsTheUp_NoWrite()
    {
        _fx.Emulator.Credentials.Register(Key, Secret);
        await using var session = await CredentialsSession.StartAsync(_fx, CredentialsSession.NewHome(), EnvironmentKeys(), new JObject
        {
            ["assumeRole"] = new JObject { ["roleArn"] = "arn:aws:iam::999999999999:role/production" },
            ["forbiddenAccountIds"] = new JArray("999999999999"),
        });

        var error = await Assert.ThrowsAsync<RpcException>(() => session.Driver.UpAsync(Type, "tracking", Tracking()));

        Assert.Contains("account 999999999999, which the provider config 'forbiddenAccountIds' forbids", error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(_fx.Emulator.Calls, c => c.Service == "groundstation");
    }

    [Fact]
    public async Task AllowedAccountIds_RightAccount_AskedOncePerPluginProcess()
    {
        _fx.Emulator.Credentials.Register(Key, Secret, accountId: "222222222222");
        await using var session = await CredentialsSession.StartAsync(_fx, CredentialsSession.NewHome(), EnvironmentKeys(),
            new JObject { ["allowedAccountIds"] = new JArray("333333333333", "222222222222") });

        await session.Driver.PreviewAsync(Type, "first", Tracking());
        await session.Driver.UpAsync(Type, "first", Tracking());
        await session.Driver.UpAsync(Type, "second", Tracking());

        Assert.Equal(1, _fx.Emulator.Calls.Count(c => c.Operation == "GetCallerIdentity"));
        Assert.Equal(2, _fx.Emulator.Calls.Count(c => c.Operation == "CreateConfig"));
    }

    [Fact]
    public async Task CheckConfig_BothGuardsOrABadAccountId_FailsNamingTheKey()
    {
        await using var session = await CredentialsSession.StartAsync(_fx, CredentialsSession.NewHome(), EnvironmentKeys());

        var both = await session.ConfigureAsync(new JObject
        {
            ["allowedAccountIds"] = new JArray("222222222222"),
            ["forbiddenAccountIds"] = new JArray("111111111111"),
        });
        var malformed = await session.ConfigureAsync(new JObject { ["allowedAccountIds"] = new JArray("22222222222a") });

        Assert.Equal("forbiddenAccountIds", Assert.Single(both).Property);
        Assert.Equal("allowedAccountIds[0]", Assert.Single(malformed).Property);
        Assert.Contains("exactly 12 digits", malformed[0].Reason, StringComparison.Ordinal);
    }
}
