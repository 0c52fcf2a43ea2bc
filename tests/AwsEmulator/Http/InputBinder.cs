using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using AwsEmulator.Model;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Http;

/// <summary>
/// Turns an HTTP request into the operation's input structure (a JSON tree keyed by model member names),
/// following the model's bindings: URI labels, query string, headers, and a JSON or XML body.
/// Values that do not parse as their model type are kept as strings so validation reports them.
/// </summary>
internal static class InputBinder
{
    public static JObject Bind(ServiceModel model, OperationModel op, HttpRequest request, IReadOnlyDictionary<string, string> labels, string body)
    {
        if (op.InputShape is null)
        {
            return [];
        }

        var shape = model[op.InputShape];
        var input = model.IsXml ? BindXmlBody(model, shape, body) : BindJsonBody(shape, body);
        foreach (var member in shape.Members.Where(m => m.Location is not null))
        {
            var target = model[member.ShapeName];
            var wire = member.LocationName ?? member.Name;
            switch (member.Location)
            {
                case "uri" when labels.TryGetValue(wire, out var label):
                    input[member.Name] = Scalar(target, label);
                    break;
                case "querystring" when request.Query.TryGetValue(wire, out var values):
                    input[member.Name] = target.Type == "list"
                        ? new JArray(values.Select(v => Scalar(model[target.ListMember!.ShapeName], v ?? string.Empty)))
                        : Scalar(target, values.ToString());
                    break;
                case "header" when request.Headers.TryGetValue(wire, out var header):
                    input[member.Name] = Scalar(target, header.ToString());
                    break;
                default:
                    break;
            }
        }

        return input;
    }

    private static JObject BindJsonBody(Shape shape, string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        JToken parsed;
        try
        {
            parsed = JToken.Parse(body);
        }
        catch (JsonException e)
        {
            throw new AwsErrorException("SerializationException", "Request body is not valid JSON: " + e.Message, 400);
        }

        if (parsed is not JObject obj)
        {
            throw new AwsErrorException("SerializationException", "Request body must be a JSON object.", 400);
        }

        // Location-bound members never come from the body, whatever the client put there.
        foreach (var member in shape.Members.Where(m => m.Location is not null))
        {
            obj.Remove(member.Name);
        }

        return obj;
    }

    private static JObject BindXmlBody(ServiceModel model, Shape shape, string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        XElement root;
        try
        {
            // Whitespace-only text (a tag value of spaces) is data; AWS keeps it.
            root = XElement.Parse(body, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new AwsErrorException("MalformedInput", "The XML document you provided was not well-formed: " + e.Message, 400);
        }

        if (shape.Payload is { } payload)
        {
            var member = shape.FindMember(payload)!;
            return new JObject { [payload] = FromXml(model, model[member.ShapeName], root) };
        }

        return (JObject)FromXml(model, shape, root);
    }

    private static JToken FromXml(ServiceModel model, Shape shape, XElement element)
    {
        switch (shape.Type)
        {
            case "structure":
                var obj = new JObject();
                foreach (var member in shape.Members.Where(m => m.Location is null))
                {
                    var target = model[member.ShapeName];
                    if (target.Type == "list" && member.Flattened)
                    {
                        var items = element.Elements().Where(e => e.Name.LocalName == member.WireName).ToList();
                        if (items.Count > 0)
                        {
                            obj[member.Name] = new JArray(items.Select(i => FromXml(model, model[target.ListMember!.ShapeName], i)));
                        }

                        continue;
                    }

                    var child = element.Elements().FirstOrDefault(e => e.Name.LocalName == member.WireName);
                    if (child is not null)
                    {
                        obj[member.Name] = FromXml(model, target, child);
                    }
                }

                return obj;
            case "list":
                var itemName = shape.ListMember!.LocationName ?? "member";
                var itemShape = model[shape.ListMember.ShapeName];
                return new JArray(element.Elements().Where(e => e.Name.LocalName == itemName).Select(e => FromXml(model, itemShape, e)));
            case "map":
                var map = new JObject();
                foreach (var entry in element.Elements())
                {
                    var key = entry.Elements().FirstOrDefault(e => e.Name.LocalName == (shape.MapKey!.LocationName ?? "key"))?.Value;
                    var value = entry.Elements().FirstOrDefault(e => e.Name.LocalName == (shape.MapValue!.LocationName ?? "value"));
                    if (key is not null && value is not null)
                    {
                        map[key] = FromXml(model, model[shape.MapValue!.ShapeName], value);
                    }
                }

                return map;
            default:
                return Scalar(shape, element.Value);
        }
    }

    /// <summary>Converts wire text to the model type; text that does not parse stays a string.</summary>
    private static JValue Scalar(Shape shape, string text) => shape.Type switch
    {
        "integer" or "long" when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => new JValue(n),
        "double" or "float" when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => new JValue(d),
        "boolean" when text is "true" or "false" => new JValue(text == "true"),
        _ => new JValue(text),
    };
}
