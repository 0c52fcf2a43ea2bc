namespace AwsEmulator.CloudFront;

/// <summary>A stored connection group. Status is derived from the clock, so no timers are needed.</summary>
internal sealed class ConnectionGroup
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Arn { get; init; }

    public required string RoutingEndpoint { get; init; }

    public required DateTimeOffset CreatedTime { get; init; }

    public DateTimeOffset LastModifiedTime { get; set; }

    /// <summary>When the latest write finishes rolling out.</summary>
    public DateTimeOffset DeployedAt { get; set; }

    public bool Ipv6Enabled { get; set; } = true;

    public bool Enabled { get; set; } = true;

    public string? AnycastIpListId { get; set; }

    public required string ETag { get; set; }

    public long Sequence { get; init; }

    /// <summary>Insertion-ordered, as CloudFront lists tags in the order they were set.</summary>
    public List<KeyValuePair<string, string?>> Tags { get; } = [];

    public string StatusAt(DateTimeOffset now) => now >= DeployedAt ? "Deployed" : "InProgress";
}
