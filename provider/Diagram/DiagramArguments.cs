namespace Awsdirect.Provider.Diagram;

/// <summary>
/// The verb's command line: <c>mission-diagram [--preview FILE] [--state FILE] [--out FILE] [--title TEXT]</c>.
/// <c>-</c> as a file reads standard input; with neither <c>--preview</c> nor <c>--state</c>, standard input is
/// read and recognised as either document.
/// </summary>
internal sealed record DiagramArguments(string? Preview, string? State, string? Out, string? Title, bool Help)
{
    public const string Verb = "mission-diagram";

    public const string Usage =
        "usage: pulumi-resource-awsdirect mission-diagram [--preview FILE|-] [--state FILE|-] [--out FILE] [--title TEXT]\n" +
        "  --preview FILE  output of `pulumi preview --json` (or `pulumi destroy --preview-only --json`)\n" +
        "  --state FILE    output of `pulumi stack export` (the current state; completes a preview with the unchanged resources)\n" +
        "  --out FILE      write the Markdown there instead of standard output\n" +
        "  --title TEXT    heading of the report (default: the stack's project/stack)\n" +
        "  '-' reads standard input; with neither --preview nor --state, standard input holds either document.";

    /// <summary>Parses the arguments after the verb; a usage error throws <see cref="ArgumentException"/> with the message to show.</summary>
    public static DiagramArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? preview = null, state = null, output = null, title = null;
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var (name, inline) = arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 2
                ? (arg[..eq], arg[(eq + 1)..])
                : (arg, (string?)null);
            switch (name)
            {
                case "-h" or "--help":
                    help = true;
                    break;
                case "--preview":
                    preview = Value(name, inline, args, ref i, preview);
                    break;
                case "--state":
                    state = Value(name, inline, args, ref i, state);
                    break;
                case "--out" or "-o":
                    output = Value(name, inline, args, ref i, output);
                    break;
                case "--title":
                    title = Value(name, inline, args, ref i, title);
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{arg}'");
            }
        }

        if (preview == "-" && state == "-")
        {
            throw new ArgumentException("--preview and --state cannot both read standard input");
        }

        return new DiagramArguments(preview, state, output, title, help);
    }

    private static string Value(string name, string? inline, IReadOnlyList<string> args, ref int i, string? earlier)
    {
        if (earlier is not null)
        {
            throw new ArgumentException($"{name} is given twice");
        }

        var value = inline ?? (i + 1 < args.Count ? args[++i] : null);
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"{name} needs a value");
        }

        return value;
    }
}
