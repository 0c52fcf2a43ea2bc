using System.Text.RegularExpressions;

namespace Awsdirect.Provider.Resources.GroundStation.MissionProfiles;

/// <summary>
/// A Ground Station config ARN, <c>arn:aws:groundstation:&lt;region&gt;:&lt;account&gt;:config/&lt;config-type&gt;/&lt;uuid&gt;</c>,
/// optionally followed by <c>/&lt;node&gt;</c>. The suffix names a node inside the config: the AWS examples for
/// antenna-downlink-demod-decode sources (e.g. JPSS-1) end the source ARN with the egress node of the
/// config's decode graph, <c>/UncodedFramesEgress</c>. The model's <c>ConfigArn</c> pattern allows 1-256
/// characters of suffix; which config types take one is a Ground Station rule (see MissionProfileRules).
/// </summary>
internal sealed partial record ConfigArn(string Partition, string Region, string Account, string ConfigType, string ConfigId, string? Node)
{
    /// <summary>The ARN without the node suffix: the config itself.</summary>
    public string BaseArn => $"arn:{Partition}:groundstation:{Region}:{Account}:config/{ConfigType}/{ConfigId}";

    public override string ToString() => Node is null ? BaseArn : BaseArn + "/" + Node;

    public static bool TryParse(string? value, out ConfigArn arn)
    {
        arn = null!;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var match = Pattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var node = match.Groups["node"];
        arn = new ConfigArn(
            match.Groups["partition"].Value,
            match.Groups["region"].Value,
            match.Groups["account"].Value,
            match.Groups["type"].Value,
            match.Groups["id"].Value,
            node.Success ? node.Value : null);
        return true;
    }

    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):groundstation:(?<region>[-a-z0-9]{1,50}):(?<account>[0-9]{12}):config/(?<type>[a-z0-9]+(?:-[a-z0-9]+){0,4})/(?<id>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?:/(?<node>.{1,256}))?\z", RegexOptions.Singleline)]
    private static partial Regex Pattern();
}
