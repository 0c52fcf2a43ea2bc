using System.Globalization;
using Awsdirect.Provider.Protocol.Properties;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Resources.Common;

/// <summary>
/// Moves plain data between property values and the JSON the Ground Station models bind to, so the
/// request models are filled from inputs (and read-backs turned into inputs) without re-stating every
/// member name. Secrets are unwrapped: AWS needs the plain value.
/// </summary>
internal static class PropertyJson
{
    /// <summary>The JSON form of a known value. Unknown values must be handled before (preview).</summary>
    public static JToken ToJToken(PropertyValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var plain = value.Unwrap();
        return plain.Kind switch
        {
            PropertyValueKind.Null => JValue.CreateNull(),
            PropertyValueKind.Bool => new JValue(plain.BoolValue),
            PropertyValueKind.Number => NumberToken(plain.NumberValue),
            PropertyValueKind.String => new JValue(plain.StringValue),
            PropertyValueKind.Array => new JArray(plain.ArrayValue.Select(ToJToken)),
            PropertyValueKind.Object => ToJObject(plain.ObjectValue),
            _ => throw new InvalidOperationException($"A {plain.Kind} value has no JSON form."),
        };
    }

    public static JObject ToJObject(PropertyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var result = new JObject();
        foreach (var (key, item) in map)
        {
            // Absent and null mean the same to AWS; omitting keeps requests minimal.
            if (!item.Unwrap().IsNull)
            {
                result[key] = ToJToken(item);
            }
        }

        return result;
    }

    public static PropertyValue FromJToken(JToken? token) => token?.Type switch
    {
        null or JTokenType.Null or JTokenType.Undefined => PropertyValue.Null,
        JTokenType.Boolean => PropertyValue.Create(token.Value<bool>()),
        JTokenType.Integer or JTokenType.Float => PropertyValue.Create(token.Value<double>()),
        JTokenType.String => PropertyValue.Create(token.Value<string>()),
        JTokenType.Array => PropertyValue.Create(token.Children().Select(FromJToken)),
        JTokenType.Object => PropertyValue.Create(FromJObject((JObject)token)),
        _ => PropertyValue.Create(token.ToString()),
    };

    public static PropertyMap FromJObject(JObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return new PropertyMap(obj.Properties()
            .Where(p => p.Value.Type != JTokenType.Null)
            .Select(p => new KeyValuePair<string, PropertyValue>(p.Name, FromJToken(p.Value))));
    }

    // Integral numbers go out as integers: the model's integer members reject "8080.0".
    private static JValue NumberToken(double number) =>
        number == Math.Floor(number) && Math.Abs(number) < 9.0e15
            ? new JValue(Convert.ToInt64(number, CultureInfo.InvariantCulture))
            : new JValue(number);
}
