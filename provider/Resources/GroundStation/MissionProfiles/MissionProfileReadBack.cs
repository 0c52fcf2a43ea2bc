using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Resources.GroundStation.MissionProfiles.MissionProfileProperties;

namespace Awsdirect.Provider.Resources.GroundStation.MissionProfiles;

/// <summary>
/// The inputs and outputs that describe a mission profile as AWS reports it. On refresh the program's
/// own spelling is kept wherever it means the same (edge order, an omitted duration, a secret wrapper),
/// so refreshing an unchanged profile never makes the next preview show a change; on import every
/// member AWS reports becomes an input.
/// </summary>
internal static class MissionProfileReadBack
{
    public static PropertyMap Inputs(PropertyMap oldInputs, GetMissionProfileResponse profile)
    {
        ArgumentNullException.ThrowIfNull(oldInputs);
        ArgumentNullException.ThrowIfNull(profile);
        var refresh = oldInputs.Keys.Any(k => !k.StartsWith("__", StringComparison.Ordinal));
        var inputs = refresh ? new PropertyMap(oldInputs.Where(e => !ServerSet.Contains(e.Key))) : PropertyMap.Empty;

        inputs = Reconcile(inputs, Name, profile.Name);
        inputs = Duration(inputs, PrePass, profile.ContactPrePassDurationSeconds, refresh);
        inputs = Duration(inputs, PostPass, profile.ContactPostPassDurationSeconds, refresh);
        inputs = profile.MinimumViableContactDurationSeconds is { } minimum ? Reconcile(inputs, MinimumViable, minimum) : inputs;

        var edges = MissionProfileEdges.FromAws(profile.DataflowEdges);
        if (!refresh || !MissionProfileEdges.SameSet(inputs.GetNonNull(DataflowEdges), edges))
        {
            inputs = inputs.Set(DataflowEdges, edges);
        }

        inputs = Reconcile(inputs, TrackingConfigArn, profile.TrackingConfigArn);
        inputs = Reconcile(inputs, TelemetrySinkConfigArn, profile.TelemetrySinkConfigArn);
        inputs = Reconcile(inputs, StreamsKmsKey, MissionProfileRequests.KmsValue(profile.StreamsKmsKey));
        inputs = Reconcile(inputs, StreamsKmsRole, profile.StreamsKmsRole);

        var tags = profile.Tags ?? new Dictionary<string, string>();
        var oldTags = inputs.GetNonNull(Tags);
        if (refresh && oldTags is not null && ResourceTags.Compare(ResourceTags.Read(oldTags), tags).IsEmpty)
        {
            return inputs;
        }

        return tags.Count == 0 ? inputs.Remove(Tags) : inputs.Set(Tags, ResourceTags.ToValue(tags));
    }

    /// <summary>The inputs plus what AWS sets, including durations AWS applies that the program left out.</summary>
    public static PropertyMap Outputs(PropertyMap inputs, string id, string? arn, string? region, int? prePass, int? postPass)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var outputs = InputsOnly(inputs).Set(Id, id);
        outputs = arn is null ? outputs : outputs.Set(Arn, arn);
        outputs = region is null ? outputs : outputs.Set(Region, region);
        outputs = prePass is { } pre ? outputs.Set(PrePass, pre) : outputs;
        return postPass is { } post ? outputs.Set(PostPass, post) : outputs;
    }

    /// <summary>The user's inputs only: no engine bookkeeping (<c>__defaults</c>), no outputs, no nulls.</summary>
    public static PropertyMap InputsOnly(PropertyMap inputs) =>
        new(inputs.Where(e => !ServerSet.Contains(e.Key) && !e.Key.StartsWith("__", StringComparison.Ordinal) && !e.Value.IsNull));

    private static PropertyMap Reconcile(PropertyMap inputs, string property, string? reported) =>
        Reconcile(inputs, property, reported is null ? null : PropertyValue.Create(reported));

    private static PropertyMap Reconcile(PropertyMap inputs, string property, int reported) =>
        Reconcile(inputs, property, PropertyValue.Create(reported));

    private static PropertyMap Reconcile(PropertyMap inputs, string property, PropertyValue? reported)
    {
        if (reported is null)
        {
            return inputs.Remove(property);
        }

        var current = inputs.GetNonNull(property);
        return current is not null && !MissionProfileDiffer.Differs(current, reported) ? inputs : inputs.Set(property, reported);
    }

    private static PropertyMap Duration(PropertyMap inputs, string property, int? reported, bool refresh)
    {
        if (reported is not { } seconds)
        {
            // AWS says nothing either way, so nothing contradicts what the program recorded.
            return inputs;
        }

        if (refresh && inputs.GetNonNull(property) is null)
        {
            // The program left it to AWS; echoing AWS's value into the inputs would show a change nobody wrote.
            return inputs;
        }

        return Reconcile(inputs, property, seconds);
    }
}
