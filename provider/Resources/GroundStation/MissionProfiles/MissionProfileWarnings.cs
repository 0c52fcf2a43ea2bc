namespace Awsdirect.Provider.Resources.GroundStation.MissionProfiles;

/// <summary>
/// What operators must hear about. AWS documents that "updating a mission profile will not update the
/// execution parameters for existing future contacts" (UpdateMissionProfile): contacts reserved before
/// the change still run with the old edges, configs and durations.
/// </summary>
internal static class MissionProfileWarnings
{
    public static string Updating(string id, IEnumerable<string> changed) =>
        $"Mission profile {id} will be updated in place ({string.Join(", ", changed)}). AWS applies mission profile updates only to " +
        "contacts reserved afterwards: contacts already scheduled keep running with the old settings. Cancel and reserve them " +
        "again if they must use the new ones.";

    public static string Updated(string id, IEnumerable<string> changed) =>
        $"Mission profile {id} was updated ({string.Join(", ", changed)}). Only contacts reserved from now on use the new settings; " +
        "contacts already scheduled keep the old ones until cancelled and reserved again.";

    public static string Replacing(string id, IEnumerable<string> changed) =>
        $"Mission profile {id} will be replaced (cleared: {string.Join(", ", changed)}): UpdateMissionProfile cannot clear these members, " +
        "so a new profile is created and this one deleted. Contacts scheduled with this profile are not moved to the new one.";
}
