using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Schema;

/// <summary>
/// The package's <c>types</c> section, gathered from every resource and component. Several resources
/// may declare the same shared type (e.g. a tag or frequency object); that is fine while the
/// definitions are identical, and an error naming the token and both owners when they differ, since
/// one of them would otherwise silently get the other's shape.
/// </summary>
internal sealed class SchemaTypeSet
{
    private readonly SortedDictionary<string, (JObject Spec, string Owner)> _types = new(StringComparer.Ordinal);

    public void Add(string token, JObject spec, string owner)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (_types.TryGetValue(token, out var existing))
        {
            if (!JToken.DeepEquals(existing.Spec, spec))
            {
                throw new InvalidOperationException(
                    $"Schema type '{token}' is defined differently by '{existing.Owner}' and '{owner}'; " +
                    "a type token must have one definition in the package.");
            }

            return;
        }

        _types.Add(token, ((JObject)spec.DeepClone(), owner));
    }

    public bool Contains(string token) => _types.ContainsKey(token);

    public JObject ToJson()
    {
        var result = new JObject();
        foreach (var (token, entry) in _types)
        {
            result[token] = entry.Spec;
        }

        return result;
    }
}
