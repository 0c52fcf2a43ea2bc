using Awsdirect.Components;

namespace Awsdirect.Provider.Construct;

/// <summary>What kind of resource a child's type token names, and which provider package serves it.</summary>
internal static class ChildResourceKinds
{
    /// <summary>
    /// True for resources a provider creates (ours, <c>awsdirect:groundstation:*</c> etc., and AWS classic's
    /// <c>aws:*</c>); false for a component, which the engine constructs instead.
    /// </summary>
    public static bool IsCustom(string type) => !IsComponent(type);

    public static bool IsComponent(string type) => ComponentCatalog.All.Any(c => c.Token == type);

    /// <summary>The package of a type token: <c>aws</c> for <c>aws:s3/bucket:Bucket</c>.</summary>
    public static string Package(string type)
    {
        var colon = type.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? type : type[..colon];
    }
}
