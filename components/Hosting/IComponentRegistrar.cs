using Awsdirect.Components.Values;

namespace Awsdirect.Components.Hosting;

/// <summary>
/// What component logic needs from Pulumi: register a child resource and get its outputs back.
/// The plugin implements it on the engine's resource monitor; tests implement it with Moq.
/// </summary>
public interface IComponentRegistrar
{
    /// <summary>
    /// Registers a child resource and returns once the engine has answered: after the resource is
    /// created or updated, or, in a preview, with the outputs it cannot know yet left unknown.
    /// </summary>
    Task<ChildResource> RegisterChildAsync(ChildResourceArgs args, CancellationToken cancellationToken);
}

/// <param name="Type">Type token, e.g. <c>awsdirect:groundstation:Config</c>.</param>
/// <param name="Name">Logical name, unique within the stack for that type and parent.</param>
/// <param name="Inputs">Input properties; their dependencies become property dependencies.</param>
public sealed record ChildResourceArgs(
    string Type,
    string Name,
    IReadOnlyDictionary<string, ComponentValue> Inputs,
    ChildResourceOptions Options);

/// <param name="Parent">URN of the parent (the component for its direct children).</param>
/// <param name="DependsOn">URNs the child must wait for although no input carries their values.</param>
/// <param name="Version">Plugin version of the child's package (for packages other than ours).</param>
public sealed record ChildResourceOptions(string Parent, IReadOnlyList<string> DependsOn, string? Version = null)
{
    public static ChildResourceOptions WithParent(string parent) => new(parent, []);
}

/// <summary>A registered child: its URN, id and outputs as the engine reported them.</summary>
/// <param name="Absent">
/// What an output the engine did not report stands for: unknown in a preview, null in an update.
/// </param>
public sealed record ChildResource(
    string Urn,
    ComponentValue Id,
    IReadOnlyDictionary<string, ComponentValue> Outputs,
    ComponentValue Absent)
{
    /// <summary>One output, depending on this child so whoever consumes it waits for it.</summary>
    public ComponentValue Output(string key) =>
        (Outputs.TryGetValue(key, out var value) ? value : Absent).DependingOn([Urn]);
}
