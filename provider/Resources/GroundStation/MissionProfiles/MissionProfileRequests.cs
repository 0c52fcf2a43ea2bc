using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Resources.GroundStation.MissionProfiles.MissionProfileProperties;

namespace Awsdirect.Provider.Resources.GroundStation.MissionProfiles;

/// <summary>Turns checked, known inputs into the AWS requests (secrets unwrapped: AWS needs the plain values).</summary>
internal static class MissionProfileRequests
{
    public static CreateMissionProfileRequest Create(PropertyMap inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var tags = ResourceTags.Read(inputs.GetNonNull(Tags));
        return new CreateMissionProfileRequest
        {
            Name = String(inputs, Name) ?? string.Empty,
            ContactPrePassDurationSeconds = Integer(inputs, PrePass),
            ContactPostPassDurationSeconds = Integer(inputs, PostPass),
            MinimumViableContactDurationSeconds = Integer(inputs, MinimumViable) ?? 0,
            DataflowEdges = MissionProfileEdges.ToAws(inputs.GetNonNull(DataflowEdges)),
            TrackingConfigArn = String(inputs, TrackingConfigArn) ?? string.Empty,
            TelemetrySinkConfigArn = String(inputs, TelemetrySinkConfigArn),
            StreamsKmsKey = Kms(inputs.GetNonNull(StreamsKmsKey)),
            StreamsKmsRole = String(inputs, StreamsKmsRole),
            // An empty map and no map mean the same; sending none keeps the request minimal.
            Tags = tags.Count == 0 ? null : tags,
        };
    }

    /// <summary>An update that sends only <paramref name="members"/>: AWS leaves every omitted member as it is.</summary>
    public static UpdateMissionProfileRequest Update(string id, PropertyMap inputs, IReadOnlySet<string> members)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(members);
        PropertyMap Only(string member) => members.Contains(member) ? inputs : PropertyMap.Empty;
        return new UpdateMissionProfileRequest
        {
            MissionProfileId = id,
            Name = String(Only(Name), Name),
            ContactPrePassDurationSeconds = Integer(Only(PrePass), PrePass),
            ContactPostPassDurationSeconds = Integer(Only(PostPass), PostPass),
            MinimumViableContactDurationSeconds = Integer(Only(MinimumViable), MinimumViable),
            DataflowEdges = members.Contains(DataflowEdges) ? MissionProfileEdges.ToAws(inputs.GetNonNull(DataflowEdges)) : null,
            TrackingConfigArn = String(Only(TrackingConfigArn), TrackingConfigArn),
            TelemetrySinkConfigArn = String(Only(TelemetrySinkConfigArn), TelemetrySinkConfigArn),
            StreamsKmsKey = Kms(Only(StreamsKmsKey).GetNonNull(StreamsKmsKey)),
            StreamsKmsRole = String(Only(StreamsKmsRole), StreamsKmsRole),
        };
    }

    public static KmsKey? Kms(PropertyValue? value)
    {
        var members = PropertyReader.Object(value);
        if (members is null)
        {
            return null;
        }

        return new KmsKey
        {
            KmsKeyArn = String(members, KmsKeyArn),
            KmsAliasArn = String(members, KmsAliasArn),
            KmsAliasName = String(members, KmsAliasName),
        };
    }

    public static PropertyValue? KmsValue(KmsKey? key)
    {
        if (key is null)
        {
            return null;
        }

        var map = PropertyMap.Empty;
        map = key.KmsKeyArn is { } keyArn ? map.Set(KmsKeyArn, keyArn) : map;
        map = key.KmsAliasArn is { } aliasArn ? map.Set(KmsAliasArn, aliasArn) : map;
        map = key.KmsAliasName is { } aliasName ? map.Set(KmsAliasName, aliasName) : map;
        return map.Count == 0 ? null : PropertyValue.Create(map);
    }

    private static string? String(PropertyMap inputs, string name) =>
        PropertyReader.TryGetString(inputs.GetNonNull(name), out var text) ? text : null;

    private static int? Integer(PropertyMap inputs, string name) =>
        PropertyReader.TryGetInteger(inputs.GetNonNull(name), out var number) && number is >= int.MinValue and <= int.MaxValue ? (int)number : null;
}
