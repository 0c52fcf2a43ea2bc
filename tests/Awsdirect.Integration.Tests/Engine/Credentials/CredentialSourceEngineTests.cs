using System.Security.Cryptography;
using System.Text;
using AwsEmulator.Control;
using AwsEmulator.Http;
using AwsEmulator.Sts;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Integration.Tests.Engine.Credentials;

/// <summary>
/// Each source of the AWS standard credential chain, end to end: the built plugin started with that
/// source's environment and files, configured as the engine configures it, creating a Ground Station
/// config in the emulator. The emulator verifies the SigV4 signature against the secret it issued (or was
/// given), so a pass means the plugin signed with exactly those credentials, session token included; and
/// the secret shows up nowhere the user could see it (plugin stderr, engine log, state).
/// </summary>
public sealed class CredentialSourceEngineTests : IClassFixture<CredentialsFixture>
{
    private const string Type = "awsdirect:groundstation:Config";
    private const string RoleArn = "arn:aws:iam::210987654321:role/deployer";
    private const string StaticKey = "AKIAENGINETESTSTATIC";
    private const string StaticSecret = "static-secret-engine-test-0000000000000";

    private readonly CredentialsFixture _fx;

    public CredentialSourceEngineTests(CredentialsFixture fx)
    {
        _fx = fx;
        _fx.Emulator.Reset();
        _fx.Engine.ClearLogs();
    }

    private static JObject Tracking() => new()
    {
        ["configData"] = new JObject { ["trackingConfig"] = new JObject { ["autotrack"] = "REQUIRED" } },
        ["tags"] = new JObject { ["source"] = "credentials-test" },
    };

    [Fact]
    public async Task Environment_KeysAndSessionToken_SignTheCreate()
    {
        var registered = _fx.Emulator.Credentials.Register(StaticKey, StaticSecret, "env-session-token-1");
        var home = CredentialsSession.NewHome();

        await using var session = await CredentialsSession.StartAsync(_fx, home, new Dictionary<string, string?>
        {
            ["AWS_ACCESS_KEY_ID"] = StaticKey,
            ["AWS_SECRET_ACCESS_KEY"] = StaticSecret,
            ["AWS_SESSION_TOKEN"] = "env-session-token-1",
        });

        await CreateAndAssertSignedByAsync(session, registered);
    }

    [Fact]
    public async Task SharedCredentialsFile_ProfileFromProviderConfig_SignsTheCreate()
    {
        var registered = _fx.Emulator.Credentials.Register(StaticKey, StaticSecret);
        var home = CredentialsSession.NewHome();
        CredentialsSession.WriteFile(home, ".aws/credentials", $"[default]\naws_access_key_id = AKIAWRONGDEFAULT0000\naws_secret_access_key = wrong\n\n[mission-ops]\naws_access_key_id = {StaticKey}\naws_secret_access_key = {StaticSecret}\n");

        await using var session = await CredentialsSession.StartAsync(_fx, home, new Dictionary<string, string?>(),
            new JObject { ["profile"] = "mission-ops" });

        await CreateAndAssertSignedByAsync(session, registered);
    }

    [Fact]
    public async Task Profile_RoleArnWithSourceProfile_AssumesTheRoleWithTheSourceKeys()
    {
        _fx.Emulator.Credentials.Register(StaticKey, StaticSecret);
        var home = CredentialsSession.NewHome();
        CredentialsSession.WriteFile(home, ".aws/credentials", $"[base]\naws_access_key_id = {StaticKey}\naws_secret_access_key = {StaticSecret}\n");
        CredentialsSession.WriteFile(home, ".aws/config", $"[profile deploy]\nrole_arn = {RoleArn}\nsource_profile = base\nrole_session_name = awsdirect-ci\n");

        await using var session = await CredentialsSession.StartAsync(_fx, home, new Dictionary<string, string?> { ["AWS_PROFILE"] = "deploy" });

        await CreateAndAssertSignedByAsync(session, () => Issued("AssumeRole"));
        var request = Assert.Single(_fx.Emulator.Credentials.RoleRequests);
        Assert.Equal((RoleArn, "awsdirect-ci", StaticKey), (request.RoleArn, request.RoleSessionName, request.CallerAccessKeyId));
    }

    [Fact]
    public async Task Profile_RoleArnWithCredentialSourceEnvironment_AssumesTheRoleWithTheEnvironmentKeys()
    {
        _fx.Emulator.Credentials.Register(StaticKey, StaticSecret);
        var home = CredentialsSession.NewHome();
        CredentialsSession.WriteFile(home, ".aws/config", $"[profile deploy]\nrole_arn = {RoleArn}\ncredential_source = Environment\n");

        await using var session = await CredentialsSession.StartAsync(_fx, home, new Dictionary<string, string?>
        {
            ["AWS_ACCESS_KEY_ID"] = StaticKey,
            ["AWS_SECRET_ACCESS_KEY"] = StaticSecret,
        }, new JObject { ["profile"] = "deploy" });

        await CreateAndAssertSignedByAsync(session, () => Issued("AssumeRole"));
        Assert.Equal(StaticKey, Assert.Single(_fx.Emulator.Credentials.RoleRequests).CallerAccessKeyId);
    }

    [Fact]
    public async Task Profile_RoleArnWithCredentialSourceEc2InstanceMetadata_AssumesTheRoleWithTheInstanceRole()
    {
        var home = CredentialsSession.NewHome();
        CredentialsSession.WriteFile(home, ".aws/config", $"[profile deploy]\nrole_arn = {RoleArn}\ncredential_source = Ec2InstanceMetadata\n");

        await using var session = await CredentialsSession.StartAsync(_fx, home, new Dictionary<string, string?>
        {
            ["AWS_EC2_METADATA_DISABLED"] = null,
            ["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = _fx.Emulator.BaseAddress.ToString().TrimEnd('/'),
        }, new JObject { ["profile"] = "deploy" });

        await CreateAndAssertSignedByAsync(session, () => Issued("AssumeRole"));
        Assert.Equal(Issued("imds").AccessKeyId, Assert.Single(_fx.Emulator.Credentials.RoleRequests).CallerAccessKeyId);
    }

    [Fact]
    public async Task Profile_RoleArnWithCredentialSourceEcsContainer_AssumesTheRoleWithTheTaskRole()
    {
        _fx.Emulator.Credentials.ContainerAuthorizationToken = "container-auth-for-role";
        var home = CredentialsSession.NewHome();
        CredentialsSession.WriteFile(home, ".aws/config", $"[profile deploy]\nrole_arn = {RoleArn}\ncredential_source = EcsContainer\n");

        await using var session = await CredentialsSession.StartAsync(_fx, home, new Dictionary<string, string?>
        {
            ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = new Uri(_fx.Emulator.BaseAddress, "v2/credentials/task-9").ToString(),
            ["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = "container-auth-for-role",
        }, new JObject { ["profile"] = "deploy" });

        await CreateAndAssertSignedByAsync(session, () => Issued("AssumeRole"));
        Assert.Equal(Issued("container").AccessKeyId, Assert.Single(_fx.Emulator.Credentials.RoleRequests).CallerAccessKeyId);
    }

    [Fact]
    public async Task Profile_CredentialProcess_SignsWithTheKeysTheProcessPrints()
    {
        var registered = _fx.Emulator.Credentials.Register("AKIAPROCESSKEY000001", "process-secret-0000000000000000000000", "process-token-1");
        var home = CredentialsSession.NewHome();
        var script = CredentialsSession.WriteFile(home, "bin/aws-creds.sh",
            "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIAPROCESSKEY000001\", \"SecretAccessKey\": \"process-secret-0000000000000000000000\", \"SessionToken\": \"process-token-1\", \"Expiration\": \"2099-01-01T00:00:00Z\"}'\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        // Run through sh rather than exec'ed: a script just written may be "text file busy" while a parallel
        // test's fork still holds the write descriptor.
        CredentialsSession.WriteFile(home, ".aws/config", $"[profile vault]\ncredential_process = /bin/sh {script}\n");

        // The SDK starts the command through `sh` found on PATH; the published-plugin run strips every PATH
        // folder holding a dotnet (on merged-/usr systems that is /usr/bin, sh's folder too), so give it one with only sh.
        var tools = Directory.CreateDirectory(Path.Combine(home.FullName, "tools"));
        File.CreateSymbolicLink(Path.Combine(tools.FullName, "sh"), "/bin/sh");

        await using var session = await CredentialsSession.StartAsync(_fx, home, new Dictionary<string, string?>
        {
            ["AWS_PROFILE"] = "vault",
            ["PATH"] = tools.FullName,
        });

        await CreateAndAssertSignedByAsync(session, registered, "process-secret-0000000000000000000000");
    }

    [Fact]
    public async Task Profile_CredentialProcessThatCannotStart_FailsAsMissingCredentialsBeforeAnyWrite()
    {
        var home = CredentialsSession.NewHome();
        CredentialsSession.WriteFile(home, ".aws/config", "[profile vault]\ncredential_process = aws-vault-helper export\n");
        var empty = Directory.CreateDirectory(Path.Combine(home.FullName, "empty"));

        await using var session = await CredentialsSession.StartAsync(_fx, home, new Dictionary<string, string?>
        {
            ["AWS_PROFILE"] = "vault",
            ["PATH"] = empty.FullName,
        });
        var error = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => session.Driver.UpAsync(Type, "tracking", Tracking()));

        // FailedPrecondition tells the engine nothing happened; Unknown would mean "the resource may exist".
        Assert.True(error.StatusCode == Grpc.Core.StatusCode.FailedPrecondition, error.Status.Detail);
        Assert.Contains("could not obtain AWS credentials", error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(_fx.Emulator.Calls, c => c.Service == "groundstation");
    }

    [Fact]
    public async Task Profile_SsoSessionWithCachedToken_SignsWithThePortalsRoleCredentials()
    {
        _fx.Emulator.Credentials.RegisterSsoToken("cached-sso-access-token-corp");
        var home = CredentialsSession.NewHome();
        CredentialsSession.WriteFile(home, ".aws/config",
            "[profile sso-dev]\nsso_session = corp\nsso_account_id = 345678901234\nsso_role_name = GroundStationAdmin\nregion = us-east-2\n\n" +
            "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-2\nsso_registration_scopes = sso:account:access\n");
        WriteSsoCache(home, "corp", "https://corp.awsapps.com/start", "cached-sso-access-token-corp");

        await using var session = await CredentialsSession.StartAsync(_fx, home, new Dictionary<string, string?>(), new JObject { ["profile"] = "sso-dev" });

        var issued = await CreateAndAssertSignedByAsync(session, () => Issued("GetRoleCredentials"));
        Assert.Equal("345678901234", issued.AccountId);
        Assert.DoesNotContain(session.Plugin.StderrLines, l => l.Contains("cached-sso-access-token-corp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Profile_LegacySsoWithCachedToken_SignsWithThePortalsRoleCredentials()
    {
        _fx.Emulator.Credentials.RegisterSsoToken("cached-sso-access-token-legacy");
        var home = CredentialsSession.NewHome();
        CredentialsSession.WriteFile(home, ".aws/config",
            "[profile sso-legacy]\nsso_start_url = https://legacy.awsapps.com/start\nsso_region = us-east-2\nsso_account_id = 345678901235\nsso_role_name = GroundStationOps\nregion = us-east-2\n");
        WriteSsoCache(home, null, "https://legacy.awsapps.com/start", "cached-sso-access-token-legacy");

        await using var session = await CredentialsSession.StartAsync(_fx, home, new Dictionary<string, string?> { ["AWS_PROFILE"] = "sso-legacy" });

        var issued = await CreateAndAssertSignedByAsync(session, () => Issued("GetRoleCredentials"));
        Assert.Equal("345678901235", issued.AccountId);
    }

    [Fact]
    public async Task WebIdentity_TokenFileAndRoleArn_SignsWithTheAssumedRole()
    {
        var home = CredentialsSession.NewHome();
        var tokenFile = CredentialsSession.WriteFile(home, "oidc/token", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmF3c2RpcmVjdCJ9.c2ln");

        await using var session = await CredentialsSession.StartAsync(_fx, home, new Dictionary<string, string?>
        {
            ["AWS_WEB_IDENTITY_TOKEN_FILE"] = tokenFile,
            ["AWS_ROLE_ARN"] = "arn:aws:iam::210987654321:role/github-oidc",
            ["AWS_ROLE_SESSION_NAME"] = "gha-run-42",
        });

        await CreateAndAssertSignedByAsync(session, () => Issued("AssumeRoleWithWebIdentity"));
        var request = Assert.Single(_fx.Emulator.Credentials.RoleRequests);
        Assert.Equal(("arn:aws:iam::210987654321:role/github-oidc", "gha-run-42", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmF3c2RpcmVjdCJ9.c2ln"),
            (request.RoleArn, request.RoleSessionName, request.WebIdentityToken));
    }

    [Fact]
    public async Task Container_FullUriWithAuthorizationToken_SignsWithTheTaskRole()
    {
        _fx.Emulator.Credentials.ContainerAuthorizationToken = "container-auth-token-1";
        var home = CredentialsSession.NewHome();

        await using var session = await CredentialsSession.StartAsync(_fx, home, new Dictionary<string, string?>
        {
            ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = new Uri(_fx.Emulator.BaseAddress, "v2/credentials/task-1").ToString(),
            ["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = "container-auth-token-1",
        });

        await CreateAndAssertSignedByAsync(session, () => Issued("container"));
    }

    [Fact]
    public async Task Container_FullUriWithAuthorizationTokenFile_SignsWithTheTaskRole()
    {
        _fx.Emulator.Credentials.ContainerAuthorizationToken = "pod-identity-token-2";
        var home = CredentialsSession.NewHome();
        var tokenFile = CredentialsSession.WriteFile(home, "eks/token", "pod-identity-token-2");

        await using var session = await CredentialsSession.StartAsync(_fx, home, new Dictionary<string, string?>
        {
            ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = new Uri(_fx.Emulator.BaseAddress, "v2/credentials/pod").ToString(),
            ["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"] = tokenFile,
        });

        await CreateAndAssertSignedByAsync(session, () => Issued("container"));
    }

    [Fact]
    public async Task InstanceMetadata_Imdsv2AtOverriddenEndpoint_SignsWithTheInstanceRole()
    {
        var home = CredentialsSession.NewHome();

        await using var session = await CredentialsSession.StartAsync(_fx, home, new Dictionary<string, string?>
        {
            ["AWS_EC2_METADATA_DISABLED"] = null,
            ["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = _fx.Emulator.BaseAddress.ToString().TrimEnd('/'),
        });

        await CreateAndAssertSignedByAsync(session, () => Issued("imds"));
        var metadata = _fx.Emulator.Calls.Where(c => c.Service == "imds").Select(c => c.Operation).ToList();
        Assert.Equal("GetToken", metadata[0]);
        Assert.Contains("GetInstanceCredentials", metadata);
    }

    private IssuedCredentials Issued(string source) =>
        Assert.Single(_fx.Emulator.Credentials.All, c => c.Source == source);

    private Task<IssuedCredentials> CreateAndAssertSignedByAsync(CredentialsSession session, IssuedCredentials expected, string? secret = null) =>
        CreateAndAssertSignedByAsync(session, () => expected, secret);

    /// <param name="expectedAfter">Read after the create: the credentials the source issued on the way.</param>
    private async Task<IssuedCredentials> CreateAndAssertSignedByAsync(CredentialsSession session, Func<IssuedCredentials> expectedAfter, string? secret = null)
    {
        StepResult created;
        try
        {
            created = await session.Driver.UpAsync(Type, "tracking", Tracking());
        }
        catch (Grpc.Core.RpcException e)
        {
            throw new InvalidOperationException(e.Status.Detail + "\nemulator calls:\n" + string.Join('\n', _fx.Emulator.Calls.Select(c => $"{c.Service} {c.Method} {c.Path} {c.Operation} {c.HttpStatus} {c.ErrorCode}")), e);
        }

        var expected = expectedAfter();

        Assert.False(created.HasFailures);
        RecordedCall create = Assert.Single(_fx.Emulator.Calls, c => c.Operation == "CreateConfig");
        Assert.Equal((expected.AccessKeyId, expected.SessionToken, SignatureCheck.Verified), (create.AccessKeyId, create.SessionToken, create.Signature));
        Assert.Equal(200, create.HttpStatus);

        // The secret (and the session token) are nowhere a user sees them.
        var visible = string.Join('\n', session.Plugin.StderrLines) + session.Plugin.StdoutAfterPortLine
            + string.Join('\n', _fx.Engine.Logs.Select(l => l.Message)) + created.Outputs?.ToString() + created.CheckedInputs?.ToString();
        Assert.DoesNotContain(secret ?? expected.SecretAccessKey, visible, StringComparison.Ordinal);
        if (expected.SessionToken is not null)
        {
            Assert.DoesNotContain(expected.SessionToken, visible, StringComparison.Ordinal);
        }

        return expected;
    }

    // ~/.aws/sso/cache/<sha1 of the sso-session name, or of the start URL for legacy profiles>.json, as `aws sso login` writes it.
    private static void WriteSsoCache(DirectoryInfo home, string? sessionName, string startUrl, string accessToken)
    {
#pragma warning disable CA5350 // the AWS CLI names its SSO cache files by SHA-1; nothing is protected by it
        var key = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(sessionName ?? startUrl)));
#pragma warning restore CA5350
        var cache = new JObject
        {
            ["startUrl"] = startUrl,
            ["region"] = CredentialsSession.Region,
            ["accessToken"] = accessToken,
            ["expiresAt"] = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (sessionName is not null)
        {
            cache["clientId"] = "emulator-client-id";
            cache["clientSecret"] = "emulator-client-secret";
            cache["registrationExpiresAt"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            cache["refreshToken"] = "emulator-refresh-token";
        }

        CredentialsSession.WriteFile(home, $".aws/sso/cache/{key}.json", cache.ToString());
    }
}
