using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Integration.Tests.Engine;

/// <summary>
/// Writes property Structs as plain JSON for tests. Two markers stand for the engine's special values:
/// the string <c>"&lt;unknown&gt;"</c> is an unknown (computed) value, and an object
/// <c>{"&lt;secret&gt;": value}</c> is a secret. Both directions use them, so outputs read back the same way.
/// </summary>
public static class StructJson
{
    public const string Unknown = "<unknown>";
    public const string SecretKey = "<secret>";

    public const string UnknownSentinel = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    private const string SignatureKey = "4dabf18193072939515e22adb298388d";
    private const string SecretSignature = "1b47061264138c4ac30d75fd1eb44270";

    public static Struct ToStruct(JObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var wire = (JObject)ToWire(json);
        return JsonParser.Default.Parse<Struct>(wire.ToString(Newtonsoft.Json.Formatting.None));
    }

    /// <summary>Parses JSON text (markers allowed) into a Struct.</summary>
    public static Struct ToStruct(string json) => ToStruct(JObject.Parse(json));

    public static JObject ToJson(Struct? value)
    {
        if (value is null)
        {
            return [];
        }

        return (JObject)FromWire(JObject.Parse(JsonFormatter.Default.Format(value)));
    }

    private static JToken ToWire(JToken token) => token switch
    {
        JValue { Type: JTokenType.String } v when (string?)v == Unknown => new JValue(UnknownSentinel),
        JObject o when o.Count == 1 && o.ContainsKey(SecretKey) => new JObject
        {
            [SignatureKey] = SecretSignature,
            ["value"] = ToWire(o[SecretKey]!),
        },
        JObject o => new JObject(o.Properties().Select(p => new JProperty(p.Name, ToWire(p.Value)))),
        JArray a => new JArray(a.Select(ToWire)),
        _ => token.DeepClone(),
    };

    private static JToken FromWire(JToken token) => token switch
    {
        JValue { Type: JTokenType.String } v when (string?)v == UnknownSentinel => new JValue(Unknown),
        JObject o when (string?)o[SignatureKey] == SecretSignature => new JObject { [SecretKey] = FromWire(o["value"] ?? JValue.CreateNull()) },
        JObject o => new JObject(o.Properties().Select(p => new JProperty(p.Name, FromWire(p.Value)))),
        JArray a => new JArray(a.Select(FromWire)),
        _ => token.DeepClone(),
    };
}
