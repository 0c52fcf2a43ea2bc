using System.Text.RegularExpressions;
using Awsdirect.Components.Hosting;
using Awsdirect.Components.Values;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Components.Missions;

/// <summary>
/// Demodulation and decode settings. Ground Station takes them as a JSON string it does not validate
/// (<c>unvalidatedJSON</c>); people write them as objects in YAML or code. Either form is accepted and
/// the API's string is produced, after the checks Ground Station itself would only apply at create time
/// (well-formed JSON, the service model's JsonString length and character set).
/// </summary>
internal static partial class UnvalidatedJsonInput
{
    private const int MinLength = 2;
    private const int MaxLength = 8192;

    // JsonString in the groundstation-2019-05-23 service model.
    [GeneratedRegex("^[{}\\[\\]:.,\"0-9A-Za-z\\-_\\s]*$")]
    private static partial Regex AllowedCharacters();

    /// <summary>The JSON text for the API, unknown when the input is, null when absent or invalid.</summary>
    public static ComponentValue? Read(ComponentInputs inputs, string path, bool required)
    {
        var value = inputs.Get(path);
        if (value is null)
        {
            if (required)
            {
                inputs.Fail(path, "is required");
            }

            return null;
        }

        if (value.ContainsUnknowns())
        {
            // Unknown still, with the input's sources and secrecy.
            return value.Select(known => known);
        }

        string text;
        switch (value.Kind)
        {
            case ComponentValueKind.String:
                text = value.StringValue;
                try
                {
                    _ = JToken.Parse(text);
                }
                catch (JsonReaderException e)
                {
                    inputs.Fail(path, "is not valid JSON: " + e.Message);
                    return null;
                }

                break;
            case ComponentValueKind.Object:
                text = ToJson(value).ToString(Formatting.None);
                break;
            default:
                inputs.Fail(path, $"must be a JSON object or a string holding one, got {value.Kind.ToString().ToLowerInvariant()}");
                return null;
        }

        if (text.Length is < MinLength or > MaxLength)
        {
            inputs.Fail(path, $"is {text.Length} characters of JSON; Ground Station accepts {MinLength}-{MaxLength}");
        }

        if (!AllowedCharacters().IsMatch(text))
        {
            inputs.Fail(path, "has characters Ground Station does not accept in unvalidatedJSON (letters, digits, whitespace and { } [ ] : . , \" - _ only)");
        }

        return value.Select(_ => ComponentValue.Of(text));
    }

    private static JToken ToJson(ComponentValue value) => value.Kind switch
    {
        ComponentValueKind.Null => JValue.CreateNull(),
        ComponentValueKind.Bool => new JValue(value.BoolValue),
        ComponentValueKind.Number => Math.Floor(value.NumberValue) == value.NumberValue && Math.Abs(value.NumberValue) < 1e15
            ? new JValue((long)value.NumberValue)
            : new JValue(value.NumberValue),
        ComponentValueKind.String => new JValue(value.StringValue),
        ComponentValueKind.Array => new JArray(value.ArrayValue.Select(ToJson)),
        ComponentValueKind.Object => new JObject(value.ObjectValue.Select(e => new JProperty(e.Key, ToJson(e.Value)))),
        _ => throw new InvalidOperationException($"A {value.Kind} value has no JSON form."),
    };
}
