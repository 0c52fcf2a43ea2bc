namespace AwsEmulator.Tests.Infrastructure;

/// <summary>One emulator per test class; each test resets it in its constructor.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public static readonly TimeSpan DeploymentDelay = TimeSpan.FromMilliseconds(250);

    private EmulatorHost? _host;

    public EmulatorHost Host => _host ?? throw new InvalidOperationException("Emulator not started.");

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(new EmulatorOptions { CloudFrontDeploymentDelay = DeploymentDelay });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    public AwsTestClient NewClient()
    {
        _host!.Reset();
        return new AwsTestClient(_host.BaseAddress);
    }
}
