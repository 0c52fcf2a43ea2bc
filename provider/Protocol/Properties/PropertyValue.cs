using System.Collections.Immutable;
using System.Globalization;

namespace Awsdirect.Provider.Protocol.Properties;

/// <summary>
/// One immutable Pulumi property value. Handlers work on these rather than on
/// <c>google.protobuf.Struct</c> so that secrets, unknowns and references are explicit and
/// cannot be lost by accident when a value is copied from inputs to outputs.
/// </summary>
public sealed class PropertyValue : IEquatable<PropertyValue>
{
    private readonly object? _value;

    private PropertyValue(PropertyValueKind kind, object? value)
    {
        Kind = kind;
        _value = value;
    }

    public PropertyValueKind Kind { get; }

    public static PropertyValue Null { get; } = new(PropertyValueKind.Null, null);

    /// <summary>The unknown (computed) value shown as "(known after apply)" in a preview.</summary>
    public static PropertyValue Computed { get; } = new(PropertyValueKind.Computed, null);

    public static PropertyValue True { get; } = new(PropertyValueKind.Bool, true);

    public static PropertyValue False { get; } = new(PropertyValueKind.Bool, false);

    public static PropertyValue Create(bool value) => value ? True : False;

    public static PropertyValue Create(double value) => new(PropertyValueKind.Number, value);

    public static PropertyValue Create(string? value) =>
        value is null ? Null : new PropertyValue(PropertyValueKind.String, value);

    public static PropertyValue Create(IEnumerable<PropertyValue> items) =>
        new(PropertyValueKind.Array, items.ToImmutableArray());

    public static PropertyValue Create(PropertyMap map) => new(PropertyValueKind.Object, map);

    public static PropertyValue Create(IEnumerable<KeyValuePair<string, PropertyValue>> entries) =>
        new(PropertyValueKind.Object, new PropertyMap(entries));

    /// <summary>Wraps a value as secret. Wrapping a secret again leaves it as it is.</summary>
    public static PropertyValue Secret(PropertyValue inner) =>
        inner.Kind == PropertyValueKind.Secret ? inner : new PropertyValue(PropertyValueKind.Secret, inner);

    public static PropertyValue Reference(ResourceReference reference) =>
        new(PropertyValueKind.ResourceReference, reference);

    public static PropertyValue Output(OutputReference output) => new(PropertyValueKind.Output, output);

    public bool IsNull => Kind == PropertyValueKind.Null;

    public bool IsComputed => Kind == PropertyValueKind.Computed;

    public bool IsSecret => Kind == PropertyValueKind.Secret
        || (Kind == PropertyValueKind.Output && ((OutputReference)_value!).IsSecret);

    public bool BoolValue => Kind == PropertyValueKind.Bool ? (bool)_value! : throw WrongKind(PropertyValueKind.Bool);

    public double NumberValue => Kind == PropertyValueKind.Number ? (double)_value! : throw WrongKind(PropertyValueKind.Number);

    public string StringValue => Kind == PropertyValueKind.String ? (string)_value! : throw WrongKind(PropertyValueKind.String);

    public ImmutableArray<PropertyValue> ArrayValue =>
        Kind == PropertyValueKind.Array ? (ImmutableArray<PropertyValue>)_value! : throw WrongKind(PropertyValueKind.Array);

    public PropertyMap ObjectValue => Kind == PropertyValueKind.Object ? (PropertyMap)_value! : throw WrongKind(PropertyValueKind.Object);

    public PropertyValue SecretValue => Kind == PropertyValueKind.Secret ? (PropertyValue)_value! : throw WrongKind(PropertyValueKind.Secret);

    public ResourceReference ReferenceValue =>
        Kind == PropertyValueKind.ResourceReference ? (ResourceReference)_value! : throw WrongKind(PropertyValueKind.ResourceReference);

    public OutputReference OutputValue => Kind == PropertyValueKind.Output ? (OutputReference)_value! : throw WrongKind(PropertyValueKind.Output);

    /// <summary>
    /// The value with secret and output wrappers removed, so rules can look at the plain data.
    /// An unknown output becomes <see cref="Computed"/>; a resource reference becomes its id
    /// (custom resources) or URN (components), as a provider that did not accept references would see it.
    /// </summary>
    public PropertyValue Unwrap() => Kind switch
    {
        PropertyValueKind.Secret => SecretValue.Unwrap(),
        PropertyValueKind.Output => OutputValue.Value?.Unwrap() ?? Computed,
        PropertyValueKind.ResourceReference => ReferenceValue.Id?.Unwrap() ?? Create(ReferenceValue.Urn),
        _ => this,
    };

    /// <summary>True when this value, or anything inside it, is unknown.</summary>
    public bool ContainsUnknowns() => Kind switch
    {
        PropertyValueKind.Computed => true,
        PropertyValueKind.Secret => SecretValue.ContainsUnknowns(),
        PropertyValueKind.Output => OutputValue.Value is null || OutputValue.Value.ContainsUnknowns(),
        PropertyValueKind.Array => ArrayValue.Any(v => v.ContainsUnknowns()),
        PropertyValueKind.Object => ObjectValue.Values.Any(v => v.ContainsUnknowns()),
        PropertyValueKind.ResourceReference => ReferenceValue.Id is { } id && id.ContainsUnknowns(),
        _ => false,
    };

    /// <summary>True when this value, or anything inside it, is secret.</summary>
    public bool ContainsSecrets() => Kind switch
    {
        PropertyValueKind.Secret => true,
        PropertyValueKind.Output => OutputValue.IsSecret || (OutputValue.Value?.ContainsSecrets() ?? false),
        PropertyValueKind.Array => ArrayValue.Any(v => v.ContainsSecrets()),
        PropertyValueKind.Object => ObjectValue.Values.Any(v => v.ContainsSecrets()),
        _ => false,
    };

    public bool TryGetString(out string value)
    {
        var plain = Unwrap();
        value = plain.Kind == PropertyValueKind.String ? plain.StringValue : string.Empty;
        return plain.Kind == PropertyValueKind.String;
    }

    public bool Equals(PropertyValue? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Kind != Kind)
        {
            return false;
        }

        return Kind switch
        {
            PropertyValueKind.Null or PropertyValueKind.Computed => true,
            PropertyValueKind.Array => ArrayValue.SequenceEqual(other.ArrayValue),
            _ => Equals(_value, other._value),
        };
    }

    public override bool Equals(object? obj) => obj is PropertyValue other && Equals(other);

    public override int GetHashCode() => Kind switch
    {
        PropertyValueKind.Array => HashCode.Combine(Kind, ArrayValue.Length),
        _ => HashCode.Combine(Kind, _value),
    };

    public override string ToString() => Kind switch
    {
        PropertyValueKind.Null => "null",
        PropertyValueKind.Computed => "<unknown>",
        PropertyValueKind.Bool => BoolValue ? "true" : "false",
        PropertyValueKind.Number => NumberValue.ToString(CultureInfo.InvariantCulture),
        PropertyValueKind.String => StringValue,
        PropertyValueKind.Array => "[" + string.Join(", ", ArrayValue) + "]",
        PropertyValueKind.Object => ObjectValue.ToString(),
        PropertyValueKind.Secret => "[secret]",
        PropertyValueKind.ResourceReference => "ref(" + ReferenceValue.Urn + ")",
        PropertyValueKind.Output => OutputValue.Value is null ? "<unknown output>" : "output(" + OutputValue.Value + ")",
        _ => Kind.ToString(),
    };

    public static implicit operator PropertyValue(string? value) => Create(value);

    public static implicit operator PropertyValue(double value) => Create(value);

    public static implicit operator PropertyValue(bool value) => Create(value);

    private InvalidOperationException WrongKind(PropertyValueKind wanted) =>
        new($"Property value is {Kind}, not {wanted}.");
}
