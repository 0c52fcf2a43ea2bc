using System.Text.RegularExpressions;
using Awsdirect.Provider.Protocol.Properties;
using static Awsdirect.Provider.Resources.Common.PropertyReader;

namespace Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

/// <summary>
/// The VPC side of a dataflow endpoint: AWS places network interfaces in the subnets and attaches the
/// security groups, so both lists need at least one real EC2 id. The model types them as free strings.
/// EC2 ids are the type prefix, a hyphen and 8 (before 2018) or 17 hex characters
/// (https://docs.aws.amazon.com/AWSEC2/latest/WindowsGuide/resource-ids.html).
/// The role ARN's format is the model's <c>RoleArn</c> pattern, checked by the shape validator.
/// </summary>
internal static partial class SecurityDetailsRules
{
    public static void Check(string path, PropertyValue? securityDetails, ICollection<CheckFailure> failures)
    {
        if (securityDetails is null || IsUnknown(securityDetails))
        {
            return;
        }

        IdList(path + ".subnetIds", Member(securityDetails, "subnetIds"), SubnetId(), "subnet id", "subnet-0123456789abcdef0", failures);
        IdList(path + ".securityGroupIds", Member(securityDetails, "securityGroupIds"), SecurityGroupId(), "security group id", "sg-0123456789abcdef0", failures);
    }

    private static void IdList(string path, PropertyValue? list, Regex format, string what, string example, ICollection<CheckFailure> failures)
    {
        var items = Items(list);
        if (items is null)
        {
            // Absent lists are the model's required-member rule; unknown lists are checked once known.
            return;
        }

        if (items.Count == 0)
        {
            failures.Add(new(path, $"at least one {what}: AWS needs one to place the endpoint's network interfaces"));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (!TryGetString(items[i], out var id))
            {
                continue;
            }

            if (!format.IsMatch(id))
            {
                failures.Add(new($"{path}[{i}]", $"{what} format: '{id}' is not a {what} (e.g. {example})"));
            }
            else if (!seen.Add(id))
            {
                failures.Add(new($"{path}[{i}]", $"duplicate {what}: '{id}' is listed twice"));
            }
        }
    }

    [GeneratedRegex("^subnet-([0-9a-f]{8}|[0-9a-f]{17})\\z")]
    private static partial Regex SubnetId();

    [GeneratedRegex("^sg-([0-9a-f]{8}|[0-9a-f]{17})\\z")]
    private static partial Regex SecurityGroupId();
}
