using Amazon.Runtime;
using Awsdirect.Provider.Aws;
using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Configuration;
using AwsEmulator;

namespace Awsdirect.Integration.Tests.Aws;

/// <summary>
/// One in-process emulator per test class, and the provider's real clients pointed at it over real
/// HTTP. Only the retry sleep is replaced (recorded instead of waited) so fault tests stay fast.
/// </summary>
public sealed class EmulatorClients : IAsyncLifetime
{
    public const string Region = "us-west-2";

    private EmulatorHost? _emulator;

    public EmulatorHost Emulator => _emulator ?? throw new InvalidOperationException("emulator not started");

    public IGroundStationApi GroundStation { get; private set; } = null!;

    public ICloudFrontApi CloudFront { get; private set; } = null!;

    public List<TimeSpan> RetryDelays { get; } = [];

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
            Delay = (delay, _) =>
            {
                lock (RetryDelays)
                {
                    RetryDelays.Add(delay);
                }

                return Task.CompletedTask;
            },
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
        lock (RetryDelays)
        {
            RetryDelays.Clear();
        }
    }
}
