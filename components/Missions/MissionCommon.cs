using System.Text.RegularExpressions;
using Awsdirect.Components.Hosting;
using Awsdirect.Components.Values;

namespace Awsdirect.Components.Missions;

/// <summary>Inputs both mission components share: naming, contact timing, tracking, tags.</summary>
/// <param name="NamePrefix">
/// The <c>namePrefix</c> input (carrying its dependencies) or the component name: every AWS name derives
/// from it, so every name depends on what the prefix came from.
/// </param>
internal sealed partial record MissionCommon(
    ComponentValue NamePrefix,
    ComponentValue PrePass,
    ComponentValue PostPass,
    ComponentValue MinimumViable,
    ComponentValue Autotrack,
    ComponentValue? Tags)
{
    public const double DefaultPrePassSeconds = 120;
    public const double DefaultPostPassSeconds = 120;
    public const double DefaultMinimumViableSeconds = 180;

    // Ground Station names (SafeName in the service model).
    [GeneratedRegex("^[ a-zA-Z0-9_:-]{1,256}$")]
    public static partial Regex SafeName();

    public static MissionCommon Read(ComponentInputs inputs, string componentName)
    {
        var prefix = inputs.String("namePrefix", pattern: SafeName());
        var namePrefix = prefix is { Kind: ComponentValueKind.String } ? prefix : ComponentValue.Of(componentName);
        if (prefix is null && !SafeName().IsMatch(componentName + "-x"))
        {
            inputs.Fail("namePrefix", $"the component name \"{componentName}\" has characters Ground Station names do not allow ([ a-zA-Z0-9_:-]); give a namePrefix");
        }
        else if (prefix is { IsUnknown: true })
        {
            inputs.Fail("namePrefix", "must be known when the component is created, because the children's names derive from it");
        }

        return new MissionCommon(
            namePrefix,
            inputs.Number("contactPrePassDurationSeconds", min: 0, max: 21600, integer: true) ?? ComponentValue.Of(DefaultPrePassSeconds),
            inputs.Number("contactPostPassDurationSeconds", min: 0, max: 21600, integer: true) ?? ComponentValue.Of(DefaultPostPassSeconds),
            inputs.Number("minimumViableContactDurationSeconds", min: 1, max: 21600, integer: true) ?? ComponentValue.Of(DefaultMinimumViableSeconds),
            inputs.String("autotrack", allowed: SpectrumInputs.Autotrack) ?? ComponentValue.Of("PREFERRED"),
            inputs.StringMap("tags"));
    }

    /// <summary>The AWS name of a child: the prefix and a role suffix.</summary>
    public ComponentValue AwsName(string suffix) => AwsName(ComponentValue.Of(suffix));

    /// <summary>The AWS name of a child whose suffix comes from an input (an endpoint's name).</summary>
    public ComponentValue AwsName(ComponentValue suffix) => ComponentValue.Format("{0}-{1}", NamePrefix, suffix);

    /// <summary>Child inputs with the shared tags added when the user gave some.</summary>
    public Dictionary<string, ComponentValue> WithTags(params (string Key, ComponentValue Value)[] inputs)
    {
        var result = inputs.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
        if (Tags is not null)
        {
            result["tags"] = Tags;
        }

        return result;
    }

    public Task<ChildResource> ConfigAsync(ComponentContext context, string childSuffix, string configKey, ComponentValue configBody, CancellationToken cancellationToken) =>
        ConfigAsync(context, childSuffix, AwsName(childSuffix), configKey, configBody, cancellationToken);

    /// <param name="awsName">The config's Ground Station name, when it derives from an input.</param>
    public Task<ChildResource> ConfigAsync(ComponentContext context, string childSuffix, ComponentValue awsName, string configKey, ComponentValue configBody, CancellationToken cancellationToken) =>
        context.Registrar.RegisterChildAsync(
            new ChildResourceArgs(
                GroundStationTokens.Config,
                context.Name + "-" + childSuffix,
                WithTags(
                    ("name", awsName),
                    ("configData", ComponentValue.Object((configKey, configBody)))),
                ChildResourceOptions.WithParent(context.Urn)),
            cancellationToken);
}
