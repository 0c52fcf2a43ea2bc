using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

/// <summary>
/// A comparison form of an endpoint list in which only what the user chose counts.
/// <para>Order-insensitive: a group is a set of endpoints that configs select by name, so the order of
/// entries carries no meaning and AWS does not promise to report them in the order they were sent.
/// The same holds for <c>subnetIds</c> and <c>securityGroupIds</c>. Reordering therefore never replaces
/// a group (which would cost its scheduled contacts).</para>
/// <para>Server-set members (status, health, agent state) and nulls are dropped, and numbers compare
/// by value, so a read-back equals the inputs that created it.</para>
/// </summary>
internal static class EndpointGroupCanonical
{
    /// <summary>Canonical text of every entry, sorted; null when the list is (or contains) unknowns.</summary>
    public static IReadOnlyList<string>? Entries(PropertyValue? list)
    {
        if (list is null || list.Unwrap().IsNull)
        {
            return [];
        }

        if (list.ContainsUnknowns())
        {
            return null;
        }

        var plain = list.Unwrap();
        if (plain.Kind != PropertyValueKind.Array)
        {
            return [Text(Canonical(PropertyJson.ToJToken(plain)))];
        }

        return plain.ArrayValue
            .Select(item => Text(Canonical(PropertyJson.ToJToken(item))))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>True when both lists are known and hold the same endpoints, in any order.</summary>
    public static bool SameEntries(PropertyValue? olds, PropertyValue? news)
    {
        var a = Entries(olds);
        var b = Entries(news);
        return a is not null && b is not null && a.SequenceEqual(b, StringComparer.Ordinal);
    }

    public static JToken Canonical(JToken token, string? memberName = null)
    {
        ArgumentNullException.ThrowIfNull(token);
        switch (token.Type)
        {
            case JTokenType.Object:
                var sorted = new JObject();
                foreach (var property in ((JObject)token).Properties()
                    .Where(p => p.Value.Type != JTokenType.Null && !EndpointGroupProperties.ServerSet.Contains(p.Name))
                    .OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    sorted[property.Name] = Canonical(property.Value, property.Name);
                }

                return sorted;
            case JTokenType.Array:
                var items = token.Children().Select(c => Canonical(c)).ToList();
                if (memberName is not null && EndpointGroupProperties.UnorderedLists.Contains(memberName))
                {
                    items = [.. items.OrderBy(Text, StringComparer.Ordinal)];
                }

                return new JArray(items);
            case JTokenType.Integer or JTokenType.Float:
                return new JValue(token.Value<double>());
            default:
                return token;
        }
    }

    private static string Text(JToken token) => token.ToString(Formatting.None);
}
