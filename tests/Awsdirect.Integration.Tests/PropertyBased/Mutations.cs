using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Resources.Common;
using Newtonsoft.Json.Linq;
using Model = Awsdirect.Provider.Aws.ServiceModel.ServiceModel;

namespace Awsdirect.Integration.Tests.PropertyBased;

/// <summary>One broken constraint: the program with it broken, and the property path Check must name.</summary>
public sealed record Mutation(string Kind, JObject Program, string Path);

/// <summary>
/// Single-constraint mutations of a valid program, found by walking it alongside its model request
/// shape: a length past the shape's bound, a newline after a patterned value, a non-ASCII digit in
/// front of one, an integer past its range or its 32-bit width, an enum value not in the set, a
/// required member removed, a null list item, an emptied union; plus the tag limits and the
/// unvalidatedJSON acceptance rules. Each is one constraint only, so Check must refuse it at that path.
/// </summary>
public static class Mutations
{
    public static Mutation? Pick(CaseRandom r, string type, JObject valid)
    {
        var (model, shape) = RequestShape(type);
        var candidates = new List<Func<Mutation?>>();
        Walk(model, shape, valid, string.Empty, topLevel: true, type, candidates);
        Tags(valid, candidates);
        if (type.EndsWith(":MissionProfile", StringComparison.Ordinal))
        {
            Edges(valid, candidates);
        }

        for (var attempt = 0; attempt < 8 && candidates.Count > 0; attempt++)
        {
            var index = (int)r.Pcg.Next((uint)candidates.Count);
            if (candidates[index]() is { } mutation)
            {
                return mutation;
            }

            candidates.RemoveAt(index);
        }

        return null;
    }

    private static (Model Model, string Shape) RequestShape(string type) => type switch
    {
        "awsdirect:groundstation:Config" => (ServiceModels.GroundStation, "CreateConfigRequest"),
        "awsdirect:groundstation:DataflowEndpointGroup" => (ServiceModels.GroundStation, "CreateDataflowEndpointGroupRequest"),
        "awsdirect:groundstation:DataflowEndpointGroupV2" => (ServiceModels.GroundStation, "CreateDataflowEndpointGroupV2Request"),
        "awsdirect:groundstation:MissionProfile" => (ServiceModels.GroundStation, "CreateMissionProfileRequest"),
        _ => (ServiceModels.CloudFront, "CreateConnectionGroupRequest"),
    };

    private static void Walk(Model model, string shapeName, JToken value, string path, bool topLevel, string type, List<Func<Mutation?>> into)
    {
        var shape = model.Shape(shapeName);
        switch ((string?)shape["type"])
        {
            case "structure" when value is JObject obj:
                var members = ((JObject)shape["members"]!).Properties().ToDictionary(m => Model.PropertyName(m.Name), m => (string)m.Value["shape"]!, StringComparer.Ordinal);
                var required = (shape["required"]?.Values<string>() ?? []).Select(n => Model.PropertyName(n!)).ToHashSet(StringComparer.Ordinal);
                if ((bool?)shape["union"] == true && obj.Count == 1)
                {
                    into.Add(() => Edit(value.Root, path, t => ((JObject)t).RemoveAll(), "union emptied", path));
                }

                foreach (var (name, member) in obj.Properties().Select(p => (p.Name, p.Value)).ToList())
                {
                    var memberPath = path.Length == 0 ? name : $"{path}.{name}";
                    if (topLevel && name is "tags" or "dataflowEdges")
                    {
                        continue;
                    }

                    // Auto-named types take an absent name; the union member is reported by "union emptied".
                    if (required.Contains(name) && !(topLevel && name == "name") && (bool?)shape["union"] != true)
                    {
                        into.Add(() => Edit(value.Root, memberPath, t => t.Parent!.Remove(), "required member removed", memberPath));
                    }

                    if (members.TryGetValue(name, out var memberShape))
                    {
                        Walk(model, memberShape, member, memberPath, topLevel: false, type, into);
                    }
                }

                break;
            case "list" when value is JArray array:
                into.Add(() => Edit(value.Root, path, t => ((JArray)t).Add(JValue.CreateNull()), "null list item", $"{path}[{array.Count}]"));
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(model, (string)shape["member"]!, array[i], $"{path}[{i}]", topLevel: false, type, into);
                }

                break;
            case "boolean" when value.Type == JTokenType.Boolean:
                into.Add(() => Set(value.Root, path, "true", "boolean given as a string"));
                break;
            case "string" when value.Type == JTokenType.String:
                Strings(shape, (string)value!, path, value.Root, into);
                break;
            case "integer" or "long" when value.Type == JTokenType.Integer:
                var max = (long?)shape["max"];
                var min = (long?)shape["min"];
                into.Add(() => Set(value.Root, path, max is { } high ? high + 1 : 2147483648L, max is null ? "integer beyond 32 bits" : "integer above range"));
                if (min is { } low)
                {
                    into.Add(() => Set(value.Root, path, low - 1, "integer below range"));
                }

                into.Add(() => Set(value.Root, path, 1.5, "integer not whole"));
                break;
            default:
                break;
        }
    }

    private static void Strings(JObject shape, string text, string path, JToken root, List<Func<Mutation?>> into)
    {
        if (shape["enum"] is JArray)
        {
            into.Add(() => Set(root, path, "NOT_IN_THE_SET", "enum value not in the set"));
            return;
        }

        if ((int?)shape["max"] is { } max && max < 10_000)
        {
            into.Add(() => Set(root, path, text + new string(text.Length > 0 ? text[^1] : 'a', Math.Max(1, max + 1 - text.Length)), "string above max length"));
        }

        if ((string?)shape["pattern"] is { } pattern)
        {
            // A newline at the end breaks every pattern that cannot match whitespace (.NET's $ would accept it).
            if (!pattern.Contains("\\s", StringComparison.Ordinal))
            {
                into.Add(() => Set(root, path, text + "\n", "newline after a patterned value"));
            }

            // An Arabic-Indic digit in front breaks every ASCII-only pattern (.NET's \d would accept it).
            if (!pattern.Contains("\\p", StringComparison.Ordinal) && !pattern.Contains("\\s", StringComparison.Ordinal))
            {
                into.Add(() => Set(root, path, "\u0663" + text, "non-ASCII digit in a patterned value"));
            }
        }

        if (path.EndsWith(".unvalidatedJSON", StringComparison.Ordinal) && text.TrimStart().StartsWith('{'))
        {
            var body = text.TrimStart()[1..];
            into.Add(() => Set(root, path, "{\"dup\":1,\"dup\":2," + body.TrimStart().TrimStart('}').Insert(0, body.TrimStart().StartsWith('}') ? "\"x\":0}" : string.Empty), "duplicate JSON member"));
            into.Add(() => Set(root, path, "{\"big\":1e400," + (body.TrimStart().StartsWith('}') ? "\"x\":0}" : body), "JSON number beyond a double"));
            into.Add(() => Set(root, path, "{\"deep\":" + new string('[', 64) + new string(']', 64) + "}", "JSON nested too deep"));
        }
    }

    private static void Tags(JObject program, List<Func<Mutation?>> into)
    {
        var tags = program["tags"] as JObject ?? [];
        JObject With(string key, JToken value)
        {
            var copy = (JObject)program.DeepClone();
            var t = (JObject)(copy["tags"] ??= new JObject());
            t[key] = value;
            return copy;
        }

        into.Add(() => new Mutation("tag key too long", With(new string('k', TagRules.MaxKeyLength + 1), "v"), TagRules.Path(new string('k', TagRules.MaxKeyLength + 1))));
        into.Add(() => new Mutation("tag value too long", With("team", new string('v', TagRules.MaxValueLength + 1)), "tags.team"));
        into.Add(() => new Mutation("tag key reserved for AWS", With("aws:owner", "ops"), "tags[\"aws:owner\"]"));
        into.Add(() => new Mutation("tag key reserved for the provider", With("awsdirect:createToken", "t"), "tags[\"awsdirect:createToken\"]"));
        into.Add(() => new Mutation("tag key ending in a newline", With("team\n", "v"), "tags[\"team\n\"]"));
        into.Add(() =>
        {
            var copy = (JObject)program.DeepClone();
            var t = new JObject(tags.Properties().Select(p => new JProperty(p.Name, p.Value)));
            for (var i = 0; t.Count <= TagRules.MaxUserTags; i++)
            {
                t[$"extra{i}"] = "v";
            }

            copy["tags"] = t;
            return new Mutation("one tag more than the limit", copy, "tags");
        });
    }

    private static void Edges(JObject program, List<Func<Mutation?>> into)
    {
        if (program["dataflowEdges"] is not JArray edges)
        {
            return;
        }

        into.Add(() => Edit(program, "dataflowEdges", t => ((JArray)t).Add(JValue.CreateNull()), "null edge", $"dataflowEdges[{edges.Count}]"));
        into.Add(() => Edit(program, "dataflowEdges[0].source", t => t.Replace((string)t! + "\n"), "edge source ending in a newline", "dataflowEdges[0].source"));
        into.Add(() => Edit(program, "dataflowEdges[0].destination", t => t.Parent!.Remove(), "edge without destination", "dataflowEdges[0].destination"));
    }

    private static Mutation? Set(JToken root, string path, JToken value, string kind) =>
        Edit(root, path, t => t.Replace(value), kind, path);

    private static Mutation? Edit(JToken root, string path, Action<JToken> edit, string kind, string expectedPath)
    {
        var copy = (JObject)root.DeepClone();
        var target = path.Length == 0 ? copy : copy.SelectToken(path);
        if (target is null)
        {
            return null;
        }

        edit(target);
        return new Mutation(kind, copy, expectedPath);
    }
}
