using System.Globalization;
using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Resources.CloudFront.ConnectionGroups.ConnectionGroupProperties;

namespace Awsdirect.Provider.Resources.CloudFront.ConnectionGroups;

/// <summary>What the program asks CloudFront for, with the defaults the provider sends when a flag is left out.</summary>
internal sealed record ConnectionGroupSpec(
    string Name,
    bool Enabled,
    bool Ipv6Enabled,
    string? AnycastIpListId,
    IReadOnlyDictionary<string, string> Tags,
    bool WaitForDeployment)
{
    /// <summary>Reads known inputs (Create and Update run only once every input is known).</summary>
    public static ConnectionGroupSpec From(PropertyMap inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return new ConnectionGroupSpec(
            inputs.GetNonNull(ConnectionGroupProperties.Name) is { } name && name.TryGetString(out var text) ? text : string.Empty,
            ConnectionGroupState.Flag(inputs, ConnectionGroupProperties.Enabled) ?? true,
            ConnectionGroupState.Flag(inputs, ConnectionGroupProperties.Ipv6Enabled) ?? false,
            ConnectionGroupState.Anycast(inputs.GetNonNull(ConnectionGroupProperties.AnycastIpListId)),
            ResourceTags.Read(inputs.GetNonNull(ConnectionGroupProperties.Tags)),
            ConnectionGroupState.Flag(inputs, ConnectionGroupProperties.WaitForDeployment) ?? true);
    }
}

/// <summary>
/// Turns what CloudFront answers into Pulumi state: outputs are the inputs plus what CloudFront sets,
/// and read-back inputs keep the program's spelling wherever it means the same (an omitted flag that
/// equals its default, tags in the same set) so a refresh or import never makes the next preview
/// show a change nobody made.
/// </summary>
internal static class ConnectionGroupState
{
    /// <summary>The flag's value with its default applied; null while it is unknown.</summary>
    public static bool? Flag(PropertyMap inputs, string property)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var plain = inputs.GetNonNull(property)?.Unwrap();
        if (plain is null)
        {
            return DefaultOf(property, inputs);
        }

        return plain.Kind == PropertyValueKind.Bool ? plain.BoolValue : null;
    }

    /// <summary>A known Anycast IP list id, or null for none (absent, empty, or unknown).</summary>
    public static string? Anycast(PropertyValue? value) =>
        value is not null && value.TryGetString(out var id) && id.Length > 0 ? id : null;

    /// <summary>The inputs alone: no bookkeeping keys, no server-set values, no explicit nulls.</summary>
    public static PropertyMap InputsOnly(PropertyMap inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return new(inputs.Where(e => ConnectionGroupProperties.Inputs.Contains(e.Key) && !e.Value.IsNull));
    }

    /// <summary>Outputs of a preview create: the inputs, the flags' defaults, and unknowns for what CloudFront sets.</summary>
    public static PropertyMap PreviewOutputs(PropertyMap inputs)
    {
        var outputs = WithDefaults(InputsOnly(inputs));
        foreach (var property in ServerSet)
        {
            outputs = outputs.Set(property, PropertyValue.Computed);
        }

        return outputs;
    }

    /// <summary>Outputs of a preview update: old state with the new inputs; what the update call changes becomes unknown.</summary>
    public static PropertyMap PreviewUpdateOutputs(PropertyMap oldState, PropertyMap newInputs, bool groupChanges)
    {
        ArgumentNullException.ThrowIfNull(oldState);
        var outputs = new PropertyMap(oldState.Where(e => ServerSet.Contains(e.Key)));
        foreach (var (key, value) in WithDefaults(InputsOnly(newInputs)))
        {
            outputs = outputs.Set(key, value);
        }

        if (groupChanges)
        {
            outputs = outputs.Set(ETag, PropertyValue.Computed).Set(Status, PropertyValue.Computed).Set(LastModifiedTime, PropertyValue.Computed);
        }

        return outputs;
    }

    /// <summary>
    /// State after a call that returned the group. <paramref name="tags"/> is the tags value to record
    /// (the program's own value after a write, so a secret stays secret; AWS's after a read).
    /// </summary>
    public static PropertyMap Outputs(PropertyMap inputs, ConnectionGroup group, string? etag, PropertyValue? tags)
    {
        ArgumentNullException.ThrowIfNull(group);
        var outputs = WithDefaults(InputsOnly(inputs)).Remove(ConnectionGroupProperties.Tags);
        outputs = outputs.Set(Name, group.Name.Length > 0 ? group.Name : outputs.GetNonNull(Name) ?? PropertyValue.Null);
        outputs = group.Enabled is { } enabled ? outputs.Set(Enabled, enabled) : outputs;
        outputs = group.Ipv6Enabled is { } ipv6 ? outputs.Set(Ipv6Enabled, ipv6) : outputs;
        outputs = string.IsNullOrEmpty(group.AnycastIpListId) ? outputs.Remove(AnycastIpListId) : outputs.Set(AnycastIpListId, group.AnycastIpListId);
        outputs = tags is null || tags.IsNull ? outputs.Set(ConnectionGroupProperties.Tags, PropertyValue.Create(PropertyMap.Empty)) : outputs.Set(ConnectionGroupProperties.Tags, tags);
        return outputs
            .Set(Arn, group.Arn)
            .Set(ETag, etag ?? string.Empty)
            .Set(RoutingEndpoint, group.RoutingEndpoint ?? string.Empty)
            .Set(Status, group.Status ?? string.Empty)
            .Set(IsDefault, group.IsDefault ?? false)
            .Set(CreatedTime, Time(group.CreatedTime))
            .Set(LastModifiedTime, Time(group.LastModifiedTime));
    }

    /// <summary>
    /// The inputs that describe the group as CloudFront has it. A refresh starts from the recorded inputs
    /// (keeping <c>waitForDeployment</c> and the auto-name marker, which AWS knows nothing of); an import
    /// starts from nothing and writes every setting out.
    /// </summary>
    public static PropertyMap ReadInputs(PropertyMap oldInputs, ConnectionGroup group, IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(oldInputs);
        ArgumentNullException.ThrowIfNull(group);
        var refresh = oldInputs.Count > 0;
        var inputs = refresh ? new PropertyMap(oldInputs.Where(e => !ServerSet.Contains(e.Key))) : PropertyMap.Empty;
        inputs = inputs.Set(Name, group.Name);

        // The list first: the default of ipv6Enabled depends on it.
        inputs = string.IsNullOrEmpty(group.AnycastIpListId) ? inputs.Remove(AnycastIpListId).Remove(AnycastIpListIpAddressType) : inputs.Set(AnycastIpListId, group.AnycastIpListId);
        inputs = ReadFlag(inputs, Enabled, group.Enabled, refresh);
        inputs = ReadFlag(inputs, Ipv6Enabled, group.Ipv6Enabled, refresh);

        var oldTags = inputs.GetNonNull(ConnectionGroupProperties.Tags);
        if (oldTags is not null && ResourceTags.Compare(ResourceTags.Read(oldTags), tags).IsEmpty)
        {
            return inputs;
        }

        return tags.Count == 0 ? inputs.Remove(ConnectionGroupProperties.Tags) : inputs.Set(ConnectionGroupProperties.Tags, ResourceTags.ToValue(tags));
    }

    private static PropertyMap ReadFlag(PropertyMap inputs, string property, bool? reported, bool refresh)
    {
        if (reported is not { } value)
        {
            return inputs;
        }

        if (refresh && inputs.GetNonNull(property) is null && value == DefaultOf(property, inputs))
        {
            // The program left the flag to its default and CloudFront agrees: writing it out would be noise.
            return inputs;
        }

        return inputs.Set(property, value);
    }

    private static PropertyMap WithDefaults(PropertyMap inputs)
    {
        foreach (var flag in new[] { Enabled, Ipv6Enabled, WaitForDeployment })
        {
            if (inputs.GetNonNull(flag) is null)
            {
                inputs = inputs.Set(flag, DefaultOf(flag, inputs) is { } value ? PropertyValue.Create(value) : PropertyValue.Computed);
            }
        }

        return inputs;
    }

    private static PropertyValue Time(DateTimeOffset? time) =>
        time is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) : PropertyValue.Null;
}
