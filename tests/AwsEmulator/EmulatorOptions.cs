namespace AwsEmulator;

/// <summary>Settings of one emulator instance. Every value has a default that suits command-line runs.</summary>
public sealed class EmulatorOptions
{
    /// <summary>Account id written into every ARN the emulator mints.</summary>
    public string AccountId { get; set; } = "123456789012";

    /// <summary>
    /// How long a CloudFront connection group stays <c>InProgress</c> after a create or update before it
    /// reports <c>Deployed</c>. Tests use a few hundred milliseconds; the default mimics a slow rollout.
    /// </summary>
    public TimeSpan CloudFrontDeploymentDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Ground Station configs allowed per account and region before CreateConfig answers
    /// ResourceLimitExceededException; null means no limit.
    /// </summary>
    public int? GroundStationConfigLimit { get; set; }

    /// <summary>Connection groups allowed per account before CreateConnectionGroup answers EntityLimitExceeded; null means no limit.</summary>
    public int? ConnectionGroupLimit { get; set; }

    /// <summary>Refuse requests that carry no SigV4 <c>Authorization</c> header, as AWS does.</summary>
    public bool RequireAuthentication { get; set; } = true;

    /// <summary>Clock used for timestamps and deployment progress; tests may substitute a fake one.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Write Kestrel's and ASP.NET Core's own log lines to the console (off in-process).</summary>
    public bool ConsoleLogging { get; set; }

    internal EmulatorOptions Clone() => (EmulatorOptions)MemberwiseClone();
}
