using AwsEmulator;
using AwsEmulator.Control;
using Google.Protobuf.WellKnownTypes;
using Newtonsoft.Json.Linq;
using Pulumirpc;

namespace Awsdirect.Integration.Tests.Engine;

/// <summary>
/// Everything an engine-protocol test needs, started once per test class (<c>IClassFixture&lt;PluginFixture&gt;</c>):
/// the AWS emulator in process, a <see cref="FakeEngine"/>, the real plugin process started as the engine
/// starts it, handshaken and configured with endpoints pointing at the emulator and fake credentials.
/// </summary>
public class PluginFixture : IAsyncLifetime, IDisposable
{
    /// <summary>Region the plugin is configured with (via <c>AWS_REGION</c>).</summary>
    public const string Region = "us-east-2";

    private EmulatorHost? _emulator;
    private FakeEngine? _engine;
    private PluginProcess? _plugin;
    private ProviderClient? _provider;
    private EngineDriver? _driver;

    public EmulatorHost Emulator => _emulator ?? throw NotStarted();

    public FakeEngine Engine => _engine ?? throw NotStarted();

    public PluginProcess Plugin => _plugin ?? throw NotStarted();

    public ProviderClient Provider => _provider ?? throw NotStarted();

    /// <summary>A mini engine with its own state; call <see cref="NewDriver"/> for a fresh one per test.</summary>
    public EngineDriver Driver => _driver ?? throw NotStarted();

    /// <summary>The environment the plugin runs with: fake credentials and region, nothing from the host's AWS setup.</summary>
    public static IReadOnlyDictionary<string, string?> PluginEnvironment { get; } = new Dictionary<string, string?>
    {
        ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLEFIXTURE01",
        ["AWS_SECRET_ACCESS_KEY"] = "fixture-secret-key-not-real",
        ["AWS_SESSION_TOKEN"] = null,
        ["AWS_REGION"] = Region,
        ["AWS_DEFAULT_REGION"] = null,
        ["AWS_PROFILE"] = null,
        ["AWS_ENDPOINT_URL"] = null,
        ["AWS_ENDPOINT_URL_GROUNDSTATION"] = null,
        ["AWS_ENDPOINT_URL_CLOUDFRONT"] = null,
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_CONFIG_FILE"] = "/nonexistent/aws-config",
        ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/aws-credentials",
    };

    /// <summary>Emulator settings; override to change them (e.g. a shorter CloudFront deployment delay).</summary>
    protected virtual EmulatorOptions EmulatorOptions => new() { CloudFrontDeploymentDelay = TimeSpan.FromMilliseconds(300) };

    /// <summary>Provider configuration sent to CheckConfig/Configure besides the endpoints; override to add keys.</summary>
    protected virtual JObject ExtraConfig => [];

    public async Task InitializeAsync()
    {
        _emulator = await EmulatorHost.StartAsync(EmulatorOptions).ConfigureAwait(false);
        _engine = await FakeEngine.StartAsync().ConfigureAwait(false);
        _plugin = await PluginProcess.StartAsync(_engine.Address, PluginEnvironment).ConfigureAwait(false);
        _provider = new ProviderClient(_plugin.Address);
        await _provider.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = _engine.Address }).ConfigureAwait(false);
        await ConfigureAsync(ProviderConfig()).ConfigureAwait(false);
        _driver = NewDriver();
    }

    /// <summary>The provider config the fixture uses: endpoints at the emulator plus <see cref="ExtraConfig"/>.</summary>
    public JObject ProviderConfig()
    {
        var endpoint = Emulator.BaseAddress.ToString().TrimEnd('/');
        var config = new JObject
        {
            ["endpoints"] = new JObject { ["groundstation"] = endpoint, ["cloudfront"] = endpoint },
            ["version"] = "0.1.0",
        };
        config.Merge(ExtraConfig);
        return config;
    }

    /// <summary>CheckConfig then Configure, as the engine configures a default provider; throws if CheckConfig fails.</summary>
    public async Task<ConfigureResponse> ConfigureAsync(JObject config)
    {
        ArgumentNullException.ThrowIfNull(config);
        const string urn = "urn:pulumi:dev::mission::pulumi:providers:awsdirect::default";
        var checkedConfig = await Provider.CheckConfigAsync(new CheckRequest
        {
            Urn = urn,
            Name = "default",
            Type = "pulumi:providers:awsdirect",
            Olds = new Struct(),
            News = StructJson.ToStruct(config),
        }).ConfigureAwait(false);
        if (checkedConfig.Failures.Count > 0)
        {
            throw new InvalidOperationException("CheckConfig failed: " + string.Join("; ", checkedConfig.Failures.Select(f => $"{f.Property}: {f.Reason}")));
        }

        return await Provider.ConfigureAsync(new ConfigureRequest
        {
            Args = checkedConfig.Inputs,
            AcceptSecrets = true,
            AcceptResources = true,
            SendsOldInputs = true,
            SendsOldInputsToDelete = true,
        }).ConfigureAwait(false);
    }

    /// <summary>A mini engine with empty state over this fixture's plugin.</summary>
    public EngineDriver NewDriver(string stack = "dev", string project = "mission") => new(Provider, stack, project);

    /// <summary>The AWS calls the emulator answered since the last clear, then clears the log.</summary>
    public async Task<IReadOnlyList<RecordedCall>> TakeCallsAsync()
    {
        var calls = Emulator.Calls;
        await ClearCallsAsync().ConfigureAwait(false);
        return calls;
    }

    /// <summary>Clears the emulator's call log (resources are kept; <c>Emulator.Reset()</c> forgets everything).</summary>
    public async Task ClearCallsAsync()
    {
        using var http = new HttpClient { BaseAddress = Emulator.BaseAddress };
        using var response = await http.DeleteAsync(new Uri("_emulator/calls", UriKind.Relative)).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        if (_plugin is not null)
        {
            await _plugin.DisposeAsync().ConfigureAwait(false);
        }

        if (_engine is not null)
        {
            await _engine.DisposeAsync().ConfigureAwait(false);
        }

        if (_emulator is not null)
        {
            await _emulator.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _provider?.Dispose();
            _provider = null;
        }
    }

    private static InvalidOperationException NotStarted() => new("The plugin fixture is not initialised.");
}
