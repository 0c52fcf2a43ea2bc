namespace Awsdirect.Provider.Resources.GroundStation.Configs;

/// <summary>
/// What operators must hear about: AWS applies an UpdateConfig only to contacts scheduled after it
/// ("Updating a Config will not update the execution parameters for existing future contacts scheduled
/// with this Config", UpdateConfig documentation), so contacts already on the schedule keep flying the
/// old parameters until they are cancelled and rescheduled.
/// </summary>
internal static class ConfigWarnings
{
    public static string Updating(string id, string? type, IReadOnlyList<string> changed) =>
        $"Config {id}{TypeText(type)} will be updated in place (changed: {string.Join(", ", changed)}). AWS Ground Station applies " +
        "config updates only to contacts scheduled after the update: contacts already scheduled keep the previous parameters; " +
        "cancel and reschedule them if they must use the new ones.";

    public static string Updated(string id, string? type) =>
        $"Config {id}{TypeText(type)} was updated. Contacts scheduled before this update still use its previous parameters; " +
        "reschedule them to apply the change.";

    private static string TypeText(string? type) => type is null ? string.Empty : $" ({type})";
}
