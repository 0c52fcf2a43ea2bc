using Newtonsoft.Json;

namespace Awsdirect.Provider.Aws.GroundStation;

public sealed record CreateMissionProfileRequest
{
    [JsonProperty("name")]
    public required string Name { get; init; }

    [JsonProperty("contactPrePassDurationSeconds")]
    public int? ContactPrePassDurationSeconds { get; init; }

    [JsonProperty("contactPostPassDurationSeconds")]
    public int? ContactPostPassDurationSeconds { get; init; }

    [JsonProperty("minimumViableContactDurationSeconds")]
    public required int MinimumViableContactDurationSeconds { get; init; }

    /// <summary>Each edge is a two-element list: [source config ARN, destination config ARN].</summary>
    [JsonProperty("dataflowEdges")]
    public required IReadOnlyList<IReadOnlyList<string>> DataflowEdges { get; init; }

    [JsonProperty("trackingConfigArn")]
    public required string TrackingConfigArn { get; init; }

    [JsonProperty("telemetrySinkConfigArn")]
    public string? TelemetrySinkConfigArn { get; init; }

    [JsonProperty("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    [JsonProperty("streamsKmsKey")]
    public KmsKey? StreamsKmsKey { get; init; }

    [JsonProperty("streamsKmsRole")]
    public string? StreamsKmsRole { get; init; }
}

/// <summary>The <c>KmsKey</c> union: one of key ARN, alias ARN or alias name.</summary>
public sealed record KmsKey
{
    [JsonProperty("kmsKeyArn")]
    public string? KmsKeyArn { get; init; }

    [JsonProperty("kmsAliasArn")]
    public string? KmsAliasArn { get; init; }

    [JsonProperty("kmsAliasName")]
    public string? KmsAliasName { get; init; }
}

public sealed record MissionProfileIdResponse
{
    [JsonProperty("missionProfileId")]
    public string? MissionProfileId { get; init; }
}

public sealed record GetMissionProfileRequest
{
    [JsonIgnore]
    public required string MissionProfileId { get; init; }
}

public sealed record GetMissionProfileResponse
{
    [JsonProperty("missionProfileId")]
    public string? MissionProfileId { get; init; }

    [JsonProperty("missionProfileArn")]
    public string? MissionProfileArn { get; init; }

    [JsonProperty("name")]
    public string? Name { get; init; }

    [JsonProperty("region")]
    public string? Region { get; init; }

    [JsonProperty("contactPrePassDurationSeconds")]
    public int? ContactPrePassDurationSeconds { get; init; }

    [JsonProperty("contactPostPassDurationSeconds")]
    public int? ContactPostPassDurationSeconds { get; init; }

    [JsonProperty("minimumViableContactDurationSeconds")]
    public int? MinimumViableContactDurationSeconds { get; init; }

    [JsonProperty("dataflowEdges")]
    public IReadOnlyList<IReadOnlyList<string>>? DataflowEdges { get; init; }

    [JsonProperty("trackingConfigArn")]
    public string? TrackingConfigArn { get; init; }

    [JsonProperty("telemetrySinkConfigArn")]
    public string? TelemetrySinkConfigArn { get; init; }

    [JsonProperty("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    [JsonProperty("streamsKmsKey")]
    public KmsKey? StreamsKmsKey { get; init; }

    [JsonProperty("streamsKmsRole")]
    public string? StreamsKmsRole { get; init; }
}

/// <summary>Every body member is optional: only the ones set are sent and changed.</summary>
public sealed record UpdateMissionProfileRequest
{
    [JsonIgnore]
    public required string MissionProfileId { get; init; }

    [JsonProperty("name")]
    public string? Name { get; init; }

    [JsonProperty("contactPrePassDurationSeconds")]
    public int? ContactPrePassDurationSeconds { get; init; }

    [JsonProperty("contactPostPassDurationSeconds")]
    public int? ContactPostPassDurationSeconds { get; init; }

    [JsonProperty("minimumViableContactDurationSeconds")]
    public int? MinimumViableContactDurationSeconds { get; init; }

    [JsonProperty("dataflowEdges")]
    public IReadOnlyList<IReadOnlyList<string>>? DataflowEdges { get; init; }

    [JsonProperty("trackingConfigArn")]
    public string? TrackingConfigArn { get; init; }

    [JsonProperty("telemetrySinkConfigArn")]
    public string? TelemetrySinkConfigArn { get; init; }

    [JsonProperty("streamsKmsKey")]
    public KmsKey? StreamsKmsKey { get; init; }

    [JsonProperty("streamsKmsRole")]
    public string? StreamsKmsRole { get; init; }
}

public sealed record DeleteMissionProfileRequest
{
    [JsonIgnore]
    public required string MissionProfileId { get; init; }
}

public sealed record ListMissionProfilesRequest
{
    [JsonIgnore]
    public int? MaxResults { get; init; }

    [JsonIgnore]
    public string? NextToken { get; init; }
}

public sealed record ListMissionProfilesResponse
{
    [JsonProperty("nextToken")]
    public string? NextToken { get; init; }

    [JsonProperty("missionProfileList")]
    public IReadOnlyList<MissionProfileListItem>? MissionProfileList { get; init; }
}

public sealed record MissionProfileListItem
{
    [JsonProperty("missionProfileId")]
    public string? MissionProfileId { get; init; }

    [JsonProperty("missionProfileArn")]
    public string? MissionProfileArn { get; init; }

    [JsonProperty("region")]
    public string? Region { get; init; }

    [JsonProperty("name")]
    public string? Name { get; init; }
}
