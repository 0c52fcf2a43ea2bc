using System.Text.Json;

namespace Awsdirect.Provider.Diagram;

/// <summary>Which Pulumi document a file holds.</summary>
internal enum DiagramInputKind
{
    Preview,
    StackExport,
}

/// <summary>
/// One input document, parsed and recognised. A preview digest is the object with <c>steps</c> (or, when
/// nothing would change, at least <c>changeSummary</c> or <c>diagnostics</c>); a stack export is the object
/// with <c>deployment</c> (or a bare deployment with <c>manifest</c> / <c>resources</c>). Anything else is
/// refused with a message naming what was expected, never parsed as something it is not.
/// </summary>
internal sealed record DiagramInput(DiagramInputKind Kind, PreviewDigest? Preview, IReadOnlyList<StackResource>? Resources)
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 256,
    };

    /// <summary>Engine events carry a <c>sequence</c> and a <c>timestamp</c> in each line's object.</summary>
    private static bool LooksLikeEventStream(string text)
    {
        var first = text.AsSpan().TrimStart();
        var end = first.IndexOf('\n');
        var line = (end < 0 ? first : first[..end]).ToString();
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("sequence", out _)
                && document.RootElement.TryGetProperty("timestamp", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static DiagramInput Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DiagramInputException($"{source} is empty: expected the JSON of `pulumi preview --json` or `pulumi stack export`.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException e) when (LooksLikeEventStream(text))
        {
            throw new DiagramInputException(
                $"{source} is a stream of engine events (one JSON object per line, as `pulumi up --json` or `--event-log` write), " +
                "not a preview digest: pass the output of `pulumi preview --json`.", e);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : string.Empty;
            throw new DiagramInputException(
                $"{source} is not JSON{where}: expected the output of `pulumi preview --json` or `pulumi stack export`. " +
                "(Was --json left out, or did something else write to the same output?)", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new DiagramInputException($"{source} is JSON but not an object: expected `pulumi preview --json` or `pulumi stack export` output.");
            }

            try
            {
                if (root.TryGetProperty("steps", out _) || root.TryGetProperty("changeSummary", out _))
                {
                    return new DiagramInput(DiagramInputKind.Preview, PreviewDigestReader.Read(root), null);
                }

                if (root.TryGetProperty("deployment", out _) || root.TryGetProperty("manifest", out _) || root.TryGetProperty("resources", out _))
                {
                    return new DiagramInput(DiagramInputKind.StackExport, null, StackExportReader.Read(root));
                }

                if (root.TryGetProperty("diagnostics", out _))
                {
                    var digest = PreviewDigestReader.Read(root);
                    var errors = digest.Diagnostics.Where(d => d.Severity == "error").Select(d => d.Message).ToList();
                    throw new DiagramInputException(errors.Count > 0
                        ? $"{source} is a preview that failed before planning any step: {string.Join(" | ", errors)}"
                        : $"{source} is a preview with no steps (it failed before planning, or was cut short).");
                }
            }
            catch (DiagramInputException e)
            {
                throw new DiagramInputException(e.Message.StartsWith(source, StringComparison.Ordinal) ? e.Message : $"{source}: {e.Message}", e);
            }

            throw new DiagramInputException(
                $"{source} is not a Pulumi preview or stack export: expected an object with \"steps\" (`pulumi preview --json`) " +
                "or \"deployment\" (`pulumi stack export`).");
        }
    }
}
