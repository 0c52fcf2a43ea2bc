using System.Text.RegularExpressions;

namespace AwsEmulator.Model;

/// <summary>A reference from a structure, list or map to a shape, with its wire binding.</summary>
internal sealed record MemberRef(
    string Name,
    string ShapeName,
    string? Location,
    string? LocationName,
    bool Flattened)
{
    /// <summary>Name on the wire for body members (XML element, JSON key).</summary>
    public string WireName => LocationName ?? Name;
}

/// <summary>One shape of a service model, reduced to what validation and (de)serialisation need.</summary>
internal sealed class Shape
{
    public required string Name { get; init; }

    public required string Type { get; init; }

    public IReadOnlyList<MemberRef> Members { get; init; } = [];

    public IReadOnlySet<string> Required { get; init; } = new HashSet<string>();

    public double? Min { get; init; }

    public double? Max { get; init; }

    public Regex? Pattern { get; init; }

    public string? PatternText { get; init; }

    public IReadOnlyList<string>? Enum { get; init; }

    public bool IsUnion { get; init; }

    public MemberRef? ListMember { get; init; }

    public MemberRef? MapKey { get; init; }

    public MemberRef? MapValue { get; init; }

    public string? Payload { get; init; }

    public bool IsError { get; init; }

    public int? ErrorStatus { get; init; }

    public string? TimestampFormat { get; init; }

    public MemberRef? FindMember(string name) => Members.FirstOrDefault(m => m.Name == name);
}
