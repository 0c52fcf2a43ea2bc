using Awsdirect.Components.Values;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Components.Hosting;

/// <summary>
/// One component type. The plugin registers the component resource itself, then calls
/// <see cref="ConstructAsync"/> to register its children, then records the returned outputs.
/// </summary>
public interface IComponent
{
    /// <summary>The Pulumi type token, e.g. <c>awsdirect:missions:DownlinkMission</c>.</summary>
    string Token { get; }

    /// <summary>The resource spec for the package schema (<c>isComponent: true</c>).</summary>
    JObject SchemaSpec();

    /// <summary>Object types the spec refers to, by type token.</summary>
    IReadOnlyDictionary<string, JObject> SchemaTypes();

    /// <summary>
    /// Registers the children and returns the component's outputs. Throws
    /// <see cref="ComponentInputException"/> for bad inputs before registering anything.
    /// </summary>
    Task<IReadOnlyDictionary<string, ComponentValue>> ConstructAsync(
        ComponentContext context,
        ComponentInputs inputs,
        CancellationToken cancellationToken);
}

/// <param name="Name">The component's logical name; children's names start with it.</param>
/// <param name="Urn">The component's URN: the parent of its children.</param>
/// <param name="IsPreview">True during <c>pulumi preview</c> (and the preview of <c>up</c>).</param>
/// <param name="Config">Stack configuration, keys like <c>aws:region</c>.</param>
public sealed record ComponentContext(
    string Name,
    string Urn,
    bool IsPreview,
    IReadOnlyDictionary<string, string> Config,
    IComponentRegistrar Registrar);
