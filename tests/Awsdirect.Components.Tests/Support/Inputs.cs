using Awsdirect.Components.Hosting;
using Awsdirect.Components.Values;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Components.Tests.Support;

/// <summary>Component inputs written as JSON, as a stack program would give them; the string
/// <c>"&lt;unknown&gt;"</c> stands for a value not known yet (a preview).</summary>
internal static class Inputs
{
    public const string UnknownMarker = "<unknown>";

    public static ComponentInputs Parse(string json) => new(ParseValues(json));

    public static Dictionary<string, ComponentValue> ParseValues(string json) =>
        JObject.Parse(json).Properties().ToDictionary(p => p.Name, p => From(p.Value), StringComparer.Ordinal);

    /// <summary>Inputs from a JSON object edited first, so each test states only what it changes.</summary>
    public static ComponentInputs Edit(string json, Action<JObject> edit)
    {
        var obj = JObject.Parse(json);
        edit(obj);
        return Parse(obj.ToString());
    }

    public static ComponentValue From(JToken token) => token.Type switch
    {
        JTokenType.Null => ComponentValue.Null,
        JTokenType.Boolean => ComponentValue.Of(token.Value<bool>()),
        JTokenType.Integer or JTokenType.Float => ComponentValue.Of(token.Value<double>()),
        JTokenType.String when token.Value<string>() == UnknownMarker => ComponentValue.Unknown,
        JTokenType.String => ComponentValue.Of(token.Value<string>()!),
        JTokenType.Array => ComponentValue.Array(token.Select(From)),
        JTokenType.Object => ComponentValue.Object(((JObject)token).Properties().Select(p => KeyValuePair.Create(p.Name, From(p.Value)))),
        _ => throw new ArgumentException($"No component value for JSON {token.Type}."),
    };
}
