namespace Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

/// <summary>
/// What operators must hear about: a contact is scheduled against a specific dataflow endpoint group,
/// so replacing or deleting a group takes it away from every contact already scheduled on it.
/// </summary>
internal static class EndpointGroupWarnings
{
    public static string Replacing(string typeName, string id, IReadOnlyList<string> changed) =>
        $"{typeName} {id} will be replaced (changed: {string.Join(", ", changed)}): AWS Ground Station has no API to update an " +
        "endpoint group in place, so a new group is created and then this one is deleted. Contacts already scheduled on " +
        $"{id} lose their dataflow endpoint group; reschedule them once the new group exists.";

    public static string Deleted(string typeName, string id) =>
        $"{typeName} {id} was deleted. Contacts that were already scheduled on it no longer have a dataflow endpoint group; " +
        "if this group was replaced, reschedule those contacts on the new group.";
}
