using AwsEmulator.CloudFront;
using AwsEmulator.Control;
using AwsEmulator.GroundStation;
using AwsEmulator.Sts;

namespace AwsEmulator;

/// <summary>Everything one emulator instance remembers; reset as a whole by <c>POST /_emulator/reset</c>.</summary>
internal sealed class EmulatorState
{
    public EmulatorState(EmulatorOptions options)
    {
        Options = options;
        GroundStation = new GroundStationStore(options);
        CloudFront = new CloudFrontStore(options);
        Credentials = new CredentialRegistry(options.AccountId);
    }

    public EmulatorOptions Options { get; }

    public CallLog Calls { get; } = new();

    public FaultSet Faults { get; } = new();

    public GroundStationStore GroundStation { get; }

    public CloudFrontStore CloudFront { get; }

    /// <summary>Credentials the emulator issued or was told about, whose signatures it verifies.</summary>
    public CredentialRegistry Credentials { get; }

    public void Reset()
    {
        GroundStation.Clear();
        CloudFront.Clear();
        Calls.Clear();
        Faults.Clear();
        Faults.Injected.Clear();
        Credentials.Clear();
    }
}
