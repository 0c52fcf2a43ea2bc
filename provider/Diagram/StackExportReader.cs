using System.Text.Json;

namespace Awsdirect.Provider.Diagram;

/// <summary>
/// Reads what <c>pulumi stack export</c> prints: an untyped deployment, <c>{"version": 3, "deployment":
/// {"manifest": ..., "resources": [...], "pending_operations": [...]}}</c> (apitype <c>UntypedDeployment</c>
/// around <c>DeploymentV3</c>). The bare deployment object (what <c>jq .deployment</c> leaves) is accepted
/// too. Versions 1 and 2 carry the same resource members minus <c>propertyDependencies</c>, so they read the
/// same way; a version above 3 was written by a Pulumi newer than this reader and is refused.
/// </summary>
internal static class StackExportReader
{
    public const int NewestVersion = 3;

    public static IReadOnlyList<StackResource> Read(JsonElement root)
    {
        var deployment = root;
        if (root.TryGetProperty("deployment", out var inner))
        {
            if (root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var version) && version > NewestVersion)
            {
                throw new DiagramInputException(
                    $"The stack export is deployment version {version}; this command reads versions 1 to {NewestVersion}. Update the awsdirect plugin.");
            }

            if (inner.ValueKind != JsonValueKind.Object)
            {
                throw new DiagramInputException("The stack export's \"deployment\" is not an object.");
            }

            deployment = inner;
        }

        var resources = new List<StackResource>();
        if (deployment.TryGetProperty("resources", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                resources.Add(StackResourceReader.Read(item, $"The stack export's resources[{i++}]"));
            }
        }

        return resources;
    }
}
