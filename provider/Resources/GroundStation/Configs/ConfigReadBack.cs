using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Resources.GroundStation.Configs.ConfigProperties;

namespace Awsdirect.Provider.Resources.GroundStation.Configs;

/// <summary>
/// The inputs that describe a config as AWS has it. On refresh the program's own spelling is kept
/// wherever it means the same (7812 vs 7812.0, the member order and whitespace of unvalidatedJSON,
/// secrets), so refreshing an unchanged config never makes the next preview show a change; a real
/// out-of-band change replaces the recorded value and shows up as a diff.
/// </summary>
internal static class ConfigReadBack
{
    public static PropertyMap Inputs(PropertyMap oldInputs, GetConfigResponse config)
    {
        ArgumentNullException.ThrowIfNull(oldInputs);
        ArgumentNullException.ThrowIfNull(config);
        var refresh = oldInputs.Count > 0;
        // Keep the auto-name marker so later checks still know the name was generated.
        var inputs = refresh
            ? new PropertyMap(oldInputs.Where(e => !ServerSet.Contains(e.Key)))
            : PropertyMap.Empty;

        if (!refresh || !(inputs.GetNonNull(Name) is { } name && name.TryGetString(out var oldName) && oldName == config.Name))
        {
            inputs = inputs.Set(Name, config.Name);
        }

        var awsData = PropertyJson.FromJToken(GroundStationJson.ToJToken(config.ConfigData));
        if (!refresh || !ConfigCanonical.Same(inputs.GetNonNull(ConfigData), awsData))
        {
            inputs = inputs.Set(ConfigData, awsData);
        }

        var tags = config.Tags ?? new Dictionary<string, string>();
        var oldTags = inputs.GetNonNull(Tags);
        if (refresh && oldTags is not null && ResourceTags.Compare(ResourceTags.Read(oldTags), tags).IsEmpty)
        {
            return inputs;
        }

        return tags.Count == 0 ? inputs.Remove(Tags) : inputs.Set(Tags, ResourceTags.ToValue(tags));
    }
}
