using System.Text.Json;
using Awsdirect.Provider.Host;

namespace Awsdirect.Provider.Diagram;

/// <summary>
/// One resource as Pulumi serializes it (apitype <c>ResourceV3</c>): in a stack export's
/// <c>deployment.resources</c>, and as a preview step's <c>oldState</c> / <c>newState</c>.
/// <c>propertyDependencies</c> maps each top-level input to the URNs its value came from; engines
/// record it for every registration, so it tells which resource an input refers to even while that
/// resource's ARN is still unknown.
/// </summary>
internal sealed record StackResource(
    string Urn,
    string Type,
    string? Id,
    bool Custom,
    string? Parent,
    JsonElement? Inputs,
    JsonElement? Outputs,
    IReadOnlyList<string> Dependencies,
    IReadOnlyDictionary<string, IReadOnlyList<string>> PropertyDependencies)
{
    /// <summary>The logical name (the last part of the URN).</summary>
    public string Name => UrnParts.Name(Urn);

    public JsonElement? Input(string name) => StateValue.Member(Inputs, name);

    public JsonElement? Output(string name) => StateValue.Member(Outputs, name);

    /// <summary>The program's value of a property (its inputs), else what the provider reported (its outputs).</summary>
    public JsonElement? Value(string name) => Input(name) ?? Output(name);

    /// <summary>The resources a top-level input came from; all dependencies when the engine recorded none per property.</summary>
    public IReadOnlyList<string> DependenciesOf(string property) =>
        PropertyDependencies.TryGetValue(property, out var urns) ? urns
        : PropertyDependencies.Count == 0 ? Dependencies
        : [];

    /// <summary>The same resource with other inputs and outputs.</summary>
    public StackResource With(JsonElement? inputs, JsonElement? outputs) => this with { Inputs = inputs, Outputs = outputs };
}
