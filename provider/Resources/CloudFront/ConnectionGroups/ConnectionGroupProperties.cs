using Awsdirect.Provider.Protocol.Properties;

namespace Awsdirect.Provider.Resources.CloudFront.ConnectionGroups;

/// <summary>Property names of <c>awsdirect:cloudfront:ConnectionGroup</c> (the API's members, camelCase).</summary>
internal static class ConnectionGroupProperties
{
    // Inputs.
    public const string Name = "name";
    public const string Enabled = "enabled";
    public const string Ipv6Enabled = "ipv6Enabled";
    public const string AnycastIpListId = "anycastIpListId";

    /// <summary>The list's <c>ipAddressType</c>, wired from an AnycastIpList of the stack so preview knows it; never sent to AWS.</summary>
    public const string AnycastIpListIpAddressType = "anycastIpListIpAddressType";
    public const string Tags = "tags";
    public const string WaitForDeployment = "waitForDeployment";

    // Outputs AWS sets.
    public const string Arn = "arn";
    public const string ETag = "etag";
    public const string RoutingEndpoint = "routingEndpoint";
    public const string Status = "status";
    public const string IsDefault = "isDefault";
    public const string CreatedTime = "createdTime";
    public const string LastModifiedTime = "lastModifiedTime";

    /// <summary>The status CloudFront reports once a change has reached every edge location.</summary>
    public const string Deployed = "Deployed";

    /// <summary>The only list type on which CloudFront accepts IPv6 for the group.</summary>
    public const string DualStack = "dualstack";

    public static readonly IReadOnlyList<string> Inputs = [Name, Enabled, Ipv6Enabled, AnycastIpListId, AnycastIpListIpAddressType, Tags, WaitForDeployment];

    public static readonly IReadOnlyList<string> ServerSet = [Arn, ETag, RoutingEndpoint, Status, IsDefault, CreatedTime, LastModifiedTime];

    /// <summary>What the provider sends when the program leaves a flag out (it always sends the flags explicitly).</summary>
    public static bool DefaultOf(string property) => property switch
    {
        // CreateConnectionGroup documents Ipv6Enabled defaulting to true; a new group serves traffic unless disabled.
        Enabled or Ipv6Enabled or WaitForDeployment => true,
        _ => throw new ArgumentOutOfRangeException(nameof(property), property, "not a flag"),
    };

    /// <summary>
    /// The default of a flag given the rest of the inputs; null while what it depends on is unknown.
    /// <c>ipv6Enabled</c>: CloudFront's default (true) without an Anycast static IP list. With one, AWS
    /// refuses IPv6 unless the list is <c>dualstack</c> (terraform-provider-aws #49129), so the default
    /// follows the list: true for a dual-stack list, false for an ipv4 or ipv6 one, and false when the list's
    /// type is not given (<c>anycastIpListIpAddressType</c>), because lists are IPv4 unless created otherwise.
    /// </summary>
    public static bool? DefaultOf(string property, PropertyMap inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (property != Ipv6Enabled)
        {
            return DefaultOf(property);
        }

        var list = inputs.GetNonNull(AnycastIpListId)?.Unwrap();
        if (list is null || (list.Kind == PropertyValueKind.String && list.StringValue.Length == 0))
        {
            return true;
        }

        // A list id still unknown at preview is a list all the same: its wired-in type decides.
        var type = inputs.GetNonNull(AnycastIpListIpAddressType)?.Unwrap();
        if (type is null)
        {
            return list.IsComputed ? null : false;
        }

        return type.IsComputed ? null : type.Kind == PropertyValueKind.String && type.StringValue == DualStack;
    }
}
