using System.Text.Json;
using Json.Schema;
using Json.Schema.Keywords;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Tests.Schema;

/// <summary>One failed assertion: where in the instance (a JSON pointer, "" for the root), which keyword, and where in the schema.</summary>
internal sealed record SchemaError(string InstanceLocation, string Keyword, string Message, string EvaluationPath)
{
    public override string ToString() => $"{(InstanceLocation.Length == 0 ? "/" : InstanceLocation)}: {Keyword}: {Message} (at {EvaluationPath})";
}

/// <summary>
/// JSON Schema draft 2020-12 evaluated by JsonSchema.Net, built so that it cannot pass a document by
/// ignoring a rule: a schema with a keyword the dialect does not know is refused when built, not read as an
/// annotation. Formats only annotate, as the specification's default says.
/// </summary>
internal sealed class SchemaValidator
{
    private static readonly Uri Draft202012 = new("https://json-schema.org/draft/2020-12/schema");

    private readonly BuildOptions _build;
    private readonly JsonSchema _root;

    public SchemaValidator(JToken schema)
    {
        ArgumentNullException.ThrowIfNull(schema);

        // Pulumi's metaschema misspells one "description"; it is an annotation there, and only that spelling is let through.
        var strict = Dialect.Draft202012.With([new MisspeltDescription()], Draft202012, null, false);
        var dialects = new DialectRegistry();
        dialects.Register(strict);
        _build = new BuildOptions { SchemaRegistry = new SchemaRegistry(), DialectRegistry = dialects, Dialect = strict };
        _root = JsonSchema.FromText(schema.ToString(Formatting.None), _build);
    }

    /// <summary>Evaluates <paramref name="instance"/> against the root schema, or the subschema at <paramref name="pointer"/> (<c>#/$defs/...</c>).</summary>
    /// <returns>Every failed assertion; empty when the instance is valid.</returns>
    public IReadOnlyList<SchemaError> Validate(JToken instance, string pointer = "#")
    {
        ArgumentNullException.ThrowIfNull(instance);
        var schema = pointer == "#"
            ? _root
            : JsonSchema.FromText(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["$ref"] = _root.BaseUri + pointer }), _build);
        using var document = JsonDocument.Parse(instance.ToString(Formatting.None));
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var errors = new List<SchemaError>();
        Collect(results, errors);
        if (!results.IsValid && errors.Count == 0)
        {
            errors.Add(new SchemaError(string.Empty, "false", "not valid against the schema", pointer));
        }

        return errors;
    }

    /// <summary>
    /// The errors of failed nodes only: a branch of a passing anyOf/oneOf (or a subschema that passed) failed
    /// on its own but is no violation, so a passing node's subtree is skipped.
    /// </summary>
    private static void Collect(EvaluationResults node, List<SchemaError> errors)
    {
        if (node.IsValid)
        {
            return;
        }

        foreach (var (keyword, message) in node.Errors ?? [])
        {
            errors.Add(new SchemaError(node.InstanceLocation.ToString(), keyword, message, node.EvaluationPath.ToString()));
        }

        foreach (var child in node.Details ?? [])
        {
            Collect(child, errors);
        }
    }

    private sealed class MisspeltDescription : IKeywordHandler
    {
        public string Name => "desciption";

        public object? ValidateKeywordValue(JsonElement value) => DescriptionKeyword.Instance.ValidateKeywordValue(value);

        public void BuildSubschemas(KeywordData keyword, BuildContext context)
        {
        }

        public KeywordEvaluation Evaluate(KeywordData keyword, EvaluationContext context) => DescriptionKeyword.Instance.Evaluate(keyword, context);
    }
}
