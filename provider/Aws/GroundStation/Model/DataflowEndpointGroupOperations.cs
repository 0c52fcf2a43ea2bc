using Newtonsoft.Json;

namespace Awsdirect.Provider.Aws.GroundStation;

public sealed record CreateDataflowEndpointGroupRequest
{
    [JsonProperty("endpointDetails")]
    public required IReadOnlyList<EndpointDetails> EndpointDetails { get; init; }

    [JsonProperty("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    [JsonProperty("contactPrePassDurationSeconds")]
    public int? ContactPrePassDurationSeconds { get; init; }

    [JsonProperty("contactPostPassDurationSeconds")]
    public int? ContactPostPassDurationSeconds { get; init; }
}

public sealed record DataflowEndpointGroupIdResponse
{
    [JsonProperty("dataflowEndpointGroupId")]
    public string? DataflowEndpointGroupId { get; init; }
}

public sealed record CreateDataflowEndpointGroupV2Request
{
    [JsonProperty("endpoints")]
    public required IReadOnlyList<CreateEndpointDetails> Endpoints { get; init; }

    [JsonProperty("contactPrePassDurationSeconds")]
    public int? ContactPrePassDurationSeconds { get; init; }

    [JsonProperty("contactPostPassDurationSeconds")]
    public int? ContactPostPassDurationSeconds { get; init; }

    [JsonProperty("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}

public sealed record CreateDataflowEndpointGroupV2Response
{
    [JsonProperty("dataflowEndpointGroupId")]
    public string? DataflowEndpointGroupId { get; init; }
}

public sealed record GetDataflowEndpointGroupRequest
{
    [JsonIgnore]
    public required string DataflowEndpointGroupId { get; init; }
}

/// <summary>Note the model spells the list <c>endpointsDetails</c> here (vs <c>endpointDetails</c> on create).</summary>
public sealed record GetDataflowEndpointGroupResponse
{
    [JsonProperty("dataflowEndpointGroupId")]
    public string? DataflowEndpointGroupId { get; init; }

    [JsonProperty("dataflowEndpointGroupArn")]
    public string? DataflowEndpointGroupArn { get; init; }

    [JsonProperty("endpointsDetails")]
    public IReadOnlyList<EndpointDetails>? EndpointsDetails { get; init; }

    [JsonProperty("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    [JsonProperty("contactPrePassDurationSeconds")]
    public int? ContactPrePassDurationSeconds { get; init; }

    [JsonProperty("contactPostPassDurationSeconds")]
    public int? ContactPostPassDurationSeconds { get; init; }
}

public sealed record DeleteDataflowEndpointGroupRequest
{
    [JsonIgnore]
    public required string DataflowEndpointGroupId { get; init; }
}

public sealed record ListDataflowEndpointGroupsRequest
{
    [JsonIgnore]
    public int? MaxResults { get; init; }

    [JsonIgnore]
    public string? NextToken { get; init; }
}

public sealed record ListDataflowEndpointGroupsResponse
{
    [JsonProperty("nextToken")]
    public string? NextToken { get; init; }

    [JsonProperty("dataflowEndpointGroupList")]
    public IReadOnlyList<DataflowEndpointListItem>? DataflowEndpointGroupList { get; init; }
}

public sealed record DataflowEndpointListItem
{
    [JsonProperty("dataflowEndpointGroupId")]
    public string? DataflowEndpointGroupId { get; init; }

    [JsonProperty("dataflowEndpointGroupArn")]
    public string? DataflowEndpointGroupArn { get; init; }
}
