using System.Collections.Immutable;
using Awsdirect.Components.Values;
using Awsdirect.Provider.Protocol.Properties;

namespace Awsdirect.Provider.Construct;

/// <summary>
/// Moves values between the engine's property model and the component library's. Dependencies are
/// not part of a <see cref="PropertyValue"/> (except inside output values): the caller carries them
/// separately, as <c>inputDependencies</c> and <c>propertyDependencies</c> do on the wire.
/// </summary>
internal static class ComponentValueConversion
{
    /// <summary>A property from the engine as a component value depending on <paramref name="dependencies"/>.</summary>
    public static ComponentValue FromProperty(PropertyValue value, IEnumerable<string> dependencies) =>
        FromProperty(value).DependingOn(dependencies);

    public static ComponentValue FromProperty(PropertyValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Kind switch
        {
            PropertyValueKind.Null => ComponentValue.Null,
            PropertyValueKind.Computed => ComponentValue.Unknown,
            PropertyValueKind.Bool => ComponentValue.Of(value.BoolValue),
            PropertyValueKind.Number => ComponentValue.Of(value.NumberValue),
            PropertyValueKind.String => ComponentValue.Of(value.StringValue),
            PropertyValueKind.Array => ComponentValue.Array(value.ArrayValue.Select(FromProperty)),
            PropertyValueKind.Object => ComponentValue.Object(
                value.ObjectValue.Select(e => KeyValuePair.Create(e.Key, FromProperty(e.Value)))),
            PropertyValueKind.Secret => FromProperty(value.SecretValue).AsSecret(),
            PropertyValueKind.Output => FromOutput(value.OutputValue),

            // Components wire ids and ARNs, not resource objects: a reference stands for its id (custom
            // resource) or its URN (component), and depends on the resource it names.
            PropertyValueKind.ResourceReference => FromProperty(value.Unwrap()).DependingOn([value.ReferenceValue.Urn]),
            _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown property value kind."),
        };
    }

    /// <summary>A component value as an engine property; secrecy and unknowns kept, dependencies left out.</summary>
    public static PropertyValue ToProperty(ComponentValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return ToProperty(value, insideSecret: false);
    }

    // Below a secret every node is secret already (ComponentInputs marks them so): one mark at the top says it.
    private static PropertyValue ToProperty(ComponentValue value, bool insideSecret)
    {
        var secret = value.IsSecret && !insideSecret;
        var below = insideSecret || value.IsSecret;
        var plain = value.Kind switch
        {
            ComponentValueKind.Null => PropertyValue.Null,
            ComponentValueKind.Unknown => PropertyValue.Computed,
            ComponentValueKind.Bool => PropertyValue.Create(value.BoolValue),
            ComponentValueKind.Number => PropertyValue.Create(value.NumberValue),
            ComponentValueKind.String => PropertyValue.Create(value.StringValue),
            ComponentValueKind.Array => PropertyValue.Create(value.ArrayValue.Select(v => ToProperty(v, below))),
            ComponentValueKind.Object => PropertyValue.Create(
                value.ObjectValue.Select(e => KeyValuePair.Create(e.Key, ToProperty(e.Value, below)))),
            _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown component value kind."),
        };
        return secret ? PropertyValue.Secret(plain) : plain;
    }

    /// <summary>A map of component values as a property map.</summary>
    public static PropertyMap ToPropertyMap(IReadOnlyDictionary<string, ComponentValue> values) =>
        new(values.Select(e => KeyValuePair.Create(e.Key, ToProperty(e.Value))));

    /// <summary>Every URN a value depends on, in ordinal order so requests are reproducible.</summary>
    public static ImmutableArray<string> Dependencies(ComponentValue value) => [.. value.AllDependencies()];

    private static ComponentValue FromOutput(OutputReference output)
    {
        var inner = output.Value is null ? ComponentValue.Unknown : FromProperty(output.Value);
        inner = inner.DependingOn(output.Dependencies.IsDefault ? [] : output.Dependencies);
        return output.IsSecret ? inner.AsSecret() : inner;
    }
}
