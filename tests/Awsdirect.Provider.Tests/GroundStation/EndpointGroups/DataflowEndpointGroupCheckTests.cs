using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using static Awsdirect.Provider.Tests.GroundStation.EndpointGroups.EndpointGroupFixtures;

namespace Awsdirect.Provider.Tests.GroundStation.EndpointGroups;

public class DataflowEndpointGroupCheckTests
{
    private static async Task<IReadOnlyList<CheckFailure>> Failures(PropertyMap news, IReadOnlyDictionary<string, string>? defaultTags = null)
    {
        var harness = Handler(defaultTags: defaultTags);
        var result = await harness.Handler.CheckAsync(Check(news), CancellationToken.None);
        harness.Api.VerifyNoOtherCalls();
        return result.Failures;
    }

    private static void AssertFailure(IReadOnlyList<CheckFailure> failures, string path, string rule) =>
        Assert.Contains(failures, f => f.Property == path && f.Reason.Contains(rule, StringComparison.Ordinal));

    [Fact]
    public async Task Check_ValidDataflowEndpoints_NoFailures()
    {
        Assert.Empty(await Failures(V1(DataflowEndpointJson)));
    }

    [Fact]
    public async Task Check_ValidAgentEndpoint_NoFailures()
    {
        Assert.Empty(await Failures(V1(AgentEndpointJson)));
    }

    [Fact]
    public async Task Check_MixedDataflowAndAgentEndpoints_NamesSecondEntry()
    {
        var failures = await Failures(V1(DataflowEndpointJson, AgentEndpointJson));

        AssertFailure(failures, "endpointDetails[1].awsGroundStationAgentEndpoint", "one endpoint kind per group");
    }

    [Fact]
    public async Task Check_EntryWithBothKinds_Rejected()
    {
        var both = With(V1(DataflowEndpointJson), "endpointDetails[0].awsGroundStationAgentEndpoint",
            Value(AgentEndpointJson).ObjectValue["awsGroundStationAgentEndpoint"]);

        AssertFailure(await Failures(both), "endpointDetails[0]", "not both");
    }

    [Fact]
    public async Task Check_EntryWithNoEndpoint_Rejected()
    {
        AssertFailure(await Failures(V1("{}")), "endpointDetails[0]", "endpoint kind");
    }

    [Fact]
    public async Task Check_V2EndpointKindInV1Group_PointsToV2Type()
    {
        AssertFailure(await Failures(V1(DownlinkV2Json)), "endpointDetails[0].downlinkAwsGroundStationAgentEndpoint", "DataflowEndpointGroupV2");
    }

    [Fact]
    public async Task Check_EmptyEndpointList_Rejected()
    {
        AssertFailure(await Failures(V1()), "endpointDetails", "at least one endpoint");
    }

    [Fact]
    public async Task Check_DataflowEndpointWithoutSecurityDetails_Rejected()
    {
        var news = Without(V1(DataflowEndpointJson), "endpointDetails[0].securityDetails");

        AssertFailure(await Failures(news), "endpointDetails[0].securityDetails", "required");
    }

    [Fact]
    public async Task Check_DataflowEndpointWithoutName_Rejected()
    {
        var news = Without(V1(DataflowEndpointJson), "endpointDetails[0].endpoint.name");

        AssertFailure(await Failures(news), "endpointDetails[0].endpoint.name", "required");
    }

    [Fact]
    public async Task Check_DuplicateEndpointNames_NamesSecond()
    {
        var failures = await Failures(V1(DataflowEndpointJson, DataflowEndpointJson.Replace("55888", "55889", StringComparison.Ordinal)));

        AssertFailure(failures, "endpointDetails[1].endpoint.name", "unique endpoint names");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(65536)]
    public async Task Check_PortOutsideRange_Rejected(int port)
    {
        var news = With(V1(DataflowEndpointJson), "endpointDetails[0].endpoint.address.port", port);

        AssertFailure(await Failures(news), "endpointDetails[0].endpoint.address.port", "port range");
    }

    [Fact]
    public async Task Check_PortRangeReversed_Rejected()
    {
        var news = With(V1(AgentEndpointJson), "endpointDetails[0].awsGroundStationAgentEndpoint.ingressAddress.socketAddress.portRange.minimum", 42020);

        AssertFailure(await Failures(news), "endpointDetails[0].awsGroundStationAgentEndpoint.ingressAddress.socketAddress.portRange", "port range order");
    }

    [Fact]
    public async Task Check_OverlappingIngressRangesOnOneAddress_Rejected()
    {
        var second = AgentEndpointJson.Replace("agent-downlink", "agent-downlink-2", StringComparison.Ordinal)
            .Replace("42000", "42005", StringComparison.Ordinal).Replace("42010", "42020", StringComparison.Ordinal);

        var failures = await Failures(V1(AgentEndpointJson, second));

        AssertFailure(failures, "endpointDetails[1].awsGroundStationAgentEndpoint.ingressAddress.socketAddress.portRange", "overlapping port ranges");
    }

    [Fact]
    public async Task Check_SameRangesOnDifferentAddresses_Allowed()
    {
        var second = AgentEndpointJson.Replace("agent-downlink", "agent-downlink-2", StringComparison.Ordinal)
            .Replace("3.4.5.6", "3.4.5.7", StringComparison.Ordinal);

        Assert.Empty(await Failures(V1(AgentEndpointJson, second)));
    }

    [Fact]
    public async Task Check_IpAddressPartAbove255_Rejected()
    {
        var news = With(V1(AgentEndpointJson), "endpointDetails[0].awsGroundStationAgentEndpoint.ingressAddress.socketAddress.name", "3.4.5.256");

        AssertFailure(await Failures(news), "endpointDetails[0].awsGroundStationAgentEndpoint.ingressAddress.socketAddress.name", "IPv4 address");
    }

    [Theory]
    [InlineData("subnetIds", "vpc-0123456789abcdef0", "subnet id format")]
    [InlineData("securityGroupIds", "sg-12345", "security group id format")]
    public async Task Check_MalformedVpcIds_Rejected(string list, string id, string rule)
    {
        var news = With(V1(DataflowEndpointJson), $"endpointDetails[0].securityDetails.{list}[0]", id);

        AssertFailure(await Failures(news), $"endpointDetails[0].securityDetails.{list}[0]", rule);
    }

    [Fact]
    public async Task Check_EmptySubnetList_Rejected()
    {
        var news = With(V1(DataflowEndpointJson), "endpointDetails[0].securityDetails.subnetIds", PropertyValue.Create(Array.Empty<PropertyValue>()));

        AssertFailure(await Failures(news), "endpointDetails[0].securityDetails.subnetIds", "at least one subnet id");
    }

    [Fact]
    public async Task Check_DuplicateSecurityGroup_Rejected()
    {
        var news = With(V1(DataflowEndpointJson), "endpointDetails[0].securityDetails.securityGroupIds",
            PropertyValue.Create(["sg-0123456789abcdef0", "sg-0123456789abcdef0"]));

        AssertFailure(await Failures(news), "endpointDetails[0].securityDetails.securityGroupIds[1]", "duplicate security group id");
    }

    [Theory]
    [InlineData("endpointDetails[0].healthStatus", "HEALTHY")]
    [InlineData("endpointDetails[0].endpoint.status", "created")]
    public async Task Check_ServerSetMember_Rejected(string path, string value)
    {
        var news = With(V1(DataflowEndpointJson), path, value);

        AssertFailure(await Failures(news), path, "output only");
    }

    [Fact]
    public async Task Check_UnknownTopLevelProperty_Rejected()
    {
        var news = V1(DataflowEndpointJson).Set("name", "downlink");

        AssertFailure(await Failures(news), "name", "unknown property");
    }

    [Fact]
    public async Task Check_UnknownPort_SkipsOnlyPortRules()
    {
        var news = With(V1(DataflowEndpointJson, DataflowEndpointJson), "endpointDetails[0].endpoint.address.port", PropertyValue.Computed);

        var failures = await Failures(news);

        Assert.DoesNotContain(failures, f => f.Property.EndsWith(".port", StringComparison.Ordinal));
        AssertFailure(failures, "endpointDetails[1].endpoint.name", "unique endpoint names");
    }

    [Fact]
    public async Task Check_UnknownEndpointList_NoFailures()
    {
        var news = V1(DataflowEndpointJson).Set("endpointDetails", PropertyValue.Computed);

        Assert.Empty(await Failures(news));
    }

    [Fact]
    public async Task Check_UnknownEntry_SkipsThatEntry()
    {
        var news = With(V1(DataflowEndpointJson, DataflowEndpointJson), "endpointDetails[1]", PropertyValue.Computed);

        Assert.Empty(await Failures(news));
    }

    [Fact]
    public async Task Check_SecretRoleArn_StillValidated()
    {
        var news = With(V1(DataflowEndpointJson), "endpointDetails[0].securityDetails.subnetIds[0]", PropertyValue.Secret("subnet-xyz"));

        AssertFailure(await Failures(news), "endpointDetails[0].securityDetails.subnetIds[0]", "subnet id format");
    }

    [Fact]
    public async Task Check_MergesProviderDefaultTagsUnderOwnTags()
    {
        var harness = Handler(defaultTags: new Dictionary<string, string> { ["team"] = "ops", ["mission"] = "default" });

        var result = await harness.Handler.CheckAsync(Check(V1(DataflowEndpointJson)), CancellationToken.None);

        var tags = result.Inputs["tags"].ObjectValue;
        Assert.Equal("ops", tags["team"].StringValue);
        Assert.Equal("jpss-1", tags["mission"].StringValue);
    }
}
