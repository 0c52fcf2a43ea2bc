using Newtonsoft.Json;

namespace Awsdirect.Provider.Aws.GroundStation;

/// <summary>
/// One endpoint of a group. On create (v1) either <see cref="Endpoint"/> with
/// <see cref="SecurityDetails"/>, or <see cref="AwsGroundStationAgentEndpoint"/>; groups created with
/// the V2 operation read back with the uplink/downlink agent members. Health members are output only.
/// </summary>
public sealed record EndpointDetails
{
    [JsonProperty("securityDetails")]
    public SecurityDetails? SecurityDetails { get; init; }

    [JsonProperty("endpoint")]
    public DataflowEndpoint? Endpoint { get; init; }

    [JsonProperty("awsGroundStationAgentEndpoint")]
    public AwsGroundStationAgentEndpoint? AwsGroundStationAgentEndpoint { get; init; }

    [JsonProperty("uplinkAwsGroundStationAgentEndpoint")]
    public UplinkAwsGroundStationAgentEndpointDetails? UplinkAwsGroundStationAgentEndpoint { get; init; }

    [JsonProperty("downlinkAwsGroundStationAgentEndpoint")]
    public DownlinkAwsGroundStationAgentEndpointDetails? DownlinkAwsGroundStationAgentEndpoint { get; init; }

    /// <summary>One of <see cref="CapabilityHealth"/>.</summary>
    [JsonProperty("healthStatus")]
    public string? HealthStatus { get; init; }

    [JsonProperty("healthReasons")]
    public IReadOnlyList<string>? HealthReasons { get; init; }
}

public sealed record SecurityDetails
{
    [JsonProperty("subnetIds")]
    public required IReadOnlyList<string> SubnetIds { get; init; }

    [JsonProperty("securityGroupIds")]
    public required IReadOnlyList<string> SecurityGroupIds { get; init; }

    [JsonProperty("roleArn")]
    public required string RoleArn { get; init; }
}

public sealed record DataflowEndpoint
{
    [JsonProperty("name")]
    public string? Name { get; init; }

    [JsonProperty("address")]
    public SocketAddress? Address { get; init; }

    /// <summary>One of <see cref="EndpointStatus"/>; output only.</summary>
    [JsonProperty("status")]
    public string? Status { get; init; }

    [JsonProperty("mtu")]
    public int? Mtu { get; init; }
}

public sealed record SocketAddress
{
    [JsonProperty("name")]
    public required string Name { get; init; }

    [JsonProperty("port")]
    public required int Port { get; init; }
}

public sealed record AwsGroundStationAgentEndpoint
{
    [JsonProperty("name")]
    public required string Name { get; init; }

    [JsonProperty("egressAddress")]
    public required ConnectionDetails EgressAddress { get; init; }

    [JsonProperty("ingressAddress")]
    public required RangedConnectionDetails IngressAddress { get; init; }

    /// <summary>One of <see cref="GroundStation.AgentStatus"/>; output only.</summary>
    [JsonProperty("agentStatus")]
    public string? AgentStatus { get; init; }

    /// <summary>One of <see cref="CapabilityHealth"/>; output only.</summary>
    [JsonProperty("auditResults")]
    public string? AuditResults { get; init; }
}

public sealed record ConnectionDetails
{
    [JsonProperty("socketAddress")]
    public required SocketAddress SocketAddress { get; init; }

    [JsonProperty("mtu")]
    public int? Mtu { get; init; }
}

public sealed record RangedConnectionDetails
{
    [JsonProperty("socketAddress")]
    public required RangedSocketAddress SocketAddress { get; init; }

    [JsonProperty("mtu")]
    public int? Mtu { get; init; }
}

public sealed record RangedSocketAddress
{
    [JsonProperty("name")]
    public required string Name { get; init; }

    [JsonProperty("portRange")]
    public required IntegerRange PortRange { get; init; }
}

public sealed record IntegerRange
{
    [JsonProperty("minimum")]
    public required int Minimum { get; init; }

    [JsonProperty("maximum")]
    public required int Maximum { get; init; }
}

/// <summary>The <c>CreateEndpointDetails</c> union used by CreateDataflowEndpointGroupV2.</summary>
public sealed record CreateEndpointDetails
{
    [JsonProperty("uplinkAwsGroundStationAgentEndpoint")]
    public UplinkAwsGroundStationAgentEndpoint? UplinkAwsGroundStationAgentEndpoint { get; init; }

    [JsonProperty("downlinkAwsGroundStationAgentEndpoint")]
    public DownlinkAwsGroundStationAgentEndpoint? DownlinkAwsGroundStationAgentEndpoint { get; init; }
}

public sealed record UplinkAwsGroundStationAgentEndpoint
{
    [JsonProperty("name")]
    public required string Name { get; init; }

    [JsonProperty("dataflowDetails")]
    public required UplinkDataflowDetails DataflowDetails { get; init; }
}

public sealed record DownlinkAwsGroundStationAgentEndpoint
{
    [JsonProperty("name")]
    public required string Name { get; init; }

    [JsonProperty("dataflowDetails")]
    public required DownlinkDataflowDetails DataflowDetails { get; init; }
}

/// <summary>Read-back form of an uplink agent endpoint (adds status members).</summary>
public sealed record UplinkAwsGroundStationAgentEndpointDetails
{
    [JsonProperty("name")]
    public required string Name { get; init; }

    [JsonProperty("dataflowDetails")]
    public required UplinkDataflowDetails DataflowDetails { get; init; }

    [JsonProperty("agentStatus")]
    public string? AgentStatus { get; init; }

    [JsonProperty("auditResults")]
    public string? AuditResults { get; init; }
}

/// <summary>Read-back form of a downlink agent endpoint (adds status members).</summary>
public sealed record DownlinkAwsGroundStationAgentEndpointDetails
{
    [JsonProperty("name")]
    public required string Name { get; init; }

    [JsonProperty("dataflowDetails")]
    public required DownlinkDataflowDetails DataflowDetails { get; init; }

    [JsonProperty("agentStatus")]
    public string? AgentStatus { get; init; }

    [JsonProperty("auditResults")]
    public string? AuditResults { get; init; }
}

/// <summary>The <c>UplinkDataflowDetails</c> union.</summary>
public sealed record UplinkDataflowDetails
{
    [JsonProperty("agentConnectionDetails")]
    public UplinkConnectionDetails? AgentConnectionDetails { get; init; }
}

/// <summary>The <c>DownlinkDataflowDetails</c> union.</summary>
public sealed record DownlinkDataflowDetails
{
    [JsonProperty("agentConnectionDetails")]
    public DownlinkConnectionDetails? AgentConnectionDetails { get; init; }
}

public sealed record UplinkConnectionDetails
{
    [JsonProperty("ingressAddressAndPort")]
    public required ConnectionDetails IngressAddressAndPort { get; init; }

    [JsonProperty("agentIpAndPortAddress")]
    public required RangedConnectionDetails AgentIpAndPortAddress { get; init; }
}

public sealed record DownlinkConnectionDetails
{
    [JsonProperty("agentIpAndPortAddress")]
    public required RangedConnectionDetails AgentIpAndPortAddress { get; init; }

    [JsonProperty("egressAddressAndPort")]
    public required ConnectionDetails EgressAddressAndPort { get; init; }
}
