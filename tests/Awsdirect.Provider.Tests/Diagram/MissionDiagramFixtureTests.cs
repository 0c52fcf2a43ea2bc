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
    [Fact]
    public void S3DeliveryFirstDeploy_ShowsPrefixAndUnknownBucketWithTheResourcesItComesFrom()
    {
        var diagram = Single("jpss1-s3-delivery-first-deploy.preview.json", null);
        const string Project = "urn:pulumi:dev::awsdirect-jpss1-s3-delivery::awsdirect:missions:S3DataDelivery";
        var recording = $"{Project}$awsdirect:groundstation:Config::jpss1-recording";
        var demod = $"{Project}$awsdirect:groundstation:Config::jpss1-demod-decode";

        var node = diagram.Node(recording)!;
        Assert.Equal(NodeKind.S3Recording, node.Node.Kind);
        Assert.Equal(
            ["bucket (known after apply)", "prefix {satellite_id}/{year}/{month}/{day}", "role (known after apply)", "from jpss1-bucket, jpss1-role"],
            node.Node.Details);
        Assert.Equal(ChangeKind.Added, diagram.Edge(EdgeKind.Dataflow, demod, recording)!.Mark);
        Assert.Equal(4, diagram.Nodes.Count);
        Assert.All(diagram.Nodes, n => Assert.Equal(["urn:pulumi:dev::awsdirect-jpss1-s3-delivery::awsdirect:missions:S3DataDelivery::jpss1"], n.Node.Components));
    }

    [Fact]
    public void ConnectionGroupStack_HasNoMissionAndSaysSo()
    {
        var (picture, missions) = MissionDiagrams.Build(null, State("connection-group.stack.json"));

        Assert.Empty(missions);
        var markdown = MarkdownReport.Write(picture, missions, null);
        Assert.Contains("No AWS Ground Station mission profile in this stack, so there is no mission to draw.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| resource |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void AgentUplinkMission_DrawsUplinkEchoTelemetryV2AgentsAndAChangedKmsKey()
    {
        var diagram = Single("agent-uplink-kms-and-eirp.preview.json", "agent-uplink.stack.json");
        static string C(string name) => $"urn:pulumi:dev::awsdirect-agent-uplink::awsdirect:groundstation:Config::{name}";
        const string Group = "urn:pulumi:dev::awsdirect-agent-uplink::awsdirect:groundstation:DataflowEndpointGroupV2::agents";
        const string Ops = "urn:pulumi:dev::awsdirect-agent-uplink::awsdirect:groundstation:MissionProfile::ops";

        Assert.Equal(
            new[]
            {
                (EdgeKind.Dataflow, C("downlink"), C("ep-down"), ChangeKind.None),
                (EdgeKind.Dataflow, C("echo"), C("ep-echo"), ChangeKind.None),
                (EdgeKind.Dataflow, C("ep-up"), C("uplink"), ChangeKind.None),
                (EdgeKind.Tracking, Ops, C("track"), ChangeKind.None),
                (EdgeKind.TelemetrySink, Ops, C("telemetry"), ChangeKind.None),
                (EdgeKind.HostedBy, C("ep-up"), Group, ChangeKind.None),
                (EdgeKind.HostedBy, C("ep-down"), Group, ChangeKind.None),
                (EdgeKind.HostedBy, C("ep-echo"), Group, ChangeKind.None),
                (EdgeKind.Echoes, C("echo"), C("uplink"), ChangeKind.None),
                (EdgeKind.StreamsKms, Ops, "kms:{\"kmsAliasName\":\"alias/ops-streams\"}", ChangeKind.Removed),
                (EdgeKind.StreamsKms, Ops, "kms:{\"kmsKeyArn\":\"arn:aws:kms:us-east-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\"}", ChangeKind.Added),
            }.Order(),
            EdgeSet(diagram));
        Assert.Equal("Endpoint group (V2) · agents", diagram.Node(Group)!.Node.Title);
        Assert.Equal(
            [
                "ops-uplink: uplink agent ingress 10.0.1.10:55000 → agent 10.0.1.20:40000-40010",
                "ops-downlink: downlink agent 10.0.1.20:41000-41010 → egress 10.0.2.30:56000",
                "ops-echo: downlink agent 10.0.1.20:41000-41010 → egress 10.0.2.30:56001",
            ],
            diagram.Node(Group)!.Node.Details);
        Assert.Equal(["2052.5 MHz, RIGHT_HAND", "target EIRP 30 dBW", "transmit disabled false"], diagram.Node(C("uplink"))!.Node.Details);
        Assert.Equal(["configData.antennaUplinkConfig.targetEirp.value (update): 20 → 30"], diagram.Node(C("uplink"))!.Reasons);
        Assert.Equal(["KINESIS_DATA_STREAM", "stream ops-telemetry", "role GroundStationTelemetry"], diagram.Node(C("telemetry"))!.Node.Details);
        Assert.Equal("streamsKmsKey.kmsAliasName (delete), streamsKmsKey.kmsKeyArn (add)",
            diagram.Edges.Single(e => e.Edge.Kind == EdgeKind.StreamsKms && e.Mark == ChangeKind.Added).Reason);
        Assert.Equal(2, diagram.Warnings.Count);
        Assert.Contains(ConfigWarnings.Updating(Id(32), "antenna-uplink", ["configData.antennaUplinkConfig.targetEirp.value"]), diagram.Warnings[1], StringComparison.Ordinal);
    }
}
