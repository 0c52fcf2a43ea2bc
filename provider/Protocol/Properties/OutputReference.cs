using System.Collections.Immutable;

namespace Awsdirect.Provider.Protocol.Properties;

/// <summary>An output value. <see cref="Value"/> is <c>null</c> when the value is unknown.</summary>
public sealed record OutputReference(PropertyValue? Value, bool IsSecret, ImmutableArray<string> Dependencies)
{
    public bool IsKnown => Value is not null;

    public bool Equals(OutputReference? other) =>
        other is not null
        && Equals(Value, other.Value)
        && IsSecret == other.IsSecret
        && Dependencies.SequenceEqual(other.Dependencies);

    public override int GetHashCode() => HashCode.Combine(Value, IsSecret, Dependencies.Length);
}
