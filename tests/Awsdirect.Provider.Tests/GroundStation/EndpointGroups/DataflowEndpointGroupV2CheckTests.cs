using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using static Awsdirect.Provider.Tests.GroundStation.EndpointGroups.EndpointGroupFixtures;

namespace Awsdirect.Provider.Tests.GroundStation.EndpointGroups;

public class DataflowEndpointGroupV2CheckTests
{
    private const string DownlinkRange = "endpoints[0].downlinkAwsGroundStationAgentEndpoint.dataflowDetails.agentConnectionDetails.agentIpAndPortAddress.socketAddress";

    private static async Task<IReadOnlyList<CheckFailure>> Failures(PropertyMap news)
    {
        var harness = Handler(v2: true);
        var result = await harness.Handler.CheckAsync(Check(news), CancellationToken.None);
        harness.Api.VerifyNoOtherCalls();
        return result.Failures;
    }

    private static void AssertFailure(IReadOnlyList<CheckFailure> failures, string path, string rule) =>
        Assert.Contains(failures, f => f.Property == path && f.Reason.Contains(rule, StringComparison.Ordinal));

    [Fact]
    public async Task Check_UplinkAndDownlinkTogether_Allowed()
    {
        Assert.Empty(await Failures(V2(DownlinkV2Json, UplinkV2Json)));
    }

    [Fact]
    public async Task Check_V1EndpointInV2Group_PointsToV1Type()
    {
        AssertFailure(await Failures(V2(DataflowEndpointJson)), "endpoints[0].endpoint", "awsdirect:groundstation:DataflowEndpointGroup");
    }

    [Fact]
    public async Task Check_DuplicateNames_Rejected()
    {
        var second = UplinkV2Json.Replace("digif-uplink", "digif-downlink", StringComparison.Ordinal);

        AssertFailure(await Failures(V2(DownlinkV2Json, second)), "endpoints[1].uplinkAwsGroundStationAgentEndpoint.name", "unique endpoint names");
    }

    [Fact]
    public async Task Check_ReversedAgentPortRange_Rejected()
    {
        var news = With(V2(DownlinkV2Json), DownlinkRange + ".portRange.maximum", 42999);

        AssertFailure(await Failures(news), DownlinkRange + ".portRange", "port range order");
    }

    [Fact]
    public async Task Check_EgressPortOutOfRange_Rejected()
    {
        var path = "endpoints[0].downlinkAwsGroundStationAgentEndpoint.dataflowDetails.agentConnectionDetails.egressAddressAndPort.socketAddress.port";

        AssertFailure(await Failures(With(V2(DownlinkV2Json), path, 70000)), path, "port range");
    }

    [Fact]
    public async Task Check_UplinkAndDownlinkSharingAgentPorts_Rejected()
    {
        var uplink = UplinkV2Json.Replace("44000", "43005", StringComparison.Ordinal).Replace("44010", "43020", StringComparison.Ordinal);

        AssertFailure(await Failures(V2(DownlinkV2Json, uplink)),
            "endpoints[1].uplinkAwsGroundStationAgentEndpoint.dataflowDetails.agentConnectionDetails.agentIpAndPortAddress.socketAddress.portRange",
            "overlapping port ranges");
    }

    [Fact]
    public async Task Check_AgentStatusGiven_Rejected()
    {
        var path = "endpoints[0].downlinkAwsGroundStationAgentEndpoint.agentStatus";

        AssertFailure(await Failures(With(V2(DownlinkV2Json), path, "ACTIVE")), path, "output only");
    }

    [Fact]
    public async Task Check_UnknownAgentAddress_SkipsAddressRules()
    {
        var news = With(V2(DownlinkV2Json, DownlinkV2Json.Replace("digif-downlink", "second", StringComparison.Ordinal)),
            "endpoints[1].downlinkAwsGroundStationAgentEndpoint.dataflowDetails.agentConnectionDetails.agentIpAndPortAddress.socketAddress.name",
            PropertyValue.Computed);

        Assert.Empty(await Failures(news));
    }
}
