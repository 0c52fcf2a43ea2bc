using Amazon.Runtime;
using Awsdirect.Provider.Aws;
using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Configuration;
using Awsdirect.Provider.Tests.Time;
using AwsEmulator;

namespace Awsdirect.Integration.Tests.Aws;

/// <summary>
/// One in-process emulator per test class, and the provider's real clients pointed at it over real
/// HTTP. Only time is replaced: retry sleeps pass at once on a fake clock (and are recorded) so fault tests stay fast.
/// </summary>
public sealed class EmulatorClients : IAsyncLifetime
{
    public const string Region = "us-west-2";

    private readonly SleeplessTime _time = new(DateTimeOffset.UtcNow);
    private EmulatorHost? _emulator;

    public EmulatorHost Emulator => _emulator ?? throw new InvalidOperationException("emulator not started");

    public IGroundStationApi GroundStation { get; private set; } = null!;

    public ICloudFrontApi CloudFront { get; private set; } = null!;

    /// <summary>The clients' retry sleeps, in order (they pass at once; the clock starts at the wall clock's time).</summary>
    public IReadOnlyList<TimeSpan> RetryDelays => _time.Sleeps;

    public async Task InitializeAsync()
    {
        _emulator = await EmulatorHost.StartAsync(new EmulatorOptions { CloudFrontDeploymentDelay = TimeSpan.FromMilliseconds(150) });
        var config = ProviderConfiguration.Default with
        {
            Region = Region,
            Endpoints = new ServiceEndpoints(_emulator.BaseAddress, _emulator.BaseAddress),
        };
        var options = new AwsClientOptions
        {
            Credentials = new StaticCredentialSource(new ImmutableCredentials("AKIAEMULATOR", "emulator-secret", null)),
            Time = _time,
        };
        (GroundStation, CloudFront) = AwsClientFactory.Create(config, null, options);
    }

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>Starts a test from a clean emulator.</summary>
    public void Reset()
    {
        Emulator.Reset();
        _time.ClearSleeps();
    }
}
