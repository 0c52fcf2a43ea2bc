using System.Text.Json.Nodes;
using Awsdirect.Provider.Diagram;
using static Awsdirect.Provider.Tests.Diagram.PreviewBuilder;

namespace Awsdirect.Provider.Tests.Diagram;

/// <summary>How edge ends whose ARN is unknown in a preview are tied to configs through the engine's property dependencies.</summary>
public sealed class EdgeResolutionTests
{
    private static MissionDiagram Draw(PreviewBuilder builder) => Assert.Single(MissionDiagrams.Build(builder.Digest(), null).Missions);

    private static PreviewBuilder Base() => new PreviewBuilder()
        .CreateConfig("track", "trackingConfig", new JsonObject { ["autotrack"] = "REQUIRED" })
        .CreateConfig("rf", "antennaDownlinkConfig", Spectrum(2250.5, "LEFT_HAND"))
        .CreateConfig("ep-a", "dataflowEndpointConfig", Endpoint("a"))
        .CreateConfig("ep-b", "dataflowEndpointConfig", Endpoint("b"));

    [Fact]
    public void OneUnknownSourceToTwoUnknownDestinations_IsSettledByTheDocumentedPairs()
    {
        // Source candidates are rf, ep-a and ep-b (a dataflow endpoint may be a source), destinations ep-a
        // and ep-b: only rf feeding both endpoints is a documented downlink pair that uses every config.
        var diagram = Draw(Base().CreateProfile("p", [(Unknown, Unknown), (Unknown, Unknown)], Unknown, ConfigUrn("track"),
            ConfigUrn("rf"), ConfigUrn("ep-a"), ConfigUrn("ep-b")));

        Assert.Equal(
            new[] { (ConfigUrn("rf"), ConfigUrn("ep-a")), (ConfigUrn("rf"), ConfigUrn("ep-b")) },
            diagram.Edges.Where(e => e.Edge.Kind == EdgeKind.Dataflow).Select(e => (e.Edge.From, e.Edge.To)).Order());
        Assert.DoesNotContain(diagram.Nodes, n => n.Node.Kind == NodeKind.Unresolved);
        Assert.Contains("2250.5 MHz, 10 MHz wide, LEFT_HAND", diagram.Node(ConfigUrn("rf"))!.Node.Details);
    }

    [Fact]
    public void TrackingArnUnknownWithoutDependencies_IsDrawnUnresolvedWithANote()
    {
        var builder = Base().CreateProfile("p", [(Unknown, Unknown)], Unknown, null, ConfigUrn("rf"), ConfigUrn("ep-a"));
        var diagram = Draw(builder);

        // The engine recorded property dependencies, none for trackingConfigArn: nothing to tie it to, and no guess.
        var tracking = Assert.Single(diagram.Edges, e => e.Edge.Kind == EdgeKind.Tracking);
        Assert.Equal(NodeKind.Unresolved, diagram.Node(tracking.Edge.To)!.Node.Kind);
        Assert.Contains(diagram.Notes, n => n.StartsWith("trackingConfigArn of p is (known after apply)", StringComparison.Ordinal));
    }

    [Fact]
    public void UplinkAndDownlinkWithInterchangeableEndpoints_StaysPendingWithBothCandidates()
    {
        // ep-a and ep-b could each be the uplink source or the downlink destination: two edge sets fit.
        var builder = Base()
            .CreateConfig("up", "antennaUplinkConfig", new JsonObject
            {
                ["spectrumConfig"] = new JsonObject { ["centerFrequency"] = new JsonObject { ["value"] = 2052, ["units"] = "MHz" }, ["polarization"] = "RIGHT_HAND" },
                ["targetEirp"] = new JsonObject { ["value"] = 20, ["units"] = "dBW" },
            })
            .CreateProfile("p", [(Unknown, Unknown), (Unknown, Unknown)], Unknown, ConfigUrn("track"),
                ConfigUrn("rf"), ConfigUrn("ep-a"), ConfigUrn("ep-b"), ConfigUrn("up"));
        var diagram = Draw(builder);

        var pending = diagram.Nodes.Where(n => n.Node.Kind == NodeKind.Unresolved).ToList();
        Assert.Equal(2, pending.Count);
        Assert.All(pending, n => Assert.Equal(["one of ep-a, ep-b"], n.Node.Details));
        Assert.Contains(diagram.Edges, e => e.Edge.From == ConfigUrn("rf") && pending.Any(p => p.Node.Key == e.Edge.To));
        Assert.Contains(diagram.Edges, e => e.Edge.To == ConfigUrn("up") && pending.Any(p => p.Node.Key == e.Edge.From));
        Assert.Contains("target EIRP 20 dBW", diagram.Node(ConfigUrn("up"))!.Node.Details);
    }

    [Fact]
    public void KnownArnOutsideTheStack_IsDrawnAsAnOtherConfigWithItsType()
    {
        const string External = "arn:aws:groundstation:us-west-2:123456789012:config/s3-recording/9b1c4a52-7f0e-4a3b-8c9d-0e1f2a3b4c5d";
        var diagram = Draw(Base().CreateProfile("p", [(Unknown, External)], Unknown, ConfigUrn("track"), ConfigUrn("rf")));

        var node = diagram.Node("arn:" + External)!;
        Assert.Equal(NodeKind.OtherConfig, node.Node.Kind);
        Assert.Equal("s3-recording", node.Node.Details[0]);
        Assert.Equal(ChangeKind.Added, node.Mark);
        Assert.NotNull(diagram.Edge(EdgeKind.Dataflow, ConfigUrn("rf"), "arn:" + External));
    }
}
