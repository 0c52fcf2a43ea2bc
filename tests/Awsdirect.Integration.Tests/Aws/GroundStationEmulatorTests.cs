using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using AwsEmulator.Control;
using SocketAddress = Awsdirect.Provider.Aws.GroundStation.SocketAddress;

namespace Awsdirect.Integration.Tests.Aws;

/// <summary>Every Ground Station operation against the emulator, over real HTTP with SigV4.</summary>
public sealed class GroundStationEmulatorTests : IClassFixture<EmulatorClients>
{
    private const string RoleArn = "arn:aws:iam::123456789012:role/groundstation-role";

    private readonly EmulatorClients _aws;

    public GroundStationEmulatorTests(EmulatorClients aws)
    {
        _aws = aws;
        _aws.Reset();
    }

    private IGroundStationApi Gs => _aws.GroundStation;

    private static ConfigTypeData Tracking(string autotrack = Criticality.Preferred) =>
        new() { TrackingConfig = new TrackingConfig { Autotrack = autotrack } };

    private static SpectrumConfig Spectrum() => new()
    {
        CenterFrequency = new Frequency { Value = 8212.5, Units = FrequencyUnits.MHz },
        Bandwidth = new FrequencyBandwidth { Value = 15, Units = FrequencyUnits.MHz },
        Polarization = Polarization.RightHand,
    };

    private async Task<ConfigIdResponse> CreateAsync(string name, ConfigTypeData data) =>
        await Gs.CreateConfigAsync(new CreateConfigRequest { Name = name, ConfigData = data });

    [Fact]
    public async Task Config_FullLifecycle_CreateGetUpdateListTagDelete()
    {
        var created = await Gs.CreateConfigAsync(new CreateConfigRequest
        {
            Name = "track",
            ConfigData = Tracking(),
            Tags = new Dictionary<string, string> { ["env"] = "test" },
        });
        Assert.Equal(ConfigCapabilityType.Tracking, created.ConfigType);
        Assert.StartsWith($"arn:aws:groundstation:{EmulatorClients.Region}:", created.ConfigArn, StringComparison.Ordinal);
        var id = created.ConfigId!;

        var read = await Gs.GetConfigAsync(new GetConfigRequest { ConfigId = id, ConfigType = ConfigCapabilityType.Tracking });
        Assert.Equal(("track", Criticality.Preferred), (read.Name, read.ConfigData.TrackingConfig!.Autotrack));
        Assert.Equal("test", read.Tags!["env"]);

        await Gs.UpdateConfigAsync(new UpdateConfigRequest { ConfigId = id, ConfigType = ConfigCapabilityType.Tracking, Name = "track2", ConfigData = Tracking(Criticality.Required) });
        var updated = await Gs.GetConfigAsync(new GetConfigRequest { ConfigId = id, ConfigType = ConfigCapabilityType.Tracking });
        Assert.Equal(("track2", Criticality.Required), (updated.Name, updated.ConfigData.TrackingConfig!.Autotrack));

        var listed = await Gs.ListConfigsAsync(new ListConfigsRequest());
        Assert.Contains(listed.ConfigList!, c => c.ConfigId == id && c.Name == "track2");

        await Gs.TagResourceAsync(new TagResourceRequest { ResourceArn = created.ConfigArn!, Tags = new Dictionary<string, string> { ["team"] = "ops" } });
        await Gs.UntagResourceAsync(new UntagResourceRequest { ResourceArn = created.ConfigArn!, TagKeys = ["env"] });
        var tags = await Gs.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = created.ConfigArn! });
        Assert.Equal(new Dictionary<string, string> { ["team"] = "ops" }, tags.Tags);

        var deleted = await Gs.DeleteConfigAsync(new DeleteConfigRequest { ConfigId = id, ConfigType = ConfigCapabilityType.Tracking });
        Assert.Equal(id, deleted.ConfigId);
        var gone = await Assert.ThrowsAsync<AwsServiceException>(() => Gs.GetConfigAsync(new GetConfigRequest { ConfigId = id, ConfigType = ConfigCapabilityType.Tracking }));
        Assert.True(gone.IsNotFound, gone.Message);
        Assert.NotNull(gone.RequestId);
    }

    [Fact]
    public async Task Config_EveryConfigType_RoundTripsThroughTheEmulator()
    {
        var uplink = await CreateAsync("uplink", new ConfigTypeData
        {
            AntennaUplinkConfig = new AntennaUplinkConfig
            {
                TransmitDisabled = false,
                SpectrumConfig = new UplinkSpectrumConfig { CenterFrequency = new Frequency { Value = 2072.5, Units = FrequencyUnits.MHz }, Polarization = Polarization.RightHand },
                TargetEirp = new Eirp { Value = 20, Units = EirpUnits.DBW },
            },
        });
        var all = new (string Type, ConfigTypeData Data)[]
        {
            (ConfigCapabilityType.AntennaDownlink, new ConfigTypeData { AntennaDownlinkConfig = new AntennaDownlinkConfig { SpectrumConfig = Spectrum() } }),
            (ConfigCapabilityType.Tracking, Tracking()),
            (ConfigCapabilityType.DataflowEndpoint, new ConfigTypeData { DataflowEndpointConfig = new DataflowEndpointConfig { DataflowEndpointName = "ep", DataflowEndpointRegion = "us-east-2" } }),
            (ConfigCapabilityType.AntennaDownlinkDemodDecode, new ConfigTypeData
            {
                AntennaDownlinkDemodDecodeConfig = new AntennaDownlinkDemodDecodeConfig
                {
                    SpectrumConfig = Spectrum(),
                    DemodulationConfig = new DemodulationConfig { UnvalidatedJSON = """{"type":"QPSK"}""" },
                    DecodeConfig = new DecodeConfig { UnvalidatedJSON = """{"type":"TURBO"}""" },
                },
            }),
            (ConfigCapabilityType.UplinkEcho, new ConfigTypeData { UplinkEchoConfig = new UplinkEchoConfig { Enabled = true, AntennaUplinkConfigArn = uplink.ConfigArn! } }),
            (ConfigCapabilityType.S3Recording, new ConfigTypeData { S3RecordingConfig = new S3RecordingConfig { BucketArn = "arn:aws:s3:::aws-groundstation-data", RoleArn = RoleArn, Prefix = "{satellite_id}/{year}" } }),
            (ConfigCapabilityType.TelemetrySink, new ConfigTypeData
            {
                TelemetrySinkConfig = new TelemetrySinkConfig
                {
                    TelemetrySinkType = TelemetrySinkType.KinesisDataStream,
                    TelemetrySinkData = new TelemetrySinkData
                    {
                        KinesisDataStreamData = new KinesisDataStreamData { KinesisRoleArn = RoleArn, KinesisDataStreamArn = "arn:aws:kinesis:us-west-2:123456789012:stream/telemetry" },
                    },
                },
            }),
        };

        foreach (var (type, data) in all)
        {
            var created = await CreateAsync("cfg-" + type, data);
            Assert.Equal(type, created.ConfigType);
            var read = await Gs.GetConfigAsync(new GetConfigRequest { ConfigId = created.ConfigId!, ConfigType = type });
            Assert.Equal(GroundStationJson.Serialize(data), GroundStationJson.Serialize(read.ConfigData));
        }

        var upRead = await Gs.GetConfigAsync(new GetConfigRequest { ConfigId = uplink.ConfigId!, ConfigType = ConfigCapabilityType.AntennaUplink });
        Assert.Equal(20, upRead.ConfigData.AntennaUplinkConfig!.TargetEirp.Value);
    }

    [Fact]
    public async Task ListAllConfigs_PagesThroughEverything()
    {
        for (var i = 0; i < 5; i++)
        {
            await CreateAsync($"page-{i}", Tracking());
        }

        var names = new List<string?>();
        await foreach (var item in Gs.ListAllConfigsAsync(pageSize: 2))
        {
            names.Add(item.Name);
        }

        Assert.Equal(5, names.Count);
        Assert.Equal(5, names.Distinct().Count());
        Assert.Equal(3, _aws.Emulator.Calls.Count(c => c.Operation == "ListConfigs")); // pages of 2, 2, 1
    }

    [Fact]
    public async Task DataflowEndpointGroup_V1_CreateGetListDelete()
    {
        var created = await Gs.CreateDataflowEndpointGroupAsync(new CreateDataflowEndpointGroupRequest
        {
            EndpointDetails =
            [
                new EndpointDetails
                {
                    Endpoint = new DataflowEndpoint { Name = "downlink-ep", Address = new SocketAddress { Name = "10.0.0.10", Port = 55888 }, Mtu = 1500 },
                    SecurityDetails = new SecurityDetails { SubnetIds = ["subnet-0abc"], SecurityGroupIds = ["sg-0abc"], RoleArn = RoleArn },
                },
            ],
            ContactPrePassDurationSeconds = 120,
            ContactPostPassDurationSeconds = 120,
            Tags = new Dictionary<string, string> { ["k"] = "v" },
        });
        var id = created.DataflowEndpointGroupId!;

        var read = await Gs.GetDataflowEndpointGroupAsync(new GetDataflowEndpointGroupRequest { DataflowEndpointGroupId = id });
        Assert.Equal(id, read.DataflowEndpointGroupId);
        Assert.EndsWith("dataflow-endpoint-group/" + id, read.DataflowEndpointGroupArn, StringComparison.Ordinal);
        var endpoint = Assert.Single(read.EndpointsDetails!);
        Assert.Equal(("downlink-ep", 55888), (endpoint.Endpoint!.Name, endpoint.Endpoint.Address!.Port));
        Assert.Equal(RoleArn, endpoint.SecurityDetails!.RoleArn);
        Assert.Equal(120, read.ContactPrePassDurationSeconds);

        var listed = new List<string?>();
        await foreach (var item in Gs.ListAllDataflowEndpointGroupsAsync())
        {
            listed.Add(item.DataflowEndpointGroupId);
        }

        Assert.Contains(id, listed);

        await Gs.DeleteDataflowEndpointGroupAsync(new DeleteDataflowEndpointGroupRequest { DataflowEndpointGroupId = id });
        var gone = await Assert.ThrowsAsync<AwsServiceException>(() => Gs.GetDataflowEndpointGroupAsync(new GetDataflowEndpointGroupRequest { DataflowEndpointGroupId = id }));
        Assert.Equal(AwsErrorCodes.ResourceNotFound, gone.ErrorCode);
    }

    [Fact]
    public async Task DataflowEndpointGroup_V2_CreateGetDelete()
    {
        var connection = new ConnectionDetails { SocketAddress = new SocketAddress { Name = "10.0.0.20", Port = 9000 }, Mtu = 1500 };
        var ranged = new RangedConnectionDetails
        {
            SocketAddress = new RangedSocketAddress { Name = "10.0.0.21", PortRange = new IntegerRange { Minimum = 42000, Maximum = 42010 } },
            Mtu = 1500,
        };

        var created = await Gs.CreateDataflowEndpointGroupV2Async(new CreateDataflowEndpointGroupV2Request
        {
            Endpoints =
            [
                new CreateEndpointDetails
                {
                    DownlinkAwsGroundStationAgentEndpoint = new DownlinkAwsGroundStationAgentEndpoint
                    {
                        Name = "agent-down",
                        DataflowDetails = new DownlinkDataflowDetails { AgentConnectionDetails = new DownlinkConnectionDetails { AgentIpAndPortAddress = ranged, EgressAddressAndPort = connection } },
                    },
                },
                new CreateEndpointDetails
                {
                    UplinkAwsGroundStationAgentEndpoint = new UplinkAwsGroundStationAgentEndpoint
                    {
                        Name = "agent-up",
                        DataflowDetails = new UplinkDataflowDetails { AgentConnectionDetails = new UplinkConnectionDetails { IngressAddressAndPort = connection, AgentIpAndPortAddress = ranged } },
                    },
                },
            ],
            ContactPrePassDurationSeconds = 60,
        });
        var id = created.DataflowEndpointGroupId!;

        var read = await Gs.GetDataflowEndpointGroupAsync(new GetDataflowEndpointGroupRequest { DataflowEndpointGroupId = id });
        Assert.Equal(2, read.EndpointsDetails!.Count);
        Assert.Contains(read.EndpointsDetails, e => e.DownlinkAwsGroundStationAgentEndpoint?.Name == "agent-down"
            && e.DownlinkAwsGroundStationAgentEndpoint.DataflowDetails.AgentConnectionDetails!.AgentIpAndPortAddress.SocketAddress.PortRange.Maximum == 42010);
        Assert.Contains(read.EndpointsDetails, e => e.UplinkAwsGroundStationAgentEndpoint?.Name == "agent-up");

        await Gs.DeleteDataflowEndpointGroupAsync(new DeleteDataflowEndpointGroupRequest { DataflowEndpointGroupId = id });
    }

    [Fact]
    public async Task MissionProfile_FullLifecycle_AndConfigInUseCannotBeDeleted()
    {
        var tracking = await CreateAsync("mp-track", Tracking());
        var downlink = await CreateAsync("mp-down", new ConfigTypeData { AntennaDownlinkConfig = new AntennaDownlinkConfig { SpectrumConfig = Spectrum() } });
        var endpoint = await CreateAsync("mp-ep", new ConfigTypeData { DataflowEndpointConfig = new DataflowEndpointConfig { DataflowEndpointName = "downlink-ep" } });

        var created = await Gs.CreateMissionProfileAsync(new CreateMissionProfileRequest
        {
            Name = "mission",
            MinimumViableContactDurationSeconds = 60,
            ContactPrePassDurationSeconds = 120,
            ContactPostPassDurationSeconds = 60,
            DataflowEdges = [[downlink.ConfigArn!, endpoint.ConfigArn!]],
            TrackingConfigArn = tracking.ConfigArn!,
            Tags = new Dictionary<string, string> { ["mission"] = "sat-1" },
        });
        var id = created.MissionProfileId!;

        var read = await Gs.GetMissionProfileAsync(new GetMissionProfileRequest { MissionProfileId = id });
        Assert.Equal(("mission", 60, EmulatorClients.Region), (read.Name, read.MinimumViableContactDurationSeconds, read.Region));
        Assert.Equal([downlink.ConfigArn!, endpoint.ConfigArn!], Assert.Single(read.DataflowEdges!));
        Assert.Equal(tracking.ConfigArn, read.TrackingConfigArn);

        await Gs.UpdateMissionProfileAsync(new UpdateMissionProfileRequest { MissionProfileId = id, MinimumViableContactDurationSeconds = 90, Name = "mission-2" });
        var updated = await Gs.GetMissionProfileAsync(new GetMissionProfileRequest { MissionProfileId = id });
        Assert.Equal(("mission-2", 90), (updated.Name, updated.MinimumViableContactDurationSeconds));
        Assert.Equal(tracking.ConfigArn, updated.TrackingConfigArn);

        var listed = new List<string?>();
        await foreach (var item in Gs.ListAllMissionProfilesAsync())
        {
            listed.Add(item.MissionProfileId);
        }

        Assert.Equal([id], listed);

        var inUse = await Assert.ThrowsAsync<AwsServiceException>(() => Gs.DeleteConfigAsync(new DeleteConfigRequest { ConfigId = tracking.ConfigId!, ConfigType = ConfigCapabilityType.Tracking }));
        // The emulator answers a config in use as a client error naming the mission profile.
        Assert.Equal((AwsErrorCodes.InvalidParameter, "configId"), (inUse.ErrorCode, inUse.ParameterName));
        Assert.Contains(id, inUse.ErrorMessage, StringComparison.Ordinal);

        await Gs.DeleteMissionProfileAsync(new DeleteMissionProfileRequest { MissionProfileId = id });
        await Gs.DeleteConfigAsync(new DeleteConfigRequest { ConfigId = tracking.ConfigId!, ConfigType = ConfigCapabilityType.Tracking });
        var gone = await Assert.ThrowsAsync<AwsServiceException>(() => Gs.GetMissionProfileAsync(new GetMissionProfileRequest { MissionProfileId = id }));
        Assert.True(gone.IsNotFound);
    }

    [Fact]
    public async Task InvalidInput_IsMappedToInvalidParameterExceptionWithParameterName()
    {
        var e = await Assert.ThrowsAsync<AwsServiceException>(() => CreateAsync("bad/name!", Tracking()));

        Assert.Equal(AwsErrorCodes.InvalidParameter, e.ErrorCode);
        Assert.Equal(431, (int)e.StatusCode);
        Assert.False(string.IsNullOrEmpty(e.ErrorMessage));
        Assert.NotNull(e.RequestId);
        Assert.Single(_aws.Emulator.Calls);
    }

    [Fact]
    public async Task InjectedThrottling_IsAbsorbedByRetries()
    {
        var config = await CreateAsync("throttled", Tracking());
        _aws.Emulator.AddFault(new FaultRule { Service = "groundstation", Operation = "GetConfig", Throttle = true, Count = 2 });

        var read = await Gs.GetConfigAsync(new GetConfigRequest { ConfigId = config.ConfigId!, ConfigType = ConfigCapabilityType.Tracking });

        Assert.Equal("throttled", read.Name);
        var calls = _aws.Emulator.Calls.Where(c => c.Operation == "GetConfig").ToList();
        Assert.Equal([true, true, false], calls.Select(c => c.Faulted));
        Assert.Equal("ThrottlingException", calls[0].ErrorCode);
        Assert.Equal(2, _aws.RetryDelays.Count);
    }

    [Fact]
    public async Task InjectedThrottling_OnCreate_IsAlsoRetried_AndCreatesExactlyOnce()
    {
        _aws.Emulator.AddFault(new FaultRule { Operation = "CreateConfig", Throttle = true, Count = 1 });

        await CreateAsync("once", Tracking());

        var list = await Gs.ListConfigsAsync(new ListConfigsRequest());
        Assert.Single(list.ConfigList!);
    }

    [Fact]
    public async Task PersistentThrottling_GivesUpAfterMaxAttempts()
    {
        _aws.Emulator.AddFault(new FaultRule { Operation = "ListMissionProfiles", Throttle = true });

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => Gs.ListMissionProfilesAsync(new ListMissionProfilesRequest()));

        Assert.Equal("ThrottlingException", e.ErrorCode);
        Assert.Equal(3, _aws.Emulator.Calls.Count(c => c.Operation == "ListMissionProfiles"));
    }

    [Fact]
    public async Task LostCreateResponse_IsNotRetried_SoNoDuplicateIsCreated()
    {
        _aws.Emulator.AddFault(new FaultRule { Operation = "CreateConfig", DropResponseAfterCommit = true, Count = 1 });

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => CreateAsync("lost", Tracking()));

        Assert.Equal(AwsErrorCodes.ConnectionFailure, e.ErrorCode);
        Assert.Single(_aws.Emulator.Calls, c => c.Operation == "CreateConfig");
        var list = await Gs.ListConfigsAsync(new ListConfigsRequest());
        Assert.Equal("lost", Assert.Single(list.ConfigList!).Name);
    }

    [Fact]
    public async Task LostReadResponse_IsRetried()
    {
        var config = await CreateAsync("read-me", Tracking());
        _aws.Emulator.AddFault(new FaultRule { Operation = "GetConfig", DropResponseAfterCommit = true, DropStyle = "status500", Count = 1 });

        var read = await Gs.GetConfigAsync(new GetConfigRequest { ConfigId = config.ConfigId!, ConfigType = ConfigCapabilityType.Tracking });

        Assert.Equal("read-me", read.Name);
        Assert.Equal(2, _aws.Emulator.Calls.Count(c => c.Operation == "GetConfig"));
    }
}
