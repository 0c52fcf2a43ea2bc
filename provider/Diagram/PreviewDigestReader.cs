using System.Text.Json;

namespace Awsdirect.Provider.Diagram;

/// <summary>
/// Reads the document <c>pulumi preview --json</c> prints. Facts relied on (Pulumi's
/// <c>pkg/backend/display/json.go</c> and the display package's digest types):
/// <list type="bullet">
/// <item>the top level has <c>config</c>, <c>steps</c>, <c>diagnostics</c>, <c>duration</c>, <c>changeSummary</c>
/// (operation name to count) and <c>maybeCorrupt</c>; empty members are omitted;</item>
/// <item>a step has <c>op</c>, <c>urn</c>, <c>provider</c>, <c>oldState</c>, <c>newState</c>, <c>diffReasons</c>,
/// <c>replaceReasons</c> and <c>detailedDiff</c> (path to <c>{kind, inputDiff}</c>);</item>
/// <item>the root stack's step is always listed; <c>same</c> steps only with <c>--show-sames</c>; the
/// <c>create-replacement</c> / <c>delete-replaced</c> halves of a replacement only with
/// <c>--show-replacement-steps</c> (otherwise a replacement is one <c>replace</c> step);</item>
/// <item>a diagnostic has <c>urn</c>, <c>message</c> (with its severity prefix) and <c>severity</c>.</item>
/// </list>
/// </summary>
internal static class PreviewDigestReader
{
    public static PreviewDigest Read(JsonElement root)
    {
        var steps = new List<PreviewStep>();
        if (root.TryGetProperty("steps", out var list))
        {
            if (list.ValueKind != JsonValueKind.Array && list.ValueKind != JsonValueKind.Null)
            {
                throw new DiagramInputException("The preview's \"steps\" is not a list.");
            }

            var i = 0;
            foreach (var step in list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : default)
            {
                steps.Add(ReadStep(step, $"steps[{i++}]"));
            }
        }

        return new PreviewDigest(steps, ReadDiagnostics(root), ReadSummary(root));
    }

    private static PreviewStep ReadStep(JsonElement step, string where)
    {
        if (step.ValueKind != JsonValueKind.Object)
        {
            throw new DiagramInputException($"The preview's {where} is not a step object.");
        }

        var op = step.TryGetProperty("op", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()! : string.Empty;
        var old = step.TryGetProperty("oldState", out var os) && os.ValueKind == JsonValueKind.Object
            ? StackResourceReader.Read(os, $"The preview's {where}.oldState")
            : null;
        var @new = step.TryGetProperty("newState", out var ns) && ns.ValueKind == JsonValueKind.Object
            ? StackResourceReader.Read(ns, $"The preview's {where}.newState")
            : null;
        var urn = step.TryGetProperty("urn", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString()! : @new?.Urn ?? old?.Urn;
        if (string.IsNullOrEmpty(op) || string.IsNullOrEmpty(urn))
        {
            throw new DiagramInputException($"The preview's {where} has no \"op\" or no \"urn\".");
        }

        return new PreviewStep(op, urn, old, @new, Keys(step, "diffReasons"), Keys(step, "replaceReasons"), Detailed(step));
    }

    private static List<string> Keys(JsonElement step, string name) =>
        step.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];

    private static SortedDictionary<string, PropertyChange> Detailed(JsonElement step)
    {
        var result = new SortedDictionary<string, PropertyChange>(StringComparer.Ordinal);
        if (step.TryGetProperty("detailedDiff", out var map) && map.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in map.EnumerateObject())
            {
                var kind = entry.Value.ValueKind == JsonValueKind.Object && entry.Value.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String
                    ? k.GetString()!
                    : "update";
                var input = entry.Value.ValueKind == JsonValueKind.Object && entry.Value.TryGetProperty("inputDiff", out var d) && d.ValueKind == JsonValueKind.True;
                result[entry.Name] = new PropertyChange(kind, input);
            }
        }

        return result;
    }

    private static List<PreviewDiagnostic> ReadDiagnostics(JsonElement root)
    {
        var result = new List<PreviewDiagnostic>();
        if (!root.TryGetProperty("diagnostics", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var item in list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
        {
            var message = item.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : string.Empty;
            var severity = item.TryGetProperty("severity", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "info";
            var urn = item.TryGetProperty("urn", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            result.Add(new PreviewDiagnostic(string.IsNullOrEmpty(urn) ? null : urn, message.Trim(), severity));
        }

        return result;
    }

    private static Dictionary<string, int> ReadSummary(JsonElement root)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (root.TryGetProperty("changeSummary", out var map) && map.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in map.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.Number && entry.Value.TryGetInt32(out var count))
                {
                    result[entry.Name] = count;
                }
            }
        }

        return result;
    }
}
