namespace Awsdirect.Provider.Resources.GroundStation.MissionProfiles;

/// <summary>Property names of <c>awsdirect:groundstation:MissionProfile</c> (AWS API member names).</summary>
internal static class MissionProfileProperties
{
    public const string Name = "name";
    public const string PrePass = "contactPrePassDurationSeconds";
    public const string PostPass = "contactPostPassDurationSeconds";
    public const string MinimumViable = "minimumViableContactDurationSeconds";
    public const string DataflowEdges = "dataflowEdges";
    public const string TrackingConfigArn = "trackingConfigArn";
    public const string TelemetrySinkConfigArn = "telemetrySinkConfigArn";
    public const string StreamsKmsKey = "streamsKmsKey";
    public const string StreamsKmsRole = "streamsKmsRole";
    public const string Tags = "tags";

    public const string Source = "source";
    public const string Destination = "destination";

    public const string KmsKeyArn = "kmsKeyArn";
    public const string KmsAliasArn = "kmsAliasArn";
    public const string KmsAliasName = "kmsAliasName";

    // Outputs AWS sets.
    public const string Arn = "arn";
    public const string Id = "missionProfileId";
    public const string Region = "region";

    /// <summary>Every input the resource takes, in schema order.</summary>
    public static readonly IReadOnlyList<string> Inputs =
    [
        Name, PrePass, PostPass, MinimumViable, DataflowEdges, TrackingConfigArn, TelemetrySinkConfigArn, StreamsKmsKey, StreamsKmsRole, Tags,
    ];

    /// <summary>Outputs only AWS sets; never compared, never sent.</summary>
    public static readonly IReadOnlySet<string> ServerSet = new HashSet<string>(StringComparer.Ordinal) { Arn, Id, Region };

    /// <summary>
    /// Optional members UpdateMissionProfile cannot clear: an omitted member means "unchanged" to it,
    /// and it has no null or empty form for them. Dropping one from the program therefore replaces.
    /// </summary>
    public static readonly IReadOnlySet<string> ClearedOnlyByReplace = new HashSet<string>(StringComparer.Ordinal)
    {
        TelemetrySinkConfigArn, StreamsKmsKey, StreamsKmsRole,
    };

    /// <summary>
    /// Optional durations AWS keeps (or defaults) when the program says nothing: dropping one from the
    /// program is no change, as leaving it out at create is "AWS decides".
    /// </summary>
    public static readonly IReadOnlySet<string> LeftToAwsWhenOmitted = new HashSet<string>(StringComparer.Ordinal) { PrePass, PostPass };
}
