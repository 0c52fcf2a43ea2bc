using System.Globalization;
using System.Text.Json;
using Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

namespace Awsdirect.Provider.Diagram;

/// <summary>
/// The key parameters a reviewer checks on each node: frequencies, bandwidth, polarization and
/// demodulation of antenna configs; endpoint names, addresses and ports; buckets and prefixes; the
/// sink, the KMS key. Unknown values read "(known after apply)", secrets "[secret]".
/// </summary>
internal static class NodeDetails
{
    private const int MaxEndpointsShown = 6;

    public static (NodeKind Kind, string Label, List<string> Details) Config(StackResource config)
    {
        var kind = ResourceTypes.ConfigKindOf(config);
        var data = kind is null ? null : StateValue.At(config.Value("configData"), kind);
        var details = new List<string>();
        switch (kind)
        {
            case "trackingConfig":
                details.Add("autotrack " + Or(StateValue.Text(StateValue.Member(data, "autotrack"))));
                return (NodeKind.Tracking, "Tracking", details);
            case "antennaDownlinkConfig":
                details.Add(Spectrum(StateValue.Member(data, "spectrumConfig"), withBandwidth: true));
                return (NodeKind.AntennaDownlink, "Antenna downlink", details);
            case "antennaDownlinkDemodDecodeConfig":
                details.Add(Spectrum(StateValue.Member(data, "spectrumConfig"), withBandwidth: true));
                details.Add("demod " + Demodulation(StateValue.At(data, "demodulationConfig.unvalidatedJSON")));
                details.Add("decode " + Decode(StateValue.At(data, "decodeConfig.unvalidatedJSON")));
                return (NodeKind.AntennaDownlinkDemodDecode, "Antenna downlink demod/decode", details);
            case "antennaUplinkConfig":
                details.Add(Spectrum(StateValue.Member(data, "spectrumConfig"), withBandwidth: false));
                details.Add("target EIRP " + Quantity(StateValue.Member(data, "targetEirp")));
                if (StateValue.Member(data, "transmitDisabled") is { } disabled)
                {
                    details.Add("transmit disabled " + Or(StateValue.Text(disabled)));
                }

                return (NodeKind.AntennaUplink, "Antenna uplink", details);
            case "uplinkEchoConfig":
                details.Add("echo enabled " + Or(StateValue.Text(StateValue.Member(data, "enabled"))));
                return (NodeKind.UplinkEcho, "Uplink echo", details);
            case "dataflowEndpointConfig":
                details.Add("endpoint " + Or(StateValue.Text(StateValue.Member(data, "dataflowEndpointName"))));
                if (StateValue.Text(StateValue.Member(data, "dataflowEndpointRegion")) is { } region)
                {
                    details.Add("region " + region);
                }

                return (NodeKind.DataflowEndpoint, "Dataflow endpoint", details);
            case "s3RecordingConfig":
                details.Add("bucket " + ArnTail(StateValue.Member(data, "bucketArn"), ":::"));
                details.Add("prefix " + Or(StateValue.Text(StateValue.Member(data, "prefix")), "(none)"));
                details.Add("role " + ArnTail(StateValue.Member(data, "roleArn"), ":role/"));
                return (NodeKind.S3Recording, "S3 recording", details);
            case "telemetrySinkConfig":
                details.Add(Or(StateValue.Text(StateValue.Member(data, "telemetrySinkType"))));
                var kinesis = StateValue.At(data, "telemetrySinkData.kinesisDataStreamData");
                details.Add("stream " + ArnTail(StateValue.Member(kinesis, "kinesisDataStreamArn"), ":stream/"));
                details.Add("role " + ArnTail(StateValue.Member(kinesis, "kinesisRoleArn"), ":role/"));
                return (NodeKind.TelemetrySink, "Telemetry sink", details);
            default:
                details.Add(StateValue.IsUnknown(config.Value("configData")) ? "configData " + StateValue.UnknownText : "config type not recognised");
                return (NodeKind.OtherConfig, "Config", details);
        }
    }

    public static List<string> MissionProfile(StackResource profile)
    {
        var details = new List<string>();
        if (StateValue.Text(profile.Value("name")) is { } name)
        {
            details.Add("name " + name);
        }

        details.Add("min contact " + Seconds(profile.Value("minimumViableContactDurationSeconds")));
        var pre = profile.Value("contactPrePassDurationSeconds");
        var post = profile.Value("contactPostPassDurationSeconds");
        if (pre is not null || post is not null)
        {
            details.Add($"pre/post pass {Seconds(pre)} / {Seconds(post)}");
        }

        return details;
    }

    public static List<string> Kms(StackResource profile)
    {
        var key = profile.Value("streamsKmsKey");
        var details = new List<string>();
        foreach (var member in new[] { "kmsKeyArn", "kmsAliasArn", "kmsAliasName" })
        {
            if (StateValue.Text(StateValue.Member(key, member)) is { } text)
            {
                details.Add(member switch { "kmsKeyArn" => "key ", "kmsAliasArn" => "alias ", _ => "alias " } + Shorten(text));
            }
        }

        if (StateValue.IsUnknown(key))
        {
            details.Add("key " + StateValue.UnknownText);
        }

        details.Add("role " + ArnTail(profile.Value("streamsKmsRole"), ":role/"));
        return details;
    }

    public static (string Label, List<string> Details) EndpointGroup(StackResource group)
    {
        var v2 = group.Type == DataflowEndpointGroupV2Handler.TypeToken;
        var details = new List<string>();
        var entries = EndpointGroupEndpoints.Of(group);
        foreach (var entry in entries.Take(MaxEndpointsShown))
        {
            details.Add(entry.Describe());
        }

        if (entries.Count > MaxEndpointsShown)
        {
            details.Add($"+{entries.Count - MaxEndpointsShown} more endpoints");
        }

        if (StateValue.IsUnknown(group.Value(v2 ? EndpointGroupProperties.EndpointsKey : EndpointGroupProperties.EndpointDetailsKey)))
        {
            details.Add("endpoints " + StateValue.UnknownText);
        }

        var pre = group.Value(EndpointGroupProperties.PrePass);
        var post = group.Value(EndpointGroupProperties.PostPass);
        if (pre is not null || post is not null)
        {
            details.Add($"pre/post pass {Seconds(pre)} / {Seconds(post)}");
        }

        return (v2 ? "Endpoint group (V2)" : "Endpoint group", details);
    }

    /// <summary>"7812 MHz, 30 MHz wide, RIGHT_HAND".</summary>
    private static string Spectrum(JsonElement? spectrum, bool withBandwidth)
    {
        if (StateValue.IsUnknown(spectrum))
        {
            return "spectrum " + StateValue.UnknownText;
        }

        var parts = new List<string> { Quantity(StateValue.Member(spectrum, "centerFrequency")) };
        if (withBandwidth)
        {
            parts.Add(Quantity(StateValue.Member(spectrum, "bandwidth")) + " wide");
        }

        parts.Add(Or(StateValue.Text(StateValue.Member(spectrum, "polarization")), "polarization ?"));
        return string.Join(", ", parts);
    }

    /// <summary>"7812 MHz" from <c>{value, units}</c>.</summary>
    public static string Quantity(JsonElement? quantity)
    {
        if (quantity is null)
        {
            return "?";
        }

        if (StateValue.IsUnknown(quantity) || StateValue.IsSecret(quantity))
        {
            return StateValue.Text(quantity)!;
        }

        var value = StateValue.Text(StateValue.Member(quantity, "value")) ?? "?";
        var units = StateValue.Text(StateValue.Member(quantity, "units"));
        return units is null ? value : value + " " + units;
    }

    /// <summary>The modulation and symbol rate from a demodulation config's unvalidated JSON ("QPSK, 15 Msps").</summary>
    private static string Demodulation(JsonElement? json)
    {
        if (Parse(json, out var text) is not { } document)
        {
            return text;
        }

        using (document)
        {
            var root = document.RootElement;
            var type = StateValue.KnownString(StateValue.Member(root, "type"));
            if (type is null)
            {
                return "(unvalidated JSON)";
            }

            var rate = StateValue.At(StateValue.Member(root, type.ToLowerInvariant()), "symbolTimingRecovery.symbolRate");
            return rate is null ? type : $"{type}, {Quantity(rate)}";
        }
    }

    /// <summary>The decode chain of a decode config's unvalidated JSON, in graph order ("CCSDS_171_133_VITERBI_DECODER → NRZ_M_DECODER").</summary>
    private static string Decode(JsonElement? json)
    {
        if (Parse(json, out var text) is not { } document)
        {
            return text;
        }

        using (document)
        {
            var nodes = StateValue.Member(document.RootElement, "nodeConfigs");
            if (nodes is not { ValueKind: JsonValueKind.Object } map)
            {
                return "(unvalidated JSON)";
            }

            var types = map.EnumerateObject().ToDictionary(
                p => p.Name,
                p => StateValue.KnownString(StateValue.Member(p.Value, "type")) ?? p.Name,
                StringComparer.Ordinal);
            var edges = StateValue.Items(StateValue.Member(document.RootElement, "edges"))
                .Select(e => (From: StateValue.KnownString(StateValue.Member(e, "from")), To: StateValue.KnownString(StateValue.Member(e, "to"))))
                .Where(e => e.From is not null && e.To is not null && types.ContainsKey(e.From) && types.ContainsKey(e.To))
                .Select(e => (From: e.From!, To: e.To!))
                .ToList();
            var chain = GraphOrder(types.Keys, edges)
                .Select(n => types[n])
                .Where(t => !t.EndsWith("_INGRESS", StringComparison.Ordinal) && !t.EndsWith("_EGRESS", StringComparison.Ordinal) && t != "IQ_RECOMBINER")
                .ToList();
            return chain.Count == 0 ? "(no decoder nodes)" : string.Join(" → ", chain);
        }
    }

    /// <summary>Kahn's order of a decode graph (ties by name), with any nodes left in a cycle appended.</summary>
    private static List<string> GraphOrder(IEnumerable<string> nodes, List<(string From, string To)> edges)
    {
        var all = nodes.Order(StringComparer.Ordinal).ToList();
        var incoming = all.ToDictionary(n => n, n => edges.Count(e => e.To == n), StringComparer.Ordinal);
        var ready = new SortedSet<string>(all.Where(n => incoming[n] == 0), StringComparer.Ordinal);
        var order = new List<string>();
        while (ready.Count > 0)
        {
            var next = ready.Min!;
            ready.Remove(next);
            order.Add(next);
            foreach (var edge in edges.Where(e => e.From == next))
            {
                if (--incoming[edge.To] == 0)
                {
                    ready.Add(edge.To);
                }
            }
        }

        order.AddRange(all.Except(order, StringComparer.Ordinal));
        return order;
    }

    private static JsonDocument? Parse(JsonElement? json, out string text)
    {
        text = "?";
        if (json is null)
        {
            return null;
        }

        if (StateValue.KnownString(json) is not { } raw)
        {
            text = StateValue.Text(json) ?? "?";
            return null;
        }

        try
        {
            return JsonDocument.Parse(raw);
        }
        catch (JsonException)
        {
            text = "(unvalidated JSON)";
            return null;
        }
    }

    private static string Seconds(JsonElement? value) => StateValue.Text(value) is { } text
        ? (StateValue.IsUnknown(value) || StateValue.IsSecret(value) ? text : text + " s")
        : "default";

    /// <summary>The readable end of an ARN (bucket, role, stream name); the whole value when it is not that kind of ARN.</summary>
    private static string ArnTail(JsonElement? value, string marker)
    {
        if (StateValue.KnownString(value) is not { } arn)
        {
            return Or(StateValue.Text(value));
        }

        var at = arn.IndexOf(marker, StringComparison.Ordinal);
        return at >= 0 ? arn[(at + marker.Length)..] : Shorten(arn);
    }

    public static string Shorten(string text) =>
        text.Length <= 64 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..30]}…{text[^30..]}");

    private static string Or(string? text, string fallback = "?") => text ?? fallback;
}
