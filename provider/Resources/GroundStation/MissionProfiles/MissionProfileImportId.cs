using System.Text.RegularExpressions;

namespace Awsdirect.Provider.Resources.GroundStation.MissionProfiles;

/// <summary>
/// Import accepts the mission profile's UUID (its Pulumi id) or its ARN
/// (<c>arn:&lt;partition&gt;:groundstation:&lt;region&gt;:&lt;account&gt;:mission-profile/&lt;uuid&gt;</c>).
/// </summary>
internal static partial class MissionProfileImportId
{
    public static bool TryParse(string? value, out string id)
    {
        id = string.Empty;
        var match = string.IsNullOrEmpty(value) ? null : Pattern().Match(value);
        if (match is not { Success: true })
        {
            return false;
        }

        id = match.Groups["id"].Value;
        return true;
    }

    [GeneratedRegex("^(arn:aws[a-z-]*:groundstation:[-a-z0-9]{1,50}:[0-9]{12}:mission-profile/)?(?<id>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\\z")]
    private static partial Regex Pattern();
}
