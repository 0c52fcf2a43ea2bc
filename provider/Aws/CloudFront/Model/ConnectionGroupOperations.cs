namespace Awsdirect.Provider.Aws.CloudFront;

/// <summary><c>POST /2020-05-31/connection-group</c> with a <c>CreateConnectionGroupRequest</c> XML body.</summary>
public sealed record CreateConnectionGroupRequest
{
    public required string Name { get; init; }

    public bool? Ipv6Enabled { get; init; }

    public Tags? Tags { get; init; }

    public string? AnycastIpListId { get; init; }

    public bool? Enabled { get; init; }
}

/// <summary>The connection group plus the <c>ETag</c> response header needed for update/delete.</summary>
public sealed record CreateConnectionGroupResult
{
    public ConnectionGroup? ConnectionGroup { get; init; }

    public string? ETag { get; init; }
}

/// <summary><c>GET /2020-05-31/connection-group/{Identifier}</c>; Identifier is the id, name or ARN.</summary>
public sealed record GetConnectionGroupRequest
{
    public required string Identifier { get; init; }
}

public sealed record GetConnectionGroupResult
{
    public ConnectionGroup? ConnectionGroup { get; init; }

    public string? ETag { get; init; }
}

/// <summary><c>GET /2020-05-31/connection-group?RoutingEndpoint=…</c>.</summary>
public sealed record GetConnectionGroupByRoutingEndpointRequest
{
    public required string RoutingEndpoint { get; init; }
}

public sealed record GetConnectionGroupByRoutingEndpointResult
{
    public ConnectionGroup? ConnectionGroup { get; init; }

    public string? ETag { get; init; }
}

/// <summary><c>PUT /2020-05-31/connection-group/{Id}</c> with header <c>If-Match</c> and an XML body.</summary>
public sealed record UpdateConnectionGroupRequest
{
    public required string Id { get; init; }

    public bool? Ipv6Enabled { get; init; }

    /// <summary>The ETag from the last Get/Create/Update.</summary>
    public required string IfMatch { get; init; }

    public string? AnycastIpListId { get; init; }

    public bool? Enabled { get; init; }
}

public sealed record UpdateConnectionGroupResult
{
    public ConnectionGroup? ConnectionGroup { get; init; }

    public string? ETag { get; init; }
}

/// <summary><c>DELETE /2020-05-31/connection-group/{Id}</c> with header <c>If-Match</c>; answers 204.</summary>
public sealed record DeleteConnectionGroupRequest
{
    public required string Id { get; init; }

    public required string IfMatch { get; init; }
}

/// <summary><c>POST /2020-05-31/connection-groups</c>: paging parameters travel in the XML body.</summary>
public sealed record ListConnectionGroupsRequest
{
    public ConnectionGroupAssociationFilter? AssociationFilter { get; init; }

    public string? Marker { get; init; }

    public int? MaxItems { get; init; }
}

public sealed record ListConnectionGroupsResult
{
    public string? NextMarker { get; init; }

    public IReadOnlyList<ConnectionGroupSummary>? ConnectionGroups { get; init; }
}

/// <summary><c>POST /2020-05-31/tagging?Operation=Tag&amp;Resource=…</c> with a <c>Tags</c> body; answers 204.</summary>
public sealed record TagResourceRequest
{
    public required string Resource { get; init; }

    public required Tags Tags { get; init; }
}

/// <summary><c>POST /2020-05-31/tagging?Operation=Untag&amp;Resource=…</c> with a <c>TagKeys</c> body; answers 204.</summary>
public sealed record UntagResourceRequest
{
    public required string Resource { get; init; }

    public required TagKeys TagKeys { get; init; }
}

/// <summary><c>GET /2020-05-31/tagging?Resource=…</c>.</summary>
public sealed record ListTagsForResourceRequest
{
    public required string Resource { get; init; }
}

public sealed record ListTagsForResourceResult
{
    public Tags Tags { get; init; } = new();
}
