namespace Awsdirect.Provider.Aws.CloudFront;

/// <summary><c>POST /2020-05-31/anycast-ip-list</c> with a <c>CreateAnycastIpListRequest</c> XML body; answers 202.</summary>
public sealed record CreateAnycastIpListRequest
{
    public required string Name { get; init; }

    public required int IpCount { get; init; }

    public Tags? Tags { get; init; }

    public string? IpAddressType { get; init; }

    public IReadOnlyList<IpamCidrConfig>? IpamCidrConfigs { get; init; }
}

/// <summary>The list plus the <c>ETag</c> response header (shared by Create, Get and Update).</summary>
public sealed record AnycastIpListResult
{
    public AnycastIpList? AnycastIpList { get; init; }

    public string? ETag { get; init; }
}

/// <summary><c>GET /2020-05-31/anycast-ip-list/{Id}</c>.</summary>
public sealed record GetAnycastIpListRequest
{
    public required string Id { get; init; }
}

/// <summary><c>PUT /2020-05-31/anycast-ip-list/{Id}</c> with header <c>If-Match</c>.</summary>
public sealed record UpdateAnycastIpListRequest
{
    public required string Id { get; init; }

    public string? IpAddressType { get; init; }

    public IReadOnlyList<IpamCidrConfig>? IpamCidrConfigs { get; init; }

    public required string IfMatch { get; init; }
}

/// <summary><c>DELETE /2020-05-31/anycast-ip-list/{Id}</c> with header <c>If-Match</c>; answers 204.</summary>
public sealed record DeleteAnycastIpListRequest
{
    public required string Id { get; init; }

    public required string IfMatch { get; init; }
}

/// <summary><c>GET /2020-05-31/anycast-ip-list?Marker=&amp;MaxItems=</c>.</summary>
public sealed record ListAnycastIpListsRequest
{
    public string? Marker { get; init; }

    public int? MaxItems { get; init; }
}

public sealed record ListAnycastIpListsResult
{
    public string? NextMarker { get; init; }

    public IReadOnlyList<AnycastIpListSummary> Items { get; init; } = [];
}

/// <summary><c>GET /2020-05-31/distributionsByAnycastIpListId/{AnycastIpListId}</c>.</summary>
public sealed record ListDistributionsByAnycastIpListIdRequest
{
    public required string AnycastIpListId { get; init; }

    public string? Marker { get; init; }

    public int? MaxItems { get; init; }
}

public sealed record ListDistributionsResult
{
    public string? NextMarker { get; init; }

    public IReadOnlyList<DistributionSummary> Items { get; init; } = [];
}

/// <summary><c>POST /2020-05-31/distribution-tenants</c>: filter and paging travel in the XML body.</summary>
public sealed record ListDistributionTenantsRequest
{
    public DistributionTenantAssociationFilter? AssociationFilter { get; init; }

    public string? Marker { get; init; }

    public int? MaxItems { get; init; }
}

public sealed record ListDistributionTenantsResult
{
    public string? NextMarker { get; init; }

    public IReadOnlyList<DistributionTenantSummary> DistributionTenantList { get; init; } = [];
}
