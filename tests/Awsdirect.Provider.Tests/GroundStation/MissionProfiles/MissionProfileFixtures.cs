using System.Collections.Immutable;
using System.Net;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.Common;
using Awsdirect.Provider.Resources.GroundStation.MissionProfiles;
using Moq;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Tests.GroundStation.MissionProfiles;

/// <summary>A JPSS-1 downlink mission profile's inputs, config ARNs of every type, and a handler on strict mocks.</summary>
internal static class MissionProfileFixtures
{
    public const string Urn = "urn:pulumi:dev::mission::awsdirect:groundstation:MissionProfile::jpss1";
    public const string ProfileId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    public const string Account = "123456789012";
    public const string Region = "us-east-2";
    public const string ProfileArn = "arn:aws:groundstation:" + Region + ":" + Account + ":mission-profile/" + ProfileId;

    public static readonly string Tracking = ConfigArnOf("tracking", "11111111-1111-4111-8111-111111111111");
    public static readonly string Telemetry = ConfigArnOf("telemetry-sink", "22222222-2222-4222-8222-222222222222");
    public static readonly string DemodDecode = ConfigArnOf("antenna-downlink-demod-decode", "33333333-3333-4333-8333-333333333333");
    public static readonly string Downlink = ConfigArnOf("antenna-downlink", "44444444-4444-4444-8444-444444444444");
    public static readonly string Endpoint = ConfigArnOf("dataflow-endpoint", "55555555-5555-4555-8555-555555555555");
    public static readonly string Endpoint2 = ConfigArnOf("dataflow-endpoint", "66666666-6666-4666-8666-666666666666");
    public static readonly string S3Recording = ConfigArnOf("s3-recording", "77777777-7777-4777-8777-777777777777");
    public static readonly string Uplink = ConfigArnOf("antenna-uplink", "88888888-8888-4888-8888-888888888888");
    public static readonly string UplinkEcho = ConfigArnOf("uplink-echo", "99999999-9999-4999-8999-999999999999");

    public const string RoleArn = "arn:aws:iam::123456789012:role/GroundStationKmsRole";
    public const string KeyArn = "arn:aws:kms:us-east-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    public static string ConfigArnOf(string type, string id, string region = Region, string account = Account) =>
        $"arn:aws:groundstation:{region}:{account}:config/{type}/{id}";

    public static PropertyValue Edge(PropertyValue source, PropertyValue destination) =>
        PropertyValue.Create(new PropertyMap().Set("source", source).Set("destination", destination));

    public static PropertyValue Edges(params PropertyValue[] edges) => PropertyValue.Create(edges);

    /// <summary>JPSS-1: demod/decode egress to a dataflow endpoint and raw downlink to S3, with telemetry and KMS.</summary>
    public static PropertyMap Inputs() => new PropertyMap()
        .Set("name", "jpss1-downlink")
        .Set("contactPrePassDurationSeconds", 120)
        .Set("contactPostPassDurationSeconds", 180)
        .Set("minimumViableContactDurationSeconds", 60)
        .Set("dataflowEdges", Edges(Edge(DemodDecode + "/UncodedFramesEgress", Endpoint), Edge(Downlink, S3Recording)))
        .Set("trackingConfigArn", Tracking)
        .Set("telemetrySinkConfigArn", Telemetry)
        .Set("streamsKmsKey", PropertyValue.Create(new PropertyMap().Set("kmsKeyArn", KeyArn)))
        .Set("streamsKmsRole", RoleArn)
        .Set("tags", PropertyValue.Create(new PropertyMap().Set("mission", "jpss-1")));

    /// <summary>The smallest valid profile: one edge and a tracking config.</summary>
    public static PropertyMap Minimal() => new PropertyMap()
        .Set("name", "jpss1-minimal")
        .Set("minimumViableContactDurationSeconds", 60)
        .Set("dataflowEdges", Edges(Edge(Downlink, Endpoint)))
        .Set("trackingConfigArn", Tracking);

    /// <summary>Sets a value at a path such as <c>dataflowEdges[1].destination</c> or <c>streamsKmsKey.kmsAliasName</c>.</summary>
    public static PropertyMap With(PropertyMap inputs, string path, PropertyValue value) => Edit(inputs, path, value);

    public static PropertyMap Without(PropertyMap inputs, string path) => Edit(inputs, path, null);

    public static GroundStationHarness Handler(IReadOnlyDictionary<string, string>? defaultTags = null) =>
        GroundStationHarness.Create(Urn, services => new MissionProfileHandler(services), defaultTags, MockBehavior.Strict);

    public static CheckRequest Check(PropertyMap news, PropertyMap? olds = null) =>
        new(Urn, "jpss1", MissionProfileHandler.TypeToken, olds ?? PropertyMap.Empty, news, new byte[32]);

    /// <summary>The state a create of <paramref name="inputs"/> recorded.</summary>
    public static PropertyMap State(PropertyMap inputs) =>
        inputs.Set("arn", ProfileArn).Set("missionProfileId", ProfileId).Set("region", Region);

    public static DiffRequest Diff(PropertyMap olds, PropertyMap news, params string[] ignoreChanges) =>
        new(Urn, ProfileId, State(olds), olds, news, [.. ignoreChanges]);

    public static UpdateRequest Update(PropertyMap olds, PropertyMap news, bool preview = false) =>
        new(Urn, ProfileId, State(olds), olds, news, preview, ImmutableArray<string>.Empty);

    /// <summary>What GetMissionProfile answers for a profile created from <paramref name="inputs"/>.</summary>
    public static GetMissionProfileResponse ReadBack(PropertyMap inputs)
    {
        var json = (JObject)PropertyJson.ToJToken(PropertyValue.Create(inputs));
        json["dataflowEdges"] = new JArray(((JArray)json["dataflowEdges"]!).Select(e => new JArray(e["source"]!, e["destination"]!)));
        json["missionProfileId"] = ProfileId;
        json["missionProfileArn"] = ProfileArn;
        json["region"] = Region;
        json["tags"] ??= new JObject();
        return GroundStationJson.FromJToken<GetMissionProfileResponse>(json)!;
    }

    public static AwsServiceException NotFound(string message = "Mission profile " + ProfileId + " not found") =>
        new("Ground Station", AwsErrorCodes.ResourceNotFound, message, (HttpStatusCode)434, "req-404");

    private static PropertyMap Edit(PropertyMap inputs, string path, PropertyValue? value)
    {
        var steps = path.Replace("]", string.Empty, StringComparison.Ordinal).Split('.', '[');
        return Set(PropertyValue.Create(inputs), steps, value).ObjectValue;
    }

    private static PropertyValue Set(PropertyValue current, ReadOnlySpan<string> steps, PropertyValue? value)
    {
        var step = steps[0];
        var last = steps.Length == 1;
        if (current.Kind == PropertyValueKind.Array)
        {
            var items = current.ArrayValue;
            var index = int.Parse(step, System.Globalization.CultureInfo.InvariantCulture);
            if (last)
            {
                return PropertyValue.Create(value is null ? items.RemoveAt(index) : items.SetItem(index, value));
            }

            return PropertyValue.Create(items.SetItem(index, Set(items[index], steps[1..], value)));
        }

        var map = current.ObjectValue;
        if (last)
        {
            return PropertyValue.Create(value is null ? map.Remove(step) : map.Set(step, value));
        }

        var child = map.GetNonNull(step) ?? PropertyValue.Create(PropertyMap.Empty);
        return PropertyValue.Create(map.Set(step, Set(child, steps[1..], value)));
    }
}
