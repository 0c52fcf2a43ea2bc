using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Awsdirect.Provider.Aws.CloudFront;

/// <summary>rest-xml bodies for the connection-group operations (member order as in the model).</summary>
internal static class CloudFrontXml
{
    public static readonly XNamespace Ns = "http://cloudfront.amazonaws.com/doc/2020-05-31/";

    public static byte[] CreateConnectionGroup(CreateConnectionGroupRequest r) =>
        Serialize(new XElement(Ns + "CreateConnectionGroupRequest",
            Leaf("Name", r.Name),
            Leaf("Ipv6Enabled", r.Ipv6Enabled),
            r.Tags is null ? null : TagsElement("Tags", r.Tags),
            Leaf("AnycastIpListId", r.AnycastIpListId),
            Leaf("Enabled", r.Enabled)));

    public static byte[] UpdateConnectionGroup(UpdateConnectionGroupRequest r) =>
        Serialize(new XElement(Ns + "UpdateConnectionGroupRequest",
            Leaf("Ipv6Enabled", r.Ipv6Enabled),
            Leaf("AnycastIpListId", r.AnycastIpListId),
            Leaf("Enabled", r.Enabled)));

    public static byte[] ListConnectionGroups(ListConnectionGroupsRequest r) =>
        Serialize(new XElement(Ns + "ListConnectionGroupsRequest",
            r.AssociationFilter is null ? null : new XElement(Ns + "AssociationFilter", Leaf("AnycastIpListId", r.AssociationFilter.AnycastIpListId)),
            Leaf("Marker", r.Marker),
            Leaf("MaxItems", r.MaxItems)));

    public static byte[] CreateAnycastIpList(CreateAnycastIpListRequest r) =>
        Serialize(new XElement(Ns + "CreateAnycastIpListRequest",
            Leaf("Name", r.Name),
            Leaf("IpCount", r.IpCount),
            r.Tags is null ? null : TagsElement("Tags", r.Tags),
            Leaf("IpAddressType", r.IpAddressType),
            IpamCidrConfigsElement(r.IpamCidrConfigs)));

    public static byte[] UpdateAnycastIpList(UpdateAnycastIpListRequest r) =>
        Serialize(new XElement(Ns + "UpdateAnycastIpListRequest",
            Leaf("IpAddressType", r.IpAddressType),
            IpamCidrConfigsElement(r.IpamCidrConfigs)));

    public static byte[] ListDistributionTenants(ListDistributionTenantsRequest r) =>
        Serialize(new XElement(Ns + "ListDistributionTenantsRequest",
            r.AssociationFilter is null ? null : new XElement(Ns + "AssociationFilter",
                Leaf("DistributionId", r.AssociationFilter.DistributionId),
                Leaf("ConnectionGroupId", r.AssociationFilter.ConnectionGroupId)),
            Leaf("Marker", r.Marker),
            Leaf("MaxItems", r.MaxItems)));

    public static AnycastIpList? ParseAnycastIpList(byte[] body)
    {
        var root = Load(body);
        if (root is null)
        {
            return null;
        }

        var e = root.Name.LocalName == "AnycastIpList" ? root : Child(root, "AnycastIpList") ?? root;
        return new AnycastIpList
        {
            Id = Text(e, "Id") ?? "",
            Name = Text(e, "Name") ?? "",
            Status = Text(e, "Status"),
            Arn = Text(e, "Arn") ?? "",
            IpAddressType = Text(e, "IpAddressType"),
            IpamConfig = Child(e, "IpamConfig") is { } ipam
                ? new IpamConfig { Quantity = Int(ipam, "Quantity"), IpamCidrConfigs = ParseIpamCidrConfigs(Child(ipam, "IpamCidrConfigs")) }
                : null,
            AnycastIps = (Child(e, "AnycastIps")?.Elements() ?? []).Select(x => x.Value).ToList(),
            IpCount = Int(e, "IpCount"),
            LastModifiedTime = Time(e, "LastModifiedTime"),
        };
    }

    public static ListAnycastIpListsResult ParseListAnycastIpLists(byte[] body)
    {
        var root = Load(body);
        if (root is null)
        {
            return new ListAnycastIpListsResult();
        }

        var items = (Child(root, "Items")?.Elements() ?? [])
            .Where(e => e.Name.LocalName == "AnycastIpListSummary")
            .Select(e => new AnycastIpListSummary
            {
                Id = Text(e, "Id") ?? "",
                Name = Text(e, "Name") ?? "",
                Status = Text(e, "Status"),
                Arn = Text(e, "Arn") ?? "",
                IpCount = Int(e, "IpCount"),
                IpAddressType = Text(e, "IpAddressType"),
                ETag = Text(e, "ETag"),
            })
            .ToList();
        return new ListAnycastIpListsResult { NextMarker = NullIfEmpty(Text(root, "NextMarker")), Items = items };
    }

    public static ListDistributionsResult ParseDistributionList(byte[] body)
    {
        var root = Load(body);
        if (root is null)
        {
            return new ListDistributionsResult();
        }

        var items = (Child(root, "Items")?.Elements() ?? [])
            .Where(e => e.Name.LocalName == "DistributionSummary")
            .Select(e => new DistributionSummary { Id = Text(e, "Id") ?? "", Arn = Text(e, "ARN") ?? "", DomainName = Text(e, "DomainName") })
            .ToList();
        var truncated = Bool(root, "IsTruncated") == true;
        return new ListDistributionsResult { NextMarker = truncated ? NullIfEmpty(Text(root, "NextMarker")) : null, Items = items };
    }

    public static ListDistributionTenantsResult ParseListDistributionTenants(byte[] body)
    {
        var root = Load(body);
        if (root is null)
        {
            return new ListDistributionTenantsResult();
        }

        var items = (Child(root, "DistributionTenantList")?.Elements() ?? [])
            .Where(e => e.Name.LocalName == "DistributionTenantSummary")
            .Select(e => new DistributionTenantSummary
            {
                Id = Text(e, "Id") ?? "",
                Name = Text(e, "Name") ?? "",
                Arn = Text(e, "Arn") ?? "",
                DistributionId = Text(e, "DistributionId"),
                ConnectionGroupId = Text(e, "ConnectionGroupId"),
                Enabled = Bool(e, "Enabled"),
            })
            .ToList();
        return new ListDistributionTenantsResult { NextMarker = NullIfEmpty(Text(root, "NextMarker")), DistributionTenantList = items };
    }

    public static byte[] Tags(Tags tags) => Serialize(TagsElement("Tags", tags));

    public static byte[] TagKeys(TagKeys keys) =>
        Serialize(new XElement(Ns + "TagKeys",
            new XElement(Ns + "Items", (keys.Items ?? []).Select(k => new XElement(Ns + "Key", k)))));

    public static ConnectionGroup? ParseConnectionGroup(byte[] body)
    {
        var root = Load(body);
        if (root is null)
        {
            return null;
        }

        // The payload member is the document root; tolerate a wrapping element too.
        var element = root.Name.LocalName == "ConnectionGroup" ? root : Child(root, "ConnectionGroup") ?? root;
        return new ConnectionGroup
        {
            Id = Text(element, "Id") ?? "",
            Name = Text(element, "Name") ?? "",
            Arn = Text(element, "Arn") ?? "",
            CreatedTime = Time(element, "CreatedTime"),
            LastModifiedTime = Time(element, "LastModifiedTime"),
            Tags = Child(element, "Tags") is { } tags ? ParseTags(tags) : null,
            Ipv6Enabled = Bool(element, "Ipv6Enabled"),
            RoutingEndpoint = Text(element, "RoutingEndpoint"),
            AnycastIpListId = Text(element, "AnycastIpListId"),
            Status = Text(element, "Status"),
            Enabled = Bool(element, "Enabled"),
            IsDefault = Bool(element, "IsDefault"),
        };
    }

    public static ListConnectionGroupsResult ParseListConnectionGroups(byte[] body)
    {
        var root = Load(body);
        if (root is null)
        {
            return new ListConnectionGroupsResult { ConnectionGroups = [] };
        }

        var items = Child(root, "ConnectionGroups")?.Elements()
            .Where(e => e.Name.LocalName == "ConnectionGroupSummary")
            .Select(e => new ConnectionGroupSummary
            {
                Id = Text(e, "Id") ?? "",
                Name = Text(e, "Name") ?? "",
                Arn = Text(e, "Arn") ?? "",
                RoutingEndpoint = Text(e, "RoutingEndpoint") ?? "",
                CreatedTime = Time(e, "CreatedTime"),
                LastModifiedTime = Time(e, "LastModifiedTime"),
                ETag = Text(e, "ETag") ?? "",
                AnycastIpListId = Text(e, "AnycastIpListId"),
                Enabled = Bool(e, "Enabled"),
                Status = Text(e, "Status"),
                IsDefault = Bool(e, "IsDefault"),
            })
            .ToList() ?? [];
        return new ListConnectionGroupsResult { NextMarker = NullIfEmpty(Text(root, "NextMarker")), ConnectionGroups = items };
    }

    public static Tags ParseTagsDocument(byte[] body)
    {
        var root = Load(body);
        if (root is null)
        {
            return new Tags { Items = [] };
        }

        return ParseTags(root.Name.LocalName == "Tags" ? root : Child(root, "Tags") ?? root);
    }

    private static Tags ParseTags(XElement tags) =>
        new()
        {
            Items = (Child(tags, "Items")?.Elements() ?? [])
                .Where(e => e.Name.LocalName == "Tag")
                .Select(e => new Tag { Key = Text(e, "Key") ?? "", Value = Text(e, "Value") })
                .ToList(),
        };

    private static List<IpamCidrConfig> ParseIpamCidrConfigs(XElement? list) =>
        (list?.Elements() ?? [])
            .Where(e => e.Name.LocalName == "IpamCidrConfig")
            .Select(e => new IpamCidrConfig
            {
                Cidr = Text(e, "Cidr") ?? "",
                IpamPoolArn = Text(e, "IpamPoolArn") ?? "",
                AnycastIp = Text(e, "AnycastIp"),
                Status = Text(e, "Status"),
            })
            .ToList();

    private static XElement? IpamCidrConfigsElement(IReadOnlyList<IpamCidrConfig>? configs) =>
        configs is null ? null : new XElement(Ns + "IpamCidrConfigs", configs.Select(c => new XElement(Ns + "IpamCidrConfig",
            Leaf("Cidr", c.Cidr),
            Leaf("IpamPoolArn", c.IpamPoolArn),
            Leaf("AnycastIp", c.AnycastIp))));

    private static int? Int(XElement parent, string name) =>
        Text(parent, name) is { } s && int.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static XElement TagsElement(string name, Tags tags) =>
        new(Ns + name,
            new XElement(Ns + "Items", (tags.Items ?? []).Select(t =>
                new XElement(Ns + "Tag", Leaf("Key", t.Key), Leaf("Value", t.Value)))));

    private static XElement? Leaf(string name, string? value) => value is null ? null : new XElement(Ns + name, value);

    private static XElement? Leaf(string name, bool? value) => value is null ? null : new XElement(Ns + name, value.Value ? "true" : "false");

    private static XElement? Leaf(string name, int? value) =>
        value is null ? null : new XElement(Ns + name, value.Value.ToString(CultureInfo.InvariantCulture));

    private static byte[] Serialize(XElement root)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Save(writer);
        }

        return stream.ToArray();
    }

    private static XElement? Load(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        using var stream = new MemoryStream(body);
        // Keep whitespace-only text: a tag value of one space is a value, not formatting.
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace).Root;
    }

    private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string? Text(XElement parent, string name) => Child(parent, name)?.Value;

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static bool? Bool(XElement parent, string name) =>
        Text(parent, name) is { } s ? string.Equals(s.Trim(), "true", StringComparison.OrdinalIgnoreCase) : null;

    private static DateTimeOffset? Time(XElement parent, string name) =>
        Text(parent, name) is { } s
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t
            : null;
}
