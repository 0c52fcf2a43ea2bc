using System.Diagnostics;
using static Awsdirect.Provider.Tests.Diagram.DiagramFixtures;

namespace Awsdirect.Provider.Tests.Diagram;

/// <summary>The built plugin executable run with the verb, as a CI job runs it.</summary>
public sealed class DiagramVerbProcessTests
{
    private const string AssemblyName = "pulumi-resource-awsdirect";

    private static async Task<(int Code, string Stdout, string Stderr)> RunPlugin(string? stdin, params string[] args)
    {
        var dir = AppContext.BaseDirectory;
        var apphost = Path.Combine(dir, OperatingSystem.IsWindows() ? AssemblyName + ".exe" : AssemblyName);
        var start = File.Exists(apphost)
            ? new ProcessStartInfo(apphost)
            : new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(dir, AssemblyName + ".dll") } };
        start.ArgumentList.Add("mission-diagram");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Plugin_WithTheVerb_PrintsTheMarkdownInsteadOfAPort()
    {
        var (code, stdout, stderr) = await RunPlugin(null,
            "--preview", PathOf("ec2-downlink-add-endpoint.preview.json"), "--state", PathOf("ec2-downlink.stack.json"));

        Assert.True(code == 0, stderr);
        Assert.StartsWith("<!-- awsdirect-mission-diagram -->\n## Mission dataflow changes: `awsdirect-ec2-downlink/dev`\n", stdout, StringComparison.Ordinal);
        Assert.Contains("  subgraph c0[\"DownlinkMission · aqua\"]\n", stdout, StringComparison.Ordinal);
        Assert.Contains("| ➕ added | dataflow edge: Antenna downlink · aqua-downlink → Dataflow endpoint · aqua-endpoint-aqua-rf-backup | dataflowEdges[1] (add) |", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plugin_WithTheVerb_AndBadInput_ExitsOneWithOneLineAndNoStackTrace()
    {
        var (code, stdout, stderr) = await RunPlugin("Previewing update (dev):\n", "--preview", "-");

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("mission-diagram: standard input is not JSON", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }
}
