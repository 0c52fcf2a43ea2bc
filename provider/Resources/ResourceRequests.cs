using System.Collections.Immutable;
using Awsdirect.Provider.Protocol.Properties;

namespace Awsdirect.Provider.Resources;

/// <summary>Engine-proposed name for a resource (newer engines send it with Check).</summary>
/// <param name="ProposedName">The name the engine proposes, or null.</param>
/// <param name="Mode">One of <c>propose</c>, <c>enforce</c>, <c>disable</c>.</param>
public sealed record AutonamingOptions(string? ProposedName, string Mode);

/// <param name="Urn">The resource's URN; its last segment is the logical name.</param>
/// <param name="Olds">The inputs recorded in state (empty on create).</param>
/// <param name="News">The inputs the program declares now.</param>
/// <param name="RandomSeed">Seed for generated values such as auto-names.</param>
public sealed record CheckRequest(
    string Urn,
    string Name,
    string Type,
    PropertyMap Olds,
    PropertyMap News,
    byte[] RandomSeed,
    AutonamingOptions? Autonaming = null);

/// <param name="Property">Property path, e.g. <c>dataflowEdges[1].destination</c>.</param>
public sealed record CheckFailure(string Property, string Reason);

public sealed record CheckResult(PropertyMap Inputs, IReadOnlyList<CheckFailure> Failures)
{
    public static CheckResult Ok(PropertyMap inputs) => new(inputs, []);
}

public sealed record DiffRequest(
    string Urn,
    string Id,
    PropertyMap OldState,
    PropertyMap OldInputs,
    PropertyMap News,
    ImmutableArray<string> IgnoreChanges);

public enum DiffChanges
{
    Unknown,
    None,
    Some,
}

/// <summary>Kinds of change shown per property in a detailed diff (values match pulumirpc.PropertyDiff.Kind).</summary>
public enum PropertyDiffKind
{
    Add = 0,
    AddReplace = 1,
    Delete = 2,
    DeleteReplace = 3,
    Update = 4,
    UpdateReplace = 5,
}

/// <param name="InputDiff">True when the diff is between old and new inputs (not outputs).</param>
public sealed record PropertyDiff(PropertyDiffKind Kind, bool InputDiff = true);

public sealed record DiffResult(
    DiffChanges Changes,
    IReadOnlyList<string> Replaces,
    IReadOnlyList<string> Stables,
    bool DeleteBeforeReplace,
    IReadOnlyDictionary<string, PropertyDiff> DetailedDiff)
{
    public static DiffResult NoChanges { get; } = new(
        DiffChanges.None, [], [], false, new Dictionary<string, PropertyDiff>());
}

/// <param name="Timeout">Seconds the engine allows (0: none given).</param>
public sealed record CreateRequest(string Urn, PropertyMap Inputs, bool Preview, double Timeout = 0);

public sealed record CreateResult(string Id, PropertyMap Outputs);

/// <param name="State">The outputs recorded in state; empty for an import.</param>
/// <param name="Inputs">The inputs recorded in state; empty for an import.</param>
public sealed record ReadRequest(string Urn, string Id, PropertyMap State, PropertyMap Inputs);

/// <summary>Answer to a read. A null <see cref="Id"/> means the resource is gone.</summary>
public sealed record ReadResult(string? Id, PropertyMap Outputs, PropertyMap Inputs)
{
    public static ReadResult NotFound { get; } = new(null, PropertyMap.Empty, PropertyMap.Empty);
}

public sealed record UpdateRequest(
    string Urn,
    string Id,
    PropertyMap OldState,
    PropertyMap OldInputs,
    PropertyMap News,
    bool Preview,
    ImmutableArray<string> IgnoreChanges,
    double Timeout = 0);

public sealed record UpdateResult(PropertyMap Outputs);

public sealed record DeleteRequest(string Urn, string Id, PropertyMap State, PropertyMap OldInputs, double Timeout = 0);
