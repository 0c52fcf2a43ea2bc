using System.Text;
using Awsdirect.Provider.Diagram;
using static Awsdirect.Provider.Tests.Diagram.DiagramFixtures;

namespace Awsdirect.Provider.Tests.Diagram;

/// <summary>The verb's command line, in process: flags, standard input, --out, exit codes and messages.</summary>
public sealed class DiagramCommandTests
{
    private static async Task<(int Code, string Stdout, string Stderr)> Run(string stdin, params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var code = await DiagramCommand.RunAsync([DiagramArguments.Verb, .. args], new StringReader(stdin), stdout, stderr);
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    [Fact]
    public async Task PreviewAndState_WritesOneMermaidBlockPerMission()
    {
        var (code, stdout, stderr) = await Run(string.Empty, "--preview", PathOf("flagship-update.preview.json"), "--state", PathOf("flagship.stack.json"));

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.StartsWith(MarkdownReport.Marker + "\n## Mission dataflow changes: `awsdirect-jpss1-downlink/dev`\n", stdout, StringComparison.Ordinal);
        Assert.Equal(1, stdout.Split("```mermaid\n").Length - 1);
    }

    [Fact]
    public async Task NoFlags_ReadsEitherDocumentFromStandardInput()
    {
        var (code, stdout, _) = await Run(Text("flagship.stack.json"));

        Assert.Equal(0, code);
        Assert.Contains("From `pulumi stack export`: what is deployed now.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_WritesTheFileAndNothingToStdout()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mission-{Guid.NewGuid():N}.md");
        try
        {
            var (code, stdout, _) = await Run(Text("flagship-destroy.preview.json"), "--preview", "-", "--out", path, "--title", "Destroy dev");

            Assert.Equal(0, code);
            Assert.Equal(string.Empty, stdout);
            Assert.StartsWith(MarkdownReport.Marker + "\n## Destroy dev\n", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task StackExportGivenAsPreview_SaysWhichFlagItBelongsTo()
    {
        var (code, stdout, stderr) = await Run(Text("flagship.stack.json"), "--preview", "-");

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("mission-diagram: standard input is a stack export, not a preview: pass it with --state.\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task MissingFile_IsACannotRead()
    {
        var (code, _, stderr) = await Run(string.Empty, "--state", "/nonexistent/stack.json");

        Assert.Equal(1, code);
        Assert.StartsWith("mission-diagram: cannot read /nonexistent/stack.json: ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--preveiw", "x", "mission-diagram: unknown argument '--preveiw'")]
    [InlineData("--preview", null, "mission-diagram: --preview needs a value")]
    [InlineData("--state=a", "--state=b", "mission-diagram: --state is given twice")]
    public async Task BadCommandLine_ExitsTwoWithUsage(string first, string? second, string message)
    {
        var (code, _, stderr) = await Run(string.Empty, second is null ? [first] : [first, second]);

        Assert.Equal(2, code);
        Assert.StartsWith(message + "\nusage: pulumi-resource-awsdirect mission-diagram ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BothFromStandardInput_IsRefused()
    {
        var (code, _, stderr) = await Run(string.Empty, "--preview", "-", "--state", "-");

        Assert.Equal(2, code);
        Assert.StartsWith("mission-diagram: --preview and --state cannot both read standard input\n", stderr, StringComparison.Ordinal);
    }
}
