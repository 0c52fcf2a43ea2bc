using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Awsdirect.Provider.Tests.Examples;

/// <summary>A node of a parsed YAML document; <see cref="Line"/> is 1-based, for messages.</summary>
internal abstract record YamlNode(int Line);

/// <summary>A scalar as written; <see cref="Quoted"/> scalars are always strings.</summary>
internal sealed record YamlScalar(string Text, bool Quoted, int Line) : YamlNode(Line)
{
    /// <summary>The scalar as YAML 1.2's core schema reads it: null, bool, double or string.</summary>
    public object? Value => Quoted ? Text : YamlSubset.Resolve(Text);
}

internal sealed record YamlSequence(IReadOnlyList<YamlNode> Items, int Line) : YamlNode(Line);

internal sealed record YamlMapping(IReadOnlyList<KeyValuePair<string, YamlNode>> Entries, int Line) : YamlNode(Line)
{
    public YamlNode? Get(string key) => Entries.FirstOrDefault(e => e.Key == key).Value;
}

internal sealed class YamlSubsetException(string message, int line)
    : Exception($"line {line}: {message}")
{
    public int Line { get; } = line;
}

/// <summary>
/// Reads the part of YAML the example programs use: block mappings and sequences, plain, single- and
/// double-quoted scalars, single-line flow collections, literal and folded block scalars, comments.
/// No YAML library is referenced by the test projects, and a reader that rejects what it does not know
/// (anchors, aliases, tags, multi-line plain or flow scalars, tabs in indentation) keeps the examples in
/// a subset every YAML reader, Pulumi's included, reads the same way.
/// </summary>
internal static partial class YamlSubset
{
    public static YamlNode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Reader(text);
        return reader.ParseDocument();
    }

    /// <summary>YAML 1.2 core schema resolution of a plain scalar.</summary>
    public static object? Resolve(string plain)
    {
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

        if (IntPattern().IsMatch(plain) || FloatPattern().IsMatch(plain))
        {
            return double.Parse(plain, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (plain.StartsWith("0x", StringComparison.Ordinal) && HexPattern().IsMatch(plain))
        {
            return (double)long.Parse(plain.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }

        if (plain.StartsWith("0o", StringComparison.Ordinal) && OctPattern().IsMatch(plain))
        {
            return (double)Convert.ToInt64(plain[2..], 8);
        }

        return plain;
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex HexPattern();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex OctPattern();

    private sealed partial class Reader
    {
        private readonly List<Line> _lines = [];
        private int _next;

        public Reader(string text)
        {
            var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            for (var i = 0; i < raw.Length; i++)
            {
                _lines.Add(new Line(i + 1, raw[i]));
            }
        }

        public YamlNode ParseDocument()
        {
            var first = Peek();
            if (first is not null && first.Content == "---")
            {
                _next = _lines.IndexOf(first) + 1;
                first = Peek();
            }

            if (first is null)
            {
                return new YamlScalar(string.Empty, false, 1);
            }

            if (first.Indent != 0)
            {
                throw new YamlSubsetException("the document must start at column 1", first.Number);
            }

            var node = ParseBlock(0, first.Number);
            var rest = Peek();
            if (rest is not null)
            {
                throw rest.Content is "---" or "..."
                    ? new YamlSubsetException("only one document per file is supported", rest.Number)
                    : new YamlSubsetException($"unexpected content '{rest.Content}' (check its indentation)", rest.Number);
            }

            return node;
        }

        /// <summary>The next line that carries content, skipping blank and comment-only lines.</summary>
        private Line? Peek()
        {
            while (_next < _lines.Count)
            {
                var line = _lines[_next];
                if (line.Content.Length > 0 && !line.Content.StartsWith('#'))
                {
                    return line;
                }

                _next++;
            }

            return null;
        }

        /// <summary>A block node whose first line has indentation <paramref name="indent"/>.</summary>
        private YamlNode ParseBlock(int indent, int line)
        {
            var first = Peek() ?? throw new YamlSubsetException("a value was expected", line);
            if (IsSequenceEntry(first.Content))
            {
                return ParseSequence(indent);
            }

            if (FindKey(first) is not null)
            {
                return ParseMapping(indent);
            }

            _next++;
            var node = ParseInline(first.Content, first.Number, out var rest);
            EnsureEnd(rest, first.Number);
            if (node is YamlScalar { Quoted: false } && Peek() is { } continuation && continuation.Indent > indent)
            {
                throw new YamlSubsetException("multi-line plain scalars are not supported: quote the value or use a block scalar (|)", continuation.Number);
            }

            return node;
        }

        private YamlMapping ParseMapping(int indent)
        {
            var entries = new List<KeyValuePair<string, YamlNode>>();
            var startLine = Peek()!.Number;
            while (Peek() is { } line && line.Indent == indent && !IsSequenceEntry(line.Content) && line.Content is not ("---" or "..."))
            {
                var key = FindKey(line) ?? throw new YamlSubsetException($"'{line.Content}' is not a 'key: value' entry", line.Number);
                if (entries.Any(e => e.Key == key.Name))
                {
                    throw new YamlSubsetException($"duplicate key '{key.Name}'", line.Number);
                }

                _next++;
                entries.Add(new(key.Name, ParseValue(indent, line.Number, key.After, allowSameIndentSequence: true)));
            }

            if (Peek() is { } after && after.Indent > indent)
            {
                throw new YamlSubsetException($"unexpected indentation of '{after.Content}'", after.Number);
            }

            return new YamlMapping(entries, startLine);
        }

        private YamlSequence ParseSequence(int indent)
        {
            var items = new List<YamlNode>();
            var startLine = Peek()!.Number;
            while (Peek() is { } line && line.Indent == indent && IsSequenceEntry(line.Content))
            {
                var rest = line.Content.Length == 1 ? string.Empty : line.Content[2..];
                var inner = rest.TrimStart(' ');
                if (inner.Length == 0 || inner.StartsWith('#'))
                {
                    _next++;
                    items.Add(ParseValue(indent, line.Number, string.Empty, allowSameIndentSequence: false));
                    continue;
                }

                // "- key: value" or "- - x": the entry's content is a block starting on this line,
                // indented to where the content starts.
                var column = indent + line.Content.Length - inner.Length;
                var shifted = new Line(line.Number, new string(' ', column) + inner);
                if (IsSequenceEntry(inner) || FindKey(shifted) is not null)
                {
                    _lines[_next] = shifted;
                    items.Add(ParseBlock(column, line.Number));
                    continue;
                }

                _next++;
                items.Add(ParseValue(indent, line.Number, rest, allowSameIndentSequence: false));
            }

            if (Peek() is { } after && after.Indent > indent)
            {
                throw new YamlSubsetException($"unexpected indentation of '{after.Content}'", after.Number);
            }

            return new YamlSequence(items, startLine);
        }

        /// <summary>The value after "key:" or "- ": inline, a block scalar, or a nested block.</summary>
        private YamlNode ParseValue(int indent, int line, string rest, bool allowSameIndentSequence)
        {
            var text = rest.Trim(' ');
            if (text.Length > 0 && !text.StartsWith('#'))
            {
                if (text[0] is '|' or '>')
                {
                    return ParseBlockScalar(indent, line, text);
                }

                var node = ParseInline(text, line, out var after);
                EnsureEnd(after, line);
                if (Peek() is { } next && next.Indent > indent)
                {
                    throw new YamlSubsetException(
                        node is YamlScalar { Quoted: false }
                            ? "multi-line plain scalars are not supported: quote the value or use a block scalar (|)"
                            : $"unexpected indentation of '{next.Content}'",
                        next.Number);
                }

                return node;
            }

            var child = Peek();
            if (child is not null && child.Indent > indent)
            {
                return ParseBlock(child.Indent, line);
            }

            // YAML lets a mapping's sequence value start at the key's own indentation.
            if (allowSameIndentSequence && child is not null && child.Indent == indent && IsSequenceEntry(child.Content))
            {
                return ParseSequence(indent);
            }

            return new YamlScalar(string.Empty, false, line);
        }

        private YamlScalar ParseBlockScalar(int indent, int line, string header)
        {
            var match = BlockHeader().Match(header);
            if (!match.Success)
            {
                throw new YamlSubsetException($"unsupported block scalar header '{header}' (use |, |-, |+, > or >-)", line);
            }

            var folded = match.Groups[1].Value == ">";
            var chomp = match.Groups[2].Value;
            var body = new List<string>();
            int? contentIndent = null;
            while (_next < _lines.Count)
            {
                var raw = _lines[_next];
                if (raw.Content.Length == 0)
                {
                    body.Add(string.Empty);
                    _next++;
                    continue;
                }

                if (raw.Indent <= indent)
                {
                    break;
                }

                contentIndent ??= raw.Indent;
                if (raw.Indent < contentIndent)
                {
                    throw new YamlSubsetException("a block scalar line is indented less than its first line", raw.Number);
                }

                body.Add(raw.Text[contentIndent.Value..]);
                _next++;
            }

            var trailingBlank = 0;
            while (body.Count > 0 && body[^1].Length == 0)
            {
                body.RemoveAt(body.Count - 1);
                trailingBlank++;
            }

            var text = folded ? Fold(body) : string.Join('\n', body);
            text = chomp switch
            {
                "-" => text,
                "+" => text + new string('\n', trailingBlank + (body.Count > 0 ? 1 : 0)),
                _ => body.Count > 0 ? text + "\n" : text,
            };
            return new YamlScalar(text, true, line);
        }

        private static string Fold(List<string> body)
        {
            var result = new StringBuilder();
            for (var i = 0; i < body.Count; i++)
            {
                if (i > 0)
                {
                    var keepBreak = body[i].Length == 0 || body[i - 1].Length == 0 || body[i].StartsWith(' ') || body[i - 1].StartsWith(' ');
                    result.Append(keepBreak ? (body[i - 1].Length == 0 ? string.Empty : "\n") : " ");
                }

                result.Append(body[i]);
            }

            return result.ToString();
        }

        private static void EnsureEnd(string rest, int line)
        {
            var trimmed = rest.TrimStart(' ');
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                throw new YamlSubsetException($"unexpected '{trimmed}' after the value", line);
            }
        }

        private static bool IsSequenceEntry(string content) => content == "-" || content.StartsWith("- ", StringComparison.Ordinal);

        /// <summary>"key:" at the start of the line's content, or null when the line is no mapping entry.</summary>
        private static (string Name, string After)? FindKey(Line line)
        {
            var content = line.Content;
            if (content.Length == 0 || IsSequenceEntry(content))
            {
                return null;
            }

            if (content[0] is '"' or '\'')
            {
                var key = ParseQuoted(content, 0, line.Number, out var end);
                var afterKey = content[end..].TrimStart(' ');
                return afterKey.StartsWith(':') && (afterKey.Length == 1 || afterKey[1] == ' ')
                    ? (key, afterKey[1..])
                    : null;
            }

            if (content[0] is '[' or '{' or '|' or '>')
            {
                return null;
            }

            for (var i = 0; i < content.Length; i++)
            {
                if (content[i] == '#' && i > 0 && content[i - 1] == ' ')
                {
                    return null;
                }

                if (content[i] == ':' && (i + 1 == content.Length || content[i + 1] == ' '))
                {
                    var name = content[..i].TrimEnd(' ');
                    RejectUnsupported(name, line.Number);
                    return (name, content[(i + 1)..]);
                }
            }

            return null;
        }

        private static void RejectUnsupported(string plain, int line)
        {
            if (plain.Length > 0 && plain[0] is '&' or '*' or '!' or '%' or '@' or '`')
            {
                throw new YamlSubsetException($"'{plain}': anchors, aliases, tags and directives are not supported", line);
            }

            if (plain.Length > 0 && plain[0] == '?')
            {
                throw new YamlSubsetException("complex mapping keys (?) are not supported", line);
            }
        }

        /// <summary>A scalar or flow collection starting at the beginning of <paramref name="text"/>.</summary>
        private static YamlNode ParseInline(string text, int line, out string rest)
        {
            var position = 0;
            var node = ParseFlow(text, ref position, line, inFlow: false);
            rest = text[position..];
            return node;
        }

        private static YamlNode ParseFlow(string text, ref int position, int line, bool inFlow)
        {
            SkipSpaces(text, ref position);
            if (position >= text.Length)
            {
                return new YamlScalar(string.Empty, false, line);
            }

            switch (text[position])
            {
                case '"' or '\'':
                    {
                        var value = ParseQuoted(text, position, line, out var end);
                        position = end;
                        return new YamlScalar(value, true, line);
                    }

                case '[':
                    return ParseFlowSequence(text, ref position, line);
                case '{':
                    return ParseFlowMapping(text, ref position, line);
                default:
                    {
                        var start = position;
                        while (position < text.Length && !EndsPlain(text, position, inFlow))
                        {
                            if (inFlow && text[position] is '[' or '{')
                            {
                                throw new YamlSubsetException($"'{text[position]}' inside a plain scalar in a flow collection: quote the value", line);
                            }

                            position++;
                        }

                        var plain = text[start..position].TrimEnd(' ');
                        RejectUnsupported(plain, line);
                        return new YamlScalar(plain, false, line);
                    }
            }
        }

        private static bool EndsPlain(string text, int position, bool inFlow)
        {
            var c = text[position];
            if (c == '#' && position > 0 && text[position - 1] == ' ')
            {
                return true;
            }

            if (c == ':' && (position + 1 == text.Length || text[position + 1] == ' ' || (inFlow && text[position + 1] is ',' or ']' or '}')))
            {
                return true;
            }

            return inFlow && c is ',' or ']' or '}';
        }

        private static YamlSequence ParseFlowSequence(string text, ref int position, int line)
        {
            position++; // [
            var items = new List<YamlNode>();
            while (true)
            {
                SkipSpaces(text, ref position);
                if (position >= text.Length)
                {
                    throw new YamlSubsetException("unterminated flow sequence: flow collections must close on their line", line);
                }

                if (text[position] == ']')
                {
                    position++;
                    return new YamlSequence(items, line);
                }

                items.Add(ParseFlow(text, ref position, line, inFlow: true));
                SkipSpaces(text, ref position);
                if (position < text.Length && text[position] == ',')
                {
                    position++;
                }
                else if (position >= text.Length)
                {
                    throw new YamlSubsetException("unterminated flow sequence: flow collections must close on their line", line);
                }
                else if (text[position] != ']')
                {
                    throw new YamlSubsetException("expected ',' or ']' in a flow sequence", line);
                }
            }
        }

        private static YamlMapping ParseFlowMapping(string text, ref int position, int line)
        {
            position++; // {
            var entries = new List<KeyValuePair<string, YamlNode>>();
            while (true)
            {
                SkipSpaces(text, ref position);
                if (position >= text.Length)
                {
                    throw new YamlSubsetException("unterminated flow mapping: flow collections must close on their line", line);
                }

                if (text[position] == '}')
                {
                    position++;
                    return new YamlMapping(entries, line);
                }

                if (ParseFlow(text, ref position, line, inFlow: true) is not YamlScalar key)
                {
                    throw new YamlSubsetException("flow mapping keys must be scalars", line);
                }

                SkipSpaces(text, ref position);
                if (position >= text.Length || text[position] != ':')
                {
                    throw new YamlSubsetException($"expected ':' after the key '{key.Text}' in a flow mapping", line);
                }

                position++;
                if (entries.Any(e => e.Key == key.Text))
                {
                    throw new YamlSubsetException($"duplicate key '{key.Text}'", line);
                }

                entries.Add(new(key.Text, ParseFlow(text, ref position, line, inFlow: true)));
                SkipSpaces(text, ref position);
                if (position < text.Length && text[position] == ',')
                {
                    position++;
                }
                else if (position >= text.Length)
                {
                    throw new YamlSubsetException("unterminated flow mapping: flow collections must close on their line", line);
                }
                else if (text[position] != '}')
                {
                    throw new YamlSubsetException("expected ',' or '}' in a flow mapping", line);
                }
            }
        }

        private static string ParseQuoted(string text, int start, int line, out int end)
        {
            var quote = text[start];
            var value = new StringBuilder();
            var i = start + 1;
            while (i < text.Length)
            {
                var c = text[i];
                if (quote == '\'' && c == '\'')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        value.Append('\'');
                        i += 2;
                        continue;
                    }

                    end = i + 1;
                    return value.ToString();
                }

                if (quote == '"' && c == '"')
                {
                    end = i + 1;
                    return value.ToString();
                }

                if (quote == '"' && c == '\\')
                {
                    i = Escape(text, i, line, value);
                    continue;
                }

                value.Append(c);
                i++;
            }

            throw new YamlSubsetException("unterminated quoted scalar: quoted scalars must close on their line", line);
        }

        private static int Escape(string text, int backslash, int line, StringBuilder value)
        {
            if (backslash + 1 >= text.Length)
            {
                throw new YamlSubsetException("a double-quoted scalar ends in '\\'", line);
            }

            var code = text[backslash + 1];
            switch (code)
            {
                case 'x':
                    return Hex(text, backslash, 2, line, value);
                case 'u':
                    return Hex(text, backslash, 4, line, value);
                case 'U':
                    return Hex(text, backslash, 8, line, value);
            }

            value.Append(code switch
            {
                '0' => '\0',
                'a' => '\a',
                'b' => '\b',
                't' or '\t' => '\t',
                'n' => '\n',
                'v' => '\v',
                'f' => '\f',
                'r' => '\r',
                'e' => '\x1b',
                ' ' => ' ',
                '"' => '"',
                '/' => '/',
                '\\' => '\\',
                _ => throw new YamlSubsetException($"unknown escape '\\{code}'", line),
            });
            return backslash + 2;
        }

        private static int Hex(string text, int backslash, int digits, int line, StringBuilder value)
        {
            var start = backslash + 2;
            if (start + digits > text.Length
                || !int.TryParse(text.AsSpan(start, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var codePoint))
            {
                throw new YamlSubsetException($"a \\{text[backslash + 1]} escape needs {digits} hex digits", line);
            }

            value.Append(char.ConvertFromUtf32(codePoint));
            return start + digits;
        }

        private static void SkipSpaces(string text, ref int position)
        {
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }
        }

        [GeneratedRegex(@"^([|>])([-+]?)\s*(#.*)?$")]
        private static partial Regex BlockHeader();
    }

    /// <summary>One source line: its indentation and its content without indentation or trailing spaces.</summary>
    private sealed class Line
    {
        public Line(int number, string text)
        {
            Number = number;
            Text = text.TrimEnd(' ', '\r');
            var indent = 0;
            while (indent < Text.Length && Text[indent] == ' ')
            {
                indent++;
            }

            if (indent < Text.Length && Text[indent] == '\t' && Text.TrimStart(' ', '\t').Length > 0 && !Text.TrimStart(' ', '\t').StartsWith('#'))
            {
                throw new YamlSubsetException("tabs cannot indent YAML: use spaces", number);
            }

            Indent = indent;
            Content = Text[indent..];
        }

        public int Number { get; }

        public string Text { get; }

        public int Indent { get; }

        public string Content { get; }
    }
}
