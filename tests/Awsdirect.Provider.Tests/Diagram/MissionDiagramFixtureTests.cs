using Awsdirect.Provider.Diagram;
using Awsdirect.Provider.Resources.GroundStation.Configs;
using Awsdirect.Provider.Resources.GroundStation.EndpointGroups;
using Awsdirect.Provider.Resources.GroundStation.MissionProfiles;
using static Awsdirect.Provider.Tests.Diagram.DiagramFixtures;

namespace Awsdirect.Provider.Tests.Diagram;

/// <summary>The graph the command draws for previews and exports of the example programs: nodes, links, marks, reasons, warnings.</summary>
public sealed class MissionDiagramFixtureTests
{
    private static MissionDiagram Single(string? preview, string? state)
    {
        var (_, missions) = MissionDiagrams.Build(preview is null ? null : Preview(preview), state is null ? null : State(state));
        return Assert.Single(missions);
    }

    private static IEnumerable<(EdgeKind, string, string, ChangeKind)> EdgeSet(MissionDiagram diagram) =>
        diagram.Edges.Select(e => (e.Edge.Kind, e.Edge.From, e.Edge.To, e.Mark)).Order();

    [Fact]
    public void FirstDeploy_PreviewOnly_TiesEveryUnknownArnToItsConfigAndMarksAllAdded()
    {
        var diagram = Single("flagship-first-deploy.preview.json", null);

        Assert.Equal(ChangeKind.Added, diagram.ProfileMark);
        Assert.Equal(
            new[] { (Profile, NodeKind.MissionProfile), (Tracking, NodeKind.Tracking), (DemodDecode, NodeKind.AntennaDownlinkDemodDecode), (Receiver, NodeKind.DataflowEndpoint), (Group, NodeKind.EndpointGroup) }.Order(),
            diagram.Nodes.Select(n => (n.Node.Key, n.Node.Kind)).Order());
        Assert.All(diagram.Nodes, n => Assert.Equal(ChangeKind.Added, n.Mark));
        Assert.Equal(
            new[]
            {
                (EdgeKind.Dataflow, DemodDecode, Receiver, ChangeKind.Added),
                (EdgeKind.Tracking, Profile, Tracking, ChangeKind.Added),
                (EdgeKind.HostedBy, Receiver, Group, ChangeKind.Added),
            }.Order(),
            EdgeSet(diagram));
        Assert.Empty(diagram.Notes);
        Assert.Empty(diagram.Warnings);
        Assert.Equal("new Mission profile · missionProfile", diagram.Edge(EdgeKind.Dataflow, DemodDecode, Receiver)!.Reason);
        Assert.Contains("7812 MHz, 30 MHz wide, RIGHT_HAND", diagram.Node(DemodDecode)!.Node.Details);
        Assert.Contains("demod QPSK, 15 Msps", diagram.Node(DemodDecode)!.Node.Details);
        Assert.Contains("decode CCSDS_171_133_VITERBI_DECODER → NRZ_M_DECODER", diagram.Node(DemodDecode)!.Node.Details);
        Assert.Contains("jpss1-receiver: 198.51.100.20:55888 (MTU 1500)", diagram.Node(Group)!.Node.Details);
    }

    [Fact]
    public void InPlaceUpdate_WithState_GivesPathsWithOldAndNewValues_AndTheProvidersScheduledContactWarningsOnce()
    {
        var diagram = Single("flagship-update.preview.json", "flagship.stack.json");

        Assert.Equal(ChangeKind.Updated, diagram.ProfileMark);
        Assert.Equal(
            ["configData.antennaDownlinkDemodDecodeConfig.spectrumConfig.centerFrequency.value (update): 7812 → 7815"],
            diagram.Node(DemodDecode)!.Reasons);
        Assert.Equal(["minimumViableContactDurationSeconds (update): 180 → 240"], diagram.Node(Profile)!.Reasons);
        Assert.Equal(ChangeKind.None, diagram.Node(Tracking)!.Mark);
        Assert.Equal(ChangeKind.None, diagram.Node(Receiver)!.Mark);
        Assert.Equal(ChangeKind.None, diagram.Node(Group)!.Mark);
        Assert.All(diagram.Edges, e => Assert.Equal(ChangeKind.None, e.Mark));
        Assert.Equal("UncodedFramesEgress", diagram.Edge(EdgeKind.Dataflow, DemodDecode, Receiver)!.Edge.Label);
        Assert.Contains("7815 MHz, 30 MHz wide, RIGHT_HAND", diagram.Node(DemodDecode)!.Node.Details);

        // The preview's diagnostics already carry the config warning: it is listed once.
        Assert.Equal(
            [
                "**Mission profile · missionProfile**: " + MissionProfileWarnings.Updating(Id(5), ["minimumViableContactDurationSeconds"]),
                "**Antenna downlink demod/decode · demodDecode**: " + ConfigWarnings.Updating(Id(2), "antenna-downlink-demod-decode",
                    ["configData.antennaDownlinkDemodDecodeConfig.spectrumConfig.centerFrequency.value"]),
            ],
            diagram.Warnings);
    }

    [Fact]
    public void InPlaceUpdate_PreviewOnly_DrawsUnlistedConfigsFromTheirArnsAndSaysSo()
    {
        var preview = Preview("flagship-update.preview.json");
        var (picture, missions) = MissionDiagrams.Build(preview, null);
        var diagram = Assert.Single(missions);

        Assert.True(picture.MissingUnchanged);
        var tracking = Assert.Single(diagram.Nodes, n => n.Node.Kind == NodeKind.OtherConfig && n.Node.Details[0] == "tracking");
        Assert.Equal($"arn:arn:aws:groundstation:us-east-2:123456789012:config/tracking/{Id(1)}", tracking.Node.Key);
        Assert.Equal(ChangeKind.None, tracking.Mark);
        Assert.Equal(ChangeKind.Updated, diagram.Node(DemodDecode)!.Mark);
        Assert.Contains("unchanged resources are drawn from the ARNs that name them", MarkdownReport.Write(picture, missions, null), StringComparison.Ordinal);
    }

    [Fact]
    public void EndpointGroupReplace_MarksTheGroupReplacedWithItsReason_RepointsItsEndpoint_AndWarnsThatScheduledContactsLoseIt()
    {
        var diagram = Single("flagship-group-replace.preview.json", "flagship.stack.json");

        Assert.Equal(ChangeKind.None, diagram.ProfileMark);
        var group = diagram.Node(Group)!;
        Assert.Equal(ChangeKind.Replaced, group.Mark);
        Assert.Equal(["endpointDetails (update-replace)"], group.Reasons);
        Assert.Contains("jpss1-receiver: 198.51.100.20:55890 (MTU 1500)", group.Node.Details);
        var hosting = diagram.Edge(EdgeKind.HostedBy, Receiver, Group)!;
        Assert.Equal(ChangeKind.Updated, hosting.Mark);
        Assert.Equal("re-pointed at the replacement of Endpoint group · receiverGroup", hosting.Reason);
        Assert.Equal(ChangeKind.None, diagram.Edge(EdgeKind.Dataflow, DemodDecode, Receiver)!.Mark);
        Assert.Equal(
            ["**Endpoint group · receiverGroup**: " + EndpointGroupWarnings.Replacing("Dataflow endpoint group", Id(4), ["endpointDetails"])],
            diagram.Warnings);
    }

    [Fact]
    public void Destroy_MarksEveryNodeAndLinkRemoved_AndWarnsForTheProfileAndTheGroup()
    {
        var diagram = Single("flagship-destroy.preview.json", null);

        Assert.Equal(ChangeKind.Removed, diagram.ProfileMark);
        Assert.Equal(5, diagram.Nodes.Count);
        Assert.All(diagram.Nodes, n => Assert.Equal(ChangeKind.Removed, n.Mark));
        Assert.Equal(
            new[]
            {
                (EdgeKind.Dataflow, DemodDecode, Receiver, ChangeKind.Removed),
                (EdgeKind.Tracking, Profile, Tracking, ChangeKind.Removed),
                (EdgeKind.HostedBy, Receiver, Group, ChangeKind.Removed),
            }.Order(),
            EdgeSet(diagram));
        Assert.Equal("Mission profile · missionProfile is deleted", diagram.Edge(EdgeKind.Dataflow, DemodDecode, Receiver)!.Reason);
        Assert.Equal("Endpoint group · receiverGroup is deleted", diagram.Edge(EdgeKind.HostedBy, Receiver, Group)!.Reason);
        Assert.Equal(2, diagram.Warnings.Count);
        Assert.StartsWith($"**Mission profile · missionProfile**: Mission profile {Id(5)} will be deleted.", diagram.Warnings[0], StringComparison.Ordinal);
        Assert.StartsWith($"**Endpoint group · receiverGroup**: Dataflow endpoint group {Id(4)} will be deleted.", diagram.Warnings[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ComponentFirstDeploy_GroupsEveryChildUnderItsComponent()
    {
        var diagram = Single("ec2-downlink-first-deploy.preview.json", null);

        // The component itself is no node: it is the subgraph its five children sit in.
        Assert.Equal(5, diagram.Nodes.Count);
        Assert.All(diagram.Nodes, n => Assert.Equal([Component], n.Node.Components));
        var downlink = Child("awsdirect:groundstation:Config", "aqua-downlink");
        var endpoint = Child("awsdirect:groundstation:Config", "aqua-endpoint-aqua-rf");
        Assert.Equal(ChangeKind.Added, diagram.Edge(EdgeKind.Dataflow, downlink, endpoint)!.Mark);
        Assert.Equal(NodeKind.AntennaDownlink, diagram.Node(downlink)!.Node.Kind);
        Assert.Contains("8160 MHz, 15 MHz wide, RIGHT_HAND", diagram.Node(downlink)!.Node.Details);

        var mermaid = MermaidWriter.Write(diagram);
        Assert.Contains("  subgraph c0[\"DownlinkMission · aqua\"]\n", mermaid, StringComparison.Ordinal);
        Assert.Equal(5, mermaid.Split('\n').Count(l => l.StartsWith("    n", StringComparison.Ordinal)));
    }

    [Fact]
    public void ComponentAddEndpoint_AddsTheEndpointAndItsEdgeWithTheDiffPath_AndReplacesTheGroup()
    {
        var diagram = Single("ec2-downlink-add-endpoint.preview.json", "ec2-downlink.stack.json");
        var downlink = Child("awsdirect:groundstation:Config", "aqua-downlink");
        var first = Child("awsdirect:groundstation:Config", "aqua-endpoint-aqua-rf");
        var backup = Child("awsdirect:groundstation:Config", "aqua-endpoint-aqua-rf-backup");
        var group = Child("awsdirect:groundstation:DataflowEndpointGroup", "aqua-endpoint-group");

        Assert.Equal(ChangeKind.Added, diagram.Node(backup)!.Mark);
        Assert.Equal(ChangeKind.Replaced, diagram.Node(group)!.Mark);
        var added = diagram.Edge(EdgeKind.Dataflow, downlink, backup)!;
        Assert.Equal(ChangeKind.Added, added.Mark);
        Assert.Equal("dataflowEdges[1] (add)", added.Reason);
        Assert.Equal(ChangeKind.None, diagram.Edge(EdgeKind.Dataflow, downlink, first)!.Mark);
        Assert.Equal(ChangeKind.Added, diagram.Edge(EdgeKind.HostedBy, backup, group)!.Mark);
        Assert.Equal(ChangeKind.Updated, diagram.Edge(EdgeKind.HostedBy, first, group)!.Mark);
        Assert.DoesNotContain(diagram.Nodes, n => n.Node.Kind is NodeKind.Unresolved or NodeKind.OtherConfig);
        Assert.Equal(2, diagram.Warnings.Count);
    }

    [Fact]
    public void StackExportOnly_DrawsTheDeployedMissionWithoutMarks()
    {
        var (picture, missions) = MissionDiagrams.Build(null, State("flagship.stack.json"));
        var diagram = Assert.Single(missions);

        Assert.All(diagram.Nodes, n => Assert.Equal(ChangeKind.None, n.Mark));
        Assert.All(diagram.Edges, e => Assert.Equal(ChangeKind.None, e.Mark));
        Assert.Equal(5, diagram.Nodes.Count);
        Assert.Equal(3, diagram.Edges.Count);
        var markdown = MarkdownReport.Write(picture, missions, null);
        Assert.Contains("## Deployed mission dataflow: `awsdirect-jpss1-downlink/dev`", markdown, StringComparison.Ordinal);
        Assert.Contains("No change to this mission.", markdown, StringComparison.Ordinal);
    }
}
