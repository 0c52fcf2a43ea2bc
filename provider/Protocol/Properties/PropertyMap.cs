using System.Collections;
using System.Collections.Immutable;

namespace Awsdirect.Provider.Protocol.Properties;

/// <summary>An immutable, ordinally sorted map of property names to values.</summary>
public sealed class PropertyMap : IReadOnlyDictionary<string, PropertyValue>, IEquatable<PropertyMap>
{
    private readonly ImmutableSortedDictionary<string, PropertyValue> _entries;

    public PropertyMap()
        : this(ImmutableSortedDictionary<string, PropertyValue>.Empty.WithComparers(StringComparer.Ordinal))
    {
    }

    public PropertyMap(IEnumerable<KeyValuePair<string, PropertyValue>> entries)
        : this(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, entries))
    {
    }

    private PropertyMap(ImmutableSortedDictionary<string, PropertyValue> entries) => _entries = entries;

    public static PropertyMap Empty { get; } = new();

    public int Count => _entries.Count;

    public IEnumerable<string> Keys => _entries.Keys;

    public IEnumerable<PropertyValue> Values => _entries.Values;

    public PropertyValue this[string key] => _entries[key];

    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out PropertyValue value) =>
        _entries.TryGetValue(key, out value);

    /// <summary>The value for <paramref name="key"/>, or <c>null</c> when the key is absent.</summary>
    public PropertyValue? Get(string key) => _entries.TryGetValue(key, out var value) ? value : null;

    /// <summary>The value for <paramref name="key"/> treating an explicit null like an absent key.</summary>
    public PropertyValue? GetNonNull(string key) =>
        _entries.TryGetValue(key, out var value) && !value.IsNull ? value : null;

    public PropertyMap Set(string key, PropertyValue value) => new(_entries.SetItem(key, value));

    public PropertyMap Remove(string key) => new(_entries.Remove(key));

    public IEnumerator<KeyValuePair<string, PropertyValue>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(PropertyMap? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var (key, value) in _entries)
        {
            if (!other._entries.TryGetValue(key, out var otherValue) || !value.Equals(otherValue))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is PropertyMap other && Equals(other);

    public override int GetHashCode() => _entries.Count;

    public override string ToString() => "{" + string.Join(", ", _entries.Select(e => e.Key + ": " + e.Value)) + "}";
}
