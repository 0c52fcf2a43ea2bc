namespace AwsEmulator.Model;

/// <summary>
/// A model <c>requestUri</c> such as <c>/config/{configType}/{configId}</c> or
/// <c>/2020-05-31/tagging?Operation=Tag</c>: literal and label path segments plus required query literals.
/// </summary>
internal sealed class UriTemplate
{
    private readonly string[] _segments;
    private readonly KeyValuePair<string, string?>[] _queryLiterals;

    public UriTemplate(string template)
    {
        Text = template;
        var question = template.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? template : template[..question];
        _segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        _queryLiterals = question < 0
            ? []
            : [.. template[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries).Select(ParseLiteral)];
    }

    public string Text { get; }

    /// <summary>More literal parts win when two templates match the same request.</summary>
    public int Specificity => _segments.Count(s => !s.StartsWith('{')) * 10 + _queryLiterals.Length;

    public IEnumerable<string> QueryLiteralNames => _queryLiterals.Select(q => q.Key);

    /// <summary>Returns the decoded label values, or null when the request does not fit.</summary>
    public Dictionary<string, string>? Match(string rawPath, Microsoft.AspNetCore.Http.IQueryCollection query)
    {
        var parts = rawPath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        for (var s = 0; s < _segments.Length; s++)
        {
            var segment = _segments[s];
            if (segment.StartsWith('{') && segment.EndsWith("+}", StringComparison.Ordinal))
            {
                if (i >= parts.Length)
                {
                    return null;
                }

                labels[segment[1..^2]] = string.Join('/', parts[i..].Select(Uri.UnescapeDataString));
                i = parts.Length;
                continue;
            }

            if (i >= parts.Length)
            {
                return null;
            }

            var decoded = Uri.UnescapeDataString(parts[i]);
            if (segment.StartsWith('{'))
            {
                labels[segment[1..^1]] = decoded;
            }
            else if (!string.Equals(segment, decoded, StringComparison.Ordinal))
            {
                return null;
            }

            i++;
        }

        if (i != parts.Length)
        {
            return null;
        }

        foreach (var (name, value) in _queryLiterals)
        {
            if (!query.TryGetValue(name, out var actual) || (value is not null && actual.ToString() != value))
            {
                return null;
            }
        }

        return labels;
    }

    private static KeyValuePair<string, string?> ParseLiteral(string pair)
    {
        var eq = pair.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? new(pair, null) : new(pair[..eq], pair[(eq + 1)..]);
    }
}
