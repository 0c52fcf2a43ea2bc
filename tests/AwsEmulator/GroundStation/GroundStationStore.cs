using AwsEmulator.Http;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.GroundStation;

/// <summary>
/// Ground Station configs, dataflow endpoint groups and mission profiles, kept per account and region.
/// Input has already passed model validation; this class adds the rules the model cannot express.
/// </summary>
internal sealed partial class GroundStationStore : IServiceBackend
{
    private const int DefaultPageSize = 100;

    private static readonly Dictionary<string, string> ConfigTypes = new(StringComparer.Ordinal)
    {
        ["antennaDownlinkConfig"] = "antenna-downlink",
        ["antennaDownlinkDemodDecodeConfig"] = "antenna-downlink-demod-decode",
        ["trackingConfig"] = "tracking",
        ["dataflowEndpointConfig"] = "dataflow-endpoint",
        ["antennaUplinkConfig"] = "antenna-uplink",
        ["uplinkEchoConfig"] = "uplink-echo",
        ["s3RecordingConfig"] = "s3-recording",
        ["telemetrySinkConfig"] = "telemetry-sink",
    };

    private readonly EmulatorOptions _options;
    private readonly Dictionary<string, GsResource> _configs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GsResource> _endpointGroups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GsResource> _missionProfiles = new(StringComparer.Ordinal);
    private long _sequence;

    public GroundStationStore(EmulatorOptions options)
    {
        _options = options;
    }

    public void Clear()
    {
        _configs.Clear();
        _endpointGroups.Clear();
        _missionProfiles.Clear();
    }

    public JObject Invoke(string operation, JObject input, RequestScope scope) => operation switch
    {
        "CreateConfig" => CreateConfig(input, scope),
        "GetConfig" => GetConfig(input, scope),
        "UpdateConfig" => UpdateConfig(input, scope),
        "DeleteConfig" => DeleteConfig(input, scope),
        "ListConfigs" => ListConfigs(input, scope),
        "CreateDataflowEndpointGroup" => CreateDataflowEndpointGroup(input, scope),
        "CreateDataflowEndpointGroupV2" => CreateDataflowEndpointGroupV2(input, scope),
        "GetDataflowEndpointGroup" => GetDataflowEndpointGroup(input, scope),
        "DeleteDataflowEndpointGroup" => DeleteDataflowEndpointGroup(input, scope),
        "ListDataflowEndpointGroups" => ListDataflowEndpointGroups(input, scope),
        "CreateMissionProfile" => CreateMissionProfile(input, scope),
        "GetMissionProfile" => GetMissionProfile(input, scope),
        "UpdateMissionProfile" => UpdateMissionProfile(input, scope),
        "DeleteMissionProfile" => DeleteMissionProfile(input, scope),
        "ListMissionProfiles" => ListMissionProfiles(input, scope),
        "TagResource" => TagResource(input, scope),
        "UntagResource" => UntagResource(input, scope),
        "ListTagsForResource" => ListTagsForResource(input, scope),
        _ => throw new AwsErrorException("UnknownOperationException", $"Operation {operation} is not supported by the emulator.", 404),
    };

    private static string Arn(RequestScope scope, string resource) =>
        $"arn:aws:groundstation:{scope.Region}:{scope.AccountId}:{resource}";

    private static string NewId() => Guid.NewGuid().ToString("D");

    private static AwsErrorException NotFound(string what, string id) =>
        new("ResourceNotFoundException", $"{what} {id} was not found.");

    private static AwsErrorException Invalid(string parameter, string message) =>
        new("InvalidParameterException", message, parameterName: parameter);

    private static void ApplyTags(GsResource resource, JObject input)
    {
        if (input["tags"] is JObject tags)
        {
            foreach (var (key, value) in tags)
            {
                resource.Tags[key] = value?.ToString() ?? string.Empty;
            }
        }
    }

    private static GsResource? Find(Dictionary<string, GsResource> items, string id, RequestScope scope) =>
        items.TryGetValue(id, out var item) && item.Region == scope.Region ? item : null;

    private static List<GsResource> InRegion(Dictionary<string, GsResource> items, RequestScope scope) =>
        [.. items.Values.Where(i => i.Region == scope.Region).OrderBy(i => i.Sequence)];

    private static (List<GsResource> Page, string? Next) Page(List<GsResource> items, JObject input)
    {
        var offset = PageToken.Decode((string?)input["nextToken"])
            ?? throw Invalid("nextToken", "The pagination token is not valid.");
        var size = (int?)input["maxResults"] ?? DefaultPageSize;
        return PageToken.Slice(items, offset, size);
    }

    private static JObject Page(JObject output, string listName, List<GsResource> items, JObject input, Func<GsResource, JObject> item)
    {
        var (page, next) = Page(items, input);
        output[listName] = new JArray(page.Select(item));
        if (next is not null)
        {
            output["nextToken"] = next;
        }

        return output;
    }

    private GsResource? FindByArn(string arn, RequestScope scope)
    {
        var all = _configs.Values.Concat(_endpointGroups.Values).Concat(_missionProfiles.Values);
        return all.FirstOrDefault(r => r.Arn == arn && r.Region == scope.Region);
    }

    private JObject TagResource(JObject input, RequestScope scope)
    {
        var arn = (string)input["resourceArn"]!;
        var resource = FindByArn(arn, scope) ?? throw NotFound("Resource", arn);
        ApplyTags(resource, input);
        return [];
    }

    private JObject UntagResource(JObject input, RequestScope scope)
    {
        var arn = (string)input["resourceArn"]!;
        var resource = FindByArn(arn, scope) ?? throw NotFound("Resource", arn);
        foreach (var key in (JArray)input["tagKeys"]!)
        {
            resource.Tags.Remove((string)key!);
        }

        return [];
    }

    private JObject ListTagsForResource(JObject input, RequestScope scope)
    {
        var arn = (string)input["resourceArn"]!;
        var resource = FindByArn(arn, scope) ?? throw NotFound("Resource", arn);
        return new JObject { ["tags"] = resource.TagsJson() };
    }
}
