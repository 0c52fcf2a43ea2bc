using System.Globalization;
using System.Text;
using System.Xml.Linq;
using AwsEmulator.Model;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Http;

/// <summary>Writes an operation's output structure as the service does: headers plus a JSON or XML body.</summary>
internal static class OutputWriter
{
    public static readonly XNamespace CloudFrontNamespace = "http://cloudfront.amazonaws.com/doc/2020-05-31/";

    public static async Task WriteAsync(HttpResponse response, ServiceModel model, OperationModel op, JObject output)
    {
        response.StatusCode = op.ResponseCode;
        if (op.OutputShape is null)
        {
            return;
        }

        var shape = model[op.OutputShape];
        foreach (var member in shape.Members.Where(m => m.Location == "header"))
        {
            if (output[member.Name] is { Type: not JTokenType.Null } value)
            {
                response.Headers[member.LocationName ?? member.Name] = value.ToString();
            }
        }

        string body;
        if (model.IsXml)
        {
            XElement root;
            if (shape.Payload is { } payload)
            {
                var member = shape.FindMember(payload)!;
                root = ToXml(model, model[member.ShapeName], member.WireName, output[payload] ?? new JObject());
            }
            else
            {
                root = ToXml(model, shape, shape.Name, output);
            }

            body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.ToString(SaveOptions.DisableFormatting);
            response.ContentType = "text/xml";
        }
        else
        {
            var json = new JObject();
            foreach (var member in shape.Members.Where(m => m.Location is null))
            {
                if (output[member.Name] is { Type: not JTokenType.Null } value)
                {
                    json[member.Name] = NormalizeJson(model, model[member.ShapeName], value);
                }
            }

            body = json.ToString(Newtonsoft.Json.Formatting.None);
            response.ContentType = "application/json";
        }

        await response.WriteAsync(body, Encoding.UTF8).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes numbers as their model type: a double member echoes 7812 as 7812.0, as AWS's JSON
    /// serialiser does, so clients must not depend on the integer-looking form they sent.
    /// </summary>
    private static JToken NormalizeJson(ServiceModel model, Shape shape, JToken value) => shape.Type switch
    {
        "structure" when value is JObject obj => new JObject(obj.Properties().Select(p =>
            new JProperty(p.Name, shape.FindMember(p.Name) is { } member ? NormalizeJson(model, model[member.ShapeName], p.Value) : p.Value))),
        "list" when value is JArray array => new JArray(array.Select(item => NormalizeJson(model, model[shape.ListMember!.ShapeName], item))),
        "map" when value is JObject map => new JObject(map.Properties().Select(p =>
            new JProperty(p.Name, NormalizeJson(model, model[shape.MapValue!.ShapeName], p.Value)))),
        "double" or "float" when value.Type == JTokenType.Integer => new JValue(value.Value<double>()),
        _ => value,
    };

    private static XElement ToXml(ServiceModel model, Shape shape, string name, JToken value)
    {
        var element = new XElement(CloudFrontNamespace + name);
        switch (shape.Type)
        {
            case "structure":
                foreach (var member in shape.Members.Where(m => m.Location is null))
                {
                    if (value[member.Name] is { Type: not JTokenType.Null } child)
                    {
                        element.Add(ToXml(model, model[member.ShapeName], member.WireName, child));
                    }
                }

                break;
            case "list":
                var itemName = shape.ListMember!.LocationName ?? "member";
                foreach (var item in (JArray)value)
                {
                    element.Add(ToXml(model, model[shape.ListMember.ShapeName], itemName, item));
                }

                break;
            case "boolean":
                element.Value = value.Value<bool>() ? "true" : "false";
                break;
            case "timestamp":
                element.Value = value.Value<DateTime>().ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
                break;
            default:
                element.Value = Convert.ToString(((JValue)value).Value, CultureInfo.InvariantCulture) ?? string.Empty;
                break;
        }

        return element;
    }
}
