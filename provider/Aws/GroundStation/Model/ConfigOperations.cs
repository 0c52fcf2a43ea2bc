using Newtonsoft.Json;

namespace Awsdirect.Provider.Aws.GroundStation;

public sealed record CreateConfigRequest
{
    [JsonProperty("name")]
    public required string Name { get; init; }

    [JsonProperty("configData")]
    public required ConfigTypeData ConfigData { get; init; }

    [JsonProperty("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}

public sealed record ConfigIdResponse
{
    [JsonProperty("configId")]
    public string? ConfigId { get; init; }

    [JsonProperty("configType")]
    public string? ConfigType { get; init; }

    [JsonProperty("configArn")]
    public string? ConfigArn { get; init; }
}

/// <summary>URI-bound: <c>GET /config/{configType}/{configId}</c>.</summary>
public sealed record GetConfigRequest
{
    [JsonIgnore]
    public required string ConfigId { get; init; }

    [JsonIgnore]
    public required string ConfigType { get; init; }
}

public sealed record GetConfigResponse
{
    [JsonProperty("configId")]
    public string ConfigId { get; init; } = "";

    [JsonProperty("configArn")]
    public string ConfigArn { get; init; } = "";

    [JsonProperty("name")]
    public string Name { get; init; } = "";

    [JsonProperty("configType")]
    public string? ConfigType { get; init; }

    [JsonProperty("configData")]
    public ConfigTypeData ConfigData { get; init; } = new();

    [JsonProperty("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}

/// <summary><c>PUT /config/{configType}/{configId}</c>; name and configData go in the body.</summary>
public sealed record UpdateConfigRequest
{
    [JsonIgnore]
    public required string ConfigId { get; init; }

    [JsonProperty("name")]
    public required string Name { get; init; }

    [JsonIgnore]
    public required string ConfigType { get; init; }

    [JsonProperty("configData")]
    public required ConfigTypeData ConfigData { get; init; }
}

public sealed record DeleteConfigRequest
{
    [JsonIgnore]
    public required string ConfigId { get; init; }

    [JsonIgnore]
    public required string ConfigType { get; init; }
}

/// <summary>Query-bound paging: <c>GET /config?maxResults=&amp;nextToken=</c>.</summary>
public sealed record ListConfigsRequest
{
    [JsonIgnore]
    public int? MaxResults { get; init; }

    [JsonIgnore]
    public string? NextToken { get; init; }
}

public sealed record ListConfigsResponse
{
    [JsonProperty("nextToken")]
    public string? NextToken { get; init; }

    [JsonProperty("configList")]
    public IReadOnlyList<ConfigListItem>? ConfigList { get; init; }
}

public sealed record ConfigListItem
{
    [JsonProperty("configId")]
    public string? ConfigId { get; init; }

    [JsonProperty("configType")]
    public string? ConfigType { get; init; }

    [JsonProperty("configArn")]
    public string? ConfigArn { get; init; }

    [JsonProperty("name")]
    public string? Name { get; init; }
}
