using Newtonsoft.Json.Linq;

namespace AwsEmulator.GroundStation;

/// <summary>A stored Ground Station resource: its identity plus the document GET returns.</summary>
internal sealed class GsResource
{
    public required string Id { get; init; }

    public required string Arn { get; init; }

    public required string Region { get; init; }

    /// <summary>Config type for configs; null for other kinds.</summary>
    public string? ConfigType { get; init; }

    public required JObject Body { get; set; }

    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

    public long Sequence { get; init; }

    public JObject TagsJson()
    {
        var tags = new JObject();
        foreach (var (key, value) in Tags)
        {
            tags[key] = value;
        }

        return tags;
    }
}
