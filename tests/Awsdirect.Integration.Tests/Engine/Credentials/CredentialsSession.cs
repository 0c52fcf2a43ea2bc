using Google.Protobuf.WellKnownTypes;
using Newtonsoft.Json.Linq;
using Pulumirpc;

namespace Awsdirect.Integration.Tests.Engine.Credentials;

/// <summary>
/// One plugin process started as the engine starts it, with a clean AWS environment (nothing from the
/// host), a private HOME with <c>~/.aws</c>, STS and SSO endpoints at the emulator, plus the variables of
/// the source under test; handshaken and configured (CheckConfig, Configure) with the emulator endpoints.
/// </summary>
public sealed class CredentialsSession : IAsyncDisposable
{
    public const string Region = "us-east-2";

    // Every variable the AWS SDKs read for credentials, cleared unless the test sets it.
    private static readonly string[] AwsVariables =
    [
        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ACCOUNT_ID", "AWS_PROFILE", "AWS_DEFAULT_PROFILE",
        "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_GROUNDSTATION", "AWS_ENDPOINT_URL_CLOUDFRONT",
        "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN", "AWS_ROLE_SESSION_NAME", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_AUTHORIZATION_TOKEN", "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
        "AWS_EC2_METADATA_SERVICE_ENDPOINT", "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
    ];

    private readonly DirectoryInfo _home;

    private CredentialsSession(DirectoryInfo home, PluginProcess plugin, ProviderClient provider)
    {
        _home = home;
        Plugin = plugin;
        Provider = provider;
        Driver = new EngineDriver(provider);
    }

    public PluginProcess Plugin { get; }

    public ProviderClient Provider { get; }

    public EngineDriver Driver { get; }

    /// <summary>A fresh HOME for one test, to write <c>.aws/config</c> and friends into before starting.</summary>
    public static DirectoryInfo NewHome() => Directory.CreateTempSubdirectory("awsdirect-creds-");

    public static async Task<CredentialsSession> StartAsync(
        CredentialsFixture fixture, DirectoryInfo home, IReadOnlyDictionary<string, string?> source, JObject? extraConfig = null)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(home);
        ArgumentNullException.ThrowIfNull(source);
        var endpoint = fixture.Emulator.BaseAddress.ToString().TrimEnd('/');
        var environment = AwsVariables.ToDictionary(v => v, _ => (string?)null, StringComparer.Ordinal);
        environment["HOME"] = home.FullName;
        environment["AWS_CONFIG_FILE"] = Path.Combine(home.FullName, ".aws", "config");
        environment["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(home.FullName, ".aws", "credentials");
        environment["AWS_REGION"] = Region;
        environment["AWS_EC2_METADATA_DISABLED"] = "true";
        environment["AWS_ENDPOINT_URL_STS"] = endpoint;
        environment["AWS_ENDPOINT_URL_SSO"] = endpoint;
        foreach (var (key, value) in source)
        {
            environment[key] = value;
        }

        var plugin = await PluginProcess.StartAsync(fixture.Engine.Address, environment).ConfigureAwait(false);
        var provider = new ProviderClient(plugin.Address);
        var session = new CredentialsSession(home, plugin, provider);
        try
        {
            await provider.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = fixture.Engine.Address }).ConfigureAwait(false);
            var config = new JObject
            {
                ["endpoints"] = new JObject { ["groundstation"] = endpoint, ["cloudfront"] = endpoint },
                ["version"] = "0.1.0",
            };
            config.Merge(extraConfig ?? []);
            await session.ConfigureAsync(config).ConfigureAwait(false);
            return session;
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>CheckConfig then Configure, as the engine configures a provider; the CheckConfig failures are returned.</summary>
    public async Task<IReadOnlyList<CheckFailure>> ConfigureAsync(JObject config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var checkedConfig = await Provider.CheckConfigAsync(new CheckRequest
        {
            Urn = "urn:pulumi:dev::mission::pulumi:providers:awsdirect::default",
            Name = "default",
            Type = "pulumi:providers:awsdirect",
            Olds = new Struct(),
            News = StructJson.ToStruct(config),
        }).ConfigureAwait(false);
        if (checkedConfig.Failures.Count > 0)
        {
            return checkedConfig.Failures;
        }

        await Provider.ConfigureAsync(new ConfigureRequest
        {
            Args = checkedConfig.Inputs,
            AcceptSecrets = true,
            AcceptResources = true,
            SendsOldInputs = true,
            SendsOldInputsToDelete = true,
        }).ConfigureAwait(false);
        return [];
    }

    /// <summary>Writes a file under HOME (creating folders), e.g. <c>.aws/config</c>.</summary>
    public static string WriteFile(DirectoryInfo home, string relativePath, string content)
    {
        ArgumentNullException.ThrowIfNull(home);
        var path = Path.Combine(home.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        Provider.Dispose();
        await Plugin.DisposeAsync().ConfigureAwait(false);
        try
        {
            _home.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
