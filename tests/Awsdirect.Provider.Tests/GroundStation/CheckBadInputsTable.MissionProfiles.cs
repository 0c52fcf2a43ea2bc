using System.Globalization;
using Awsdirect.Provider.Protocol.Properties;
using Fx = Awsdirect.Provider.Tests.GroundStation.MissionProfiles.MissionProfileFixtures;

namespace Awsdirect.Provider.Tests.GroundStation;

/// <summary>
/// The mission profile part of the bad-input table: each case is one mistake a user can make, the
/// property path Check must name and a fragment of the rule it must state, with no AWS call made.
/// Fixture members are qualified (Fx.) because other parts of this partial class declare members with the same names.
/// </summary>
public partial class CheckBadInputsTable
{
    private static readonly Dictionary<string, (Func<PropertyMap> Inputs, string Path, string Rule)> MissionProfileBadInputs = new()
    {
        ["no tracking config"] = (() => Fx.Without(Fx.Inputs(), "trackingConfigArn"), "trackingConfigArn", "required"),
        ["no minimum viable contact duration"] = (() => Fx.Without(Fx.Inputs(), "minimumViableContactDurationSeconds"), "minimumViableContactDurationSeconds", "required"),
        ["no dataflow edges"] = (() => Fx.Without(Fx.Inputs(), "dataflowEdges"), "dataflowEdges", "required"),
        ["empty edge list"] = (() => Fx.Inputs().Set("dataflowEdges", Fx.Edges()), "dataflowEdges", "at least one edge"),
        ["edges given as a string"] = (() => Fx.Inputs().Set("dataflowEdges", Fx.Downlink), "dataflowEdges", "type"),
        ["edge given as a two-element list"] = (() => Fx.Inputs().Set("dataflowEdges", Fx.Edges(PropertyValue.Create(new PropertyValue[] { Fx.Downlink, Fx.Endpoint }))), "dataflowEdges[0]", "edge shape"),
        ["edge without destination"] = (() => Fx.Without(Fx.Inputs(), "dataflowEdges[1].destination"), "dataflowEdges[1].destination", "required"),
        ["edge without source"] = (() => Fx.Without(Fx.Inputs(), "dataflowEdges[0].source"), "dataflowEdges[0].source", "required"),
        ["edge with a 'from' member"] = (() => Fx.With(Fx.Inputs(), "dataflowEdges[0].from", Fx.Downlink), "dataflowEdges[0].from", "unknown property"),
        ["source is not an ARN"] = (() => Fx.With(Fx.Inputs(), "dataflowEdges[1].source", "jpss1-antenna"), "dataflowEdges[1].source", "config ARN"),
        ["source is a number"] = (() => Fx.With(Fx.Inputs(), "dataflowEdges[1].source", 42), "dataflowEdges[1].source", "type"),
        ["s3-recording config as source"] = (() => Fx.With(Fx.Inputs(), "dataflowEdges[1].source", Fx.S3Recording), "dataflowEdges[1].source", "edge source"),
        ["antenna-uplink config as source"] = (() => Fx.With(Fx.Inputs(), "dataflowEdges[1].source", Fx.Uplink), "dataflowEdges[1].source", "edge source"),
        ["tracking config as source"] = (() => Fx.With(Fx.Inputs(), "dataflowEdges[0].source", Fx.Tracking), "dataflowEdges[0].source", "edge source"),
        ["antenna-downlink config as destination"] = (() => Fx.With(Fx.Inputs(), "dataflowEdges[1].destination", Fx.Downlink), "dataflowEdges[1].destination", "edge destination"),
        ["uplink-echo config as destination"] = (() => Fx.With(Fx.Inputs(), "dataflowEdges[1].destination", Fx.UplinkEcho), "dataflowEdges[1].destination", "edge destination"),
        ["demod/decode config as destination"] = (() => Fx.With(Fx.Inputs(), "dataflowEdges[0].destination", Fx.DemodDecode), "dataflowEdges[0].destination", "edge destination"),
        ["telemetry-sink config as destination"] = (() => Fx.With(Fx.Inputs(), "dataflowEdges[1].destination", Fx.Telemetry), "dataflowEdges[1].destination", "edge destination"),
        ["config type that does not exist"] = (() => Fx.With(Fx.Inputs(), "dataflowEdges[1].source", Fx.ConfigArnOf("radar-downlink", "abcdef01-2345-4678-9abc-def012345678")), "dataflowEdges[1].source", "config type"),
        ["node suffix on an antenna-downlink source"] = (() => Fx.With(Fx.Inputs(), "dataflowEdges[1].source", Fx.Downlink + "/UncodedFramesEgress"), "dataflowEdges[1].source", "node suffix"),
        ["node suffix on a dataflow-endpoint destination"] = (() => Fx.With(Fx.Inputs(), "dataflowEdges[0].destination", Fx.Endpoint + "/egress"), "dataflowEdges[0].destination", "node suffix"),
        ["node suffix longer than 256 characters"] = (() => Fx.With(Fx.Inputs(), "dataflowEdges[0].source", Fx.DemodDecode + "/" + new string('N', 257)), "dataflowEdges[0].source", "config ARN"),
        ["edge from a config to itself"] = (() => Fx.Inputs().Set("dataflowEdges", Fx.Edges(Fx.Edge(Fx.Endpoint, Fx.Endpoint))), "dataflowEdges[0].destination", "edge loop"),
        ["same edge twice"] = (() => Fx.Inputs().Set("dataflowEdges", Fx.Edges(Fx.Edge(Fx.Downlink, Fx.S3Recording), Fx.Edge(Fx.Downlink, Fx.S3Recording))), "dataflowEdges[1]", "duplicate edge"),
        ["tracking ARN names a dataflow-endpoint config"] = (() => Fx.Inputs().Set("trackingConfigArn", Fx.Endpoint), "trackingConfigArn", "config type"),
        ["telemetry sink ARN names a tracking config"] = (() => Fx.Inputs().Set("telemetrySinkConfigArn", Fx.Tracking), "telemetrySinkConfigArn", "config type"),
        ["tracking ARN with a node suffix"] = (() => Fx.Inputs().Set("trackingConfigArn", Fx.Tracking + "/node"), "trackingConfigArn", "node suffix"),
        ["destination config in another region"] = (() => Fx.With(Fx.Inputs(), "dataflowEdges[1].destination", Fx.ConfigArnOf("s3-recording", "77777777-7777-4777-8777-777777777777", region: "us-west-2")), "dataflowEdges[1].destination", "one account and region"),
        ["source config in another account"] = (() => Fx.With(Fx.Inputs(), "dataflowEdges[1].source", Fx.ConfigArnOf("antenna-downlink", "44444444-4444-4444-8444-444444444444", account: "210987654321")), "dataflowEdges[1].source", "one account and region"),
        ["KMS key without role"] = (() => Fx.Without(Fx.Inputs(), "streamsKmsRole"), "streamsKmsRole", "KMS key and role together"),
        ["KMS role without key"] = (() => Fx.Without(Fx.Inputs(), "streamsKmsKey"), "streamsKmsKey", "KMS key and role together"),
        ["KMS key sets two kinds"] = (() => Fx.With(Fx.Inputs(), "streamsKmsKey.kmsAliasName", "alias/groundstation"), "streamsKmsKey", "one of"),
        ["KMS key sets none"] = (() => Fx.Inputs().Set("streamsKmsKey", PropertyValue.Create(PropertyMap.Empty)), "streamsKmsKey", "one of"),
        ["KMS key ARN is an alias ARN"] = (() => Fx.With(Fx.Inputs(), "streamsKmsKey.kmsKeyArn", "arn:aws:kms:us-east-2:123456789012:alias/gs"), "streamsKmsKey.kmsKeyArn", "KMS key ARN"),
        ["KMS alias name without alias/ prefix"] = (() => Fx.Inputs().Set("streamsKmsKey", PropertyValue.Create(new PropertyMap().Set("kmsAliasName", "groundstation"))), "streamsKmsKey.kmsAliasName", "pattern"),
        ["KMS key with an unknown member"] = (() => Fx.With(Fx.Inputs(), "streamsKmsKey.keyId", "1234abcd"), "streamsKmsKey.keyId", "unknown property"),
        ["KMS role is a user ARN"] = (() => Fx.Inputs().Set("streamsKmsRole", "arn:aws:iam::123456789012:user/operator"), "streamsKmsRole", "pattern"),
        ["minimum viable contact of zero seconds"] = (() => Fx.Inputs().Set("minimumViableContactDurationSeconds", 0), "minimumViableContactDurationSeconds", "range"),
        ["minimum viable contact above six hours"] = (() => Fx.Inputs().Set("minimumViableContactDurationSeconds", 21601), "minimumViableContactDurationSeconds", "range"),
        ["minimum viable contact not whole"] = (() => Fx.Inputs().Set("minimumViableContactDurationSeconds", 1.5), "minimumViableContactDurationSeconds", "type"),
        ["negative pre-pass duration"] = (() => Fx.Inputs().Set("contactPrePassDurationSeconds", -1), "contactPrePassDurationSeconds", "range"),
        ["post-pass duration above model maximum"] = (() => Fx.Inputs().Set("contactPostPassDurationSeconds", 21601), "contactPostPassDurationSeconds", "range"),
        ["name with a slash"] = (() => Fx.Inputs().Set("name", "jpss1/downlink"), "name", "pattern"),
        ["name longer than 256 characters"] = (() => Fx.Inputs().Set("name", new string('a', 257)), "name", "length"),
        ["server-set arn given as input"] = (() => Fx.Inputs().Set("arn", Fx.ProfileArn), "arn", "unknown property"),
        ["edges under a wrong name"] = (() => Fx.Inputs().Set("edges", Fx.Edges(Fx.Edge(Fx.Downlink, Fx.Endpoint))), "edges", "unknown property"),
        ["name ending in a newline"] = (() => Fx.Inputs().Set("name", "jpss1-downlink\n"), "name", "pattern"),
        ["tracking ARN ending in a newline"] = (() => Fx.Inputs().Set("trackingConfigArn", Fx.Tracking + "\n"), "trackingConfigArn", "config ARN"),
        ["null edge"] = (() => Fx.Inputs().Set("dataflowEdges", Fx.Edges(Fx.Edge(Fx.Downlink, Fx.Endpoint), PropertyValue.Null)), "dataflowEdges[1]", "edge shape"),
        ["minimum viable contact beyond 32 bits"] = (() => Fx.Inputs().Set("minimumViableContactDurationSeconds", 4294967296d), "minimumViableContactDurationSeconds", "32-bit"),
        ["KMS key ARN ending in a newline"] = (() => Fx.Inputs().Set("streamsKmsRole", "arn:aws:iam::123456789012:role/GroundStationKms").Set("streamsKmsKey", PropertyValue.Create(new PropertyMap().Set("kmsKeyArn", "arn:aws:kms:us-east-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\n"))), "streamsKmsKey.kmsKeyArn", "KMS key ARN"),
        ["tag value is a number"] = (() => Fx.With(Fx.Inputs(), "tags.team", 7), "tags.team", "type"),
        ["more than 500 edges"] = (() => Fx.Inputs().Set("dataflowEdges", Fx.Edges([.. Enumerable.Range(0, 501).Select(i =>
            Fx.Edge(Fx.Downlink, Fx.ConfigArnOf("dataflow-endpoint", i.ToString("x8", CultureInfo.InvariantCulture) + "-0000-4000-8000-000000000000")))])), "dataflowEdges", "list size"),
        ["source ARN in another partition"] = (() => Fx.Minimal()
            .Set("trackingConfigArn", Fx.Tracking.Replace("arn:aws:", "arn:aws-cn:", StringComparison.Ordinal))
            .Set("dataflowEdges", Fx.Edges(Fx.Edge(Fx.Downlink.Replace("arn:aws:", "arn:aws-cn:", StringComparison.Ordinal), Fx.Endpoint.Replace("arn:aws:", "arn:aws-cn:", StringComparison.Ordinal)))),
            "dataflowEdges[0].source", "pattern"),
    };

    public static TheoryData<string> MissionProfileBadInputCases => new(MissionProfileBadInputs.Keys);

    [Theory]
    [MemberData(nameof(MissionProfileBadInputCases))]
    public async Task Check_MissionProfileBadInput_NamesPathAndRuleWithoutAwsCalls(string caseName)
    {
        var (inputs, path, rule) = MissionProfileBadInputs[caseName];
        var harness = Fx.Handler();

        var result = await harness.Handler.CheckAsync(Fx.Check(inputs()), CancellationToken.None);

        Assert.Contains(result.Failures, f => f.Property == path && f.Reason.Contains(rule, StringComparison.Ordinal));
        harness.Api.VerifyNoOtherCalls();
    }
}
