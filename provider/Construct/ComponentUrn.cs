namespace Awsdirect.Provider.Construct;

/// <summary>
/// The URN the engine will give a resource, computed as the engine does: <c>urn:pulumi:stack::project::</c>,
/// the parent's qualified type and <c>$</c> before the type (unless the parent is the stack), then the name.
/// The component's children are registered only after the component itself, but the component logic
/// needs a parent URN to put in its requests before anything is registered; this is it.
/// </summary>
internal static class ComponentUrn
{
    private const string Prefix = "urn:pulumi:";
    private const string Separator = "::";
    private const string RootStackType = "pulumi:pulumi:Stack";

    public static string Predict(string stack, string project, string parentUrn, string type, string name)
    {
        var parentType = QualifiedType(parentUrn);
        var qualified = parentType is null || parentType == RootStackType ? type : parentType + "$" + type;
        return Prefix + stack + Separator + project + Separator + qualified + Separator + name;
    }

    /// <summary>The qualified type part of a URN; null when <paramref name="urn"/> is not a URN.</summary>
    public static string? QualifiedType(string urn)
    {
        if (string.IsNullOrEmpty(urn) || !urn.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        // urn:pulumi:<stack>::<project>::<qualified type>::<name>, where only the name may contain "::".
        var parts = urn.Split(Separator, 4);
        return parts.Length == 4 ? parts[2] : null;
    }
}
