using System.Text.RegularExpressions;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Resources.Common.PropertyReader;

namespace Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

/// <summary>
/// Ground Station rules the service model cannot express, shared by both endpoint group types. The
/// model checks shapes (required members, ranges, patterns, unions); these check meaning. Every rule
/// skips values that are still unknown, so a preview with unresolved outputs reports only what it can.
/// Each reason starts with a short rule name so a reader (and a test) can tell which rule fired.
/// </summary>
internal static partial class EndpointGroupRules
{
    public const int MinPort = 1;
    public const int MaxPort = 65535;

    /// <summary>Members set by AWS (status, health) cannot be inputs: the create call ignores them.</summary>
    public static void ServerSetMembers(string listPath, PropertyValue? list, ICollection<CheckFailure> failures)
    {
        PropertyWalker.VisitObjects(list, listPath, (path, obj) =>
        {
            foreach (var key in obj.Keys.Where(EndpointGroupProperties.ServerSet.Contains))
            {
                failures.Add(new(PropertyWalker.Join(path, key),
                    $"output only: '{key}' is reported by AWS (status and health of the endpoint) and cannot be set; remove it"));
            }
        });
    }

    /// <summary>
    /// Ports are TCP/UDP ports (1-65535); a port range needs minimum &lt;= maximum. The model types
    /// them as plain integers, so nothing else catches 0, negative or 70000.
    /// </summary>
    public static void Ports(string listPath, PropertyValue? list, ICollection<CheckFailure> failures)
    {
        PropertyWalker.VisitObjects(list, listPath, (path, obj) =>
        {
            if (obj.GetNonNull("port") is { } port)
            {
                PortInRange(PropertyWalker.Join(path, "port"), port, failures);
            }

            if (obj.GetNonNull("portRange") is { } range)
            {
                var rangePath = PropertyWalker.Join(path, "portRange");
                var min = Member(range, "minimum");
                var max = Member(range, "maximum");
                var minOk = PortInRange(rangePath + ".minimum", min, failures);
                var maxOk = PortInRange(rangePath + ".maximum", max, failures);
                if (minOk && maxOk && TryGetInteger(min, out var low) && TryGetInteger(max, out var high) && low > high)
                {
                    failures.Add(new(rangePath,
                        $"port range order: minimum {low} is greater than maximum {high}; give the lower port as minimum"));
                }
            }
        });
    }

    /// <summary>
    /// The model's <c>IpV4Address</c> pattern accepts any 1-3 digits per part (e.g. 999.1.1.1); an IPv4
    /// address has parts 0-255. Applies to the ranged socket addresses, whose name the model types as IPv4.
    /// Only ASCII digits count (as in the model's ECMA-262 <c>\d</c>), so the parse below cannot fail.
    /// </summary>
    public static void RangedAddresses(string listPath, PropertyValue? list, ICollection<CheckFailure> failures)
    {
        PropertyWalker.VisitObjects(list, listPath, (path, obj) =>
        {
            if (obj.ContainsKey("portRange") && TryGetString(obj.GetNonNull("name"), out var ip)
                && Ipv4Shape().IsMatch(ip) && ip.Split('.').Any(part => int.Parse(part, System.Globalization.CultureInfo.InvariantCulture) > 255))
            {
                failures.Add(new(PropertyWalker.Join(path, "name"),
                    $"IPv4 address: '{ip}' has a part above 255"));
            }
        });
    }

    /// <summary>
    /// Two endpoints of one group receiving on the same IPv4 address must not share ports: AWS's agent
    /// guide says the ingress port ranges of endpoints on one receiver instance should not overlap
    /// (https://docs.aws.amazon.com/ground-station/latest/gs-agent-ug/digif-data-delivery-use-cases.html).
    /// </summary>
    public static void OverlappingPortRanges(string listPath, PropertyValue? list, ICollection<CheckFailure> failures)
    {
        var seen = new List<(string Path, string Ip, long Low, long High)>();
        PropertyWalker.VisitObjects(list, listPath, (path, obj) =>
        {
            var range = obj.GetNonNull("portRange");
            if (!TryGetString(obj.GetNonNull("name"), out var ip)
                || !TryGetInteger(Member(range, "minimum"), out var low)
                || !TryGetInteger(Member(range, "maximum"), out var high) || low > high)
            {
                return;
            }

            var rangePath = PropertyWalker.Join(path, "portRange");
            var clash = seen.FirstOrDefault(s => s.Ip == ip && s.Low <= high && low <= s.High);
            if (clash.Path is not null)
            {
                failures.Add(new(rangePath,
                    $"overlapping port ranges: {low}-{high} on {ip} overlaps {clash.Low}-{clash.High} at {clash.Path}; endpoints receiving on one address need separate ports"));
            }

            seen.Add((rangePath, ip, low, high));
        });
    }

    /// <summary>
    /// Endpoint names are how dataflow-endpoint configs pick an endpoint of the group during a contact,
    /// so two endpoints of one group with the same name would be ambiguous. (Across groups names may
    /// repeat: https://docs.aws.amazon.com/ground-station/latest/ug/how-it-works.dataflow-endpoint-group.html.)
    /// </summary>
    public static void UniqueNames(string listPath, IReadOnlyList<PropertyValue> entries, IReadOnlyList<string> kindMembers, ICollection<CheckFailure> failures)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var kind in kindMembers)
            {
                var name = Member(Member(entries[i], kind), "name");
                if (!TryGetString(name, out var text))
                {
                    continue;
                }

                if (first.TryGetValue(text, out var earlier))
                {
                    failures.Add(new($"{listPath}[{i}].{kind}.name",
                        $"unique endpoint names: '{text}' is already the name of {listPath}[{earlier}]; each endpoint in a group needs its own name"));
                }
                else
                {
                    first[text] = i;
                }
            }
        }
    }

    private static bool PortInRange(string path, PropertyValue? port, ICollection<CheckFailure> failures)
    {
        if (port is null || IsUnknown(port) || !TryGetInteger(port, out var number))
        {
            // Missing or non-integer ports are the model's to report.
            return port is null || IsUnknown(port);
        }

        if (number is < MinPort or > MaxPort)
        {
            failures.Add(new(path, $"port range: {number} is not a port; use {MinPort}-{MaxPort}"));
            return false;
        }

        return true;
    }

    [GeneratedRegex(@"^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\z")]
    private static partial Regex Ipv4Shape();
}
