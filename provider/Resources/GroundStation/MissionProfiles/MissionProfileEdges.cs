using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Resources.GroundStation.MissionProfiles.MissionProfileProperties;

namespace Awsdirect.Provider.Resources.GroundStation.MissionProfiles;

/// <summary>
/// <c>dataflowEdges</c> as users write it (a list of <c>{source, destination}</c>) and as AWS takes it
/// (a list of two-element <c>[from, to]</c> lists).
/// <para>A mission profile's edges are a set: each edge says "data flows from this config to that one"
/// and AWS documents no meaning for their order (the user guide describes the edges as the pairs of
/// nodes a contact needs). Comparison is therefore order-insensitive, so reordering the program's list
/// never calls AWS; duplicates are refused at Check, so a set loses nothing.</para>
/// </summary>
internal static class MissionProfileEdges
{
    /// <summary>The edges as sorted "source -> destination" keys; null when any part is unknown.</summary>
    public static IReadOnlyList<string>? SetKeys(PropertyValue? edges)
    {
        if (edges is null || edges.Unwrap().IsNull)
        {
            return [];
        }

        if (edges.ContainsUnknowns())
        {
            return null;
        }

        var items = PropertyReader.Items(edges);
        if (items is null)
        {
            return [edges.Unwrap().ToString()];
        }

        return items.Select(Key).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>True when both lists are known and hold the same edges, in any order.</summary>
    public static bool SameSet(PropertyValue? olds, PropertyValue? news)
    {
        var a = SetKeys(olds);
        var b = SetKeys(news);
        return a is not null && b is not null && a.SequenceEqual(b, StringComparer.Ordinal);
    }

    /// <summary>The key of one edge: its source and destination, or its text when malformed.</summary>
    public static string Key(PropertyValue edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        var source = PropertyReader.Member(edge, Source);
        var destination = PropertyReader.Member(edge, Destination);
        return PropertyReader.TryGetString(source, out var s) && PropertyReader.TryGetString(destination, out var d)
            ? s + " -> " + d
            : edge.Unwrap().ToString();
    }

    /// <summary>The AWS form, <c>[[from, to], ...]</c>, of known, checked edges.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> ToAws(PropertyValue? edges) =>
        (PropertyReader.Items(edges) ?? []).Select(edge =>
        {
            PropertyReader.TryGetString(PropertyReader.Member(edge, Source), out var source);
            PropertyReader.TryGetString(PropertyReader.Member(edge, Destination), out var destination);
            return (IReadOnlyList<string>)[source, destination];
        }).ToList();

    /// <summary>The input form of the edges AWS reports.</summary>
    public static PropertyValue FromAws(IReadOnlyList<IReadOnlyList<string>>? edges) =>
        PropertyValue.Create((edges ?? []).Select(edge => PropertyValue.Create(new PropertyMap()
            .Set(Source, edge.Count > 0 ? edge[0] : string.Empty)
            .Set(Destination, edge.Count > 1 ? edge[1] : string.Empty))));
}
