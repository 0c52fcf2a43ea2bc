using Newtonsoft.Json;

namespace AwsEmulator.Control;

/// <summary>
/// Body of <c>POST /_emulator/faults/random</c>: fault <see cref="Rate"/> of all matching calls, the kind
/// of each fault drawn by <see cref="Weights"/>, every draw derived from <see cref="Seed"/> (see
/// <see cref="RandomFaultMode"/> for what "reproducible" means with parallel clients).
/// </summary>
public sealed class RandomFaultSettings
{
    /// <summary>Seed of every draw.</summary>
    [JsonProperty("seed")]
    public long Seed { get; set; }

    /// <summary>Probability 0..1 that a matching call is faulted.</summary>
    [JsonProperty("rate")]
    public double Rate { get; set; }

    /// <summary><c>groundstation</c> or <c>cloudfront</c>; null matches both.</summary>
    [JsonProperty("service")]
    public string? Service { get; set; }

    /// <summary>Model operation names to fault; null or empty means every operation.</summary>
    [JsonProperty("operations")]
    public IReadOnlyList<string>? Operations { get; set; }

    /// <summary>Only writes (operations named Create*, Update*, Delete*, Tag*, Untag*).</summary>
    [JsonProperty("writesOnly")]
    public bool WritesOnly { get; set; }

    /// <summary>
    /// Relative weight per kind (<see cref="FaultKinds"/>; <c>error4xx</c> cannot be drawn: a refusal is a
    /// decision, not a fault). Absent: every kind 1 except <c>slowDeployment</c> 0. A kind that cannot
    /// apply to a call (<c>slowDeployment</c> on a call that deploys nothing) is left out of that call's draw.
    /// </summary>
    [JsonProperty("weights")]
    public IDictionary<string, double>? Weights { get; set; }

    /// <summary>Delay of a <c>latency</c> fault.</summary>
    [JsonProperty("latencyMs")]
    public int LatencyMs { get; set; } = 500;

    /// <summary>Deployment time of a <c>slowDeployment</c> fault.</summary>
    [JsonProperty("deploymentDelayMs")]
    public int DeploymentDelayMs { get; set; } = 10_000;

    internal static readonly IReadOnlyList<string> DrawableKinds =
    [
        FaultKinds.Throttle, FaultKinds.Error5xx, FaultKinds.ResetBeforeCommit, FaultKinds.DropAfterCommit,
        FaultKinds.Status500AfterCommit, FaultKinds.Latency, FaultKinds.SlowDeployment,
    ];

    /// <summary>The weights with defaults filled in; throws <see cref="ArgumentException"/> for a bad body.</summary>
    internal IReadOnlyDictionary<string, double> Validate()
    {
        if (Rate is < 0 or > 1 || double.IsNaN(Rate))
        {
            throw new ArgumentException("rate must be between 0 and 1.");
        }

        if (LatencyMs < 0 || DeploymentDelayMs < 0)
        {
            throw new ArgumentException("latencyMs and deploymentDelayMs must not be negative.");
        }

        if (Service is not (null or "groundstation" or "cloudfront"))
        {
            throw new ArgumentException("service must be 'groundstation' or 'cloudfront'.");
        }

        var weights = DrawableKinds.ToDictionary(k => k, k => k == FaultKinds.SlowDeployment ? 0.0 : 1.0, StringComparer.Ordinal);
        if (Weights is not null)
        {
            foreach (var k in weights.Keys.ToList())
            {
                weights[k] = 0;
            }

            foreach (var (kind, weight) in Weights)
            {
                if (!weights.ContainsKey(kind))
                {
                    throw new ArgumentException($"weights: unknown fault kind '{kind}'; one of {string.Join(", ", DrawableKinds)}.");
                }

                if (weight < 0 || double.IsNaN(weight) || double.IsInfinity(weight))
                {
                    throw new ArgumentException($"weights.{kind} must be a finite number >= 0.");
                }

                weights[kind] = weight;
            }
        }

        if (weights.Values.Sum() <= 0)
        {
            throw new ArgumentException("weights must give at least one kind a weight above 0.");
        }

        return weights;
    }
}
