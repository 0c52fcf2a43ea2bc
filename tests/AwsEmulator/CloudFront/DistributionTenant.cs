namespace AwsEmulator.CloudFront;

/// <summary>A stored distribution tenant: only what the emulator's tenant operations need.</summary>
internal sealed class DistributionTenant
{
    public required string Id { get; init; }

    public required string DistributionId { get; init; }

    public required string Name { get; init; }

    public required string Arn { get; init; }

    public required IReadOnlyList<string> Domains { get; init; }

    public string? ConnectionGroupId { get; init; }

    public bool Enabled { get; init; }

    public required DateTimeOffset CreatedTime { get; init; }

    public required string ETag { get; init; }

    public long Sequence { get; init; }

    public List<KeyValuePair<string, string?>> Tags { get; } = [];
}
