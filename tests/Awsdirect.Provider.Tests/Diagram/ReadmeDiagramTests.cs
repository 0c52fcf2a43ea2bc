using Awsdirect.Provider.Diagram;
using static Awsdirect.Provider.Tests.Diagram.DiagramFixtures;

namespace Awsdirect.Provider.Tests.Diagram;

/// <summary>The README's example diagram is what the command draws for its fixture today.</summary>
public sealed class ReadmeDiagramTests
{
    [Fact]
    public void Readme_ShowsTheDiagramTheCommandDrawsForTheAddEndpointFixture()
    {
        var (_, missions) = MissionDiagrams.Build(Preview("ec2-downlink-add-endpoint.preview.json"), State("ec2-downlink.stack.json"));
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot, "README.md"));

        Assert.Contains("```mermaid\n" + MermaidWriter.Write(Assert.Single(missions)) + "```\n", readme, StringComparison.Ordinal);
    }
}
