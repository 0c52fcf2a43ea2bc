namespace Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

/// <summary>Property names shared by both endpoint group types (AWS API member names).</summary>
internal static class EndpointGroupProperties
{
    public const string EndpointDetailsKey = "endpointDetails";
    public const string EndpointsKey = "endpoints";
    public const string PrePass = "contactPrePassDurationSeconds";
    public const string PostPass = "contactPostPassDurationSeconds";
    public const string Tags = "tags";
    public const string Arn = "arn";
    public const string Id = "dataflowEndpointGroupId";
    public const string Health = "endpointsHealth";

    // Members of the read-back form that describe endpoint kinds.
    public const string EndpointKey = "endpoint";
    public const string SecurityDetailsKey = "securityDetails";
    public const string AgentEndpointKey = "awsGroundStationAgentEndpoint";
    public const string UplinkAgentEndpointKey = "uplinkAwsGroundStationAgentEndpoint";
    public const string DownlinkAgentEndpointKey = "downlinkAwsGroundStationAgentEndpoint";

    /// <summary>
    /// Members AWS fills in and reports back (status, health, agent state). The create operation ignores
    /// them, so they are never inputs, never compared and never sent.
    /// </summary>
    public static readonly IReadOnlySet<string> ServerSet = new HashSet<string>(StringComparer.Ordinal)
    {
        "status",
        "healthStatus",
        "healthReasons",
        "agentStatus",
        "auditResults",
    };

    /// <summary>Lists AWS treats as sets (no order): the subnets and security groups of an endpoint.</summary>
    public static readonly IReadOnlySet<string> UnorderedLists = new HashSet<string>(StringComparer.Ordinal)
    {
        "subnetIds",
        "securityGroupIds",
    };
}
