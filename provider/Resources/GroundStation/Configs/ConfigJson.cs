using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Awsdirect.Provider.Resources.GroundStation.Configs;

/// <summary>
/// The demodulation and decode JSON strings (<c>unvalidatedJSON</c>) AWS stores without checking.
/// What the provider accepts, exactly (Check refuses anything else, so every later step can read it):
/// <list type="bullet">
/// <item>strict RFC 8259 JSON: no comments, trailing commas, single quotes or unquoted names;</item>
/// <item>a JSON object at the top, as in every AWS example;</item>
/// <item>no object with the same member name twice (RFC 8259 leaves the meaning of a repeated name to
/// each parser, so AWS's decoder might read another value than the one the program meant);</item>
/// <item>every number within the range of an IEEE 754 double (about ±1.8e308), the widest number AWS's
/// JSON decoders take;</item>
/// <item>at most <see cref="MaxDepth"/> levels of nested objects and arrays.</item>
/// </list>
/// The model's <c>JsonString</c> pattern and 2-8192 length are checked by the model rules on top.
/// Two accepted strings mean the same configuration when their <see cref="Canonical"/> forms are equal:
/// member order and whitespace do not count, and numbers compare by value.
/// </summary>
internal static class ConfigJson
{
    /// <summary>The deepest nesting accepted (System.Text.Json's default limit).</summary>
    public const int MaxDepth = 64;

    /// <summary>The acceptance rules in words, for the schema's description of <c>unvalidatedJSON</c>.</summary>
    public const string Description =
        "Accepted: strict JSON (RFC 8259) whose top level is an object, with no member name repeated within one object, every number within " +
        "the range of a 64-bit floating-point double, and at most 64 levels of nesting. Member order, whitespace and the spelling of numbers " +
        "(7812 or 7812.0) are not changes.";

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        // One more than accepted, so the depth rule below (not the reader) reports the deepest level.
        MaxDepth = MaxDepth + 1,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>Null when <paramref name="text"/> is accepted; otherwise why not (starting with the rule's name).</summary>
    public static string? Problem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), ReaderOptions);
            var names = new Stack<HashSet<string>>();
            var first = true;
            while (reader.Read())
            {
                if (first && reader.TokenType != JsonTokenType.StartObject)
                {
                    return $"JSON object: the top level must be a JSON object (as in the AWS examples), got a JSON {Kind(reader.TokenType)}";
                }

                first = false;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= MaxDepth)
                {
                    return $"nesting depth: objects and arrays may nest at most {MaxDepth} levels deep";
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        names.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        names.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        if (!names.Peek().Add(name))
                        {
                            return $"duplicate member: \"{BoundedName(name)}\" appears twice in one object (at byte {Invariant(reader.TokenStartIndex)}); " +
                                "JSON parsers disagree on which value counts, so give each member once";
                        }

                        break;
                    case JsonTokenType.Number:
                        if (!reader.TryGetDouble(out var number) || !double.IsFinite(number))
                        {
                            return $"number range: {BoundedName(Encoding.UTF8.GetString(reader.ValueSpan))} (at byte {Invariant(reader.TokenStartIndex)}) is outside the range of a double (about ±1.8e308)";
                        }

                        break;
                    default:
                        break;
                }
            }

            if (first)
            {
                return "valid JSON: the text holds no JSON value";
            }

            return names.Count > 0 || reader.CurrentDepth > 0
                ? "valid JSON: it does not parse as JSON (the text ends before the JSON value is complete)"
                : null;
        }
        catch (JsonException ex)
        {
            return $"valid JSON: it does not parse as JSON ({ex.Message})";
        }
    }

    /// <summary>
    /// Canonical text: members sorted by name, numbers written by value, no insignificant whitespace.
    /// Never throws: null for text that is not JSON (the caller then compares the strings as written).
    /// </summary>
    public static string? Canonical(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = MaxDepth });
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                Write(document.RootElement, writer);
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or InvalidOperationException or OverflowException)
        {
            return null;
        }
    }

    private static void Write(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();

                // A repeated name (refused at Check, but possible in what AWS reports) keeps its last value, as most parsers do.
                foreach (var member in element.EnumerateObject().GroupBy(p => p.Name, StringComparer.Ordinal)
                    .Select(g => g.Last()).OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(member.Name);
                    Write(member.Value, writer);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(item, writer);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Number:
                if (element.TryGetDouble(out var number) && double.IsFinite(number))
                {
                    writer.WriteNumberValue(number);
                }
                else
                {
                    // Out of double range: compare by the digits as written.
                    writer.WriteStringValue("number:" + element.GetRawText());
                }

                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private static string BoundedName(string text) => Common.BoundedText.Shorten(text, 64);

    private static string Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString().ToLowerInvariant(),
    };

    internal static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
