using System.Collections.Immutable;
using Google.Protobuf.WellKnownTypes;

namespace Awsdirect.Provider.Protocol.Properties;

/// <summary>
/// Converts between the engine's <c>google.protobuf.Struct</c> properties and <see cref="PropertyMap"/>.
/// Decoding understands every special value the engine sends (secrets, unknowns, resource references,
/// output values). Assets, archives and objects with a signature we do not know are kept as ordinary
/// objects, so they survive a round trip unchanged. Encoding lowers what the options say the receiver
/// does not accept.
/// </summary>
public static class PropertyCodec
{
    private const string ValueKey = "value";
    private const string SecretKey = "secret";
    private const string DependenciesKey = "dependencies";
    private const string UrnKey = "urn";
    private const string IdKey = "id";
    private const string PackageVersionKey = "packageVersion";

    /// <summary>Decodes a properties Struct; a missing Struct is an empty map.</summary>
    /// <exception cref="PropertyCodecException">A special value is malformed (the message names its path).</exception>
    public static PropertyMap FromStruct(Struct? s) => s is null ? PropertyMap.Empty : DecodeStruct(s, string.Empty);

    /// <summary>Decodes one value.</summary>
    /// <exception cref="PropertyCodecException">A special value is malformed (the message names its path).</exception>
    public static PropertyValue FromValue(Value v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return Decode(v, string.Empty);
    }

    public static Struct ToStruct(PropertyMap map, PropertyCodecOptions options)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(options);
        var result = new Struct();
        foreach (var (key, value) in map)
        {
            result.Fields[key] = Encode(value, options);
        }

        return result;
    }

    public static Value ToValue(PropertyValue v, PropertyCodecOptions options)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(options);
        return Encode(v, options);
    }

    private static PropertyMap DecodeStruct(Struct s, string path) =>
        new(s.Fields.Select(f => KeyValuePair.Create(f.Key, Decode(f.Value, Join(path, f.Key)))));

    private static PropertyValue Decode(Value v, string path) => v.KindCase switch
    {
        // An unset oneof is what a missing map value decodes to; protobuf treats it as null.
        Value.KindOneofCase.None or Value.KindOneofCase.NullValue => PropertyValue.Null,
        Value.KindOneofCase.BoolValue => PropertyValue.Create(v.BoolValue),
        Value.KindOneofCase.NumberValue => PropertyValue.Create(v.NumberValue),
        Value.KindOneofCase.StringValue => v.StringValue == PropertyCodecSignatures.UnknownValue
            ? PropertyValue.Computed
            : PropertyValue.Create(v.StringValue),
        Value.KindOneofCase.ListValue => PropertyValue.Create(
            v.ListValue.Values.Select((item, i) => Decode(item, $"{path}[{i}]")).ToImmutableArray()),
        Value.KindOneofCase.StructValue => DecodeObject(v.StructValue, path),
        _ => throw new PropertyCodecException(path, $"unsupported protobuf value kind {v.KindCase}."),
    };

    private static PropertyValue DecodeObject(Struct s, string path)
    {
        if (!s.Fields.TryGetValue(PropertyCodecSignatures.SignatureKey, out var signature))
        {
            return PropertyValue.Create(DecodeStruct(s, path));
        }

        if (signature.KindCase != Value.KindOneofCase.StringValue)
        {
            throw new PropertyCodecException(path, "the special-value signature must be a string.");
        }

        return signature.StringValue switch
        {
            PropertyCodecSignatures.Secret => DecodeSecret(s, path),
            PropertyCodecSignatures.ResourceReference => DecodeReference(s, path),
            PropertyCodecSignatures.OutputValue => DecodeOutput(s, path),

            // Assets, archives, and signatures from newer engines: keep the object as it came so it is
            // passed back unchanged rather than rejected.
            _ => PropertyValue.Create(DecodeStruct(s, path)),
        };
    }

    private static PropertyValue DecodeSecret(Struct s, string path)
    {
        // A secret without a value cannot be told apart from a lost value; failing loudly beats
        // silently storing null in state under a secret marker.
        if (!s.Fields.TryGetValue(ValueKey, out var inner))
        {
            throw new PropertyCodecException(path, "a secret value has no 'value' field.");
        }

        return PropertyValue.Secret(Decode(inner, path));
    }

    private static PropertyValue DecodeReference(Struct s, string path)
    {
        var urn = RequiredString(s, UrnKey, path, "resource reference");
        PropertyValue? id = null;
        if (s.Fields.TryGetValue(IdKey, out var idValue))
        {
            if (idValue.KindCase != Value.KindOneofCase.StringValue)
            {
                throw new PropertyCodecException(path, "a resource reference's 'id' must be a string.");
            }

            id = Decode(idValue, Join(path, IdKey));
        }

        var packageVersion = OptionalString(s, PackageVersionKey, path, "resource reference") ?? string.Empty;
        return PropertyValue.Reference(new ResourceReference(urn, id, packageVersion));
    }

    private static PropertyValue DecodeOutput(Struct s, string path)
    {
        PropertyValue? value = s.Fields.TryGetValue(ValueKey, out var inner) ? Decode(inner, path) : null;

        var isSecret = false;
        if (s.Fields.TryGetValue(SecretKey, out var secret))
        {
            isSecret = secret.KindCase == Value.KindOneofCase.BoolValue
                ? secret.BoolValue
                : throw new PropertyCodecException(path, "an output value's 'secret' must be a boolean.");
        }

        var dependencies = ImmutableArray<string>.Empty;
        if (s.Fields.TryGetValue(DependenciesKey, out var deps))
        {
            if (deps.KindCase != Value.KindOneofCase.ListValue
                || deps.ListValue.Values.Any(d => d.KindCase != Value.KindOneofCase.StringValue))
            {
                throw new PropertyCodecException(path, "an output value's 'dependencies' must be a list of URN strings.");
            }

            dependencies = [.. deps.ListValue.Values.Select(d => d.StringValue)];
        }

        return PropertyValue.Output(new OutputReference(value, isSecret, dependencies));
    }

    private static string RequiredString(Struct s, string key, string path, string what) =>
        OptionalString(s, key, path, what)
        ?? throw new PropertyCodecException(path, $"a {what} has no '{key}' field.");

    private static string? OptionalString(Struct s, string key, string path, string what)
    {
        if (!s.Fields.TryGetValue(key, out var value))
        {
            return null;
        }

        return value.KindCase == Value.KindOneofCase.StringValue
            ? value.StringValue
            : throw new PropertyCodecException(path, $"a {what}'s '{key}' must be a string.");
    }

    private static Value Encode(PropertyValue v, PropertyCodecOptions options) => v.Kind switch
    {
        PropertyValueKind.Null => Value.ForNull(),
        PropertyValueKind.Bool => Value.ForBool(v.BoolValue),
        PropertyValueKind.Number => Value.ForNumber(v.NumberValue),
        PropertyValueKind.String => Value.ForString(v.StringValue),

        // See PropertyCodecOptions.KeepUnknowns: unknowns are never dropped.
        PropertyValueKind.Computed => Value.ForString(PropertyCodecSignatures.UnknownValue),
        PropertyValueKind.Array => Value.ForList([.. v.ArrayValue.Select(item => Encode(item, options))]),
        PropertyValueKind.Object => Value.ForStruct(ToStruct(v.ObjectValue, options)),
        PropertyValueKind.Secret => options.KeepSecrets
            ? Special(PropertyCodecSignatures.Secret, (ValueKey, Encode(v.SecretValue, options)))
            : Encode(v.SecretValue, options),
        PropertyValueKind.ResourceReference => EncodeReference(v.ReferenceValue, options),
        PropertyValueKind.Output => EncodeOutput(v.OutputValue, options),
        _ => throw new ArgumentOutOfRangeException(nameof(v), v.Kind, "Unknown property value kind."),
    };

    private static Value EncodeReference(ResourceReference reference, PropertyCodecOptions options)
    {
        if (!options.KeepResources)
        {
            return reference.Id is { } plainId ? Encode(plainId, options) : Value.ForString(reference.Urn);
        }

        var fields = new List<(string, Value)> { (UrnKey, Value.ForString(reference.Urn)) };
        if (reference.Id is { } id)
        {
            fields.Add((IdKey, Encode(id, options)));
        }

        if (!string.IsNullOrEmpty(reference.PackageVersion))
        {
            fields.Add((PackageVersionKey, Value.ForString(reference.PackageVersion)));
        }

        return Special(PropertyCodecSignatures.ResourceReference, [.. fields]);
    }

    private static Value EncodeOutput(OutputReference output, PropertyCodecOptions options)
    {
        if (!options.KeepOutputValues)
        {
            var plain = output.Value ?? PropertyValue.Computed;
            return Encode(output.IsSecret ? PropertyValue.Secret(plain) : plain, options);
        }

        var fields = new List<(string, Value)>();
        if (output.Value is { } value)
        {
            fields.Add((ValueKey, Encode(value, options)));
        }

        if (output.IsSecret)
        {
            fields.Add((SecretKey, Value.ForBool(true)));
        }

        if (!output.Dependencies.IsDefaultOrEmpty)
        {
            fields.Add((DependenciesKey, Value.ForList([.. output.Dependencies.Select(Value.ForString)])));
        }

        return Special(PropertyCodecSignatures.OutputValue, [.. fields]);
    }

    private static Value Special(string signature, params (string Key, Value Value)[] fields)
    {
        var s = new Struct();
        s.Fields[PropertyCodecSignatures.SignatureKey] = Value.ForString(signature);
        foreach (var (key, value) in fields)
        {
            s.Fields[key] = value;
        }

        return Value.ForStruct(s);
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
