using System.Text;

namespace Awsdirect.Provider.Diagram;

/// <summary>
/// The <c>mission-diagram</c> verb of the plugin executable: reads <c>pulumi preview --json</c> and/or
/// <c>pulumi stack export</c> output and writes Markdown with one Mermaid diagram per mission profile.
/// Runs instead of the plugin (the engine never passes this verb), so it may use stdout for its
/// Markdown. Exit codes: 0 written, 1 unusable input (a message on stderr), 2 bad command line.
/// </summary>
internal static class DiagramCommand
{
    public static bool IsVerb(IReadOnlyList<string> args) => args.Count > 0 && args[0] == DiagramArguments.Verb;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextReader stdin, Stream stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        DiagramArguments arguments;
        try
        {
            arguments = DiagramArguments.Parse([.. args.Skip(1)]);
        }
        catch (ArgumentException e)
        {
            await stderr.WriteLineAsync($"{DiagramArguments.Verb}: {e.Message}\n{DiagramArguments.Usage}");
            return 2;
        }

        if (arguments.Help)
        {
            await WriteAsync(stdout, DiagramArguments.Usage + "\n");
            return 0;
        }

        try
        {
            var (preview, state) = await ReadInputsAsync(arguments, stdin);
            var markdown = MissionDiagrams.Markdown(preview, state, arguments.Title);
            if (arguments.Out is { } path)
            {
                await WriteFileAsync(path, markdown);
            }
            else
            {
                await WriteAsync(stdout, markdown);
            }

            return 0;
        }
        catch (DiagramInputException e)
        {
            await stderr.WriteLineAsync($"{DiagramArguments.Verb}: {e.Message}");
            return 1;
        }
    }

    private static async Task<(PreviewDigest? Preview, IReadOnlyList<StackResource>? State)> ReadInputsAsync(DiagramArguments arguments, TextReader stdin)
    {
        if (arguments.Preview is null && arguments.State is null)
        {
            var input = DiagramInput.Parse(await stdin.ReadToEndAsync(), "standard input");
            return (input.Preview, input.Resources);
        }

        PreviewDigest? preview = null;
        IReadOnlyList<StackResource>? state = null;
        if (arguments.Preview is { } previewPath)
        {
            var input = await ParseAsync(previewPath, stdin);
            preview = input.Kind == DiagramInputKind.Preview
                ? input.Preview
                : throw new DiagramInputException($"{Name(previewPath)} is a stack export, not a preview: pass it with --state.");
        }

        if (arguments.State is { } statePath)
        {
            var input = await ParseAsync(statePath, stdin);
            state = input.Kind == DiagramInputKind.StackExport
                ? input.Resources
                : throw new DiagramInputException($"{Name(statePath)} is a preview, not a stack export: pass it with --preview.");
        }

        return (preview, state);
    }

    private static async Task<DiagramInput> ParseAsync(string path, TextReader stdin)
    {
        string text;
        try
        {
            text = path == "-" ? await stdin.ReadToEndAsync() : await File.ReadAllTextAsync(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new DiagramInputException($"cannot read {path}: {e.Message}", e);
        }

        return DiagramInput.Parse(text, Name(path));
    }

    private static string Name(string path) => path == "-" ? "standard input" : path;

    private static async Task WriteFileAsync(string path, string markdown)
    {
        try
        {
            await File.WriteAllTextAsync(path, markdown, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new DiagramInputException($"cannot write {path}: {e.Message}", e);
        }
    }

    private static async Task WriteAsync(Stream stdout, string text)
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        await stdout.WriteAsync(bytes);
        await stdout.FlushAsync();
    }
}
