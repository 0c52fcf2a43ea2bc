using Newtonsoft.Json;

namespace Awsdirect.Provider.Aws.GroundStation;

public sealed record TagResourceRequest
{
    [JsonIgnore]
    public required string ResourceArn { get; init; }

    [JsonProperty("tags")]
    public required IReadOnlyDictionary<string, string> Tags { get; init; }
}

public sealed record TagResourceResponse;

/// <summary><c>DELETE /tags/{resourceArn}?tagKeys=a&amp;tagKeys=b</c>.</summary>
public sealed record UntagResourceRequest
{
    [JsonIgnore]
    public required string ResourceArn { get; init; }

    [JsonIgnore]
    public required IReadOnlyList<string> TagKeys { get; init; }
}

public sealed record UntagResourceResponse;

public sealed record ListTagsForResourceRequest
{
    [JsonIgnore]
    public required string ResourceArn { get; init; }
}

public sealed record ListTagsForResourceResponse
{
    [JsonProperty("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
