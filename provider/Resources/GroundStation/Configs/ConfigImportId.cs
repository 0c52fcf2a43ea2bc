using System.Text.RegularExpressions;

namespace Awsdirect.Provider.Resources.GroundStation.Configs;

/// <summary>
/// What import and read accept as a config's id. Get/Update/Delete address a config by type and UUID
/// (<c>/config/{configType}/{configId}</c>), so an import names both: the ARN
/// (<c>arn:aws:groundstation:&lt;region&gt;:&lt;account&gt;:config/&lt;type&gt;/&lt;uuid&gt;</c>) or
/// <c>&lt;configType&gt;/&lt;configId&gt;</c>. A bare UUID (the Pulumi id in state) is accepted too: its type
/// then comes from state, or from one ListConfigs scan when there is no state.
/// </summary>
internal static partial class ConfigImportId
{
    public const string Forms =
        "give its ARN (arn:aws:groundstation:<region>:<account>:config/<configType>/<uuid>) or <configType>/<configId>, " +
        "e.g. tracking/2f1a4b6c-0d3e-4f5a-8b7c-9d0e1f2a3b4c";

    /// <param name="value">The id or import id.</param>
    /// <param name="id">The config UUID.</param>
    /// <param name="type">The config type, or null when only the UUID was given.</param>
    public static bool TryParse(string? value, out string id, out string? type)
    {
        id = string.Empty;
        type = null;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var match = Pattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var typeGroup = match.Groups["type"];
        if (typeGroup.Success && !ConfigProperties.TypeToKind.ContainsKey(typeGroup.Value))
        {
            return false;
        }

        id = match.Groups["id"].Value;
        type = typeGroup.Success ? typeGroup.Value : null;
        return true;
    }

    /// <summary>The config type inside a config ARN, or null.</summary>
    public static string? TypeFromArn(string? arn) =>
        arn is not null && TryParse(arn, out _, out var type) && arn.StartsWith("arn:", StringComparison.Ordinal) ? type : null;

    // A config ARN may end with "/<name>" (the model's ConfigArn pattern); the identity ends at the UUID.
    [GeneratedRegex("^(?:arn:[a-z0-9-]+:groundstation:[-a-z0-9]+:[0-9]{12}:config/(?<type>[a-z0-9]+(?:-[a-z0-9]+){0,4})/|(?<type>[a-z0-9]+(?:-[a-z0-9]+){0,4})/)?(?<id>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?:/.{1,256})?\\z")]
    private static partial Regex Pattern();
}
