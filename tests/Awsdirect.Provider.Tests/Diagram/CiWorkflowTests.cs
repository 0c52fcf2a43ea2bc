using System.Text.RegularExpressions;
using Awsdirect.Provider.Diagram;

namespace Awsdirect.Provider.Tests.Diagram;

/// <summary>The CI example runs preview with --json, exports the state, and calls the verb with flags it has.</summary>
public sealed partial class CiWorkflowTests
{
    private static readonly string Workflow = File.ReadAllText(Path.Combine(DiagramFixtures.RepositoryRoot, "examples", "ci", "mission-diagram.yml"));

    [GeneratedRegex(@"pulumi-resource-awsdirect mission-diagram((?:[^\n]*\\\n)*[^\n]*)")]
    private static partial Regex Invocation();

    [GeneratedRegex(@"(--[a-z]+)\s+(""[^""]*""|\S+)")]
    private static partial Regex Flag();

    [Fact]
    public void Workflow_PreviewsAsJsonExportsStateAndPostsTheComment()
    {
        Assert.Contains("pulumi preview --json", Workflow, StringComparison.Ordinal);
        Assert.Contains("pulumi stack export --file", Workflow, StringComparison.Ordinal);
        Assert.Contains("pull-requests: write", Workflow, StringComparison.Ordinal);
        Assert.Contains($"const marker = '{MarkdownReport.Marker}';", Workflow, StringComparison.Ordinal);
    }

    [Fact]
    public void Workflow_CallsTheVerbWithFlagsItAccepts()
    {
        var call = Invocation().Match(Workflow);
        Assert.True(call.Success, "the workflow does not run pulumi-resource-awsdirect mission-diagram");
        var args = Flag().Matches(call.Groups[1].Value).SelectMany(m => new[] { m.Groups[1].Value, m.Groups[2].Value }).ToList();

        var parsed = DiagramArguments.Parse(args);

        Assert.Equal("\"$RUNNER_TEMP/preview.json\"", parsed.Preview);
        Assert.Equal("\"$RUNNER_TEMP/state.json\"", parsed.State);
        Assert.Equal("\"$RUNNER_TEMP/mission-diagram.md\"", parsed.Out);
    }
}
