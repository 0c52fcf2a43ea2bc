namespace Awsdirect.Provider.Aws.CloudFront;

/// <summary>The <c>AnycastIpList</c> shape as CloudFront returns it.</summary>
public sealed record AnycastIpList
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary><c>Deploying</c>, <c>Deployed</c> or <c>Failed</c>.</summary>
    public string? Status { get; init; }

    public string Arn { get; init; } = "";

    /// <summary><c>ipv4</c>, <c>ipv6</c> or <c>dualstack</c>.</summary>
    public string? IpAddressType { get; init; }

    public IpamConfig? IpamConfig { get; init; }

    public IReadOnlyList<string> AnycastIps { get; init; } = [];

    public int? IpCount { get; init; }

    public DateTimeOffset? LastModifiedTime { get; init; }
}

/// <summary>The <c>AnycastIpListSummary</c> shape returned by ListAnycastIpLists (no addresses).</summary>
public sealed record AnycastIpListSummary
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string? Status { get; init; }

    public string Arn { get; init; } = "";

    public int? IpCount { get; init; }

    public string? IpAddressType { get; init; }

    public string? ETag { get; init; }
}

/// <summary>One IPAM CIDR of a bring-your-own-IP list (<c>IpamCidrConfig</c>).</summary>
public sealed record IpamCidrConfig
{
    public required string Cidr { get; init; }

    public required string IpamPoolArn { get; init; }

    public string? AnycastIp { get; init; }

    /// <summary>Output only (e.g. <c>provisioned</c>, <c>advertised</c>).</summary>
    public string? Status { get; init; }
}

public sealed record IpamConfig
{
    public int? Quantity { get; init; }

    public IReadOnlyList<IpamCidrConfig> IpamCidrConfigs { get; init; } = [];
}

/// <summary>The members of <c>DistributionSummary</c> the provider reads (who still uses a list).</summary>
public sealed record DistributionSummary
{
    public string Id { get; init; } = "";

    public string Arn { get; init; } = "";

    public string? DomainName { get; init; }
}

/// <summary>The members of <c>DistributionTenantSummary</c> the provider reads (who still uses a group).</summary>
public sealed record DistributionTenantSummary
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string Arn { get; init; } = "";

    public string? DistributionId { get; init; }

    public string? ConnectionGroupId { get; init; }

    public bool? Enabled { get; init; }
}

public sealed record DistributionTenantAssociationFilter
{
    public string? DistributionId { get; init; }

    public string? ConnectionGroupId { get; init; }
}
