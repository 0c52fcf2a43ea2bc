using System.Net;
using Amazon.Runtime;
using Amazon.SSO;
using Amazon.SSO.Model;
using AwsEmulator.Sts;
using AwsEmulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Tests.Identity;

/// <summary>The SSO portal (through AWS's SSO client), IMDSv2 and the container endpoint over real HTTP.</summary>
public sealed class WorkloadCredentialsTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public WorkloadCredentialsTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Host.Reset();
    }

    private AmazonSSOClient Sso() => new(new AnonymousAWSCredentials(), new AmazonSSOConfig
    {
        ServiceURL = _fixture.Host.BaseAddress.ToString(),
        AuthenticationRegion = "eu-west-1",
        MaxErrorRetry = 0,
    });

    [Fact]
    public async Task GetRoleCredentials_RegisteredAccessToken_IssuesCredentialsInTheAskedAccount()
    {
        _fixture.Host.Credentials.RegisterSsoToken("sso-access-token-1");
        using var client = Sso();

        var response = await client.GetRoleCredentialsAsync(new GetRoleCredentialsRequest
        {
            AccessToken = "sso-access-token-1",
            AccountId = "345678901234",
            RoleName = "GroundStationAdmin",
        });

        var issued = _fixture.Host.Credentials.Find(response.RoleCredentials.AccessKeyId);
        Assert.Equal("345678901234", issued?.AccountId);
        Assert.Equal(issued!.SessionToken, response.RoleCredentials.SessionToken);
        Assert.True(response.RoleCredentials.Expiration > DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task GetRoleCredentials_UnknownAccessToken_IsUnauthorized()
    {
        using var client = Sso();

        var error = await Assert.ThrowsAsync<UnauthorizedException>(() => client.GetRoleCredentialsAsync(new GetRoleCredentialsRequest
        {
            AccessToken = "expired-or-unknown",
            AccountId = "345678901234",
            RoleName = "GroundStationAdmin",
        }));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task InstanceMetadata_TokenThenRoleThenCredentials_IssuesInstanceRoleCredentials()
    {
        using var http = new HttpClient { BaseAddress = _fixture.Host.BaseAddress };
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Put, "/latest/api/token");
        tokenRequest.Headers.Add("X-aws-ec2-metadata-token-ttl-seconds", "21600");
        var token = await (await http.SendAsync(tokenRequest)).Content.ReadAsStringAsync();

        var role = await GetAsync(http, "/latest/meta-data/iam/security-credentials/", token);
        var credentials = JObject.Parse(await GetAsync(http, "/latest/meta-data/iam/security-credentials/" + role, token));

        Assert.Equal(CredentialRegistry.DefaultInstanceRole, role);
        Assert.Equal("Success", (string?)credentials["Code"]);
        Assert.NotNull(_fixture.Host.Credentials.Find((string)credentials["AccessKeyId"]!));
        Assert.Equal(["GetToken", "GetInstanceRole", "GetInstanceCredentials"], _fixture.Host.Calls.Select(c => c.Operation));
    }

    [Fact]
    public async Task InstanceMetadata_CredentialsWithoutSessionToken_Is401()
    {
        using var http = new HttpClient { BaseAddress = _fixture.Host.BaseAddress };

        var response = await http.GetAsync(new Uri("/latest/meta-data/iam/security-credentials/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task InstanceMetadata_TokenTtlAbove21600_Is400()
    {
        using var http = new HttpClient { BaseAddress = _fixture.Host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Put, "/latest/api/token");
        request.Headers.Add("X-aws-ec2-metadata-token-ttl-seconds", "21601");

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ContainerCredentials_RequiredTokenMissing_Is403_AndWithIt_IssuesCredentials()
    {
        _fixture.Host.Credentials.ContainerAuthorizationToken = "container-auth-7";
        _fixture.Host.Credentials.WorkloadAccountId = "456789012345";
        using var http = new HttpClient { BaseAddress = _fixture.Host.BaseAddress };

        var refused = await http.GetAsync(new Uri("/v2/credentials/task-1", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v2/credentials/task-1");
        request.Headers.TryAddWithoutValidation("Authorization", "container-auth-7");
        var body = JObject.Parse(await (await http.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("456789012345", _fixture.Host.Credentials.Find((string)body["AccessKeyId"]!)?.AccountId);
        Assert.Equal("arn:aws:iam::456789012345:role/awsdirect-task-role", (string?)body["RoleArn"]);
    }

    private static async Task<string> GetAsync(HttpClient http, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-aws-ec2-metadata-token", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
