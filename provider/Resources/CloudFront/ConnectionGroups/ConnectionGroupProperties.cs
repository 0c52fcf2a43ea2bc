namespace Awsdirect.Provider.Resources.CloudFront.ConnectionGroups;

/// <summary>Property names of <c>awsdirect:cloudfront:ConnectionGroup</c> (the API's members, camelCase).</summary>
internal static class ConnectionGroupProperties
{
    // Inputs.
    public const string Name = "name";
    public const string Enabled = "enabled";
    public const string Ipv6Enabled = "ipv6Enabled";
    public const string AnycastIpListId = "anycastIpListId";
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

    public static readonly IReadOnlyList<string> Inputs = [Name, Enabled, Ipv6Enabled, AnycastIpListId, Tags, WaitForDeployment];

    public static readonly IReadOnlyList<string> ServerSet = [Arn, ETag, RoutingEndpoint, Status, IsDefault, CreatedTime, LastModifiedTime];

    /// <summary>What CloudFront applies when the program leaves a flag out (the provider sends these explicitly).</summary>
    public static bool DefaultOf(string property) => property switch
    {
        // CreateConnectionGroup documents Ipv6Enabled defaulting to true; a new group serves traffic unless disabled.
        Enabled or Ipv6Enabled or WaitForDeployment => true,
        _ => throw new ArgumentOutOfRangeException(nameof(property), property, "not a flag"),
    };
}
