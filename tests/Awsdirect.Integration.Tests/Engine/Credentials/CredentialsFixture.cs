using AwsEmulator;

namespace Awsdirect.Integration.Tests.Engine.Credentials;

/// <summary>
/// The emulator and a fake engine shared by a credentials test class; each test starts its own plugin
/// process (<see cref="CredentialsSession"/>) with the environment and files of one credential source.
/// </summary>
public sealed class CredentialsFixture : IAsyncLifetime
{
    private EmulatorHost? _emulator;
    private FakeEngine? _engine;

    public EmulatorHost Emulator => _emulator ?? throw new InvalidOperationException("not started");

    public FakeEngine Engine => _engine ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _emulator = await EmulatorHost.StartAsync(new EmulatorOptions()).ConfigureAwait(false);
        _engine = await FakeEngine.StartAsync().ConfigureAwait(false);
    }

    public async Task DisposeAsync()
    {
        if (_engine is not null)
        {
            await _engine.DisposeAsync().ConfigureAwait(false);
        }

        if (_emulator is not null)
        {
            await _emulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
