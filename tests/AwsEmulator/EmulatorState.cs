using AwsEmulator.CloudFront;
using AwsEmulator.Control;
using AwsEmulator.GroundStation;

namespace AwsEmulator;

/// <summary>Everything one emulator instance remembers; reset as a whole by <c>POST /_emulator/reset</c>.</summary>
internal sealed class EmulatorState
{
    public EmulatorState(EmulatorOptions options)
    {
        Options = options;
        GroundStation = new GroundStationStore(options);
        CloudFront = new CloudFrontStore(options);
    }

    public EmulatorOptions Options { get; }

    public CallLog Calls { get; } = new();

    public FaultSet Faults { get; } = new();

    public GroundStationStore GroundStation { get; }

    public CloudFrontStore CloudFront { get; }

    public void Reset()
    {
        GroundStation.Clear();
        CloudFront.Clear();
        Calls.Clear();
        Faults.Clear();
        Faults.Injected.Clear();
    }
}
