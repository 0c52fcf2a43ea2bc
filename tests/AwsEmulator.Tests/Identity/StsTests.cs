using System.Net;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using AwsEmulator.Http;
using AwsEmulator.Tests.Infrastructure;

namespace AwsEmulator.Tests.Identity;

/// <summary>The emulator's STS over real HTTP, driven by AWS's own STS client (query protocol, SigV4).</summary>
public sealed class StsTests : IClassFixture<EmulatorFixture>
{
    private const string SourceKey = "AKIAEMULATORSOURCE01";
    private const string SourceSecret = "source-secret-for-sts-tests-0000000000";
    private readonly EmulatorFixture _fixture;

    public StsTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Host.Reset();
    }

    private AmazonSecurityTokenServiceClient Client(AWSCredentials credentials) => new(credentials, new AmazonSecurityTokenServiceConfig
    {
        ServiceURL = _fixture.Host.BaseAddress.ToString(),
        AuthenticationRegion = "us-east-2",
        MaxErrorRetry = 0,
    });

    [Fact]
    public async Task AssumeRole_SignedWithRegisteredKeys_IssuesVerifiableCredentialsOfTheRolesAccount()
    {
        _fixture.Host.Credentials.Register(SourceKey, SourceSecret);
        using var source = Client(new BasicAWSCredentials(SourceKey, SourceSecret));

        var assumed = await source.AssumeRoleAsync(new AssumeRoleRequest
        {
            RoleArn = "arn:aws:iam::210987654321:role/deployer",
            RoleSessionName = "pulumi-ci",
            ExternalId = "ext-42",
            DurationSeconds = 1800,
            Tags = [new Tag { Key = "team", Value = "ops" }],
        });
        using var asRole = Client(new SessionAWSCredentials(assumed.Credentials.AccessKeyId, assumed.Credentials.SecretAccessKey, assumed.Credentials.SessionToken));
        var identity = await asRole.GetCallerIdentityAsync(new GetCallerIdentityRequest());

        Assert.StartsWith("ASIA", assumed.Credentials.AccessKeyId, StringComparison.Ordinal);
        Assert.Equal("arn:aws:sts::210987654321:assumed-role/deployer/pulumi-ci", assumed.AssumedRoleUser.Arn);
        Assert.Equal("210987654321", identity.Account);
        Assert.Equal(assumed.AssumedRoleUser.Arn, identity.Arn);
        var request = Assert.Single(_fixture.Host.Credentials.RoleRequests);
        Assert.Equal(("ext-42", 1800, SourceKey), (request.ExternalId, request.DurationSeconds, request.CallerAccessKeyId));
        Assert.Equal("ops", request.Tags["team"]);
        var calls = _fixture.Host.Calls;
        Assert.Equal(["AssumeRole", "GetCallerIdentity"], calls.Select(c => c.Operation));
        Assert.All(calls, c => Assert.Equal(SignatureCheck.Verified, c.Signature));
        Assert.Equal(assumed.Credentials.SessionToken, calls[1].SessionToken);
    }

    [Fact]
    public async Task GetCallerIdentity_WrongSecretForKnownKey_IsSignatureDoesNotMatch()
    {
        _fixture.Host.Credentials.Register(SourceKey, SourceSecret);
        using var client = Client(new BasicAWSCredentials(SourceKey, "not-the-secret-the-emulator-issued-000"));

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => client.GetCallerIdentityAsync(new GetCallerIdentityRequest()));

        Assert.Equal(("SignatureDoesNotMatch", HttpStatusCode.Forbidden), (error.ErrorCode, error.StatusCode));
        Assert.Equal(SignatureCheck.Refused, Assert.Single(_fixture.Host.Calls).Signature);
    }

    [Fact]
    public async Task GetCallerIdentity_TemporaryKeysWithoutTheirSessionToken_IsInvalidClientTokenId()
    {
        var issued = _fixture.Host.Credentials.Issue("210987654321", "arn:aws:sts::210987654321:assumed-role/r/s", TimeSpan.FromHours(1), "test", DateTimeOffset.UtcNow);
        using var client = Client(new BasicAWSCredentials(issued.AccessKeyId, issued.SecretAccessKey));

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => client.GetCallerIdentityAsync(new GetCallerIdentityRequest()));

        Assert.Equal("InvalidClientTokenId", error.ErrorCode);
    }

    [Fact]
    public async Task GetCallerIdentity_ExpiredCredentials_IsExpiredToken()
    {
        var issued = _fixture.Host.Credentials.Issue("210987654321", "arn:aws:sts::210987654321:assumed-role/r/s", TimeSpan.FromSeconds(-1), "test", DateTimeOffset.UtcNow);
        using var client = Client(new SessionAWSCredentials(issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken));

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => client.GetCallerIdentityAsync(new GetCallerIdentityRequest()));

        Assert.Equal("ExpiredToken", error.ErrorCode);
    }

    [Fact]
    public async Task AssumeRoleWithWebIdentity_Unsigned_IssuesCredentialsAndRecordsTheToken()
    {
        using var client = Client(new AnonymousAWSCredentials());

        var assumed = await client.AssumeRoleWithWebIdentityAsync(new AssumeRoleWithWebIdentityRequest
        {
            RoleArn = "arn:aws:iam::210987654321:role/github-oidc",
            RoleSessionName = "gha-run-7",
            WebIdentityToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm8vcjpyZWYifQ.sig",
        });

        Assert.Equal("arn:aws:sts::210987654321:assumed-role/github-oidc/gha-run-7", assumed.AssumedRoleUser.Arn);
        Assert.NotNull(_fixture.Host.Credentials.Find(assumed.Credentials.AccessKeyId));
        Assert.Equal("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm8vcjpyZWYifQ.sig", Assert.Single(_fixture.Host.Credentials.RoleRequests).WebIdentityToken);
        Assert.Equal(SignatureCheck.Unsigned, Assert.Single(_fixture.Host.Calls).Signature);
    }

    [Fact]
    public async Task AssumeRole_SessionNameOfOneCharacter_IsValidationErrorNamingRoleSessionName()
    {
        using var client = Client(new BasicAWSCredentials(SourceKey, SourceSecret));

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => client.AssumeRoleAsync(new AssumeRoleRequest
        {
            RoleArn = "arn:aws:iam::210987654321:role/deployer",
            // Built at run time: AWS's analyzers refuse the literal at compile time, AWS itself at call time.
            RoleSessionName = new string('x', 1),
        }));

        Assert.Equal("ValidationError", error.ErrorCode);
        Assert.Contains("'roleSessionName'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssumeRole_DurationBelow900Seconds_IsValidationErrorNamingDurationSeconds()
    {
        using var client = Client(new BasicAWSCredentials(SourceKey, SourceSecret));

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => client.AssumeRoleAsync(new AssumeRoleRequest
        {
            RoleArn = "arn:aws:iam::210987654321:role/deployer",
            RoleSessionName = "pulumi",
            DurationSeconds = int.Parse("899", System.Globalization.CultureInfo.InvariantCulture),
        }));

        Assert.Equal("ValidationError", error.ErrorCode);
        Assert.Contains("'durationSeconds'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssumeRole_Unsigned_IsMissingAuthenticationToken()
    {
        using var client = Client(new AnonymousAWSCredentials());

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => client.AssumeRoleAsync(new AssumeRoleRequest
        {
            RoleArn = "arn:aws:iam::210987654321:role/deployer",
            RoleSessionName = "pulumi",
        }));

        Assert.Equal(("MissingAuthenticationToken", HttpStatusCode.Forbidden), (error.ErrorCode, error.StatusCode));
    }
}
