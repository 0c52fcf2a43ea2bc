using System.Net;
using Awsdirect.Provider.Aws.GroundStation;
using Newtonsoft.Json.Linq;
using SocketAddress = Awsdirect.Provider.Aws.GroundStation.SocketAddress;

namespace Awsdirect.Provider.Tests.Aws;

public class GroundStationMarshallingTests
{
    private const string ConfigId = "11111111-2222-3333-4444-555555555555";
    private const string ConfigArn = "arn:aws:groundstation:us-west-2:123456789012:config/tracking/11111111-2222-3333-4444-555555555555";

    private readonly AwsTestClients _clients = new();

    private static ConfigTypeData DownlinkData() => new()
    {
        AntennaDownlinkConfig = new AntennaDownlinkConfig
        {
            SpectrumConfig = new SpectrumConfig
            {
                CenterFrequency = new Frequency { Value = 8212.5, Units = FrequencyUnits.MHz },
                Bandwidth = new FrequencyBandwidth { Value = 125, Units = FrequencyUnits.MHz },
                Polarization = Polarization.RightHand,
            },
        },
    };

    private static void AssertJson(string expected, string? actual) =>
        Assert.True(JToken.DeepEquals(JToken.Parse(expected), JToken.Parse(actual!)), $"body was {actual}");

    [Fact]
    public async Task CreateConfig_PostsCamelCaseUnionBody_AndReadsIds()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, $$"""{"configId":"{{ConfigId}}","configType":"antenna-downlink","configArn":"{{ConfigArn}}"}""");

        var result = await _clients.GroundStation.CreateConfigAsync(new CreateConfigRequest
        {
            Name = "down",
            ConfigData = DownlinkData(),
            Tags = new Dictionary<string, string> { ["env"] = "dev" },
        });

        var sent = _clients.Handler.Single();
        Assert.Equal("POST", sent.Method);
        Assert.Equal("https://gs.test/config", sent.Uri.ToString());
        Assert.Equal("application/json", sent.ContentType);
        AssertJson("""
            {"name":"down","configData":{"antennaDownlinkConfig":{"spectrumConfig":{
              "centerFrequency":{"value":8212.5,"units":"MHz"},"bandwidth":{"value":125.0,"units":"MHz"},"polarization":"RIGHT_HAND"}}},
             "tags":{"env":"dev"}}
            """, sent.Body);
        Assert.Equal(ConfigId, result.ConfigId);
        Assert.Equal("antenna-downlink", result.ConfigType);
        Assert.Equal(ConfigArn, result.ConfigArn);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/20250102/us-west-2/groundstation/aws4_request", sent.Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetConfig_BindsTypeAndIdInPath_AndDeserializesEveryUnionMember()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, """
            {"configId":"11111111-2222-3333-4444-555555555555","configArn":"arn:aws:groundstation:us-west-2:123456789012:config/antenna-uplink/11111111-2222-3333-4444-555555555555","name":"n","configType":"antenna-uplink",
             "configData":{"antennaUplinkConfig":{"transmitDisabled":true,"spectrumConfig":{"centerFrequency":{"value":2.2,"units":"GHz"},"polarization":"LEFT_HAND"},
               "targetEirp":{"value":20.5,"units":"dBW"}}},
             "tags":{"a":"b"}}
            """);

        var result = await _clients.GroundStation.GetConfigAsync(new GetConfigRequest { ConfigId = ConfigId, ConfigType = ConfigCapabilityType.AntennaUplink });

        var sent = _clients.Handler.Single();
        Assert.Equal("GET", sent.Method);
        Assert.Equal($"/config/antenna-uplink/{ConfigId}", sent.Path);
        Assert.Null(sent.Body);
        var uplink = result.ConfigData.AntennaUplinkConfig!;
        Assert.True(uplink.TransmitDisabled);
        Assert.Equal(2.2, uplink.SpectrumConfig.CenterFrequency.Value);
        Assert.Equal("GHz", uplink.SpectrumConfig.CenterFrequency.Units);
        Assert.Equal(20.5, uplink.TargetEirp.Value);
        Assert.Equal(ConfigCapabilityType.AntennaUplink, result.ConfigData.ConfigType);
        Assert.Equal("b", result.Tags!["a"]);
    }

    [Theory]
    [InlineData("""{"trackingConfig":{"autotrack":"PREFERRED"}}""", "tracking")]
    [InlineData("""{"dataflowEndpointConfig":{"dataflowEndpointName":"ep","dataflowEndpointRegion":"us-east-2"}}""", "dataflow-endpoint")]
    [InlineData("""{"antennaDownlinkDemodDecodeConfig":{"spectrumConfig":{"centerFrequency":{"value":8.1,"units":"GHz"},"bandwidth":{"value":5.0,"units":"kHz"}},"demodulationConfig":{"unvalidatedJSON":"{}"},"decodeConfig":{"unvalidatedJSON":"{\"x\":1}"}}}""", "antenna-downlink-demod-decode")]
    [InlineData("""{"uplinkEchoConfig":{"enabled":true,"antennaUplinkConfigArn":"arn:aws:groundstation:us-west-2:123456789012:config/antenna-uplink/11111111-2222-3333-4444-555555555555"}}""", "uplink-echo")]
    [InlineData("""{"s3RecordingConfig":{"bucketArn":"arn:aws:s3:::b","roleArn":"arn:aws:iam::123456789012:role/r","prefix":"{satellite_id}/x"}}""", "s3-recording")]
    [InlineData("""{"telemetrySinkConfig":{"telemetrySinkType":"KINESIS_DATA_STREAM","telemetrySinkData":{"kinesisDataStreamData":{"kinesisRoleArn":"arn:aws:iam::123456789012:role/k","kinesisDataStreamArn":"arn:aws:kinesis:us-west-2:123456789012:stream/s"}}}}""", "telemetry-sink")]
    [InlineData("""{"antennaDownlinkConfig":{"spectrumConfig":{"centerFrequency":{"value":8.1,"units":"GHz"},"bandwidth":{"value":5.0,"units":"kHz"},"polarization":"NONE"}}}""", "antenna-downlink")]
    [InlineData("""{"antennaUplinkConfig":{"spectrumConfig":{"centerFrequency":{"value":2.1,"units":"GHz"}},"targetEirp":{"value":10.0,"units":"dBW"}}}""", "antenna-uplink")]
    public async Task UpdateConfig_EveryConfigType_RoundTripsTheUnionByteForByte(string configData, string configType)
    {
        // The response echoes what was sent, so reading it back and re-sending must give the same JSON.
        _clients.Handler.Respond(HttpStatusCode.OK, $$$"""{"configId":"{{{ConfigId}}}","configArn":"{{{ConfigArn}}}","name":"n","configType":"{{{configType}}}","configData":{{{configData}}}}""");
        _clients.Handler.Respond(HttpStatusCode.OK, $$"""{"configId":"{{ConfigId}}","configType":"{{configType}}","configArn":"{{ConfigArn}}"}""");
        var read = await _clients.GroundStation.GetConfigAsync(new GetConfigRequest { ConfigId = ConfigId, ConfigType = configType });

        var result = await _clients.GroundStation.UpdateConfigAsync(new UpdateConfigRequest
        {
            ConfigId = ConfigId,
            ConfigType = configType,
            Name = "renamed",
            ConfigData = read.ConfigData,
        });

        var sent = _clients.Handler.Requests[1];
        Assert.Equal("PUT", sent.Method);
        Assert.Equal($"/config/{configType}/{ConfigId}", sent.Path);
        AssertJson($$$"""{"name":"renamed","configData":{{{configData}}}}""", sent.Body);
        Assert.Equal(configType, read.ConfigData.ConfigType);
        Assert.Equal(ConfigId, result.ConfigId);
    }

    [Fact]
    public async Task DeleteConfig_SendsDeleteWithoutBody()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, $$"""{"configId":"{{ConfigId}}","configType":"tracking","configArn":"{{ConfigArn}}"}""");

        var result = await _clients.GroundStation.DeleteConfigAsync(new DeleteConfigRequest { ConfigId = ConfigId, ConfigType = ConfigCapabilityType.Tracking });

        var sent = _clients.Handler.Single();
        Assert.Equal("DELETE", sent.Method);
        Assert.Equal($"/config/tracking/{ConfigId}", sent.Path);
        Assert.Null(sent.Body);
        Assert.Equal(ConfigArn, result.ConfigArn);
    }

    [Fact]
    public async Task ListConfigs_SendsPagingInQuery_AndReadsItems()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, $$"""{"nextToken":"tok2","configList":[{"configId":"{{ConfigId}}","configType":"tracking","configArn":"{{ConfigArn}}","name":"t"}]}""");

        var result = await _clients.GroundStation.ListConfigsAsync(new ListConfigsRequest { MaxResults = 50, NextToken = "tok/1+=" });

        var sent = _clients.Handler.Single();
        Assert.Equal("GET", sent.Method);
        Assert.Equal("/config", sent.Path);
        Assert.Equal("?maxResults=50&nextToken=tok%2F1%2B%3D", sent.Uri.Query);
        Assert.Equal("tok2", result.NextToken);
        Assert.Equal("t", Assert.Single(result.ConfigList!).Name);
    }

    [Fact]
    public async Task ListConfigs_NoPaging_SendsNoQuery()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, """{"configList":[]}""");

        await _clients.GroundStation.ListConfigsAsync(new ListConfigsRequest());

        Assert.Equal("", _clients.Handler.Single().Uri.Query);
    }

    [Fact]
    public async Task CreateDataflowEndpointGroup_SendsEndpointDetailsWithSecurityAndAgentEndpoints()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, """{"dataflowEndpointGroupId":"aaaaaaaa-2222-3333-4444-555555555555"}""");

        var result = await _clients.GroundStation.CreateDataflowEndpointGroupAsync(new CreateDataflowEndpointGroupRequest
        {
            EndpointDetails =
            [
                new EndpointDetails
                {
                    Endpoint = new DataflowEndpoint { Name = "ep1", Address = new SocketAddress { Name = "10.0.0.1", Port = 55888 }, Mtu = 1500 },
                    SecurityDetails = new SecurityDetails { SubnetIds = ["subnet-1"], SecurityGroupIds = ["sg-1"], RoleArn = "arn:aws:iam::123456789012:role/r" },
                },
                new EndpointDetails
                {
                    AwsGroundStationAgentEndpoint = new AwsGroundStationAgentEndpoint
                    {
                        Name = "agent",
                        EgressAddress = new ConnectionDetails { SocketAddress = new SocketAddress { Name = "10.0.0.2", Port = 80 }, Mtu = 1400 },
                        IngressAddress = new RangedConnectionDetails
                        {
                            SocketAddress = new RangedSocketAddress { Name = "1.2.3.4", PortRange = new IntegerRange { Minimum = 42000, Maximum = 43000 } },
                        },
                    },
                },
            ],
            ContactPrePassDurationSeconds = 120,
            ContactPostPassDurationSeconds = 180,
            Tags = new Dictionary<string, string> { ["k"] = "v" },
        });

        var sent = _clients.Handler.Single();
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/dataflowEndpointGroup", sent.Path);
        AssertJson("""
            {"endpointDetails":[
               {"securityDetails":{"subnetIds":["subnet-1"],"securityGroupIds":["sg-1"],"roleArn":"arn:aws:iam::123456789012:role/r"},
                "endpoint":{"name":"ep1","address":{"name":"10.0.0.1","port":55888},"mtu":1500}},
               {"awsGroundStationAgentEndpoint":{"name":"agent","egressAddress":{"socketAddress":{"name":"10.0.0.2","port":80},"mtu":1400},
                 "ingressAddress":{"socketAddress":{"name":"1.2.3.4","portRange":{"minimum":42000,"maximum":43000}}}}}],
             "tags":{"k":"v"},"contactPrePassDurationSeconds":120,"contactPostPassDurationSeconds":180}
            """, sent.Body);
        Assert.Equal("aaaaaaaa-2222-3333-4444-555555555555", result.DataflowEndpointGroupId);
    }

    [Fact]
    public async Task CreateDataflowEndpointGroupV2_SendsUplinkAndDownlinkAgentEndpoints()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, """{"dataflowEndpointGroupId":"bbbbbbbb-2222-3333-4444-555555555555"}""");
        var connection = new ConnectionDetails { SocketAddress = new SocketAddress { Name = "10.0.0.9", Port = 9000 } };
        var ranged = new RangedConnectionDetails { SocketAddress = new RangedSocketAddress { Name = "10.0.0.8", PortRange = new IntegerRange { Minimum = 1, Maximum = 2 } }, Mtu = 1450 };

        var result = await _clients.GroundStation.CreateDataflowEndpointGroupV2Async(new CreateDataflowEndpointGroupV2Request
        {
            Endpoints =
            [
                new CreateEndpointDetails
                {
                    UplinkAwsGroundStationAgentEndpoint = new UplinkAwsGroundStationAgentEndpoint
                    {
                        Name = "up",
                        DataflowDetails = new UplinkDataflowDetails { AgentConnectionDetails = new UplinkConnectionDetails { IngressAddressAndPort = connection, AgentIpAndPortAddress = ranged } },
                    },
                },
                new CreateEndpointDetails
                {
                    DownlinkAwsGroundStationAgentEndpoint = new DownlinkAwsGroundStationAgentEndpoint
                    {
                        Name = "down",
                        DataflowDetails = new DownlinkDataflowDetails { AgentConnectionDetails = new DownlinkConnectionDetails { AgentIpAndPortAddress = ranged, EgressAddressAndPort = connection } },
                    },
                },
            ],
            ContactPrePassDurationSeconds = 30,
        });

        var sent = _clients.Handler.Single();
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/dataflowEndpointGroupV2", sent.Path);
        AssertJson("""
            {"endpoints":[
              {"uplinkAwsGroundStationAgentEndpoint":{"name":"up","dataflowDetails":{"agentConnectionDetails":{
                 "ingressAddressAndPort":{"socketAddress":{"name":"10.0.0.9","port":9000}},
                 "agentIpAndPortAddress":{"socketAddress":{"name":"10.0.0.8","portRange":{"minimum":1,"maximum":2}},"mtu":1450}}}}},
              {"downlinkAwsGroundStationAgentEndpoint":{"name":"down","dataflowDetails":{"agentConnectionDetails":{
                 "agentIpAndPortAddress":{"socketAddress":{"name":"10.0.0.8","portRange":{"minimum":1,"maximum":2}},"mtu":1450},
                 "egressAddressAndPort":{"socketAddress":{"name":"10.0.0.9","port":9000}}}}}}],
             "contactPrePassDurationSeconds":30}
            """, sent.Body);
        Assert.Equal("bbbbbbbb-2222-3333-4444-555555555555", result.DataflowEndpointGroupId);
    }

    [Fact]
    public async Task GetDataflowEndpointGroup_ReadsEndpointsDetailsWithHealthAndAgentStatus()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, """
            {"dataflowEndpointGroupId":"g","dataflowEndpointGroupArn":"arn:g","contactPrePassDurationSeconds":60,
             "endpointsDetails":[
               {"endpoint":{"name":"e","address":{"name":"10.0.0.1","port":1},"status":"created","mtu":1500},"healthStatus":"UNHEALTHY","healthReasons":["NO_REGISTERED_AGENT"]},
               {"downlinkAwsGroundStationAgentEndpoint":{"name":"d","dataflowDetails":{"agentConnectionDetails":{
                 "agentIpAndPortAddress":{"socketAddress":{"name":"10.0.0.8","portRange":{"minimum":1,"maximum":2}}},
                 "egressAddressAndPort":{"socketAddress":{"name":"10.0.0.9","port":9000}}}},"agentStatus":"ACTIVE","auditResults":"HEALTHY"}}],
             "tags":{"x":"y"}}
            """);

        var result = await _clients.GroundStation.GetDataflowEndpointGroupAsync(new GetDataflowEndpointGroupRequest { DataflowEndpointGroupId = "g-1" });

        var sent = _clients.Handler.Single();
        Assert.Equal("GET", sent.Method);
        Assert.Equal("/dataflowEndpointGroup/g-1", sent.Path);
        Assert.Equal(2, result.EndpointsDetails!.Count);
        Assert.Equal(EndpointStatus.Created, result.EndpointsDetails[0].Endpoint!.Status);
        Assert.Equal("NO_REGISTERED_AGENT", Assert.Single(result.EndpointsDetails[0].HealthReasons!));
        Assert.Equal(AgentStatus.Active, result.EndpointsDetails[1].DownlinkAwsGroundStationAgentEndpoint!.AgentStatus);
        Assert.Equal(9000, result.EndpointsDetails[1].DownlinkAwsGroundStationAgentEndpoint!.DataflowDetails.AgentConnectionDetails!.EgressAddressAndPort.SocketAddress.Port);
        Assert.Equal(60, result.ContactPrePassDurationSeconds);
        Assert.Equal("arn:g", result.DataflowEndpointGroupArn);
    }

    [Fact]
    public async Task DeleteDataflowEndpointGroup_SendsDelete()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, """{"dataflowEndpointGroupId":"g-1"}""");

        var result = await _clients.GroundStation.DeleteDataflowEndpointGroupAsync(new DeleteDataflowEndpointGroupRequest { DataflowEndpointGroupId = "g-1" });

        var sent = _clients.Handler.Single();
        Assert.Equal(("DELETE", "/dataflowEndpointGroup/g-1"), (sent.Method, sent.Path));
        Assert.Equal("g-1", result.DataflowEndpointGroupId);
    }

    [Fact]
    public async Task ListDataflowEndpointGroups_SendsPagingInQuery()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, """{"dataflowEndpointGroupList":[{"dataflowEndpointGroupId":"g","dataflowEndpointGroupArn":"arn:g"}]}""");

        var result = await _clients.GroundStation.ListDataflowEndpointGroupsAsync(new ListDataflowEndpointGroupsRequest { MaxResults = 1, NextToken = "abc" });

        var sent = _clients.Handler.Single();
        Assert.Equal(("GET", "/dataflowEndpointGroup", "?maxResults=1&nextToken=abc"), (sent.Method, sent.Path, sent.Uri.Query));
        Assert.Equal("arn:g", Assert.Single(result.DataflowEndpointGroupList!).DataflowEndpointGroupArn);
        Assert.Null(result.NextToken);
    }

    [Fact]
    public async Task CreateMissionProfile_SendsEdgesAsPairsAndKmsUnion()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, """{"missionProfileId":"mp-1"}""");

        var result = await _clients.GroundStation.CreateMissionProfileAsync(new CreateMissionProfileRequest
        {
            Name = "mp",
            MinimumViableContactDurationSeconds = 60,
            ContactPrePassDurationSeconds = 120,
            ContactPostPassDurationSeconds = 0,
            DataflowEdges = [["arn:a", "arn:b"], ["arn:c", "arn:d"]],
            TrackingConfigArn = "arn:t",
            TelemetrySinkConfigArn = "arn:s",
            StreamsKmsKey = new KmsKey { KmsAliasName = "alias/x" },
            StreamsKmsRole = "arn:aws:iam::123456789012:role/k",
            Tags = new Dictionary<string, string> { ["t"] = "1" },
        });

        var sent = _clients.Handler.Single();
        Assert.Equal(("POST", "/missionprofile"), (sent.Method, sent.Path));
        AssertJson("""
            {"name":"mp","contactPrePassDurationSeconds":120,"contactPostPassDurationSeconds":0,"minimumViableContactDurationSeconds":60,
             "dataflowEdges":[["arn:a","arn:b"],["arn:c","arn:d"]],"trackingConfigArn":"arn:t","telemetrySinkConfigArn":"arn:s",
             "tags":{"t":"1"},"streamsKmsKey":{"kmsAliasName":"alias/x"},"streamsKmsRole":"arn:aws:iam::123456789012:role/k"}
            """, sent.Body);
        Assert.Equal("mp-1", result.MissionProfileId);
    }

    [Fact]
    public async Task GetMissionProfile_ReadsAllMembers()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, """
            {"missionProfileId":"mp-1","missionProfileArn":"arn:mp","name":"mp","region":"us-west-2","contactPrePassDurationSeconds":1,
             "contactPostPassDurationSeconds":2,"minimumViableContactDurationSeconds":3,"dataflowEdges":[["arn:a","arn:b"]],
             "trackingConfigArn":"arn:t","telemetrySinkConfigArn":"arn:s","tags":{"k":"v"},"streamsKmsKey":{"kmsKeyArn":"arn:k"},"streamsKmsRole":"arn:r"}
            """);

        var result = await _clients.GroundStation.GetMissionProfileAsync(new GetMissionProfileRequest { MissionProfileId = "mp-1" });

        Assert.Equal(("GET", "/missionprofile/mp-1"), (_clients.Handler.Single().Method, _clients.Handler.Single().Path));
        Assert.Equal(["arn:a", "arn:b"], result.DataflowEdges![0]);
        Assert.Equal("arn:k", result.StreamsKmsKey!.KmsKeyArn);
        Assert.Equal((1, 2, 3), (result.ContactPrePassDurationSeconds, result.ContactPostPassDurationSeconds, result.MinimumViableContactDurationSeconds));
        Assert.Equal(("arn:mp", "us-west-2", "arn:t", "arn:s", "arn:r"), (result.MissionProfileArn, result.Region, result.TrackingConfigArn, result.TelemetrySinkConfigArn, result.StreamsKmsRole));
        Assert.Equal("v", result.Tags!["k"]);
    }

    [Fact]
    public async Task UpdateMissionProfile_SendsOnlySetMembers()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, """{"missionProfileId":"mp-1"}""");

        await _clients.GroundStation.UpdateMissionProfileAsync(new UpdateMissionProfileRequest
        {
            MissionProfileId = "mp-1",
            MinimumViableContactDurationSeconds = 90,
            DataflowEdges = [["arn:x", "arn:y"]],
        });

        var sent = _clients.Handler.Single();
        Assert.Equal(("PUT", "/missionprofile/mp-1"), (sent.Method, sent.Path));
        AssertJson("""{"minimumViableContactDurationSeconds":90,"dataflowEdges":[["arn:x","arn:y"]]}""", sent.Body);
    }

    [Fact]
    public async Task DeleteMissionProfile_SendsDelete()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, """{"missionProfileId":"mp-1"}""");

        var result = await _clients.GroundStation.DeleteMissionProfileAsync(new DeleteMissionProfileRequest { MissionProfileId = "mp-1" });

        Assert.Equal(("DELETE", "/missionprofile/mp-1"), (_clients.Handler.Single().Method, _clients.Handler.Single().Path));
        Assert.Equal("mp-1", result.MissionProfileId);
    }

    [Fact]
    public async Task ListMissionProfiles_SendsPagingInQuery()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, """{"nextToken":"n","missionProfileList":[{"missionProfileId":"mp-1","missionProfileArn":"arn:mp","region":"us-west-2","name":"mp"}]}""");

        var result = await _clients.GroundStation.ListMissionProfilesAsync(new ListMissionProfilesRequest { NextToken = "abc" });

        var sent = _clients.Handler.Single();
        Assert.Equal(("GET", "/missionprofile", "?nextToken=abc"), (sent.Method, sent.Path, sent.Uri.Query));
        Assert.Equal("mp", Assert.Single(result.MissionProfileList!).Name);
    }

    [Fact]
    public async Task TagResource_EncodesArnAsOnePathSegment_AndSendsTagsBody()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, "{}");

        await _clients.GroundStation.TagResourceAsync(new TagResourceRequest { ResourceArn = ConfigArn, Tags = new Dictionary<string, string> { ["a"] = "1" } });

        var sent = _clients.Handler.Single();
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/tags/arn%3Aaws%3Agroundstation%3Aus-west-2%3A123456789012%3Aconfig%2Ftracking%2F11111111-2222-3333-4444-555555555555", sent.Path);
        AssertJson("""{"tags":{"a":"1"}}""", sent.Body);
    }

    [Fact]
    public async Task UntagResource_RepeatsTagKeysInQuery()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, "{}");

        await _clients.GroundStation.UntagResourceAsync(new UntagResourceRequest { ResourceArn = ConfigArn, TagKeys = ["a", "b c"] });

        var sent = _clients.Handler.Single();
        Assert.Equal("DELETE", sent.Method);
        Assert.StartsWith("/tags/arn%3Aaws%3A", sent.Path, StringComparison.Ordinal);
        Assert.Equal("?tagKeys=a&tagKeys=b%20c", sent.Uri.Query);
        Assert.Null(sent.Body);
    }

    [Fact]
    public async Task ListTagsForResource_ReadsTags()
    {
        _clients.Handler.Respond(HttpStatusCode.OK, """{"tags":{"a":"1","b":"2"}}""");

        var result = await _clients.GroundStation.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = ConfigArn });

        Assert.Equal("GET", _clients.Handler.Single().Method);
        Assert.Equal(2, result.Tags!.Count);
    }

    [Fact]
    public async Task GetConfig_EmptyId_FailsBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _clients.GroundStation.GetConfigAsync(new GetConfigRequest { ConfigId = "", ConfigType = "tracking" }));

        Assert.Empty(_clients.Handler.Requests);
    }
}
