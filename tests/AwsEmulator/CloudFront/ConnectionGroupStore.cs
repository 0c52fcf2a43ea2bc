using System.Security.Cryptography;
using AwsEmulator.Http;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.CloudFront;

/// <summary>
/// CloudFront connection groups (a global service: one set per account, whatever the signing region)
/// and their tags.
/// </summary>
internal sealed class ConnectionGroupStore : IServiceBackend
{
    private const int DefaultPageSize = 100;
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string UpperAlnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string LowerAlnum = "0123456789abcdefghijklmnopqrstuvwxyz";

    private readonly EmulatorOptions _options;
    private readonly Dictionary<string, ConnectionGroup> _groups = new(StringComparer.Ordinal);
    private long _sequence;

    public ConnectionGroupStore(EmulatorOptions options)
    {
        _options = options;
    }

    public void Clear() => _groups.Clear();

    public JObject Invoke(string operation, JObject input, RequestScope scope) => operation switch
    {
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
        "ListTagsForResource" => new JObject { ["Tags"] = TagsJson(FindByArn((string)input["Resource"]!)) },
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
            DeployedAt = scope.Now + _options.CloudFrontDeploymentDelay,
            Ipv6Enabled = (bool?)input["Ipv6Enabled"] ?? true,
            Enabled = (bool?)input["Enabled"] ?? true,
            AnycastIpListId = (string?)input["AnycastIpListId"],
            ETag = NewETag(),
            Sequence = ++_sequence,
        };
        SetTags(group, input["Tags"]);
        _groups[id] = group;
        return WithETag(group, scope);
    }

    private JObject Update(JObject input, RequestScope scope)
    {
        var group = Resolve((string)input["Id"]!);
        CheckIfMatch(group, (string)input["IfMatch"]!);
        group.Ipv6Enabled = (bool?)input["Ipv6Enabled"] ?? group.Ipv6Enabled;
        group.Enabled = (bool?)input["Enabled"] ?? group.Enabled;
        if (input["AnycastIpListId"] is { Type: not JTokenType.Null } anycast)
        {
            group.AnycastIpListId = (string?)anycast;
        }

        group.LastModifiedTime = scope.Now;
        group.DeployedAt = scope.Now + _options.CloudFrontDeploymentDelay;
        group.ETag = NewETag();
        return WithETag(group, scope);
    }

    private JObject Delete(JObject input, RequestScope scope)
    {
        var group = _groups.GetValueOrDefault((string)input["Id"]!) ?? throw NotFound((string)input["Id"]!);
        CheckIfMatch(group, (string)input["IfMatch"]!);

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

        _groups.Remove(group.Id);
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
        var group = FindByArn((string)input["Resource"]!);
        SetTags(group, input["Tags"]);
        return [];
    }

    private JObject Untag(JObject input)
    {
        var group = FindByArn((string)input["Resource"]!);
        var keys = (input["TagKeys"]?["Items"] as JArray ?? []).Select(k => (string?)k).ToHashSet();
        group.Tags.RemoveAll(t => keys.Contains(t.Key));
        return [];
    }

    private static void CheckIfMatch(ConnectionGroup group, string ifMatch)
    {
        if (ifMatch != group.ETag)
        {
            throw new AwsErrorException("PreconditionFailed", $"The If-Match version {ifMatch} is missing or not valid for the connection group {group.Id}.");
        }
    }

    private static void SetTags(ConnectionGroup group, JToken? tags)
    {
        foreach (var tag in (tags?["Items"] as JArray ?? []).OfType<JObject>())
        {
            var key = (string)tag["Key"]!;
            var value = (string?)tag["Value"];
            var index = group.Tags.FindIndex(t => t.Key == key);
            if (index >= 0)
            {
                group.Tags[index] = new(key, value);
            }
            else
            {
                group.Tags.Add(new(key, value));
            }
        }
    }

    private static JObject TagsJson(ConnectionGroup group) => new()
    {
        ["Items"] = new JArray(group.Tags.Select(t =>
        {
            var tag = new JObject { ["Key"] = t.Key };
            if (t.Value is not null)
            {
                tag["Value"] = t.Value;
            }

            return tag;
        })),
    };

    /// <summary>GetConnectionGroup accepts the id, the name or the ARN.</summary>
    private ConnectionGroup Resolve(string identifier) =>
        _groups.GetValueOrDefault(identifier)
        ?? _groups.Values.FirstOrDefault(g => g.Name == identifier || g.Arn == identifier)
        ?? throw NotFound(identifier);

    private ConnectionGroup FindByArn(string arn) =>
        _groups.Values.FirstOrDefault(g => g.Arn == arn)
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
