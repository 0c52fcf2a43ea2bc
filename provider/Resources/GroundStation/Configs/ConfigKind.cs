using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;

namespace Awsdirect.Provider.Resources.GroundStation.Configs;

/// <summary>Which <c>configData</c> member a value sets, as far as it is known.</summary>
internal static class ConfigKind
{
    /// <summary>
    /// The single union member set in <paramref name="configData"/>; null when configData is unknown,
    /// absent, or sets no or several members (Check reports those).
    /// </summary>
    public static string? Of(PropertyValue? configData)
    {
        if (configData is null || PropertyReader.IsUnknown(configData))
        {
            return null;
        }

        var members = PropertyReader.Object(configData);
        if (members is null)
        {
            return null;
        }

        var set = members.Where(e => !e.Value.Unwrap().IsNull).Select(e => e.Key).ToList();
        return set.Count == 1 ? set[0] : null;
    }

    /// <summary>The config type (<c>antenna-downlink</c>, ...) of <paramref name="configData"/>, or null when not known.</summary>
    public static string? TypeOf(PropertyValue? configData) =>
        Of(configData) is { } kind && ConfigProperties.KindToType.TryGetValue(kind, out var type) ? type : null;
}
