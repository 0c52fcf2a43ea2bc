namespace AwsEmulator.Control;

/// <summary>
/// The names of injected faults, as counted by <c>GET /_emulator/faults/injected</c> and weighted by the
/// random mode (<c>POST /_emulator/faults/random</c>).
/// </summary>
public static class FaultKinds
{
    /// <summary>The service's throttling error, before the call is performed.</summary>
    public const string Throttle = "throttle";

    /// <summary>A 5xx error (rule or random: <c>InternalFailure</c> 500 / <c>ServiceUnavailable</c> 503) before the call is performed.</summary>
    public const string Error5xx = "error5xx";

    /// <summary>Any other injected error code (a rule's 4xx <c>errorCode</c>), before the call is performed.</summary>
    public const string Error4xx = "error4xx";

    /// <summary>The connection is reset after the request arrived, before the call is performed.</summary>
    public const string ResetBeforeCommit = "resetBeforeCommit";

    /// <summary>The call is performed, then the connection is reset without an answer.</summary>
    public const string DropAfterCommit = "dropAfterCommit";

    /// <summary>The call is performed, then answered with an empty 500.</summary>
    public const string Status500AfterCommit = "status500AfterCommit";

    /// <summary>The answer is delayed.</summary>
    public const string Latency = "latency";

    /// <summary>The CloudFront change the call made takes longer to deploy.</summary>
    public const string SlowDeployment = "slowDeployment";

    /// <summary>Every kind, in the order reports list them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Throttle, Error5xx, Error4xx, ResetBeforeCommit, DropAfterCommit, Status500AfterCommit, Latency, SlowDeployment];
}
