namespace Awsdirect.Provider.Host;

/// <summary>
/// The type and logical name inside a URN (<c>urn:pulumi:stack::project::parent$type::name</c>), for
/// engines that send only the URN.
/// </summary>
internal static class UrnParts
{
    public static string Type(string urn)
    {
        var segments = Segments(urn);
        if (segments is null)
        {
            return string.Empty;
        }

        var qualified = segments[2];
        var lastParent = qualified.LastIndexOf('$');
        return lastParent >= 0 ? qualified[(lastParent + 1)..] : qualified;
    }

    public static string Name(string urn)
    {
        var segments = Segments(urn);

        // The name is everything after the type, and may itself contain "::".
        return segments is null ? string.Empty : string.Join("::", segments[3..]);
    }

    private static string[]? Segments(string urn)
    {
        if (string.IsNullOrEmpty(urn))
        {
            return null;
        }

        var segments = urn.Split("::");
        return segments.Length >= 4 ? segments : null;
    }
}
