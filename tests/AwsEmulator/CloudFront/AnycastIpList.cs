using Newtonsoft.Json.Linq;

namespace AwsEmulator.CloudFront;

/// <summary>A stored Anycast static IP list. Status is derived from the clock, as for connection groups.</summary>
internal sealed class AnycastIpList
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Arn { get; init; }

    public required int IpCount { get; init; }

    public required string IpAddressType { get; set; }

    public List<string> AnycastIps { get; set; } = [];

    /// <summary>The IpamCidrConfigs as given (bring-your-own-IP lists), with the status the emulator reports.</summary>
    public JArray? IpamCidrConfigs { get; set; }

    public DateTimeOffset LastModifiedTime { get; set; }

    public DateTimeOffset DeployedAt { get; set; }

    public required string ETag { get; set; }

    public long Sequence { get; init; }

    public List<KeyValuePair<string, string?>> Tags { get; } = [];

    /// <summary>The model documents Deployed, Deploying and Failed; the emulator never fails a deployment.</summary>
    public string StatusAt(DateTimeOffset now) => now >= DeployedAt ? "Deployed" : "Deploying";
}
