using Amazon.Runtime;
using Awsdirect.Provider.Aws;
using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Configuration;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Tests.Time;

namespace Awsdirect.Provider.Tests.Aws;

/// <summary>Real clients over a fake transport, fixed credentials and clock, and recorded (not slept) retry delays.</summary>
internal sealed class AwsTestClients
{
    public static readonly DateTimeOffset Now = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public AwsTestClients(ProviderConfiguration? config = null, IAwsEnvironment? env = null, double jitter = 0.5, IEngineLog? log = null, TimeSpan? attemptTimeout = null, HttpMessageHandler? handler = null)
    {
        var options = new AwsClientOptions
        {
            Environment = env ?? new FakeAwsEnvironment(),
            Credentials = new StaticCredentialSource(new ImmutableCredentials("AKIDTEST", "secret-test-key", null)),
            Handler = () => handler ?? Handler,
            Jitter = () => jitter,
            Time = Time,
            AttemptTimeout = attemptTimeout,
        };
        config ??= ProviderConfiguration.Default with
        {
            Region = "us-west-2",
            Endpoints = new ServiceEndpoints(new Uri("https://gs.test"), new Uri("https://cf.test")),
        };
        (GroundStation, CloudFront) = AwsClientFactory.Create(config, log, options);
    }

    public FakeAwsHandler Handler { get; } = new();

    /// <summary>The signing clock (at <see cref="Now"/> until a retry sleeps) and the retry sleeps.</summary>
    public SleeplessTime Time { get; } = new(Now);

    /// <summary>The retry sleeps, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays => Time.Sleeps;

    public IGroundStationApi GroundStation { get; }

    public ICloudFrontApi CloudFront { get; }
}

internal sealed class FakeAwsEnvironment(Dictionary<string, string>? variables = null, string? profileRegion = null) : IAwsEnvironment
{
    public string? Get(string name) => variables is not null && variables.TryGetValue(name, out var v) ? v : null;

    public string? ProfileRegion(string? profile) => profileRegion;
}

internal sealed class RecordingLog : IEngineLog
{
    public List<(LogSeverity Severity, string Message)> Messages { get; } = [];

    public Task LogAsync(LogSeverity severity, string message, string? urn = null, bool ephemeral = false)
    {
        lock (Messages)
        {
            Messages.Add((severity, message));
        }

        return Task.CompletedTask;
    }
}
