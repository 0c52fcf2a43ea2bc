using System.Globalization;
using System.Text.RegularExpressions;
using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Resources.CloudFront.AnycastIpLists.AnycastIpListProperties;

namespace Awsdirect.Provider.Resources.CloudFront.AnycastIpLists;

/// <summary>
/// Check rules for an Anycast static IP list. <see cref="ModelRules"/> checks
/// <c>CreateAnycastIpListRequest</c> (Name and IpCount required, the name's 1-64 characters of
/// <c>[a-zA-Z0-9-_]</c>, the IpAddressType enum, each IPAM config's required Cidr and IpamPoolArn);
/// the allowed IpCount values come from the model's documentation of the member ("Valid values: 21 or 3"),
/// which states them only in prose; tags use the provider-wide <see cref="TagRules"/>.
/// </summary>
internal static partial class AnycastIpListRules
{
    private const string Request = "CreateAnycastIpListRequest";

    private static readonly Lazy<IReadOnlyList<int>> ValidCounts = new(() =>
    {
        var doc = ServiceModels.CloudFront.Doc(Request, "IpCount") ?? string.Empty;
        var match = ValidValues().Match(doc);
        return match.Success
            ? [.. match.Groups[1].Value.Split(" or ", StringSplitOptions.TrimEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).Order()]
            : throw new InvalidOperationException("The CloudFront model no longer states the valid IpCount values; update AnycastIpListRules.");
    });

    /// <summary>The IpCount values CloudFront accepts, from the model's documentation.</summary>
    public static IReadOnlyList<int> AllowedIpCounts => ValidCounts.Value;

    public static IReadOnlyList<CheckFailure> Validate(string token, PropertyMap inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var failures = new List<CheckFailure>();
        foreach (var key in inputs.Keys.Where(k => !AnycastIpListProperties.Inputs.Contains(k) && !k.StartsWith("__", StringComparison.Ordinal)))
        {
            failures.Add(new(key, ServerSet.Contains(key)
                ? $"output only: '{key}' is set by CloudFront and cannot be an input; remove it"
                : $"unknown property: {token} takes {string.Join(", ", AnycastIpListProperties.Inputs)}"));
        }

        IpCountRule(inputs.GetNonNull(IpCount), failures);
        IpamRules(inputs.GetNonNull(IpamCidrConfigs), failures);
        if (inputs.GetNonNull(WaitForDeployment)?.Unwrap() is { IsComputed: false, Kind: not PropertyValueKind.Bool })
        {
            failures.Add(new(WaitForDeployment, "type: expected true or false"));
        }

        TagRules.Check(inputs.GetNonNull(Tags), failures);
        var model = ModelRules.Validate(ServiceModels.CloudFront, Request, inputs, skipMembers: [Tags]);
        return ModelRules.Merge(model, failures);
    }

    private static void IpCountRule(PropertyValue? value, List<CheckFailure> failures)
    {
        var plain = value?.Unwrap();
        if (plain is not { Kind: PropertyValueKind.Number })
        {
            return;
        }

        var allowed = AllowedIpCounts;
        if (!allowed.Any(n => n == plain.NumberValue))
        {
            failures.Add(new(IpCount, $"allowed values: CloudFront allocates {string.Join(" or ", allowed)} static IPs per list, got {plain.NumberValue.ToString(CultureInfo.InvariantCulture)}"));
        }
    }

    /// <summary>Status is what CloudFront reports about a config; the request shape shares the structure but the program cannot set it.</summary>
    private static void IpamRules(PropertyValue? value, List<CheckFailure> failures)
    {
        var plain = value?.Unwrap();
        if (plain is not { Kind: PropertyValueKind.Array })
        {
            return;
        }

        for (var i = 0; i < plain.ArrayValue.Length; i++)
        {
            if (plain.ArrayValue[i].Unwrap() is { Kind: PropertyValueKind.Object } item && item.ObjectValue.GetNonNull("status") is not null)
            {
                failures.Add(new($"{IpamCidrConfigs}[{i}].status", "output only: CloudFront reports each config's status; remove it"));
            }
        }
    }

    [GeneratedRegex(@"Valid values: ([0-9]+(?: or [0-9]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex ValidValues();
}
