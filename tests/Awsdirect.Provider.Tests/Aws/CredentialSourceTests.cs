using Awsdirect.Provider.Aws.Core;

namespace Awsdirect.Provider.Tests.Aws;

public sealed class CredentialSourceTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"awsdirect-creds-{Guid.NewGuid():N}");

    public CredentialSourceTests()
    {
        File.WriteAllText(_file, """
            [dev]
            aws_access_key_id = AKIADEVEXAMPLE
            aws_secret_access_key = dev-secret-example
            aws_session_token = dev-token
            region = eu-central-1

            [other]
            aws_access_key_id = AKIAOTHER
            aws_secret_access_key = other-secret
            """);
    }

    public void Dispose() => File.Delete(_file);

    [Fact]
    public async Task NamedProfile_IsReadFromTheSharedCredentialsFile()
    {
        var source = new SdkCredentialSource("dev", _file);

        var credentials = await source.GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("AKIADEVEXAMPLE", credentials.AccessKey);
        Assert.Equal("dev-token", credentials.Token);
    }

    [Fact]
    public async Task UnknownProfile_FailsWithMessageNamingItAndTheFilesLookedAt()
    {
        var source = new SdkCredentialSource("missing", _file);

        var e = await Assert.ThrowsAsync<AwsConfigurationException>(() => source.GetCredentialsAsync(CancellationToken.None));

        Assert.Contains("'missing'", e.Message, StringComparison.Ordinal);
        Assert.Contains("AWS_SHARED_CREDENTIALS_FILE", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Construction_TouchesNothing_ResolutionHappensAtFirstUse()
    {
        File.Delete(_file);
        var source = new SdkCredentialSource("dev", _file);
        File.WriteAllText(_file, "[dev]\naws_access_key_id = AKIALATE\naws_secret_access_key = late-secret\n");

        var credentials = await source.GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("AKIALATE", credentials.AccessKey);
    }

    [Fact]
    public void ProfileRegion_ComesFromTheNamedProfile()
    {
        var env = new ProcessAwsEnvironment(_file);

        Assert.Equal("eu-central-1", env.ProfileRegion("dev"));
        Assert.Null(env.ProfileRegion("other"));
        Assert.Null(env.ProfileRegion("missing"));
    }
}
