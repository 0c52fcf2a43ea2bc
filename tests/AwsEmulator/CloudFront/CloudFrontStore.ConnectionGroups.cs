using System.Security.Cryptography;
using AwsEmulator.Http;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.CloudFront;

/// <summary>
/// CloudFront (a global service: one set per account, whatever the signing region): connection groups,
/// Anycast static IP lists, distribution tenants, and the tags of all three.
/// </summary>
internal sealed partial class CloudFrontStore : IServiceBackend
{
    private const int DefaultPageSize = 100;
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string UpperAlnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string LowerAlnum = "0123456789abcdefghijklmnopqrstuvwxyz";

    private readonly EmulatorOptions _options;
    private readonly Dictionary<string, ConnectionGroup> _groups = new(StringComparer.Ordinal);
    private long _sequence;

    public CloudFrontStore(EmulatorOptions options)
    {
        _options = options;
    }

    public void Clear()
    {
        _groups.Clear();
        _lists.Clear();
        _tenants.Clear();
    }

    public JObject Invoke(string operation, JObject input, RequestScope scope)
    {
        PurgeDeleted(scope.Now);
        return Dispatch(operation, input, scope);
    }

    private JObject Dispatch(string operation, JObject input, RequestScope scope) => operation switch
    {
        "CreateAnycastIpList" => CreateList(input, scope),
        "GetAnycastIpList" => ListWithETag(ResolveList((string)input["Id"]!), scope),
        "UpdateAnycastIpList" => UpdateList(input, scope),
        "DeleteAnycastIpList" => DeleteList(input, scope),
        "ListAnycastIpLists" => ListLists(input, scope),
        "ListDistributionsByAnycastIpListId" => DistributionsByList(input),
        "CreateDistributionTenant" => CreateTenant(input, scope),
        "GetDistributionTenant" => TenantWithETag(ResolveTenant((string)input["Identifier"]!)),
        "DeleteDistributionTenant" => DeleteTenant(input),
        "ListDistributionTenants" => ListTenants(input),
        "CreateConnectionGroup" => Create(input, scope),
        "GetConnectionGroup" => WithETag(Resolve((string)input["Identifier"]!), scope),
        "GetConnectionGroupByRoutingEndpoint" => WithETag(
            _groups.Values.FirstOrDefault(g => g.RoutingEndpoint == (string)input["RoutingEndpoint"]!)
                ?? throw NotFound((string)input["RoutingEndpoint"]!),
            scope),
        "UpdateConnectionGroup" => Update(input, scope),
        "DeleteConnectionGroup" => Delete(input, scope),
        "ListConnectionGroups" => List(input, scope),
        "TagResource" => Tag(input),
        "UntagResource" => Untag(input),
        "ListTagsForResource" => new JObject { ["Tags"] = TagsJson(FindByArn((string)input["Resource"]!).Tags) },
        _ => throw new AwsErrorException("InvalidAction", $"Operation {operation} is not supported by the emulator.", 400),
    };

    private static string Random(string alphabet, int length) =>
        string.Create(length, alphabet, (span, chars) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = chars[RandomNumberGenerator.GetInt32(chars.Length)];
            }
        });

    /// <summary>ETags look like CloudFront's: "E" and 13 upper-case letters or digits.</summary>
    private static string NewETag() => "E" + Random(UpperAlnum, 13);

    private static AwsErrorException NotFound(string what) =>
        new("EntityNotFound", $"The connection group {what} does not exist.");

    /// <summary>
    /// A deleted group leaves once its delete has rolled out (the deployment delay). Until then
    /// GetConnectionGroup still finds it and its name is still taken, so a same-name create straight
    /// after a delete meets EntityAlreadyExists, as users of AWS report.
    /// </summary>
    private void PurgeDeleted(DateTimeOffset now)
    {
        foreach (var gone in _groups.Values.Where(g => g.GoneAt is { } at && now >= at).Select(g => g.Id).ToList())
        {
            _groups.Remove(gone);
        }
    }

    private JObject Create(JObject input, RequestScope scope)
    {
        var name = (string)input["Name"]!;
        if (_groups.Values.Any(g => g.Name == name))
        {
            throw new AwsErrorException("EntityAlreadyExists", $"A connection group named {name} already exists.");
        }

        if (_options.ConnectionGroupLimit is { } limit && _groups.Count >= limit)
        {
            throw new AwsErrorException("EntityLimitExceeded", $"The account already has the maximum of {limit} connection groups.");
        }

        var ipv6 = (bool?)input["Ipv6Enabled"] ?? true;
        var anycastId = (string?)input["AnycastIpListId"];
        CheckAnycastAssociation(anycastId, ipv6);
        var id = "cg_" + Random(Base62, 27);
        var group = new ConnectionGroup
        {
            Id = id,
            Name = name,
            Arn = $"arn:aws:cloudfront::{scope.AccountId}:connection-group/{id}",
            // AWS's documented shape (ConnectionGroup.RoutingEndpoint, e.g. d111111abcdef8.cloudfront.net):
            // "d" and 13 lower-case letters and digits.
            RoutingEndpoint = "d" + Random(LowerAlnum, 13) + ".cloudfront.net",
            CreatedTime = scope.Now,
            LastModifiedTime = scope.Now,
            DeployedAt = scope.Now + scope.DeploymentDelay,
            Ipv6Enabled = ipv6,
            Enabled = (bool?)input["Enabled"] ?? true,
            AnycastIpListId = string.IsNullOrEmpty(anycastId) ? null : anycastId,
            ETag = NewETag(),
            Sequence = ++_sequence,
        };
        SetTags(group.Tags, input["Tags"]);
        _groups[id] = group;
        return WithETag(group, scope);
    }

    private JObject Update(JObject input, RequestScope scope)
    {
        var group = Live(Resolve((string)input["Id"]!));
        CheckIfMatch(group, (string)input["IfMatch"]!);
        var ipv6 = (bool?)input["Ipv6Enabled"] ?? group.Ipv6Enabled;
        var anycastId = input["AnycastIpListId"] is { Type: not JTokenType.Null } anycast ? (string?)anycast : group.AnycastIpListId;

        // An empty id detaches the list (the API reference documents no other way to say "none").
        anycastId = string.IsNullOrEmpty(anycastId) ? null : anycastId;
        CheckAnycastAssociation(anycastId, ipv6);
        group.Ipv6Enabled = ipv6;
        group.Enabled = (bool?)input["Enabled"] ?? group.Enabled;
        group.AnycastIpListId = anycastId;

        group.LastModifiedTime = scope.Now;
        group.DeployedAt = scope.Now + scope.DeploymentDelay;
        group.ETag = NewETag();
        return WithETag(group, scope);
    }

    private JObject Delete(JObject input, RequestScope scope)
    {
        var group = Live(_groups.GetValueOrDefault((string)input["Id"]!) ?? throw NotFound((string)input["Id"]!));
        CheckIfMatch(group, (string)input["IfMatch"]!);

        // DeleteConnectionGroup documents CannotDeleteEntityWhileInUse; distribution tenants are what a
        // connection group serves, so any tenant still associated with the group keeps it in use.
        if (_tenants.Values.Any(t => t.ConnectionGroupId == group.Id))
        {
            throw new AwsErrorException("CannotDeleteEntityWhileInUse", $"The connection group {group.Id} is associated with distribution tenants and cannot be deleted.");
        }

        // DeleteConnectionGroup documents ResourceNotDisabled (not ResourceInUse); like
        // DistributionNotDisabled for distributions, it also covers a disable that has not finished deploying.
        if (group.Enabled)
        {
            throw new AwsErrorException("ResourceNotDisabled", $"The connection group {group.Id} must be disabled before it can be deleted.");
        }

        if (group.StatusAt(scope.Now) != "Deployed")
        {
            throw new AwsErrorException("ResourceNotDisabled", $"The connection group {group.Id} is disabled but the change has not finished deploying; wait for Status Deployed.");
        }

        group.DeletedAt = scope.Now;
        group.GoneAt = scope.Now + scope.DeploymentDelay;
        if (scope.DeploymentDelay <= TimeSpan.Zero)
        {
            _groups.Remove(group.Id);
        }

        return [];
    }

    private JObject List(JObject input, RequestScope scope)
    {
        var offset = PageToken.Decode((string?)input["Marker"])
            ?? throw new AwsErrorException("InvalidArgument", "The Marker is not valid.");
        var size = (int?)input["MaxItems"] ?? DefaultPageSize;
        if (size < 1)
        {
            throw new AwsErrorException("InvalidArgument", "MaxItems must be at least 1.");
        }

        var anycast = (string?)input["AssociationFilter"]?["AnycastIpListId"];
        var all = _groups.Values
            .Where(g => anycast is null || g.AnycastIpListId == anycast)
            .OrderBy(g => g.Sequence)
            .ToList();
        var (page, next) = PageToken.Slice(all, offset, size);
        var output = new JObject
        {
            ["ConnectionGroups"] = new JArray(page.Select(g =>
            {
                var summary = Describe(g, scope);
                summary.Remove("Tags");
                summary.Remove("Ipv6Enabled");
                summary["ETag"] = g.ETag;
                return summary;
            })),
        };
        if (next is not null)
        {
            output["NextMarker"] = next;
        }

        return output;
    }

    private JObject Tag(JObject input)
    {
        var resource = FindByArn((string)input["Resource"]!);
        SetTags(resource.Tags, input["Tags"]);
        return [];
    }

    private JObject Untag(JObject input)
    {
        var resource = FindByArn((string)input["Resource"]!);
        var keys = (input["TagKeys"]?["Items"] as JArray ?? []).Select(k => (string?)k).ToHashSet();
        resource.Tags.RemoveAll(t => keys.Contains(t.Key));
        return [];
    }

    /// <summary>
    /// The documented rule for an Anycast static IP list on a connection group: the list must exist
    /// (CreateConnectionGroup documents EntityNotFound), and IPv6 on the group needs a dual-stack list
    /// (CloudFront Developer Guide, Anycast static IPs; terraform-provider-aws #49129 reports AWS's
    /// refusal). The refusal's code is InvalidArgument, the code both operations document for a bad value.
    /// AWS does not say whether IPv6 may be off on an ipv6-only list, so the emulator allows it.
    /// </summary>
    private void CheckAnycastAssociation(string? anycastId, bool ipv6)
    {
        if (string.IsNullOrEmpty(anycastId))
        {
            return;
        }

        var list = _lists.GetValueOrDefault(anycastId)
            ?? throw new AwsErrorException("EntityNotFound", $"The Anycast static IP list {anycastId} does not exist.");
        if (ipv6 && list.IpAddressType != "dualstack")
        {
            throw new AwsErrorException("InvalidArgument",
                $"IPv6 cannot be enabled on a connection group whose Anycast static IP list {anycastId} has IpAddressType {list.IpAddressType}; use a dualstack list or disable IPv6.");
        }
    }

    private static void CheckIfMatch(ConnectionGroup group, string ifMatch)
    {
        if (ifMatch != group.ETag)
        {
            throw new AwsErrorException("PreconditionFailed", $"The If-Match version {ifMatch} is missing or not valid for the connection group {group.Id}.");
        }
    }

    private static void SetTags(List<KeyValuePair<string, string?>> target, JToken? tags)
    {
        foreach (var tag in (tags?["Items"] as JArray ?? []).OfType<JObject>())
        {
            var key = (string)tag["Key"]!;
            var value = (string?)tag["Value"];
            var index = target.FindIndex(t => t.Key == key);
            if (index >= 0)
            {
                target[index] = new(key, value);
            }
            else
            {
                target.Add(new(key, value));
            }
        }
    }

    private static JObject TagsJson(ConnectionGroup group) => TagsJson(group.Tags);

    private static JObject TagsJson(List<KeyValuePair<string, string?>> tags) => new()
    {
        ["Items"] = new JArray(tags.Select(t =>
        {
            var tag = new JObject { ["Key"] = t.Key };
            if (t.Value is not null)
            {
                tag["Value"] = t.Value;
            }

            return tag;
        })),
    };

    /// <summary>A group whose delete was accepted can no longer be changed or deleted again.</summary>
    private static ConnectionGroup Live(ConnectionGroup group) => group.IsDeleting ? throw NotFound(group.Id) : group;

    /// <summary>GetConnectionGroup accepts the id, the name or the ARN.</summary>
    private ConnectionGroup Resolve(string identifier) =>
        _groups.GetValueOrDefault(identifier)
        ?? _groups.Values.FirstOrDefault(g => g.Name == identifier || g.Arn == identifier)
        ?? throw NotFound(identifier);

    private (string Arn, List<KeyValuePair<string, string?>> Tags) FindByArn(string arn) =>
        _groups.Values.Where(g => g.Arn == arn).Select(g => (g.Arn, g.Tags))
            .Concat(_lists.Values.Where(l => l.Arn == arn).Select(l => (l.Arn, l.Tags)))
            .Concat(_tenants.Values.Where(t => t.Arn == arn).Select(t => (t.Arn, t.Tags)))
            .Cast<(string Arn, List<KeyValuePair<string, string?>> Tags)?>()
            .FirstOrDefault()
        ?? throw new AwsErrorException("NoSuchResource", $"The resource {arn} does not exist.");

    private static JObject WithETag(ConnectionGroup group, RequestScope scope) => new()
    {
        ["ConnectionGroup"] = Describe(group, scope),
        ["ETag"] = group.ETag,
    };

    private static JObject Describe(ConnectionGroup group, RequestScope scope)
    {
        var output = new JObject
        {
            ["Id"] = group.Id,
            ["Name"] = group.Name,
            ["Arn"] = group.Arn,
            ["CreatedTime"] = group.CreatedTime.UtcDateTime,
            ["LastModifiedTime"] = group.LastModifiedTime.UtcDateTime,
            ["Tags"] = TagsJson(group),
            ["Ipv6Enabled"] = group.Ipv6Enabled,
            ["RoutingEndpoint"] = group.RoutingEndpoint,
            ["Status"] = group.StatusAt(scope.Now),
            ["Enabled"] = group.Enabled,
            ["IsDefault"] = false,
        };
        if (group.AnycastIpListId is not null)
        {
            output["AnycastIpListId"] = group.AnycastIpListId;
        }

        return output;
    }
}
