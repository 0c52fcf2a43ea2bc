namespace Awsdirect.Provider.Aws.CloudFront;

/// <summary>The <c>ConnectionGroup</c> shape as CloudFront returns it.</summary>
public sealed record ConnectionGroup
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string Arn { get; init; } = "";

    public DateTimeOffset? CreatedTime { get; init; }

    public DateTimeOffset? LastModifiedTime { get; init; }

    public Tags? Tags { get; init; }

    public bool? Ipv6Enabled { get; init; }

    public string? RoutingEndpoint { get; init; }

    public string? AnycastIpListId { get; init; }

    /// <summary>e.g. <c>InProgress</c> or <c>Deployed</c>.</summary>
    public string? Status { get; init; }

    public bool? Enabled { get; init; }

    public bool? IsDefault { get; init; }
}

/// <summary>The <c>ConnectionGroupSummary</c> shape returned by ListConnectionGroups.</summary>
public sealed record ConnectionGroupSummary
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string Arn { get; init; } = "";

    public string RoutingEndpoint { get; init; } = "";

    public DateTimeOffset? CreatedTime { get; init; }

    public DateTimeOffset? LastModifiedTime { get; init; }

    public string ETag { get; init; } = "";

    public string? AnycastIpListId { get; init; }

    public bool? Enabled { get; init; }

    public string? Status { get; init; }

    public bool? IsDefault { get; init; }
}

/// <summary>CloudFront's tag wrapper: <c>&lt;Tags&gt;&lt;Items&gt;&lt;Tag&gt;…</c>.</summary>
public sealed record Tags
{
    public IReadOnlyList<Tag>? Items { get; init; }

    public static Tags FromDictionary(IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return new Tags { Items = tags.Select(kv => new Tag { Key = kv.Key, Value = kv.Value }).ToList() };
    }

    public IReadOnlyDictionary<string, string> ToDictionary() =>
        (Items ?? []).ToDictionary(t => t.Key, t => t.Value ?? "", StringComparer.Ordinal);
}

public sealed record Tag
{
    public required string Key { get; init; }

    public string? Value { get; init; }
}

/// <summary>CloudFront's tag-key wrapper: <c>&lt;TagKeys&gt;&lt;Items&gt;&lt;Key&gt;…</c>.</summary>
public sealed record TagKeys
{
    public IReadOnlyList<string>? Items { get; init; }
}

public sealed record ConnectionGroupAssociationFilter
{
    public string? AnycastIpListId { get; init; }
}
