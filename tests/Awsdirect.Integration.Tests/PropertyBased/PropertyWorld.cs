using System.Collections.Immutable;
using Amazon.Runtime;
using Awsdirect.Provider.Aws;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Configuration;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.CloudFront.ConnectionGroups;
using Awsdirect.Provider.Resources.Common;
using Awsdirect.Provider.Resources.GroundStation.Configs;
using Awsdirect.Provider.Resources.GroundStation.EndpointGroups;
using Awsdirect.Provider.Resources.GroundStation.MissionProfiles;
using Awsdirect.Provider.Tests.Time;
using AwsEmulator;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Integration.Tests.PropertyBased;

/// <summary>
/// The five handlers with the provider's real AWS clients against one in-process emulator over real HTTP
/// (CloudFront deploys at once and the waiter polls every few milliseconds, so cases stay fast).
/// </summary>
public sealed class PropertyWorld : IAsyncLifetime
{
    private EmulatorHost? _emulator;

    public EmulatorHost Emulator => _emulator ?? throw new InvalidOperationException("not started");

    public IReadOnlyDictionary<string, IResourceHandler> Handlers { get; private set; } = new Dictionary<string, IResourceHandler>();

    public ConfigPool Pool { get; } = new();

    public async Task InitializeAsync()
    {
        _emulator = await EmulatorHost.StartAsync(new EmulatorOptions { CloudFrontDeploymentDelay = TimeSpan.Zero });
        var config = ProviderConfiguration.Default with
        {
            Region = "us-east-2",
            Endpoints = new ServiceEndpoints(_emulator.BaseAddress, _emulator.BaseAddress),
        };
        var options = new AwsClientOptions
        {
            Credentials = new StaticCredentialSource(new ImmutableCredentials("AKIAEMULATOR", "emulator-secret", null)),
            Time = new SleeplessTime(DateTimeOffset.UtcNow),
        };
        var (groundStation, cloudFront) = AwsClientFactory.Create(config, null, options);
        var services = new ProviderServices(config, new SilentLog(), groundStation, cloudFront);
        var fast = new StatusWaiterOptions { InitialDelay = TimeSpan.FromMilliseconds(1), Step = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };
        Handlers = new Dictionary<string, IResourceHandler>(StringComparer.Ordinal)
        {
            [ConfigHandler.TypeToken] = new ConfigHandler(services),
            [DataflowEndpointGroupHandler.TypeToken] = new DataflowEndpointGroupHandler(services),
            [DataflowEndpointGroupV2Handler.TypeToken] = new DataflowEndpointGroupV2Handler(services),
            [MissionProfileHandler.TypeToken] = new MissionProfileHandler(services),
            [ConnectionGroupHandler.TypeToken] = new ConnectionGroupHandler(services, fast),
        };
        await Pool.CreateAsync(this);
    }

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    public static string Urn(string type, string name) => $"urn:pulumi:prop::suite::{type}::{name}";

    public Task<CheckResult> CheckAsync(string type, string name, PropertyMap olds, PropertyMap news, byte[] seed) =>
        Handlers[type].CheckAsync(new CheckRequest(Urn(type, name), name, type, olds, news, seed), CancellationToken.None);

    public Task<DiffResult> DiffAsync(string type, string name, string id, PropertyMap oldState, PropertyMap oldInputs, PropertyMap news) =>
        Handlers[type].DiffAsync(new DiffRequest(Urn(type, name), id, oldState, oldInputs, news, ImmutableArray<string>.Empty), CancellationToken.None);

    private sealed class SilentLog : IEngineLog
    {
        public Task LogAsync(LogSeverity severity, string message, string? urn = null, bool ephemeral = false) => Task.CompletedTask;
    }
}

/// <summary>One config of each type, created once per run, that generated mission profiles refer to.</summary>
public sealed class ConfigPool
{
    private readonly Dictionary<string, string> _arns = new(StringComparer.Ordinal);

    /// <summary>The ARN of the pool's config of a type (a second dataflow-endpoint config when asked).</summary>
    public string Arn(string configType, bool second = false) => _arns[second && configType == "dataflow-endpoint" ? "dataflow-endpoint-2" : configType];

    public async Task CreateAsync(PropertyWorld world)
    {
        var r = new CaseRandom(new CsCheck.PCG(7, 7));
        var generator = new ModelCases(r, this);
        foreach (var (key, kind) in new[]
        {
            ("tracking", "trackingConfig"), ("antenna-downlink", "antennaDownlinkConfig"), ("antenna-downlink-demod-decode", "antennaDownlinkDemodDecodeConfig"),
            ("dataflow-endpoint", "dataflowEndpointConfig"), ("dataflow-endpoint-2", "dataflowEndpointConfig"), ("s3-recording", "s3RecordingConfig"),
            ("antenna-uplink", "antennaUplinkConfig"), ("uplink-echo", "uplinkEchoConfig"), ("telemetry-sink", "telemetrySinkConfig"),
        })
        {
            var program = PropertyJson.FromJObject(generator.Config(kind, 0));
            var check = await world.CheckAsync(ConfigHandler.TypeToken, "pool-" + key, PropertyMap.Empty, program, [1]);
            if (check.Failures.Count > 0)
            {
                throw new InvalidOperationException($"pool config {key} failed Check: {string.Join("; ", check.Failures.Select(f => $"{f.Property}: {f.Reason}"))}");
            }

            var created = await world.Handlers[ConfigHandler.TypeToken].CreateAsync(new CreateRequest(PropertyWorld.Urn(ConfigHandler.TypeToken, "pool-" + key), check.Inputs, Preview: false), CancellationToken.None);
            _arns[key] = created.Outputs["arn"].StringValue;
        }
    }

    internal static JObject Json(PropertyMap map) => PropertyJson.ToJObject(map);
}
