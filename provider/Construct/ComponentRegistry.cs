using Awsdirect.Provider.Schema;

namespace Awsdirect.Provider.Construct;

/// <summary>One component type the plugin serves through Construct, and its schema.</summary>
public sealed record ComponentRegistration(string Token, Func<ResourceSchema> Schema);

/// <summary>Every component type the plugin serves. Construct routes by token using this list only.</summary>
public static class ComponentRegistry
{
    public static IReadOnlyList<ComponentRegistration> All { get; } = [];
}
