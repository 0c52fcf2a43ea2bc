using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Aws.GroundStation;

/// <summary>
/// The JSON form of the Ground Station models exactly as sent on the wire (camelCase members, nulls
/// omitted). Handlers can use it to convert between resource properties and request models without
/// re-stating member names.
/// </summary>
public static class GroundStationJson
{
    internal static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    public static T? Deserialize<T>(string json) => JsonConvert.DeserializeObject<T>(json, Settings);

    public static JToken ToJToken(object value) => JToken.FromObject(value, Serializer);

    public static T? FromJToken<T>(JToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.ToObject<T>(Serializer);
    }
}
