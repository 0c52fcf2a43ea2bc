using System.Text.RegularExpressions;

namespace Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

/// <summary>
/// Import accepts the group's UUID (its Pulumi id) or its ARN
/// (<c>arn:&lt;partition&gt;:groundstation:&lt;region&gt;:&lt;account&gt;:dataflow-endpoint-group/&lt;uuid&gt;</c>).
/// </summary>
internal static partial class EndpointGroupImportId
{
    public static bool TryParse(string? value, out string id)
    {
        id = string.Empty;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var match = Pattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        id = match.Groups["id"].Value;
        return true;
    }

    [GeneratedRegex("^(arn:[a-z0-9-]+:groundstation:[-a-z0-9]+:[0-9]{12}:dataflow-endpoint-group/)?(?<id>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\\z")]
    private static partial Regex Pattern();
}
