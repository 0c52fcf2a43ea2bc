using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using static Awsdirect.Provider.Tests.GroundStation.EndpointGroups.EndpointGroupFixtures;

namespace Awsdirect.Provider.Tests.GroundStation.EndpointGroups;

/// <summary>Rules read from the service model: ranges, patterns, sizes, unions, required members.</summary>
public class EndpointGroupModelRuleTests
{
    private static async Task<IReadOnlyList<CheckFailure>> Failures(PropertyMap news, bool v2 = false)
    {
        var harness = Handler(v2);
        var result = await harness.Handler.CheckAsync(Check(news), CancellationToken.None);
        harness.Api.VerifyNoOtherCalls();
        return result.Failures;
    }

    private static void AssertFailure(IReadOnlyList<CheckFailure> failures, string path, string rule) =>
        Assert.Contains(failures, f => f.Property == path && f.Reason.Contains(rule, StringComparison.Ordinal));

    [Theory]
    [InlineData(29)]
    [InlineData(481)]
    public async Task Check_DurationOutsideModelRange_Rejected(int seconds)
    {
        var failures = await Failures(V1(DataflowEndpointJson).Set("contactPrePassDurationSeconds", seconds));

        AssertFailure(failures, "contactPrePassDurationSeconds", "range: must be between 30 and 480");
    }

    [Theory]
    [InlineData(30)]
    [InlineData(480)]
    public async Task Check_DurationAtModelBounds_Accepted(int seconds)
    {
        Assert.Empty(await Failures(V1(DataflowEndpointJson).Set("contactPostPassDurationSeconds", seconds)));
    }

    [Fact]
    public async Task Check_FractionalDuration_Rejected()
    {
        AssertFailure(await Failures(V1(DataflowEndpointJson).Set("contactPrePassDurationSeconds", 120.5)), "contactPrePassDurationSeconds", "whole number");
    }

    [Fact]
    public async Task Check_RoleArnNotAnIamRole_Rejected()
    {
        var news = With(V1(DataflowEndpointJson), "endpointDetails[0].securityDetails.roleArn", "arn:aws:s3:::my-bucket-used-as-role-by-mistake");

        AssertFailure(await Failures(news), "endpointDetails[0].securityDetails.roleArn", "pattern");
    }

    [Fact]
    public async Task Check_MtuOutsideModelRange_Rejected()
    {
        var news = With(V1(DataflowEndpointJson), "endpointDetails[0].endpoint.mtu", 9001);

        AssertFailure(await Failures(news), "endpointDetails[0].endpoint.mtu", "range: must be between 1400 and 1500");
    }

    [Fact]
    public async Task Check_EndpointNameWithSlash_Rejected()
    {
        var news = With(V1(DataflowEndpointJson), "endpointDetails[0].endpoint.name", "jpss1/downlink");

        AssertFailure(await Failures(news), "endpointDetails[0].endpoint.name", "pattern");
    }

    [Fact]
    public async Task Check_MissingPort_Required()
    {
        var news = Without(V1(DataflowEndpointJson), "endpointDetails[0].endpoint.address.port");

        AssertFailure(await Failures(news), "endpointDetails[0].endpoint.address.port", "required");
    }

    [Fact]
    public async Task Check_MissingEndpointList_Required()
    {
        AssertFailure(await Failures(V1(DataflowEndpointJson).Remove("endpointDetails")), "endpointDetails", "required");
    }

    [Fact]
    public async Task Check_AgentIngressNotIpv4_Rejected()
    {
        var news = With(V1(AgentEndpointJson), "endpointDetails[0].awsGroundStationAgentEndpoint.ingressAddress.socketAddress.name", "receiver.example.com");

        AssertFailure(await Failures(news), "endpointDetails[0].awsGroundStationAgentEndpoint.ingressAddress.socketAddress.name", "pattern");
    }

    [Fact]
    public async Task Check_UnknownNestedMember_Rejected()
    {
        var news = With(V1(DataflowEndpointJson), "endpointDetails[0].endpoint.adress", "typo");

        AssertFailure(await Failures(news), "endpointDetails[0].endpoint.adress", "unknown property");
    }

    [Fact]
    public async Task Check_V2EmptyEndpoints_ModelMinimum()
    {
        AssertFailure(await Failures(V2(), v2: true), "endpoints", "list size");
    }

    [Fact]
    public async Task Check_V2ThirteenEndpoints_ModelMaximum()
    {
        var entries = Enumerable.Range(0, 13).Select(i => DownlinkV2Json
            .Replace("digif-downlink", $"d{i}", StringComparison.Ordinal)
            .Replace("43000", (43000 + (20 * i)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("43010", (43010 + (20 * i)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToArray();

        AssertFailure(await Failures(V2(entries), v2: true), "endpoints", "at most 12");
    }

    [Fact]
    public async Task Check_V2EntryWithBothDirections_UnionRule()
    {
        var both = With(V2(DownlinkV2Json), "endpoints[0].uplinkAwsGroundStationAgentEndpoint",
            Value(UplinkV2Json).ObjectValue["uplinkAwsGroundStationAgentEndpoint"]);

        AssertFailure(await Failures(both, v2: true), "endpoints[0]", "one of");
    }

    [Fact]
    public async Task Check_V2MissingConnectionDetails_UnionRule()
    {
        var news = With(V2(DownlinkV2Json), "endpoints[0].downlinkAwsGroundStationAgentEndpoint.dataflowDetails", PropertyValue.Create(new PropertyMap()));

        AssertFailure(await Failures(news, v2: true), "endpoints[0].downlinkAwsGroundStationAgentEndpoint.dataflowDetails", "one of");
    }

    [Fact]
    public async Task Check_PortAsString_TypeRule()
    {
        var news = With(V1(DataflowEndpointJson), "endpointDetails[0].endpoint.address.port", "55888");

        AssertFailure(await Failures(news), "endpointDetails[0].endpoint.address.port", "type: expected a whole number");
    }

    [Fact]
    public async Task Check_UnknownDuration_Skipped()
    {
        Assert.Empty(await Failures(V1(DataflowEndpointJson).Set("contactPrePassDurationSeconds", PropertyValue.Computed)));
    }
}
