using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using Newtonsoft.Json.Linq;
using static Awsdirect.Provider.Resources.GroundStation.MissionProfiles.MissionProfileProperties;

namespace Awsdirect.Provider.Resources.GroundStation.MissionProfiles;

/// <summary>What a diff means for the AWS calls: the members UpdateMissionProfile must send, and whether tags change.</summary>
internal sealed record MissionProfileChanges(DiffResult Diff, IReadOnlySet<string> UpdateMembers, bool TagsChanged)
{
    public bool Replaces => Diff.Replaces.Count > 0;
}

/// <summary>
/// Decides what a change to a mission profile costs. UpdateMissionProfile changes every member in place
/// (name included), so almost nothing replaces; tags change with TagResource/UntagResource.
/// <list type="bullet">
/// <item>Dropping <c>telemetrySinkConfigArn</c>, <c>streamsKmsKey</c> or <c>streamsKmsRole</c> replaces: the
/// update treats an omitted member as "unchanged" and has no way to clear one.</item>
/// <item>Dropping a pre/post-pass duration is no change: as at create, an omitted duration is left to AWS,
/// which keeps the value it has.</item>
/// <item><c>dataflowEdges</c> compare as a set (see <see cref="MissionProfileEdges"/>).</item>
/// <item>Outputs AWS sets (<c>arn</c>, <c>missionProfileId</c>, <c>region</c>) are never inputs and never compared.</item>
/// </list>
/// Detailed diff keys are property paths: <c>dataflowEdges[2]</c> for an added edge (its index in the
/// new list) or a removed one (its index in the old list), <c>streamsKmsKey.kmsAliasName</c>, <c>tags.team</c>.
/// </summary>
internal static partial class MissionProfileDiffer
{
    private static readonly string[] Compared =
        [Name, PrePass, PostPass, MinimumViable, DataflowEdges, TrackingConfigArn, TelemetrySinkConfigArn, StreamsKmsKey, StreamsKmsRole];

    public static MissionProfileChanges Diff(PropertyMap olds, PropertyMap news, ImmutableArray<string> ignoreChanges)
    {
        ArgumentNullException.ThrowIfNull(olds);
        ArgumentNullException.ThrowIfNull(news);
        var ignored = ignoreChanges.IsDefault ? [] : ignoreChanges.ToHashSet(StringComparer.Ordinal);
        var detailed = new SortedDictionary<string, PropertyDiff>(StringComparer.Ordinal);
        var replaces = new List<string>();
        var updates = new SortedSet<string>(StringComparer.Ordinal);

        foreach (var property in Compared.Where(p => !ignored.Contains(p)))
        {
            var before = olds.GetNonNull(property);
            var after = news.GetNonNull(property);
            if (after is null)
            {
                if (before is null || LeftToAwsWhenOmitted.Contains(property))
                {
                    continue;
                }

                var replace = ClearedOnlyByReplace.Contains(property);
                detailed[property] = new PropertyDiff(replace ? PropertyDiffKind.DeleteReplace : PropertyDiffKind.Delete);
                (replace ? replaces : (ICollection<string>)updates).Add(property);
                continue;
            }

            if (after.ContainsUnknowns())
            {
                detailed[property] = new PropertyDiff(before is null ? PropertyDiffKind.Add : PropertyDiffKind.Update);
                updates.Add(property);
                continue;
            }

            if (before is null)
            {
                detailed[property] = new PropertyDiff(PropertyDiffKind.Add);
                updates.Add(property);
                continue;
            }

            var changed = property switch
            {
                DataflowEdges => EdgeDiff(before, after, detailed),
                StreamsKmsKey => MemberDiff(property, before, after, detailed),
                _ => ScalarDiff(property, before, after, detailed),
            };
            if (changed)
            {
                updates.Add(property);
            }
        }

        var tagsChanged = !ignored.Contains(Tags) && TagDiff(olds.GetNonNull(Tags), news.GetNonNull(Tags), detailed);

        if (detailed.Count == 0)
        {
            return new MissionProfileChanges(DiffResult.NoChanges, updates, false);
        }

        // Without a replacement the profile keeps its id, ARN and region.
        IReadOnlyList<string> stables = replaces.Count == 0 ? [Id, Arn, Region] : [];
        var diff = new DiffResult(DiffChanges.Some, replaces, stables, DeleteBeforeReplace: false, detailed);
        return new MissionProfileChanges(diff, updates, tagsChanged);
    }

    /// <summary>True when the values differ (known values compare as plain JSON, so numbers by value and secrets by content).</summary>
    public static bool Differs(PropertyValue? before, PropertyValue? after)
    {
        if (after is not null && after.ContainsUnknowns())
        {
            return true;
        }

        var a = before is null || before.Unwrap().IsNull ? null : PropertyJson.ToJToken(before);
        var b = after is null || after.Unwrap().IsNull ? null : PropertyJson.ToJToken(after);
        return !JToken.DeepEquals(a, b);
    }

    private static bool ScalarDiff(string property, PropertyValue before, PropertyValue after, SortedDictionary<string, PropertyDiff> detailed)
    {
        if (!Differs(before, after))
        {
            return false;
        }

        detailed[property] = new PropertyDiff(PropertyDiffKind.Update);
        return true;
    }

    private static bool MemberDiff(string property, PropertyValue before, PropertyValue after, SortedDictionary<string, PropertyDiff> detailed)
    {
        var a = PropertyReader.Object(before);
        var b = PropertyReader.Object(after);
        if (a is null || b is null)
        {
            return ScalarDiff(property, before, after, detailed);
        }

        var changed = false;
        foreach (var member in a.Keys.Union(b.Keys).Order(StringComparer.Ordinal))
        {
            var x = a.GetNonNull(member);
            var y = b.GetNonNull(member);
            if (x is null && y is null)
            {
                continue;
            }

            if (x is null || y is null || Differs(x, y))
            {
                var kind = x is null ? PropertyDiffKind.Add : y is null ? PropertyDiffKind.Delete : PropertyDiffKind.Update;
                detailed[property + PathMember(member)] = new PropertyDiff(kind);
                changed = true;
            }
        }

        return changed;
    }

    private static bool EdgeDiff(PropertyValue before, PropertyValue after, SortedDictionary<string, PropertyDiff> detailed)
    {
        if (MissionProfileEdges.SameSet(before, after))
        {
            return false;
        }

        var olds = PropertyReader.Items(before);
        var news = PropertyReader.Items(after);
        if (olds is null || news is null)
        {
            detailed[DataflowEdges] = new PropertyDiff(PropertyDiffKind.Update);
            return true;
        }

        var oldKeys = olds.Select(MissionProfileEdges.Key).ToHashSet(StringComparer.Ordinal);
        var newKeys = news.Select(MissionProfileEdges.Key).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < news.Count; i++)
        {
            if (!oldKeys.Contains(MissionProfileEdges.Key(news[i])))
            {
                detailed[$"{DataflowEdges}[{i}]"] = new PropertyDiff(PropertyDiffKind.Add);
            }
        }

        for (var i = 0; i < olds.Count; i++)
        {
            if (!newKeys.Contains(MissionProfileEdges.Key(olds[i])))
            {
                var path = $"{DataflowEdges}[{i}]";
                // An edge removed at an index where another was added reads as that edge being changed.
                detailed[path] = detailed.ContainsKey(path) ? new PropertyDiff(PropertyDiffKind.Update) : new PropertyDiff(PropertyDiffKind.Delete);
            }
        }

        return true;
    }

    private static bool TagDiff(PropertyValue? before, PropertyValue? after, SortedDictionary<string, PropertyDiff> detailed)
    {
        if (after is not null && (PropertyReader.IsUnknown(after) || after.ContainsUnknowns()))
        {
            detailed[Tags] = new PropertyDiff(before is null ? PropertyDiffKind.Add : PropertyDiffKind.Update);
            return true;
        }

        var olds = ResourceTags.Read(before);
        var news = ResourceTags.Read(after);
        var changes = ResourceTags.Compare(olds, news);
        if (changes.IsEmpty)
        {
            return false;
        }

        foreach (var key in changes.ToSet.Keys)
        {
            detailed[Tags + PathMember(key)] = new PropertyDiff(olds.ContainsKey(key) ? PropertyDiffKind.Update : PropertyDiffKind.Add);
        }

        foreach (var key in changes.ToRemove)
        {
            detailed[Tags + PathMember(key)] = new PropertyDiff(PropertyDiffKind.Delete);
        }

        return true;
    }

    /// <summary>A member step of a property path: <c>.name</c>, or <c>["a.b"]</c> when the key is not a plain name.</summary>
    public static string PathMember(string key) =>
        PlainName().IsMatch(key) ? "." + key : "[\"" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*\\z")]
    private static partial Regex PlainName();
}
