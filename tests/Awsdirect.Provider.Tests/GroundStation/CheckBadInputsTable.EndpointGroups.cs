using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.GroundStation.EndpointGroups;
using static Awsdirect.Provider.Tests.GroundStation.EndpointGroups.EndpointGroupFixtures;

namespace Awsdirect.Provider.Tests.GroundStation;

/// <summary>
/// The endpoint group part of the bad-input table: each case is one mistake a user can make, the
/// property path Check must name and a fragment of the rule it must state, with no AWS call made.
/// </summary>
public partial class CheckBadInputsTable
{
    private const string V1Token = DataflowEndpointGroupHandler.TypeToken;
    private const string V2Token = DataflowEndpointGroupV2Handler.TypeToken;
    private const string DownlinkPath = "endpoints[0].downlinkAwsGroundStationAgentEndpoint.dataflowDetails.agentConnectionDetails";
    private const string AgentIngress = "endpointDetails[0].awsGroundStationAgentEndpoint.ingressAddress.socketAddress";

    private static readonly Dictionary<string, (string Token, Func<PropertyMap> Inputs, string Path, string Rule)> EndpointGroupBadInputs = new()
    {
        ["v1 mixes dataflow and agent endpoints"] = (V1Token, () => V1(DataflowEndpointJson, AgentEndpointJson), "endpointDetails[1].awsGroundStationAgentEndpoint", "one endpoint kind per group"),
        ["v1 entry sets no endpoint"] = (V1Token, () => V1("{}"), "endpointDetails[0]", "endpoint kind"),
        ["v1 holds a V2 uplink endpoint"] = (V1Token, () => V1(UplinkV2Json), "endpointDetails[0].uplinkAwsGroundStationAgentEndpoint", "DataflowEndpointGroupV2"),
        ["v1 empty endpoint list"] = (V1Token, () => V1(), "endpointDetails", "at least one endpoint"),
        ["v1 dataflow endpoint without security details"] = (V1Token, () => Without(V1(DataflowEndpointJson), "endpointDetails[0].securityDetails"), "endpointDetails[0].securityDetails", "required"),
        ["v1 duplicate endpoint names"] = (V1Token, () => V1(DataflowEndpointJson, DataflowEndpointJson), "endpointDetails[1].endpoint.name", "unique endpoint names"),
        ["v1 port zero"] = (V1Token, () => With(V1(DataflowEndpointJson), "endpointDetails[0].endpoint.address.port", 0), "endpointDetails[0].endpoint.address.port", "port range"),
        ["v1 reversed agent port range"] = (V1Token, () => With(V1(AgentEndpointJson), AgentIngress + ".portRange.maximum", 41000), AgentIngress + ".portRange", "port range order"),
        ["v1 agent ingress address part above 255"] = (V1Token, () => With(V1(AgentEndpointJson), AgentIngress + ".name", "300.1.1.1"), AgentIngress + ".name", "IPv4 address"),
        ["v1 subnet id malformed"] = (V1Token, () => With(V1(DataflowEndpointJson), "endpointDetails[0].securityDetails.subnetIds[0]", "subnet-XYZ"), "endpointDetails[0].securityDetails.subnetIds[0]", "subnet id format"),
        ["v1 security group id malformed"] = (V1Token, () => With(V1(DataflowEndpointJson), "endpointDetails[0].securityDetails.securityGroupIds[0]", "default"), "endpointDetails[0].securityDetails.securityGroupIds[0]", "security group id format"),
        ["v1 role ARN is not an IAM role"] = (V1Token, () => With(V1(DataflowEndpointJson), "endpointDetails[0].securityDetails.roleArn", "arn:aws:iam::123456789012:user/operator"), "endpointDetails[0].securityDetails.roleArn", "pattern"),
        ["v1 pre-pass duration below model minimum"] = (V1Token, () => V1(DataflowEndpointJson).Set("contactPrePassDurationSeconds", 10), "contactPrePassDurationSeconds", "range"),
        ["v1 post-pass duration above model maximum"] = (V1Token, () => V1(DataflowEndpointJson).Set("contactPostPassDurationSeconds", 600), "contactPostPassDurationSeconds", "range"),
        ["v1 endpoint MTU above model maximum"] = (V1Token, () => With(V1(DataflowEndpointJson), "endpointDetails[0].endpoint.mtu", 9001), "endpointDetails[0].endpoint.mtu", "range"),
        ["v1 server-set health given"] = (V1Token, () => With(V1(DataflowEndpointJson), "endpointDetails[0].healthStatus", "HEALTHY"), "endpointDetails[0].healthStatus", "output only"),
        ["v1 unknown top-level property"] = (V1Token, () => V1(DataflowEndpointJson).Set("name", "downlink"), "name", "unknown property"),
        ["v1 agent ingress address with non-ASCII digits"] = (V1Token, () => With(V1(AgentEndpointJson), AgentIngress + ".name", "\u0663.4.5.6"), AgentIngress + ".name", "pattern"),
        ["v1 agent ingress address ending in a newline"] = (V1Token, () => With(V1(AgentEndpointJson), AgentIngress + ".name", "3.4.5.6\n"), AgentIngress + ".name", "pattern"),
        ["v1 agent egress MTU beyond 32 bits"] = (V1Token, () => With(V1(AgentEndpointJson), "endpointDetails[0].awsGroundStationAgentEndpoint.egressAddress.mtu", 2147483648d), "endpointDetails[0].awsGroundStationAgentEndpoint.egressAddress.mtu", "32-bit"),
        ["v1 agent egress port beyond 32 bits"] = (V1Token, () => With(V1(AgentEndpointJson), "endpointDetails[0].awsGroundStationAgentEndpoint.egressAddress.socketAddress.port", -2147483649d), "endpointDetails[0].awsGroundStationAgentEndpoint.egressAddress.socketAddress.port", "port range"),
        ["v1 null endpoint entry"] = (V1Token, () => V1(DataflowEndpointJson).Set("endpointDetails", PropertyValue.Create([Value(DataflowEndpointJson), PropertyValue.Null])), "endpointDetails[1]", "null item"),
        ["v1 null subnet id"] = (V1Token, () => With(V1(DataflowEndpointJson), "endpointDetails[0].securityDetails.subnetIds", PropertyValue.Create([PropertyValue.Create("subnet-0123456789abcdef0"), PropertyValue.Null])), "endpointDetails[0].securityDetails.subnetIds[1]", "null item"),
        ["v1 null security group id"] = (V1Token, () => With(V1(DataflowEndpointJson), "endpointDetails[0].securityDetails.securityGroupIds", PropertyValue.Create([PropertyValue.Null])), "endpointDetails[0].securityDetails.securityGroupIds[0]", "null item"),
        ["v1 endpoint name ending in a newline"] = (V1Token, () => With(V1(DataflowEndpointJson), "endpointDetails[0].endpoint.name", "jpss1-downlink\n"), "endpointDetails[0].endpoint.name", "pattern"),
        ["v1 role ARN with a non-ASCII letter"] = (V1Token, () => With(V1(DataflowEndpointJson), "endpointDetails[0].securityDetails.roleArn", "arn:aws:iam::123456789012:role/GroundStatiönRole"), "endpointDetails[0].securityDetails.roleArn", "pattern"),
        ["v1 role ARN ending in a newline"] = (V1Token, () => With(V1(DataflowEndpointJson), "endpointDetails[0].securityDetails.roleArn", "arn:aws:iam::123456789012:role/GroundStationRole\n"), "endpointDetails[0].securityDetails.roleArn", "pattern"),
        ["v1 subnet id ending in a newline"] = (V1Token, () => With(V1(DataflowEndpointJson), "endpointDetails[0].securityDetails.subnetIds[0]", "subnet-0123456789abcdef0\n"), "endpointDetails[0].securityDetails.subnetIds[0]", "subnet id format"),
        ["v2 null endpoint entry"] = (V2Token, () => V2(DownlinkV2Json).Set("endpoints", PropertyValue.Create([PropertyValue.Null, Value(DownlinkV2Json)])), "endpoints[0]", "null item"),
        ["v2 agent address with non-ASCII digits"] = (V2Token, () => With(V2(DownlinkV2Json), DownlinkPath + ".agentIpAndPortAddress.socketAddress.name", "\u0663.4.5.6"), DownlinkPath + ".agentIpAndPortAddress.socketAddress.name", "pattern"),
        ["v2 empty endpoint list"] = (V2Token, () => V2(), "endpoints", "list size"),
        ["v2 entry sets both directions"] = (V2Token, () => With(V2(DownlinkV2Json), "endpoints[0].uplinkAwsGroundStationAgentEndpoint", Value(UplinkV2Json).ObjectValue["uplinkAwsGroundStationAgentEndpoint"]), "endpoints[0]", "one of"),
        ["v2 holds a v1 dataflow endpoint"] = (V2Token, () => V2(DataflowEndpointJson), "endpoints[0].endpoint", "awsdirect:groundstation:DataflowEndpointGroup"),
        ["v2 reversed agent port range"] = (V2Token, () => With(V2(DownlinkV2Json), DownlinkPath + ".agentIpAndPortAddress.socketAddress.portRange.minimum", 43500), DownlinkPath + ".agentIpAndPortAddress.socketAddress.portRange", "port range order"),
        ["v2 egress port above 65535"] = (V2Token, () => With(V2(DownlinkV2Json), DownlinkPath + ".egressAddressAndPort.socketAddress.port", 65536), DownlinkPath + ".egressAddressAndPort.socketAddress.port", "port range"),
        ["v2 uplink and downlink share agent ports"] = (V2Token, () => V2(DownlinkV2Json, UplinkV2Json.Replace("44000", "43005", StringComparison.Ordinal)), "endpoints[1].uplinkAwsGroundStationAgentEndpoint.dataflowDetails.agentConnectionDetails.agentIpAndPortAddress.socketAddress.portRange", "overlapping port ranges"),
        ["v2 agent status given"] = (V2Token, () => With(V2(DownlinkV2Json), "endpoints[0].downlinkAwsGroundStationAgentEndpoint.agentStatus", "ACTIVE"), "endpoints[0].downlinkAwsGroundStationAgentEndpoint.agentStatus", "output only"),
        ["v2 duplicate endpoint names"] = (V2Token, () => V2(DownlinkV2Json, UplinkV2Json.Replace("digif-uplink", "digif-downlink", StringComparison.Ordinal)), "endpoints[1].uplinkAwsGroundStationAgentEndpoint.name", "unique endpoint names"),
    };

    public static TheoryData<string> EndpointGroupBadInputCases => new(EndpointGroupBadInputs.Keys);

    [Theory]
    [MemberData(nameof(EndpointGroupBadInputCases))]
    public async Task Check_EndpointGroupBadInput_NamesPathAndRuleWithoutAwsCalls(string caseName)
    {
        var (token, inputs, path, rule) = EndpointGroupBadInputs[caseName];
        var harness = Handler(v2: token == V2Token);

        var result = await harness.Handler.CheckAsync(Check(inputs()), CancellationToken.None);

        Assert.Contains(result.Failures, f => f.Property == path && f.Reason.Contains(rule, StringComparison.Ordinal));
        harness.Api.VerifyNoOtherCalls();
    }
}
