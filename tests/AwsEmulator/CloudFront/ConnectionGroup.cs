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

    /// <summary>When DeleteConnectionGroup was accepted; the group is gone once the delete has deployed.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public DateTimeOffset? GoneAt { get; set; }

    public bool IsDeleting => DeletedAt is not null;

    /// <summary>
    /// AWS documents no status for a group being deleted; the emulator reports InProgress (the status of
    /// every change that has not reached the edge) until the group is gone.
    /// </summary>
    public string StatusAt(DateTimeOffset now) => IsDeleting ? "InProgress" : now >= DeployedAt ? "Deployed" : "InProgress";
}
