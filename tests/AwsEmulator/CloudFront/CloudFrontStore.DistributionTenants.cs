using AwsEmulator.Http;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.CloudFront;

/// <summary>
/// The few distribution-tenant operations tests need to put a connection group in use: create, get,
/// list (with AssociationFilter) and delete. The emulator serves no distributions, so it accepts any
/// DistributionId (AWS would answer EntityNotFound for one it does not know).
/// </summary>
internal sealed partial class CloudFrontStore
{
    private readonly Dictionary<string, DistributionTenant> _tenants = new(StringComparer.Ordinal);

    private JObject CreateTenant(JObject input, RequestScope scope)
    {
        var name = (string)input["Name"]!;
        if (_tenants.Values.Any(t => t.Name == name))
        {
            throw new AwsErrorException("EntityAlreadyExists", $"A distribution tenant named {name} already exists.");
        }

        var groupId = (string?)input["ConnectionGroupId"];
        if (groupId is not null && !_groups.ContainsKey(groupId))
        {
            throw new AwsErrorException("EntityNotFound", $"The connection group {groupId} does not exist.");
        }

        var domains = (input["Domains"] as JArray ?? []).Select(d => (string)d["Domain"]!).ToList();
        if (domains.Count == 0)
        {
            // CreateDistributionTenant: "You must specify at least one domain in the request."
            throw new AwsErrorException("InvalidArgument", "At least one domain is required.");
        }

        var id = "dt_" + Random(Base62, 27);
        var tenant = new DistributionTenant
        {
            Id = id,
            DistributionId = (string)input["DistributionId"]!,
            Name = name,
            Arn = $"arn:aws:cloudfront::{scope.AccountId}:distribution-tenant/{id}",
            Domains = domains,

            // Left out, AWS associates the account's default connection group; the emulator has none, so the tenant names no group.
            ConnectionGroupId = groupId,

            // AWS documents no default for Enabled; a tenant is created serving traffic unless told otherwise.
            Enabled = (bool?)input["Enabled"] ?? true,
            CreatedTime = scope.Now,
            ETag = NewETag(),
            Sequence = ++_sequence,
        };
        SetTags(tenant.Tags, input["Tags"]);
        _tenants[id] = tenant;
        return TenantWithETag(tenant);
    }

    private JObject DeleteTenant(JObject input)
    {
        var tenant = _tenants.GetValueOrDefault((string)input["Id"]!)
            ?? throw new AwsErrorException("EntityNotFound", $"The distribution tenant {(string)input["Id"]!} does not exist.");
        if ((string)input["IfMatch"]! != tenant.ETag)
        {
            throw new AwsErrorException("PreconditionFailed", $"The If-Match version is missing or not valid for the distribution tenant {tenant.Id}.");
        }

        // DeleteDistributionTenant: "delete a distribution tenant that is currently enabled, the request will fail".
        if (tenant.Enabled)
        {
            throw new AwsErrorException("ResourceNotDisabled", $"The distribution tenant {tenant.Id} must be disabled before it can be deleted.");
        }

        _tenants.Remove(tenant.Id);
        return [];
    }

    private JObject ListTenants(JObject input)
    {
        var offset = PageToken.Decode((string?)input["Marker"])
            ?? throw new AwsErrorException("InvalidArgument", "The Marker is not valid.");
        var size = (int?)input["MaxItems"] ?? DefaultPageSize;
        if (size < 1)
        {
            throw new AwsErrorException("InvalidArgument", "MaxItems must be at least 1.");
        }

        var byGroup = (string?)input["AssociationFilter"]?["ConnectionGroupId"];
        var byDistribution = (string?)input["AssociationFilter"]?["DistributionId"];
        var all = _tenants.Values
            .Where(t => byGroup is null || t.ConnectionGroupId == byGroup)
            .Where(t => byDistribution is null || t.DistributionId == byDistribution)
            .OrderBy(t => t.Sequence)
            .ToList();
        var (page, next) = PageToken.Slice(all, offset, size);
        var output = new JObject
        {
            ["DistributionTenantList"] = new JArray(page.Select(t =>
            {
                var summary = DescribeTenant(t);
                summary.Remove("Tags");
                summary["ETag"] = t.ETag;
                return summary;
            })),
        };
        if (next is not null)
        {
            output["NextMarker"] = next;
        }

        return output;
    }

    private DistributionTenant ResolveTenant(string identifier) =>
        _tenants.GetValueOrDefault(identifier)
        ?? _tenants.Values.FirstOrDefault(t => t.Name == identifier || t.Arn == identifier)
        ?? throw new AwsErrorException("EntityNotFound", $"The distribution tenant {identifier} does not exist.");

    private static JObject TenantWithETag(DistributionTenant tenant) => new()
    {
        ["DistributionTenant"] = DescribeTenant(tenant),
        ["ETag"] = tenant.ETag,
    };

    private static JObject DescribeTenant(DistributionTenant tenant)
    {
        var output = new JObject
        {
            ["Id"] = tenant.Id,
            ["DistributionId"] = tenant.DistributionId,
            ["Name"] = tenant.Name,
            ["Arn"] = tenant.Arn,
            ["Domains"] = new JArray(tenant.Domains.Select(d => new JObject { ["Domain"] = d, ["Status"] = "active" })),
            ["Tags"] = TagsJson(tenant.Tags),
            ["CreatedTime"] = tenant.CreatedTime.UtcDateTime,
            ["LastModifiedTime"] = tenant.CreatedTime.UtcDateTime,
            ["Enabled"] = tenant.Enabled,
            ["Status"] = "Deployed",
        };
        if (tenant.ConnectionGroupId is not null)
        {
            output["ConnectionGroupId"] = tenant.ConnectionGroupId;
        }

        return output;
    }
}
