using Newtonsoft.Json;

namespace AwsEmulator.Control;

/// <summary>
/// A fault to inject into matching calls. Body of <c>POST /_emulator/faults</c> (camelCase JSON).
/// A rule with neither an error, a throttle, a reset nor a drop only adds latency or slows a deployment.
/// These are test controls, not AWS behaviour: they shape what a client sees of a call (an error before
/// anything happened, a connection lost before or after the write committed, a slow answer or a slow
/// rollout), never what AWS would decide.
/// </summary>
public sealed class FaultRule
{
    /// <summary>Set by the emulator when the rule is added.</summary>
    [JsonProperty("id")]
    public string? Id { get; set; }

    /// <summary><c>groundstation</c> or <c>cloudfront</c>; null matches both.</summary>
    [JsonProperty("service")]
    public string? Service { get; set; }

    /// <summary>Model operation name (e.g. <c>UpdateConnectionGroup</c>); null or <c>*</c> matches all.</summary>
    [JsonProperty("operation")]
    public string? Operation { get; set; }

    /// <summary>AWS error code to answer with, e.g. <c>DependencyException</c> or <c>PreconditionFailed</c>.</summary>
    [JsonProperty("errorCode")]
    public string? ErrorCode { get; set; }

    /// <summary>Status for the error; defaults to the status the service model gives that error code.</summary>
    [JsonProperty("httpStatus")]
    public int? HttpStatus { get; set; }

    /// <summary>Error message; a generic one is used when absent.</summary>
    [JsonProperty("message")]
    public string? Message { get; set; }

    /// <summary>Answer with the service's own throttling error (Ground Station <c>ThrottlingException</c> 429, CloudFront <c>Throttling</c> 400).</summary>
    [JsonProperty("throttle")]
    public bool Throttle { get; set; }

    /// <summary>Probability 0..1 that a matching call is affected.</summary>
    [JsonProperty("rate")]
    public double Rate { get; set; } = 1.0;

    /// <summary>How many calls the rule affects before it retires; null means unlimited.</summary>
    [JsonProperty("count")]
    public int? Count { get; set; }

    /// <summary>Delay added before the call is handled.</summary>
    [JsonProperty("latencyMs")]
    public int LatencyMs { get; set; }

    /// <summary>Perform the call (the write is committed) and then lose the response.</summary>
    [JsonProperty("dropResponseAfterCommit")]
    public bool DropResponseAfterCommit { get; set; }

    /// <summary>
    /// Reset the connection once the request has arrived, without performing the call: the client cannot
    /// tell it from <see cref="DropResponseAfterCommit"/>, but nothing was written.
    /// </summary>
    [JsonProperty("resetBeforeCommit")]
    public bool ResetBeforeCommit { get; set; }

    /// <summary>
    /// For a CloudFront write that starts a deployment (connection group or Anycast IP list create, update,
    /// delete): that change takes this long to deploy instead of the configured deployment delay.
    /// </summary>
    [JsonProperty("deploymentDelayMs")]
    public int? DeploymentDelayMs { get; set; }

    /// <summary>How the response is lost: <c>abort</c> (reset the connection, the default) or <c>status500</c> (an empty 500).</summary>
    [JsonProperty("dropStyle")]
    public string? DropStyle { get; set; }

    /// <summary>How many more times the rule will fire (null = unlimited). Reported by <c>GET /_emulator/faults</c>.</summary>
    [JsonProperty("remaining")]
    public int? Remaining { get; set; }

    internal bool Matches(string service, string operation) =>
        (string.IsNullOrEmpty(Service) || string.Equals(Service, service, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(Operation) || Operation == "*" || string.Equals(Operation, operation, StringComparison.Ordinal));

    internal bool InjectsError => Throttle || !string.IsNullOrEmpty(ErrorCode);
}
