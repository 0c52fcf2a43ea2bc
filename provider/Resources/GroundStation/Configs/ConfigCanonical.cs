using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;

namespace Awsdirect.Provider.Resources.GroundStation.Configs;

/// <summary>
/// Compares configData values for what they mean to AWS: absent and null are the same, numbers
/// compare by value (7812 equals 7812.0), secrets by their plain value, and the demodulation/decode
/// <c>unvalidatedJSON</c> strings as JSON (member order and whitespace do not count). Frequencies are
/// compared as written: AWS stores and reports the units it was given, so 7.812 GHz and 7812 MHz are
/// different inputs (changing one to the other updates the config, it never replaces it).
/// </summary>
internal static class ConfigCanonical
{
    public const string JsonMember = "unvalidatedJSON";

    /// <summary>The paths (under <paramref name="path"/>) where <paramref name="after"/> differs from <paramref name="before"/>, with the kind of change.</summary>
    public static void Differences(string path, PropertyValue? before, PropertyValue? after, IDictionary<string, PropertyDiffKind> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var a = Plain(before);
        var b = Plain(after);
        if (a is null && b is null)
        {
            return;
        }

        if (b is not null && b.IsComputed)
        {
            into[path] = a is null ? PropertyDiffKind.Add : PropertyDiffKind.Update;
            return;
        }

        if (a is null)
        {
            into[path] = PropertyDiffKind.Add;
            return;
        }

        if (b is null)
        {
            into[path] = PropertyDiffKind.Delete;
            return;
        }

        if (a.Kind == PropertyValueKind.Object && b.Kind == PropertyValueKind.Object)
        {
            foreach (var key in a.ObjectValue.Keys.Union(b.ObjectValue.Keys).Order(StringComparer.Ordinal))
            {
                Differences(PropertyWalker.Join(path, key), a.ObjectValue.GetNonNull(key), b.ObjectValue.GetNonNull(key), into);
            }

            return;
        }

        if (!SameLeaf(LastMember(path), a, b))
        {
            into[path] = PropertyDiffKind.Update;
        }
    }

    /// <summary>True when both values are known and mean the same configuration.</summary>
    public static bool Same(PropertyValue? before, PropertyValue? after)
    {
        if (after is not null && after.ContainsUnknowns())
        {
            return false;
        }

        var differences = new Dictionary<string, PropertyDiffKind>(StringComparer.Ordinal);
        Differences(string.Empty, before, after, differences);
        return differences.Count == 0;
    }

    private static bool SameLeaf(string member, PropertyValue a, PropertyValue b)
    {
        if (a.Kind == PropertyValueKind.Array && b.Kind == PropertyValueKind.Array)
        {
            return a.ArrayValue.Length == b.ArrayValue.Length
                && a.ArrayValue.Zip(b.ArrayValue).All(p => Same(p.First, p.Second));
        }

        if (member == JsonMember && a.TryGetString(out var left) && b.TryGetString(out var right)
            && ConfigJson.Canonical(left) is { } l && ConfigJson.Canonical(right) is { } r)
        {
            return string.Equals(l, r, StringComparison.Ordinal);
        }

        return a.Equals(b);
    }

    private static PropertyValue? Plain(PropertyValue? value)
    {
        var plain = value?.Unwrap();
        return plain is null || plain.IsNull ? null : plain;
    }

    private static string LastMember(string path)
    {
        var cut = path.LastIndexOf('.');
        return cut < 0 ? path : path[(cut + 1)..];
    }
}
