namespace Awsdirect.Provider.Resources.CloudFront.AnycastIpLists;

/// <summary>Property names of <c>awsdirect:cloudfront:AnycastIpList</c> (the API's members, camelCase).</summary>
internal static class AnycastIpListProperties
{
    // Inputs.
    public const string Name = "name";
    public const string IpCount = "ipCount";
    public const string IpAddressType = "ipAddressType";
    public const string IpamCidrConfigs = "ipamCidrConfigs";
    public const string Tags = "tags";
    public const string WaitForDeployment = "waitForDeployment";

    // Members of one IPAM CIDR config.
    public const string Cidr = "cidr";
    public const string IpamPoolArn = "ipamPoolArn";
    public const string AnycastIp = "anycastIp";

    // Outputs AWS sets.
    public const string Arn = "arn";
    public const string ETag = "etag";
    public const string Status = "status";
    public const string AnycastIps = "anycastIps";
    public const string LastModifiedTime = "lastModifiedTime";

    /// <summary>The status CloudFront reports once the list is ready (the model documents Deployed, Deploying, Failed).</summary>
    public const string Deployed = "Deployed";

    public const string Failed = "Failed";

    /// <summary>
    /// What the provider assumes when the program leaves <c>ipAddressType</c> out: AWS documents no default,
    /// and a list created without the member is an IPv4 list (the member came later; terraform-provider-aws
    /// #49129). The provider then sends nothing, so AWS's own behaviour applies.
    /// </summary>
    public const string DefaultIpAddressType = "ipv4";

    public static readonly IReadOnlyList<string> Inputs = [Name, IpCount, IpAddressType, IpamCidrConfigs, Tags, WaitForDeployment];

    public static readonly IReadOnlyList<string> ServerSet = [Arn, ETag, Status, AnycastIps, LastModifiedTime];
}
