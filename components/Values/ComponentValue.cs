using System.Collections.Immutable;
using System.Globalization;

namespace Awsdirect.Components.Values;

/// <summary>
/// A value flowing through component logic. Besides the plain data it carries what Pulumi must not
/// lose when a value moves from one resource to another: whether it is still unknown (preview),
/// whether it is secret, and which resources (URNs) it came from. Those URNs become the child's
/// dependencies and property dependencies, so wiring an output into an input is all it takes.
/// </summary>
public sealed class ComponentValue : IEquatable<ComponentValue>
{
    private static readonly ImmutableSortedSet<string> NoDependencies = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    private readonly object? _data;

    private ComponentValue(ComponentValueKind kind, object? data, bool isSecret, ImmutableSortedSet<string> dependencies)
    {
        Kind = kind;
        _data = data;
        IsSecret = isSecret;
        Dependencies = dependencies;
    }

    public ComponentValueKind Kind { get; }

    /// <summary>True when this node itself is marked secret (see <see cref="ContainsSecrets"/>).</summary>
    public bool IsSecret { get; }

    /// <summary>URNs of the resources this node's value comes from.</summary>
    public ImmutableSortedSet<string> Dependencies { get; }

    public static ComponentValue Null { get; } = new(ComponentValueKind.Null, null, false, NoDependencies);

    public static ComponentValue Unknown { get; } = new(ComponentValueKind.Unknown, null, false, NoDependencies);

    public static ComponentValue Of(string value) => new(ComponentValueKind.String, value, false, NoDependencies);

    public static ComponentValue Of(double value) => new(ComponentValueKind.Number, value, false, NoDependencies);

    public static ComponentValue Of(bool value) => new(ComponentValueKind.Bool, value, false, NoDependencies);

    public static ComponentValue Array(IEnumerable<ComponentValue> items) =>
        new(ComponentValueKind.Array, items.ToImmutableArray(), false, NoDependencies);

    public static ComponentValue Array(params ComponentValue[] items) => Array((IEnumerable<ComponentValue>)items);

    public static ComponentValue Object(IEnumerable<KeyValuePair<string, ComponentValue>> entries) =>
        new(ComponentValueKind.Object, entries.ToImmutableSortedDictionary(StringComparer.Ordinal), false, NoDependencies);

    public static ComponentValue Object(params (string Key, ComponentValue Value)[] entries) =>
        Object(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));

    public bool IsNull => Kind == ComponentValueKind.Null;

    public bool IsUnknown => Kind == ComponentValueKind.Unknown;

    public string StringValue => Kind == ComponentValueKind.String ? (string)_data! : throw WrongKind(ComponentValueKind.String);

    public double NumberValue => Kind == ComponentValueKind.Number ? (double)_data! : throw WrongKind(ComponentValueKind.Number);

    public bool BoolValue => Kind == ComponentValueKind.Bool ? (bool)_data! : throw WrongKind(ComponentValueKind.Bool);

    public ImmutableArray<ComponentValue> ArrayValue =>
        Kind == ComponentValueKind.Array ? (ImmutableArray<ComponentValue>)_data! : throw WrongKind(ComponentValueKind.Array);

    public ImmutableSortedDictionary<string, ComponentValue> ObjectValue =>
        Kind == ComponentValueKind.Object
            ? (ImmutableSortedDictionary<string, ComponentValue>)_data!
            : throw WrongKind(ComponentValueKind.Object);

    /// <summary>This value marked secret.</summary>
    public ComponentValue AsSecret() => IsSecret ? this : new(Kind, _data, true, Dependencies);

    /// <summary>This value with more source resources.</summary>
    public ComponentValue DependingOn(IEnumerable<string> urns)
    {
        var merged = Dependencies.Union(urns);
        return merged.Count == Dependencies.Count ? this : new(Kind, _data, IsSecret, merged);
    }

    /// <summary>
    /// This value with every node in it (this one, and every item and member below) depending on
    /// <paramref name="urns"/> as well, and secret when <paramref name="secret"/> is true; a node also
    /// passes its own dependencies and secrecy on to what lies below it. This is how a part taken out
    /// of an input keeps what the whole input carries, as a Pulumi SDK's <c>apply</c> on the input would.
    /// </summary>
    public ComponentValue Inheriting(IEnumerable<string> urns, bool secret)
    {
        ArgumentNullException.ThrowIfNull(urns);
        return Inherit(NoDependencies.Union(urns), secret);
    }

    /// <summary>
    /// A value computed from this one, as Pulumi's <c>apply</c> does: unknown when this value holds an
    /// unknown, and carrying this value's secrecy and dependencies either way.
    /// </summary>
    public ComponentValue Select(Func<ComponentValue, ComponentValue> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        return Combine([this], known => compute(known[0]));
    }

    /// <summary>True when this value or anything inside it is unknown.</summary>
    public bool ContainsUnknowns() => Kind switch
    {
        ComponentValueKind.Unknown => true,
        ComponentValueKind.Array => ArrayValue.Any(v => v.ContainsUnknowns()),
        ComponentValueKind.Object => ObjectValue.Values.Any(v => v.ContainsUnknowns()),
        _ => false,
    };

    /// <summary>True when this value or anything inside it is secret.</summary>
    public bool ContainsSecrets() => IsSecret || Kind switch
    {
        ComponentValueKind.Array => ArrayValue.Any(v => v.ContainsSecrets()),
        ComponentValueKind.Object => ObjectValue.Values.Any(v => v.ContainsSecrets()),
        _ => false,
    };

    /// <summary>Every URN this value, or anything inside it, depends on.</summary>
    public ImmutableSortedSet<string> AllDependencies()
    {
        var result = Dependencies;
        if (Kind == ComponentValueKind.Array)
        {
            foreach (var item in ArrayValue)
            {
                result = result.Union(item.AllDependencies());
            }
        }
        else if (Kind == ComponentValueKind.Object)
        {
            foreach (var item in ObjectValue.Values)
            {
                result = result.Union(item.AllDependencies());
            }
        }

        return result;
    }

    /// <summary>
    /// Computes a value from other values, as Pulumi's <c>apply</c> does: when any part is unknown the
    /// result is unknown; secrecy and dependencies of every part carry over to the result.
    /// </summary>
    public static ComponentValue Combine(IReadOnlyList<ComponentValue> parts, Func<IReadOnlyList<ComponentValue>, ComponentValue> compute)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(compute);
        var dependencies = parts.Aggregate(NoDependencies, (set, part) => set.Union(part.AllDependencies()));
        var secret = parts.Any(p => p.ContainsSecrets());
        var result = parts.Any(p => p.ContainsUnknowns()) ? Unknown : compute(parts);
        result = result.DependingOn(dependencies);
        return secret ? result.AsSecret() : result;
    }

    /// <summary>String interpolation over values; unknown when any part is unknown.</summary>
    public static ComponentValue Format(string format, params ComponentValue[] parts) =>
        Combine(parts, known => Of(string.Format(
            CultureInfo.InvariantCulture,
            format,
            known.Select(k => (object)k.ToPlainString()).ToArray())));

    public bool Equals(ComponentValue? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Kind != Kind || other.IsSecret != IsSecret || !other.Dependencies.SetEquals(Dependencies))
        {
            return false;
        }

        return Kind switch
        {
            ComponentValueKind.Array => ArrayValue.SequenceEqual(other.ArrayValue),
            ComponentValueKind.Object => ObjectValue.Count == other.ObjectValue.Count
                && ObjectValue.All(e => other.ObjectValue.TryGetValue(e.Key, out var v) && e.Value.Equals(v)),
            _ => Equals(_data, other._data),
        };
    }

    public override bool Equals(object? obj) => obj is ComponentValue other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, IsSecret, Kind is ComponentValueKind.Array or ComponentValueKind.Object ? null : _data);

    public override string ToString()
    {
        var text = Kind switch
        {
            ComponentValueKind.Null => "null",
            ComponentValueKind.Unknown => "<unknown>",
            ComponentValueKind.Array => "[" + string.Join(", ", ArrayValue) + "]",
            ComponentValueKind.Object => "{" + string.Join(", ", ObjectValue.Select(e => e.Key + ": " + e.Value)) + "}",
            _ => ToPlainString(),
        };
        return IsSecret ? "secret(" + text + ")" : text;
    }

    private ComponentValue Inherit(ImmutableSortedSet<string> urns, bool secret)
    {
        var dependencies = Dependencies.Union(urns);
        var isSecret = IsSecret || secret;
        var data = Kind switch
        {
            ComponentValueKind.Array => ArrayValue.Select(item => item.Inherit(dependencies, isSecret)).ToImmutableArray(),
            ComponentValueKind.Object => ObjectValue.ToImmutableSortedDictionary(e => e.Key, e => e.Value.Inherit(dependencies, isSecret), StringComparer.Ordinal),
            _ => _data,
        };
        return new(Kind, data, isSecret, dependencies);
    }

    private string ToPlainString() => Kind switch
    {
        ComponentValueKind.String => StringValue,
        ComponentValueKind.Number => NumberValue.ToString(CultureInfo.InvariantCulture),
        ComponentValueKind.Bool => BoolValue ? "true" : "false",
        ComponentValueKind.Null => string.Empty,
        _ => throw new InvalidOperationException($"A {Kind} value cannot be formatted into a string."),
    };

    private InvalidOperationException WrongKind(ComponentValueKind wanted) => new($"Component value is {Kind}, not {wanted}.");
}
