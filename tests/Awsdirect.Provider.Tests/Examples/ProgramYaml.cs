using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Awsdirect.Provider.Tests.Examples;

/// <summary>A Pulumi.yaml that YamlDotNet cannot read, or that leaves what Pulumi YAML reads the same everywhere.</summary>
internal sealed class ProgramYamlException(string message, int line)
    : Exception($"line {line}: {message}")
{
    public int Line { get; } = line;
}

/// <summary>
/// Example programs read by YamlDotNet's representation model, plus the two things it leaves to us: how
/// Pulumi YAML types a plain scalar (YAML 1.2's core schema, as Go's yaml.v3 under Pulumi YAML reads it), and
/// refusing what would make the examples depend on one reader (anchors and aliases, explicit tags,
/// non-scalar keys, more than one document).
/// </summary>
internal static partial class ProgramYaml
{
    public static YamlNode Load(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ProgramYamlException(e.Message, Line(e.Start));
        }

        if (stream.Documents.Count == 0)
        {
            return new YamlScalarNode(string.Empty);
        }

        if (stream.Documents.Count > 1)
        {
            throw new ProgramYamlException("only one document per file: Pulumi reads the first", Line(stream.Documents[1].RootNode.Start));
        }

        var root = stream.Documents[0].RootNode;
        foreach (var node in root.AllNodes)
        {
            if (!node.Anchor.IsEmpty)
            {
                throw new ProgramYamlException($"anchor '&{node.Anchor}': anchors and aliases are not used in the examples", node.Line());
            }

            if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
            {
                throw new ProgramYamlException($"tag '{node.Tag}': explicit tags are not used in the examples", node.Line());
            }

            if (node is YamlMappingNode mapping && mapping.Children.Keys.FirstOrDefault(k => k is not YamlScalarNode) is { } complex)
            {
                throw new ProgramYamlException("mapping keys are scalars", complex.Line());
            }
        }

        return root;
    }

    /// <summary>1-based line of the node's first character.</summary>
    public static int Line(this YamlNode node) => Line(node.Start);

    public static YamlNode? Get(this YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(e => ((YamlScalarNode)e.Key).Value == key).Value;

    public static IEnumerable<KeyValuePair<string, YamlNode>> Entries(this YamlMappingNode mapping) =>
        mapping.Children.Select(e => new KeyValuePair<string, YamlNode>(((YamlScalarNode)e.Key).Value ?? string.Empty, e.Value));

    /// <summary>Quoted and block scalars are strings whatever they hold; plain ones are typed.</summary>
    public static bool IsPlain(this YamlScalarNode scalar) => scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;

    public static string Text(this YamlScalarNode scalar) => scalar.Value ?? string.Empty;

    /// <summary>
    /// The scalar as YAML 1.2's core schema types it: null, bool, double or string. YamlDotNet's own
    /// resolution (the deserializer's unquoted-string typing) is YAML 1.1's and reads decimals as
    /// <see cref="float"/>, which would change the values the engine sends.
    /// </summary>
    public static object? Value(this YamlScalarNode scalar)
    {
        var plain = scalar.Text();
        if (!scalar.IsPlain())
        {
            return plain;
        }

        switch (plain)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                return double.PositiveInfinity;
            case "-.inf" or "-.Inf" or "-.INF":
                return double.NegativeInfinity;
            case ".nan" or ".NaN" or ".NAN":
                return double.NaN;
        }

        if (Decimal().IsMatch(plain))
        {
            return double.Parse(plain, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (Hex().IsMatch(plain))
        {
            return (double)long.Parse(plain.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }

        if (Octal().IsMatch(plain))
        {
            return (double)Convert.ToInt64(plain[2..], 8);
        }

        return plain;
    }

    // The core schema's int and float forms (YAML 1.2.2, 10.3.2).
    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Decimal();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex Hex();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex Octal();

    private static int Line(Mark mark) => (int)Math.Max(1, mark.Line);
}
