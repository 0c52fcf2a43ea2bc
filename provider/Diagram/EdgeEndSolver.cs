using Awsdirect.Provider.Aws.GroundStation;

namespace Awsdirect.Provider.Diagram;

/// <summary>
/// Settles the dataflow-edge ends whose ARN is unknown in a preview. The engine records which configs
/// <c>dataflowEdges</c> as a whole came from, not which end each one fills, so the ends are found as the
/// assignments of those candidates that are consistent with what must hold:
/// <list type="bullet">
/// <item>every candidate is used by some end, settled or not (it is a dependency only because an edge names its
/// still-unknown ARN);</item>
/// <item>no edge joins a config to itself and no edge is listed twice (AWS and Check refuse both);</item>
/// <item>the pair is one AWS documents (the Ground Station user guide's configs and CloudFormation's
/// DataflowEdge pages): a downlink, demod/decode or uplink-echo source feeds a dataflow-endpoint or
/// s3-recording destination, and a dataflow-endpoint source feeds an antenna-uplink destination. Only when
/// no assignment fits those pairs are the looser source/destination roles used instead.</item>
/// </list>
/// When every consistent assignment gives the same set of edges (the order of a profile's edges means
/// nothing), that set is the answer; otherwise an end that differs between them stays pending, with the
/// configs it may be.
/// </summary>
internal static class EdgeEndSolver
{
    private const int MaxAssignments = 200_000;

    private static readonly HashSet<string> DownlinkSources = new(StringComparer.Ordinal)
    {
        ConfigCapabilityType.AntennaDownlink, ConfigCapabilityType.AntennaDownlinkDemodDecode, ConfigCapabilityType.UplinkEcho,
    };

    private static readonly HashSet<string> DownlinkDestinations = new(StringComparer.Ordinal)
    {
        ConfigCapabilityType.DataflowEndpoint, ConfigCapabilityType.S3Recording,
    };

    public static void Solve(List<(ConfigReference? Source, ConfigReference? Destination)> ends)
    {
        var open = new List<(int Edge, bool Source, IReadOnlyList<StackResource> Candidates)>();
        for (var i = 0; i < ends.Count; i++)
        {
            if (ends[i].Source is ConfigReference.Pending { Candidates.Count: > 0 } s)
            {
                open.Add((i, true, s.Candidates));
            }

            if (ends[i].Destination is ConfigReference.Pending { Candidates.Count: > 0 } d)
            {
                open.Add((i, false, d.Candidates));
            }
        }

        if (open.Count == 0 || open.Aggregate(1L, (n, o) => Math.Min(n * o.Candidates.Count, MaxAssignments + 1)) > MaxAssignments)
        {
            return;
        }

        // A pending end with no candidate at all means the input lacks a config: do not insist that all are used.
        var allMustBeUsed = !ends.Any(e => e.Source is ConfigReference.Pending { Candidates.Count: 0 } || e.Destination is ConfigReference.Pending { Candidates.Count: 0 });
        var required = allMustBeUsed
            ? open.SelectMany(o => o.Candidates).Select(c => c.Urn).ToHashSet(StringComparer.Ordinal)
            : [];
        // Edges whose ends have the same candidates are interchangeable: keep one order of them (ordinal by
        // edge key), so assignments that only swap them count once and settled ends stay settled.
        var symmetric = new List<(int First, int Second)>();
        for (var i = 0; i < ends.Count; i++)
        {
            for (var j = i + 1; j < ends.Count; j++)
            {
                if (Signature(ends[i].Source) == Signature(ends[j].Source) && Signature(ends[i].Destination) == Signature(ends[j].Destination))
                {
                    symmetric.Add((i, j));
                }
            }
        }

        var solutions = Search(ends, open, required, symmetric, documentedPairsOnly: true);
        if (solutions.Count == 0)
        {
            solutions = Search(ends, open, required, symmetric, documentedPairsOnly: false);
        }

        if (solutions.Count == 0)
        {
            return;
        }

        var sameSet = solutions.Select(s => s.EdgeSet).Distinct(StringComparer.Ordinal).Count() == 1;
        for (var k = 0; k < open.Count; k++)
        {
            var options = solutions.Select(s => s.Choice[k]).DistinctBy(c => c.Urn).OrderBy(c => c.Urn, StringComparer.Ordinal).ToList();
            ConfigReference settled = sameSet
                ? new ConfigReference.Resource(solutions[0].Choice[k])
                : options.Count == 1 ? new ConfigReference.Resource(options[0]) : new ConfigReference.Pending(options);
            var (edge, source, _) = open[k];
            ends[edge] = source ? (settled, ends[edge].Destination) : (ends[edge].Source, settled);
        }
    }

    private static List<(StackResource[] Choice, string EdgeSet)> Search(
        List<(ConfigReference? Source, ConfigReference? Destination)> ends,
        List<(int Edge, bool Source, IReadOnlyList<StackResource> Candidates)> open,
        HashSet<string> required,
        List<(int First, int Second)> symmetric,
        bool documentedPairsOnly)
    {
        var solutions = new List<(StackResource[] Choice, string EdgeSet)>();
        var choice = new StackResource[open.Count];
        Walk(0);
        return solutions;

        void Walk(int k)
        {
            if (k == open.Count)
            {
                if (Consistent(ends, open, choice, required, symmetric, documentedPairsOnly, out var edgeSet))
                {
                    solutions.Add(([.. choice], edgeSet));
                }

                return;
            }

            foreach (var candidate in open[k].Candidates)
            {
                choice[k] = candidate;
                Walk(k + 1);
            }
        }
    }

    private static bool Consistent(
        List<(ConfigReference? Source, ConfigReference? Destination)> ends,
        List<(int Edge, bool Source, IReadOnlyList<StackResource> Candidates)> open,
        StackResource[] choice,
        HashSet<string> required,
        List<(int First, int Second)> symmetric,
        bool documentedPairsOnly,
        out string edgeSet)
    {
        edgeSet = string.Empty;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var byEdge = new string?[ends.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ends.Count; i++)
        {
            var (fromKey, fromType) = End(ends[i].Source, i, source: true, open, choice);
            var (toKey, toType) = End(ends[i].Destination, i, source: false, open, choice);
            if (fromKey is not null)
            {
                used.Add(fromKey);
            }

            if (toKey is not null)
            {
                used.Add(toKey);
            }

            if (fromKey is null || toKey is null)
            {
                continue;
            }

            byEdge[i] = fromKey + " -> " + toKey;
            if (fromKey == toKey || !keys.Add(byEdge[i]!))
            {
                return false;
            }

            if (documentedPairsOnly && fromType is not null && toType is not null && !Documented(fromType, toType))
            {
                return false;
            }
        }

        if (!required.IsSubsetOf(used) || symmetric.Any(p => string.CompareOrdinal(byEdge[p.First], byEdge[p.Second]) > 0))
        {
            return false;
        }

        edgeSet = string.Join("\n", keys.Order(StringComparer.Ordinal));
        return true;
    }

    private static (string? Key, string? Type) End(ConfigReference? reference, int edge, bool source,
        List<(int Edge, bool Source, IReadOnlyList<StackResource> Candidates)> open, StackResource[] choice)
    {
        var k = open.FindIndex(o => o.Edge == edge && o.Source == source);
        if (k >= 0)
        {
            return (choice[k].Urn, ResourceTypes.ConfigTypeOf(choice[k]));
        }

        return reference switch
        {
            ConfigReference.Resource r => (r.Config.Urn, ResourceTypes.ConfigTypeOf(r.Config)),
            ConfigReference.External e => (e.Arn, e.ConfigType),
            _ => (null, null),
        };
    }

    private static string Signature(ConfigReference? reference) => reference switch
    {
        ConfigReference.Resource r => r.Config.Urn,
        ConfigReference.External e => e.Arn,
        ConfigReference.Pending p => "?" + string.Join(",", p.Candidates.Select(c => c.Urn)),
        _ => string.Empty,
    };

    private static bool Documented(string from, string to) =>
        (DownlinkSources.Contains(from) && DownlinkDestinations.Contains(to))
        || (from == ConfigCapabilityType.DataflowEndpoint && to == ConfigCapabilityType.AntennaUplink);
}
