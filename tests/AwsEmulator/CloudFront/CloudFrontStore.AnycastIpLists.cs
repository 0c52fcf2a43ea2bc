using System.Globalization;
using AwsEmulator.Http;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.CloudFront;

/// <summary>Anycast static IP lists (CreateAnycastIpList ... ListDistributionsByAnycastIpListId).</summary>
internal sealed partial class CloudFrontStore
{
    private readonly Dictionary<string, AnycastIpList> _lists = new(StringComparer.Ordinal);

    private static AwsErrorException ListNotFound(string id) =>
        new("EntityNotFound", $"The Anycast static IP list {id} does not exist.");

    private JObject CreateList(JObject input, RequestScope scope)
    {
        var name = (string)input["Name"]!;

        // The model documents EntityAlreadyExists; names are the only caller-chosen identity a list has.
        if (_lists.Values.Any(l => l.Name == name))
        {
            throw new AwsErrorException("EntityAlreadyExists", $"An Anycast static IP list named {name} already exists.");
        }

        var count = (int)input["IpCount"]!;

        // The model's member documentation: "Valid values: 21 or 3".
        if (count is not (3 or 21))
        {
            throw new AwsErrorException("InvalidArgument", $"IpCount {count} is not valid; valid values are 3 and 21.");
        }

        // AWS documents no default IpAddressType; lists created without one are IPv4 lists (the API
        // before IpAddressType existed allocated IPv4 only, and terraform-provider-aws #49129 reports
        // that lists created without the member are IPv4-only).
        var type = (string?)input["IpAddressType"] ?? "ipv4";
        var id = "aip_" + Random(Base62, 22);
        var list = new AnycastIpList
        {
            Id = id,
            Name = name,
            Arn = $"arn:aws:cloudfront::{scope.AccountId}:anycast-ip-list/{id}",
            IpCount = count,
            IpAddressType = type,
            LastModifiedTime = scope.Now,
            DeployedAt = scope.Now + scope.DeploymentDelay,
            ETag = NewETag(),
            Sequence = ++_sequence,
        };
        SetIpamConfigs(list, input["IpamCidrConfigs"] as JArray);
        list.AnycastIps = Allocate(list);
        SetTags(list.Tags, input["Tags"]);
        _lists[id] = list;
        return ListWithETag(list, scope);
    }

    private JObject UpdateList(JObject input, RequestScope scope)
    {
        var list = ResolveList((string)input["Id"]!);
        CheckListIfMatch(list, (string)input["IfMatch"]!);
        var type = (string?)input["IpAddressType"] ?? list.IpAddressType;

        // Narrowing a dual-stack list under a group that serves IPv6 would break the rule
        // CreateConnectionGroup enforces; AWS does not document this case, so the emulator applies the
        // same rule from the list's side rather than leave a group in a state AWS refuses to create.
        if (type != "dualstack" && _groups.Values.Any(g => g.AnycastIpListId == list.Id && g.Ipv6Enabled))
        {
            throw new AwsErrorException("InvalidArgument",
                $"The Anycast static IP list {list.Id} is used by a connection group with IPv6 enabled, so its IpAddressType must stay dualstack.");
        }

        list.IpAddressType = type;
        if (input["IpamCidrConfigs"] is JArray configs)
        {
            SetIpamConfigs(list, configs);
        }

        list.AnycastIps = Allocate(list);
        list.LastModifiedTime = scope.Now;
        list.DeployedAt = scope.Now + scope.DeploymentDelay;
        list.ETag = NewETag();
        return ListWithETag(list, scope);
    }

    private JObject DeleteList(JObject input, RequestScope scope)
    {
        var list = _lists.GetValueOrDefault((string)input["Id"]!) ?? throw ListNotFound((string)input["Id"]!);
        CheckListIfMatch(list, (string)input["IfMatch"]!);

        // DeleteAnycastIpList documents CannotDeleteEntityWhileInUse: a list that a connection group (or a
        // distribution, which the emulator does not serve) still names is in use.
        var users = _groups.Values.Where(g => g.AnycastIpListId == list.Id).Select(g => g.Id).ToList();
        if (users.Count > 0)
        {
            throw new AwsErrorException("CannotDeleteEntityWhileInUse",
                $"The Anycast static IP list {list.Id} is in use by connection group(s) {string.Join(", ", users)}.");
        }

        // AWS does not document deleting a list whose change is still deploying; like connection groups
        // (ResourceNotDisabled), the emulator requires the list to be Deployed, with the model's IllegalDelete.
        if (list.StatusAt(scope.Now) != "Deployed")
        {
            throw new AwsErrorException("IllegalDelete", $"The Anycast static IP list {list.Id} is still deploying; wait for Status Deployed.");
        }

        _lists.Remove(list.Id);
        return [];
    }

    private JObject ListLists(JObject input, RequestScope scope)
    {
        var offset = PageToken.Decode((string?)input["Marker"])
            ?? throw new AwsErrorException("InvalidArgument", "The Marker is not valid.");
        var size = (int?)input["MaxItems"] ?? DefaultPageSize;
        if (size < 1)
        {
            throw new AwsErrorException("InvalidArgument", "MaxItems must be at least 1.");
        }

        var all = _lists.Values.OrderBy(l => l.Sequence).ToList();
        var (page, next) = PageToken.Slice(all, offset, size);
        var collection = new JObject
        {
            ["Items"] = new JArray(page.Select(l =>
            {
                var summary = DescribeList(l, scope);
                summary.Remove("AnycastIps");
                summary["ETag"] = l.ETag;
                return summary;
            })),
            ["Marker"] = (string?)input["Marker"] ?? string.Empty,
            ["MaxItems"] = size,
            ["IsTruncated"] = next is not null,
            ["Quantity"] = page.Count,
        };
        if (next is not null)
        {
            collection["NextMarker"] = next;
        }

        return new JObject { ["AnycastIpLists"] = collection };
    }

    /// <summary>The emulator serves no distributions, so a known list is used by none of them.</summary>
    private JObject DistributionsByList(JObject input)
    {
        var id = (string)input["AnycastIpListId"]!;
        _ = _lists.GetValueOrDefault(id) ?? throw ListNotFound(id);
        return new JObject
        {
            ["DistributionList"] = new JObject
            {
                ["Marker"] = (string?)input["Marker"] ?? string.Empty,
                ["MaxItems"] = int.TryParse((string?)input["MaxItems"], NumberStyles.None, CultureInfo.InvariantCulture, out var max) ? max : DefaultPageSize,
                ["IsTruncated"] = false,
                ["Quantity"] = 0,
                ["Items"] = new JArray(),
            },
        };
    }

    private AnycastIpList ResolveList(string id) => _lists.GetValueOrDefault(id) ?? throw ListNotFound(id);

    private static void CheckListIfMatch(AnycastIpList list, string ifMatch)
    {
        if (ifMatch != list.ETag)
        {
            throw new AwsErrorException("PreconditionFailed", $"The If-Match version {ifMatch} is missing or not valid for the Anycast static IP list {list.Id}.");
        }
    }

    /// <summary>
    /// Bring-your-own-IP lists name IPAM pools and CIDRs; the emulator has no IPAM, so it takes each
    /// config's AnycastIp (or the CIDR's first address) and reports it advertised. AWS is silent on the
    /// statuses a new list's configs pass through.
    /// </summary>
    private static void SetIpamConfigs(AnycastIpList list, JArray? configs)
    {
        if (configs is null || configs.Count == 0)
        {
            return;
        }

        list.IpamCidrConfigs = new JArray(configs.OfType<JObject>().Select(c =>
        {
            var copy = (JObject)c.DeepClone();
            copy["AnycastIp"] ??= ((string)c["Cidr"]!).Split('/')[0];
            copy["Status"] = "advertised";
            return copy;
        }));
    }

    /// <summary>
    /// IpCount addresses of the list's type. For dualstack AWS does not say how the count splits, so the
    /// emulator allocates IpCount IPv4 and IpCount IPv6 addresses. Documentation ranges (RFC 5737, RFC 3849).
    /// </summary>
    private static List<string> Allocate(AnycastIpList list)
    {
        if (list.IpamCidrConfigs is { Count: > 0 } configs)
        {
            return configs.Select(c => (string)c["AnycastIp"]!).ToList();
        }

        var seed = (int)(list.Sequence % 200);
        var v4 = Enumerable.Range(1, list.IpCount).Select(i => $"192.0.2.{(seed + i) % 250 + 1}");
        var v6 = Enumerable.Range(1, list.IpCount).Select(i => $"2001:db8:{seed:x}::{i:x}");
        return list.IpAddressType switch
        {
            "ipv6" => v6.ToList(),
            "dualstack" => v4.Concat(v6).ToList(),
            _ => v4.ToList(),
        };
    }

    private static JObject ListWithETag(AnycastIpList list, RequestScope scope) => new()
    {
        ["AnycastIpList"] = DescribeList(list, scope),
        ["ETag"] = list.ETag,
    };

    private static JObject DescribeList(AnycastIpList list, RequestScope scope)
    {
        var output = new JObject
        {
            ["Id"] = list.Id,
            ["Name"] = list.Name,
            ["Status"] = list.StatusAt(scope.Now),
            ["Arn"] = list.Arn,
            ["IpAddressType"] = list.IpAddressType,
            ["AnycastIps"] = new JArray(list.AnycastIps),
            ["IpCount"] = list.IpCount,
            ["LastModifiedTime"] = list.LastModifiedTime.UtcDateTime,
        };
        if (list.IpamCidrConfigs is { } configs)
        {
            output["IpamConfig"] = new JObject { ["Quantity"] = configs.Count, ["IpamCidrConfigs"] = configs.DeepClone() };
        }

        return output;
    }
}
