using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.Common;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Tests.ServiceModel;

public sealed class ModelRulesTests
{
    private const string TrackingConfigRequest = """
        { "name": "jpss1-tracking", "configData": { "trackingConfig": { "autotrack": "PREFERRED" } } }
        """;

    private static PropertyMap Map(string json) => PropertyJson.FromJObject(JObject.Parse(json));

    private static IReadOnlyList<CheckFailure> GroundStation(string shape, string json) =>
        ModelRules.Validate(ServiceModels.GroundStation, shape, Map(json));

    [Fact]
    public void Validate_ValidTrackingConfig_HasNoFailures()
    {
        Assert.Empty(GroundStation("CreateConfigRequest", TrackingConfigRequest));
    }

    [Fact]
    public void Validate_MissingRequiredMember_NamesPathAndShape()
    {
        var failure = Assert.Single(GroundStation("CreateConfigRequest", """{ "configData": { "trackingConfig": { "autotrack": "PREFERRED" } } }"""));
        Assert.Equal("name", failure.Property);
        Assert.StartsWith("required: CreateConfigRequest needs 'name'", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EnumOutsideModel_ListsAllowedValues()
    {
        var failure = Assert.Single(GroundStation("CreateConfigRequest",
            """{ "name": "t", "configData": { "trackingConfig": { "autotrack": "SOMETIMES" } } }"""));
        Assert.Equal("configData.trackingConfig.autotrack", failure.Property);
        Assert.Contains("REQUIRED, PREFERRED, REMOVED", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NameBreaksModelPattern_ReportsPattern()
    {
        var failure = Assert.Single(GroundStation("CreateConfigRequest",
            """{ "name": "bad/name", "configData": { "trackingConfig": { "autotrack": "PREFERRED" } } }"""));
        Assert.Equal("name", failure.Property);
        Assert.StartsWith("pattern:", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnionWithTwoMembers_ReportsOneOf()
    {
        var failures = GroundStation("CreateConfigRequest", """
            { "name": "t", "configData": { "trackingConfig": { "autotrack": "PREFERRED" },
              "dataflowEndpointConfig": { "dataflowEndpointName": "downlink" } } }
            """);
        Assert.Contains(failures, f => f.Property == "configData" && f.Reason.StartsWith("one of:", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownUnionMember_SkipsOneOfRule()
    {
        var inputs = Map("""{ "name": "t", "configData": { "trackingConfig": { "autotrack": "PREFERRED" } } }""")
            .Set("configData", PropertyValue.Create(new PropertyMap(new Dictionary<string, PropertyValue>
            {
                ["trackingConfig"] = PropertyValue.Computed,
                ["s3RecordingConfig"] = PropertyValue.Computed,
            })));
        Assert.Empty(ModelRules.Validate(ServiceModels.GroundStation, "CreateConfigRequest", inputs));
    }

    [Fact]
    public void Validate_UnknownNestedProperty_ListsTheShapesMembers()
    {
        var failure = Assert.Single(GroundStation("CreateConfigRequest",
            """{ "name": "t", "configData": { "trackingConfig": { "autotrack": "PREFERRED", "mode": "x" } } }"""));
        Assert.Equal("configData.trackingConfig.mode", failure.Property);
        Assert.Contains("has no 'mode'", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownTopLevelProperty_IsLeftToTheHandler()
    {
        Assert.Empty(GroundStation("CreateConfigRequest",
            """{ "name": "t", "configData": { "trackingConfig": { "autotrack": "PREFERRED" } }, "waitForDeployment": true }"""));
    }

    [Fact]
    public void Validate_DurationAboveModelMaximum_ReportsRange()
    {
        var failure = Assert.Single(GroundStation("CreateMissionProfileRequest", """
            { "name": "m", "minimumViableContactDurationSeconds": 60, "contactPrePassDurationSeconds": 86400,
              "dataflowEdges": [], "trackingConfigArn": "arn:aws:groundstation:us-east-2:123456789012:config/tracking/11111111-2222-3333-4444-555555555555" }
            """));
        Assert.Equal("contactPrePassDurationSeconds", failure.Property);
        Assert.StartsWith("range: must be between", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EdgeOfOneArn_ReportsListSize()
    {
        var failures = GroundStation("CreateMissionProfileRequest", """
            { "name": "m", "minimumViableContactDurationSeconds": 60,
              "dataflowEdges": [["arn:aws:groundstation:us-east-2:123456789012:config/tracking/11111111-2222-3333-4444-555555555555"]],
              "trackingConfigArn": "arn:aws:groundstation:us-east-2:123456789012:config/tracking/11111111-2222-3333-4444-555555555555" }
            """);
        Assert.Contains(failures, f => f.Property == "dataflowEdges[0]" && f.Reason.StartsWith("list size:", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_FractionalInteger_ReportsType()
    {
        var failure = Assert.Single(GroundStation("CreateMissionProfileRequest", """
            { "name": "m", "minimumViableContactDurationSeconds": 60.5, "dataflowEdges": [],
              "trackingConfigArn": "arn:aws:groundstation:us-east-2:123456789012:config/tracking/11111111-2222-3333-4444-555555555555" }
            """));
        Assert.Equal("minimumViableContactDurationSeconds", failure.Property);
        Assert.StartsWith("type: expected a whole number", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DoubleMemberGivenString_ReportsType()
    {
        var failures = GroundStation("CreateConfigRequest", """
            { "name": "t", "configData": { "antennaDownlinkConfig": { "spectrumConfig": {
              "centerFrequency": { "value": "7812", "units": "MHz" }, "bandwidth": { "value": 30, "units": "MHz" } } } } }
            """);
        var failure = Assert.Single(failures);
        Assert.Equal("configData.antennaDownlinkConfig.spectrumConfig.centerFrequency.value", failure.Property);
        Assert.StartsWith("type: expected a number", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CloudFrontPascalCaseMembers_MatchCamelCaseProperties()
    {
        Assert.Empty(ModelRules.Validate(ServiceModels.CloudFront, "CreateConnectionGroupRequest",
            Map("""{ "name": "edge", "enabled": true, "ipv6Enabled": false }"""), skipMembers: ["tags"]));
        var failures = ModelRules.Validate(ServiceModels.CloudFront, "CreateConnectionGroupRequest",
            Map("""{ "enabled": "yes" }"""), skipMembers: ["tags"]);
        Assert.Equal(["enabled", "name"], failures.Select(f => f.Property).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_SecretValue_IsCheckedOnItsPlainValue()
    {
        var inputs = Map(TrackingConfigRequest).Set("name", PropertyValue.Secret(PropertyValue.Create("bad/name")));
        var failure = Assert.Single(ModelRules.Validate(ServiceModels.GroundStation, "CreateConfigRequest", inputs));
        Assert.Equal("name", failure.Property);
    }

    [Fact]
    public void Merge_RuleAtSamePath_ReplacesModelMessage()
    {
        var merged = ModelRules.Merge(
            [new("name", "pattern: generic"), new("tags", "type: x")],
            [new("name", "name rule: specific")]);
        Assert.Equal(["name rule: specific", "type: x"], merged.Select(f => f.Reason));
    }

    [Theory]
    [InlineData("groundstation")]
    [InlineData("cloudfront")]
    public void Extract_EveryReferencedShapeIsPresent(string service)
    {
        var model = service == "groundstation" ? ServiceModels.GroundStation : ServiceModels.CloudFront;
        var requests = service == "groundstation"
            ? new[] { "CreateConfigRequest", "UpdateConfigRequest", "CreateMissionProfileRequest", "UpdateMissionProfileRequest", "CreateDataflowEndpointGroupRequest", "CreateDataflowEndpointGroupV2Request" }
            : ["CreateConnectionGroupRequest", "UpdateConnectionGroupRequest", "TagResourceRequest"];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(requests);
        while (pending.TryPop(out var name))
        {
            if (!seen.Add(name))
            {
                continue;
            }

            var shape = model.Shape(name);
            foreach (var child in ((JObject?)shape["members"] ?? []).Properties().Select(p => (string)p.Value["shape"]!)
                .Concat(new[] { "member", "key", "value" }.Select(k => (string?)shape[k]).OfType<string>()))
            {
                Assert.True(model.HasShape(child), $"{name} refers to {child}, missing from the {service} extract");
                pending.Push(child);
            }
        }

        Assert.True(seen.Count > 5);
    }

    [Fact]
    public void Doc_MemberDocumentation_IsPlainText()
    {
        var doc = ServiceModels.GroundStation.Doc("Frequency", "value");
        Assert.NotNull(doc);
        Assert.Contains("7750 to 8400 MHz", doc, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", doc, StringComparison.Ordinal);
    }
}
