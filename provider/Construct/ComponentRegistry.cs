using Awsdirect.Components;
using Awsdirect.Provider.Schema;

namespace Awsdirect.Provider.Construct;

/// <summary>One component type the plugin serves through Construct, and its schema.</summary>
public sealed record ComponentRegistration(string Token, Func<ResourceSchema> Schema);

/// <summary>
/// Every component type the plugin serves: the component library's catalog, so the schema lists
/// exactly the types <see cref="ConstructHandler"/> can construct.
/// </summary>
public static class ComponentRegistry
{
    public static IReadOnlyList<ComponentRegistration> All { get; } =
    [
        .. ComponentCatalog.All.Select(c => new ComponentRegistration(c.Token, () => new ResourceSchema(c.Token, c.SchemaSpec(), c.SchemaTypes()))),
    ];
}
