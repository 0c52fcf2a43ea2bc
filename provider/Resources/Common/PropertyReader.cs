using Awsdirect.Provider.Protocol.Properties;

namespace Awsdirect.Provider.Resources.Common;

/// <summary>
/// Null-tolerant navigation of input values for the rules: every step unwraps secrets and outputs,
/// and an unknown value anywhere along the way is reported as unknown so a rule can skip itself.
/// </summary>
internal static class PropertyReader
{
    public static bool IsUnknown(PropertyValue? value) => value is not null && value.Unwrap().IsComputed;

    /// <summary>The member <paramref name="name"/> of an object; null when absent, null, or the parent is not an object.</summary>
    public static PropertyValue? Member(PropertyValue? parent, string name)
    {
        if (parent is null)
        {
            return null;
        }

        var plain = parent.Unwrap();
        if (plain.IsComputed)
        {
            return PropertyValue.Computed;
        }

        return plain.Kind == PropertyValueKind.Object ? plain.ObjectValue.GetNonNull(name) : null;
    }

    /// <summary>Follows a dotted path of member names.</summary>
    public static PropertyValue? Path(PropertyValue? root, string dottedPath)
    {
        ArgumentNullException.ThrowIfNull(dottedPath);
        var current = root;
        foreach (var part in dottedPath.Split('.'))
        {
            current = Member(current, part);
            if (current is null || IsUnknown(current))
            {
                return current;
            }
        }

        return current;
    }

    /// <summary>The items of a known array; null for anything else (absent, unknown, wrong type).</summary>
    public static IReadOnlyList<PropertyValue>? Items(PropertyValue? value)
    {
        var plain = value?.Unwrap();
        return plain is { Kind: PropertyValueKind.Array } ? plain.ArrayValue : null;
    }

    /// <summary>The members of a known object; null for anything else.</summary>
    public static PropertyMap? Object(PropertyValue? value)
    {
        var plain = value?.Unwrap();
        return plain is { Kind: PropertyValueKind.Object } ? plain.ObjectValue : null;
    }

    public static bool TryGetInteger(PropertyValue? value, out long number)
    {
        number = 0;
        var plain = value?.Unwrap();
        if (plain is not { Kind: PropertyValueKind.Number } || plain.NumberValue != Math.Floor(plain.NumberValue)
            || Math.Abs(plain.NumberValue) > long.MaxValue / 2)
        {
            return false;
        }

        number = (long)plain.NumberValue;
        return true;
    }

    public static bool TryGetString(PropertyValue? value, out string text)
    {
        text = string.Empty;
        return value is not null && value.TryGetString(out text);
    }
}
