using System.Globalization;
using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Resources.CloudFront.AnycastIpLists.AnycastIpListProperties;

namespace Awsdirect.Provider.Resources.CloudFront.AnycastIpLists;

/// <summary>What the program asks CloudFront for (Create and Update run only once every input is known).</summary>
internal sealed record AnycastIpListSpec(
    string Name,
    int IpCount,
    string? IpAddressType,
    IReadOnlyList<IpamCidrConfig>? IpamCidrConfigs,
    IReadOnlyDictionary<string, string> Tags,
    bool WaitForDeployment)
{
    public static AnycastIpListSpec From(PropertyMap inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return new AnycastIpListSpec(
            inputs.GetNonNull(AnycastIpListProperties.Name) is { } name && name.TryGetString(out var text) ? text : string.Empty,
            inputs.GetNonNull(AnycastIpListProperties.IpCount)?.Unwrap() is { Kind: PropertyValueKind.Number } count ? (int)count.NumberValue : 0,
            AnycastIpListState.Text(inputs.GetNonNull(AnycastIpListProperties.IpAddressType)),
            AnycastIpListState.ReadIpamConfigs(inputs.GetNonNull(AnycastIpListProperties.IpamCidrConfigs)),
            ResourceTags.Read(inputs.GetNonNull(AnycastIpListProperties.Tags)),
            inputs.GetNonNull(AnycastIpListProperties.WaitForDeployment)?.Unwrap() is not { Kind: PropertyValueKind.Bool, BoolValue: false });
    }
}

/// <summary>
/// Turns what CloudFront answers into Pulumi state: outputs are the inputs (defaults applied) plus what
/// CloudFront sets; read-back inputs keep the program's spelling wherever it means the same, so a refresh
/// or import never shows a change nobody made.
/// </summary>
internal static class AnycastIpListState
{
    public static string? Text(PropertyValue? value) => value is not null && value.TryGetString(out var text) && text.Length > 0 ? text : null;

    /// <summary>The list's type with the default applied; null while unknown.</summary>
    public static string? AddressType(PropertyMap inputs)
    {
        var plain = inputs.GetNonNull(IpAddressType)?.Unwrap();
        return plain is null ? DefaultIpAddressType : plain.Kind == PropertyValueKind.String ? plain.StringValue : null;
    }

    public static PropertyMap InputsOnly(PropertyMap inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return new(inputs.Where(e => AnycastIpListProperties.Inputs.Contains(e.Key) && !e.Value.IsNull));
    }

    public static List<IpamCidrConfig>? ReadIpamConfigs(PropertyValue? value)
    {
        var plain = value?.Unwrap();
        if (plain is null || plain.Kind != PropertyValueKind.Array)
        {
            return null;
        }

        return plain.ArrayValue.Select(item => item.Unwrap()).Where(item => item.Kind == PropertyValueKind.Object).Select(item => new IpamCidrConfig
        {
            Cidr = Text(item.ObjectValue.GetNonNull(Cidr)) ?? string.Empty,
            IpamPoolArn = Text(item.ObjectValue.GetNonNull(IpamPoolArn)) ?? string.Empty,
            AnycastIp = Text(item.ObjectValue.GetNonNull(AnycastIp)),
        }).ToList();
    }

    /// <summary>Configs compared as AWS keys them: by CIDR and pool (an AnycastIp left out is AWS's to choose).</summary>
    public static bool SameIpamConfigs(PropertyValue? before, PropertyValue? after)
    {
        static string Key(IpamCidrConfig c) => c.Cidr + "|" + c.IpamPoolArn + "|" + c.AnycastIp;
        var a = (ReadIpamConfigs(before) ?? []).Select(Key).Order(StringComparer.Ordinal);
        var b = (ReadIpamConfigs(after) ?? []).Select(Key).Order(StringComparer.Ordinal);
        return a.SequenceEqual(b, StringComparer.Ordinal);
    }

    public static PropertyMap PreviewOutputs(PropertyMap inputs)
    {
        var outputs = WithDefaults(InputsOnly(inputs));
        foreach (var property in ServerSet)
        {
            outputs = outputs.Set(property, PropertyValue.Computed);
        }

        return outputs;
    }

    public static PropertyMap PreviewUpdateOutputs(PropertyMap oldState, PropertyMap newInputs, bool listChanges)
    {
        ArgumentNullException.ThrowIfNull(oldState);
        var outputs = new PropertyMap(oldState.Where(e => ServerSet.Contains(e.Key)));
        foreach (var (key, value) in WithDefaults(InputsOnly(newInputs)))
        {
            outputs = outputs.Set(key, value);
        }

        if (listChanges)
        {
            foreach (var property in new[] { ETag, Status, AnycastIps, LastModifiedTime })
            {
                outputs = outputs.Set(property, PropertyValue.Computed);
            }
        }

        return outputs;
    }

    /// <summary>State after a call that returned the list; <paramref name="tags"/> is the tags value to record.</summary>
    public static PropertyMap Outputs(PropertyMap inputs, AnycastIpList list, string? etag, PropertyValue? tags)
    {
        ArgumentNullException.ThrowIfNull(list);
        var outputs = WithDefaults(InputsOnly(inputs)).Remove(AnycastIpListProperties.Tags);
        outputs = outputs.Set(Name, list.Name.Length > 0 ? list.Name : outputs.GetNonNull(Name) ?? PropertyValue.Null);
        outputs = list.IpCount is { } count ? outputs.Set(IpCount, count) : outputs;
        outputs = list.IpAddressType is { } type ? outputs.Set(IpAddressType, type) : outputs;
        outputs = outputs.Set(AnycastIpListProperties.Tags, tags is null || tags.IsNull ? PropertyValue.Create(PropertyMap.Empty) : tags);
        return outputs
            .Set(Arn, list.Arn)
            .Set(ETag, etag ?? string.Empty)
            .Set(Status, list.Status ?? string.Empty)
            .Set(AnycastIps, PropertyValue.Create(list.AnycastIps.Select(ip => PropertyValue.Create(ip))))
            .Set(LastModifiedTime, list.LastModifiedTime is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) : PropertyValue.Null);
    }

    /// <summary>
    /// The inputs that describe the list as CloudFront has it. A refresh starts from the recorded inputs
    /// (keeping <c>waitForDeployment</c> and the auto-name marker); an import writes every setting out.
    /// </summary>
    public static PropertyMap ReadInputs(PropertyMap oldInputs, AnycastIpList list, IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(oldInputs);
        ArgumentNullException.ThrowIfNull(list);
        var refresh = oldInputs.Count > 0;
        var inputs = refresh ? new PropertyMap(oldInputs.Where(e => !ServerSet.Contains(e.Key))) : PropertyMap.Empty;
        inputs = inputs.Set(Name, list.Name);
        inputs = list.IpCount is { } count ? inputs.Set(IpCount, count) : inputs;
        var type = list.IpAddressType ?? DefaultIpAddressType;
        inputs = refresh && inputs.GetNonNull(IpAddressType) is null && type == DefaultIpAddressType ? inputs : inputs.Set(IpAddressType, type);

        var configs = list.IpamConfig?.IpamCidrConfigs ?? [];
        var readConfigs = PropertyValue.Create(configs.Select(c => PropertyValue.Create(new PropertyMap(
            new[] { KeyValuePair.Create(Cidr, PropertyValue.Create(c.Cidr)), KeyValuePair.Create(IpamPoolArn, PropertyValue.Create(c.IpamPoolArn)) }
                .Concat(c.AnycastIp is null ? [] : [KeyValuePair.Create(AnycastIp, PropertyValue.Create(c.AnycastIp))])))));
        var oldConfigs = inputs.GetNonNull(IpamCidrConfigs);
        if (configs.Count == 0)
        {
            inputs = inputs.Remove(IpamCidrConfigs);
        }
        else if (oldConfigs is null || !SameByCidrAndPool(oldConfigs, configs))
        {
            inputs = inputs.Set(IpamCidrConfigs, readConfigs);
        }

        var oldTags = inputs.GetNonNull(AnycastIpListProperties.Tags);
        if (oldTags is not null && ResourceTags.Compare(ResourceTags.Read(oldTags), tags).IsEmpty)
        {
            return inputs;
        }

        return tags.Count == 0 ? inputs.Remove(AnycastIpListProperties.Tags) : inputs.Set(AnycastIpListProperties.Tags, ResourceTags.ToValue(tags));
    }

    private static bool SameByCidrAndPool(PropertyValue old, IReadOnlyList<IpamCidrConfig> read)
    {
        var a = (ReadIpamConfigs(old) ?? []).Select(c => c.Cidr + "|" + c.IpamPoolArn).Order(StringComparer.Ordinal);
        var b = read.Select(c => c.Cidr + "|" + c.IpamPoolArn).Order(StringComparer.Ordinal);
        return a.SequenceEqual(b, StringComparer.Ordinal);
    }

    private static PropertyMap WithDefaults(PropertyMap inputs)
    {
        inputs = inputs.GetNonNull(IpAddressType) is null ? inputs.Set(IpAddressType, DefaultIpAddressType) : inputs;
        return inputs.GetNonNull(WaitForDeployment) is null ? inputs.Set(WaitForDeployment, true) : inputs;
    }
}
