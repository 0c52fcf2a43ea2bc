using System.Globalization;
using System.Text;
using System.Text.Json;
using Awsdirect.Provider.Protocol.Properties;

namespace Awsdirect.Provider.Diagram;

/// <summary>
/// Reading property values as Pulumi serializes them in a preview digest and in a stack export
/// (apitype's property-value encoding): plain JSON, with three special forms.
/// <list type="bullet">
/// <item>A value unknown during preview is the unknown sentinel string.</item>
/// <item>A secret is the string <c>[secret]</c> in <c>preview --json</c> (the display layer blinds secrets),
/// and an object with the signature key set to the secret marker (plus <c>ciphertext</c>) in a stack export.</item>
/// <item>A resource reference is an object with the signature key set to the resource-reference marker.</item>
/// </list>
/// </summary>
internal static class StateValue
{
    /// <summary>How an unknown value reads in a diagram: the engine computes it while applying.</summary>
    public const string UnknownText = "(known after apply)";

    public const string SecretText = "[secret]";

    public static bool IsUnknown(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } v && v.GetString() == PropertyCodecSignatures.UnknownValue;

    public static bool IsSecret(JsonElement? value) =>
        value is { } v && ((v.ValueKind == JsonValueKind.String && v.GetString() == SecretText) || Signature(v) == PropertyCodecSignatures.Secret);

    /// <summary>True when the value, or anything inside it, is unknown.</summary>
    public static bool ContainsUnknown(JsonElement? value)
    {
        if (value is not { } v)
        {
            return false;
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => IsUnknown(v),
            JsonValueKind.Array => v.EnumerateArray().Any(e => ContainsUnknown(e)),
            JsonValueKind.Object => v.EnumerateObject().Any(p => ContainsUnknown(p.Value)),
            _ => false,
        };
    }

    /// <summary>A member of an object value; null when the value is not an object or has no such member.</summary>
    public static JsonElement? Member(JsonElement? value, string name)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v || Signature(v) is not null)
        {
            return null;
        }

        return v.TryGetProperty(name, out var member) && member.ValueKind != JsonValueKind.Null ? member : null;
    }

    /// <summary>The value at a dotted member path (<c>a.b.c</c>) of an object value.</summary>
    public static JsonElement? At(JsonElement? value, string dottedPath)
    {
        var current = value;
        foreach (var name in dottedPath.Split('.'))
        {
            current = Member(current, name);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>The items of an array value; empty when it is not an array.</summary>
    public static IReadOnlyList<JsonElement> Items(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Array } v ? [.. v.EnumerateArray()] : [];

    /// <summary>A known, plain string; null for anything else (unknown, secret, other kinds).</summary>
    public static string? KnownString(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } v && !IsUnknown(v) && !IsSecret(v) ? v.GetString() : null;

    /// <summary>How a scalar reads in a diagram: unknowns and secrets say so; null when absent.</summary>
    public static string? Text(JsonElement? value)
    {
        if (value is not { } v)
        {
            return null;
        }

        if (IsUnknown(v))
        {
            return UnknownText;
        }

        if (IsSecret(v))
        {
            return SecretText;
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.TryGetDecimal(out var d) ? d.ToString(CultureInfo.InvariantCulture) : v.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ when Signature(v) == PropertyCodecSignatures.ResourceReference => "resource " + (KnownString(Member2(v, "urn")) ?? "?"),
            _ => Compact(v),
        };
    }

    /// <summary>The value as compact JSON, for values that are not scalars.</summary>
    public static string Compact(JsonElement value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            value.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string? Signature(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty(PropertyCodecSignatures.SignatureKey, out var sig)
        && sig.ValueKind == JsonValueKind.String
            ? sig.GetString()
            : null;

    // Member() refuses special objects; a resource reference's own fields are read here.
    private static JsonElement? Member2(JsonElement value, string name) =>
        value.TryGetProperty(name, out var member) ? member : null;
}
