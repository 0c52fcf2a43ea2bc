using Awsdirect.Components.Hosting;
using Awsdirect.Components.Missions;
using Awsdirect.Components.Tests.Support;
using Awsdirect.Components.Values;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Components.Tests.Missions;

public class DownlinkMissionTests
{
    private const string Config = "awsdirect:groundstation:Config";
    private const string Group = "awsdirect:groundstation:DataflowEndpointGroup";
    private const string Profile = "awsdirect:groundstation:MissionProfile";
    private const string Name = "jpss1";

    private static readonly string ComponentUrn = FakeEngine.ComponentUrn(DownlinkMission.TypeToken, Name);

    [Fact]
    public async Task Construct_RfDownlink_RegistersTrackingDownlinkEndpointConfigGroupAndProfile()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Parse(Jpss1.RfDownlink));

        Assert.Equal(
            Sorted([(Config, "jpss1-tracking"), (Config, "jpss1-downlink"), (Config, "jpss1-endpoint-rx"), (Group, "jpss1-endpoint-group"), (Profile, "jpss1-profile")]),
            Sorted([.. engine.Registrations.Select(r => (r.Type, r.Name))]));
        Assert.Equal(new[] { "trackingConfig" }, Keys(engine.Child("jpss1-tracking").Input("configData")));
        Assert.Equal(new[] { "antennaDownlinkConfig" }, Keys(engine.Child("jpss1-downlink").Input("configData")));
        Assert.Equal(new[] { "dataflowEndpointConfig" }, Keys(engine.Child("jpss1-endpoint-rx").Input("configData")));
    }

    [Fact]
    public async Task Construct_Jpss1Values_DownlinkSpectrumIs7812MHz30MHzRightHand()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Parse(Jpss1.RfDownlink));

        var spectrum = engine.Child("jpss1-downlink").Input("configData").ObjectValue["antennaDownlinkConfig"].ObjectValue["spectrumConfig"];
        Assert.Equal(Frequency(7812, "MHz"), spectrum.ObjectValue["centerFrequency"]);
        Assert.Equal(Frequency(30, "MHz"), spectrum.ObjectValue["bandwidth"]);
        Assert.Equal("RIGHT_HAND", spectrum.ObjectValue["polarization"].StringValue);
    }

    [Fact]
    public async Task Construct_Jpss1DemodDecodeObjects_RegistersDemodDecodeConfigWithQpskJson()
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Jpss1.RfDownlink, o =>
        {
            o["demodulationConfig"] = JObject.Parse(Jpss1.Demodulation);
            o["decodeConfig"] = JObject.Parse(Jpss1.Decode);
        });

        await ConstructAsync(engine, inputs);

        var body = engine.Child("jpss1-downlink").Input("configData").ObjectValue["antennaDownlinkDemodDecodeConfig"].ObjectValue;
        var demodulation = JObject.Parse(body["demodulationConfig"].ObjectValue["unvalidatedJSON"].StringValue);
        var decode = JObject.Parse(body["decodeConfig"].ObjectValue["unvalidatedJSON"].StringValue);
        Assert.Equal("QPSK", (string?)demodulation["type"]);
        Assert.Equal(15, (double?)demodulation.SelectToken("qpsk.symbolTimingRecovery.symbolRate.value"));
        Assert.True(JToken.DeepEquals(JObject.Parse(Jpss1.Decode), decode));
        Assert.Equal(Frequency(7812, "MHz"), body["spectrumConfig"].ObjectValue["centerFrequency"]);
    }

    [Fact]
    public async Task Construct_DemodulationAsJsonString_PassesTheTextUnchanged()
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Jpss1.RfDownlink, o =>
        {
            o["demodulationConfig"] = Jpss1.Demodulation;
            o["decodeConfig"] = Jpss1.Decode;
        });

        await ConstructAsync(engine, inputs);

        var body = engine.Child("jpss1-downlink").Input("configData").ObjectValue["antennaDownlinkDemodDecodeConfig"].ObjectValue;
        Assert.Equal(Jpss1.Demodulation, body["demodulationConfig"].ObjectValue["unvalidatedJSON"].StringValue);
    }

    [Fact]
    public async Task Construct_EveryChild_HasTheComponentAsParent()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Parse(Jpss1.RfDownlink));

        Assert.All(engine.Registrations, r => Assert.Equal(ComponentUrn, r.Args.Options.Parent));
    }

    [Fact]
    public async Task Construct_TwoEndpoints_ProfileEdgesRunFromDownlinkArnToEachEndpointConfigArn()
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Jpss1.RfDownlink, o => ((JArray)o["endpoints"]!).Add(JObject.Parse("""{ "name": "rx2", "address": "10.0.1.26", "port": 55889 }""")));

        await ConstructAsync(engine, inputs);

        var downlink = engine.Child("jpss1-downlink");
        var edges = engine.Child("jpss1-profile").Input("dataflowEdges").ArrayValue;
        Assert.Equal(2, edges.Length);
        foreach (var (edge, endpoint) in edges.Zip(new[] { "rx", "rx2" }))
        {
            var destination = engine.Child("jpss1-endpoint-" + endpoint);
            Assert.Equal(downlink.Reported("arn").StringValue, edge.ObjectValue["source"].StringValue);
            Assert.Equal(destination.Reported("arn").StringValue, edge.ObjectValue["destination"].StringValue);
            Assert.Contains(downlink.Result.Urn, edge.ObjectValue["source"].Dependencies);
            Assert.Contains(destination.Result.Urn, edge.ObjectValue["destination"].Dependencies);
        }
    }

    [Fact]
    public async Task Construct_Profile_DependsOnConfigsThroughInputsAndOnGroupExplicitly()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Parse(Jpss1.RfDownlink));

        var profile = engine.Child("jpss1-profile");
        var inputDependencies = profile.Args.Inputs.Values.SelectMany(v => v.AllDependencies()).ToHashSet();
        foreach (var config in engine.OfType(Config))
        {
            Assert.Contains(config.Result.Urn, inputDependencies);
            Assert.True(config.Order < profile.Order, $"{config.Name} registered after the profile");
        }

        var group = engine.Child("jpss1-endpoint-group");
        Assert.Equal(new[] { group.Result.Urn }, profile.Args.Options.DependsOn);
        Assert.Equal(engine.Child("jpss1-tracking").Reported("arn").StringValue, profile.Input("trackingConfigArn").StringValue);
    }

    [Fact]
    public async Task Construct_Outputs_AreTheChildrensArnsDependingOnThem()
    {
        var engine = new FakeEngine();

        var outputs = await ConstructAsync(engine, Inputs.Parse(Jpss1.RfDownlink));

        AssertOutput(outputs["missionProfileArn"], engine.Child("jpss1-profile"));
        AssertOutput(outputs["trackingConfigArn"], engine.Child("jpss1-tracking"));
        AssertOutput(outputs["downlinkConfigArn"], engine.Child("jpss1-downlink"));
        AssertOutput(outputs["dataflowEndpointGroupArn"], engine.Child("jpss1-endpoint-group"));
        AssertOutput(Assert.Single(outputs["dataflowEndpointConfigArns"].ArrayValue), engine.Child("jpss1-endpoint-rx"));
    }

    [Fact]
    public async Task Construct_Preview_EdgesAndOutputsUnknownButStillDependOnTheConfigs()
    {
        var engine = new FakeEngine(preview: true);

        var outputs = await ConstructAsync(engine, Inputs.Parse(Jpss1.RfDownlink));

        var edge = Assert.Single(engine.Child("jpss1-profile").Input("dataflowEdges").ArrayValue);
        Assert.True(edge.ObjectValue["source"].IsUnknown);
        Assert.True(edge.ObjectValue["destination"].IsUnknown);
        Assert.Contains(engine.Child("jpss1-downlink").Result.Urn, edge.ObjectValue["source"].Dependencies);
        Assert.Contains(engine.Child("jpss1-endpoint-rx").Result.Urn, edge.ObjectValue["destination"].Dependencies);
        Assert.All(outputs.Values, v => Assert.True(v.ContainsUnknowns()));
    }

    [Fact]
    public async Task Construct_PreviewWithUnknownSubnetsAndAddress_PassesThemToTheGroup()
    {
        var engine = new FakeEngine(preview: true);
        var inputs = Inputs.Edit(Jpss1.RfDownlink, o =>
        {
            o["subnetIds"] = Inputs.UnknownMarker;
            o["endpoints"]![0]!["address"] = Inputs.UnknownMarker;
        });

        await ConstructAsync(engine, inputs);

        var details = Assert.Single(engine.Child("jpss1-endpoint-group").Input("endpointDetails").ArrayValue).ObjectValue;
        Assert.True(details["securityDetails"].ObjectValue["subnetIds"].IsUnknown);
        Assert.True(details["endpoint"].ObjectValue["address"].ObjectValue["name"].IsUnknown);
    }

    [Fact]
    public async Task Construct_EndpointGroup_HasEndpointAndSecurityDetailsPerEndpoint()
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Jpss1.RfDownlink, o =>
        {
            o["endpoints"]![0]!["mtu"] = 1500;
            o["endpointGroupPrePassDurationSeconds"] = 240;
        });

        await ConstructAsync(engine, inputs);

        var group = engine.Child("jpss1-endpoint-group");
        var details = Assert.Single(group.Input("endpointDetails").ArrayValue).ObjectValue;
        var endpoint = details["endpoint"].ObjectValue;
        Assert.Equal("rx", endpoint["name"].StringValue);
        Assert.Equal("10.0.1.25", endpoint["address"].ObjectValue["name"].StringValue);
        Assert.Equal(55888, endpoint["address"].ObjectValue["port"].NumberValue);
        Assert.Equal(1500, endpoint["mtu"].NumberValue);
        var security = details["securityDetails"].ObjectValue;
        Assert.Equal("subnet-0a1b2c3d4e5f60718", Assert.Single(security["subnetIds"].ArrayValue).StringValue);
        Assert.Equal("sg-0a1b2c3d4e5f60718", Assert.Single(security["securityGroupIds"].ArrayValue).StringValue);
        Assert.Equal("arn:aws:iam::123456789012:role/groundstation-dataflow", security["roleArn"].StringValue);
        Assert.Equal(240, group.Input("contactPrePassDurationSeconds").NumberValue);
        Assert.False(group.Args.Inputs.ContainsKey("contactPostPassDurationSeconds"));
        Assert.Equal("rx", engine.Child("jpss1-endpoint-rx").Input("configData").ObjectValue["dataflowEndpointConfig"].ObjectValue["dataflowEndpointName"].StringValue);
    }

    [Fact]
    public async Task Construct_NoTimingInputs_UsesDocumentedDefaults()
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Jpss1.RfDownlink, o => o.Remove("polarization"));

        await ConstructAsync(engine, inputs);

        var profile = engine.Child("jpss1-profile");
        Assert.Equal(MissionCommon.DefaultPrePassSeconds, profile.Input("contactPrePassDurationSeconds").NumberValue);
        Assert.Equal(MissionCommon.DefaultPostPassSeconds, profile.Input("contactPostPassDurationSeconds").NumberValue);
        Assert.Equal(MissionCommon.DefaultMinimumViableSeconds, profile.Input("minimumViableContactDurationSeconds").NumberValue);
        Assert.Equal("PREFERRED", engine.Child("jpss1-tracking").Input("configData").ObjectValue["trackingConfig"].ObjectValue["autotrack"].StringValue);
        var spectrum = engine.Child("jpss1-downlink").Input("configData").ObjectValue["antennaDownlinkConfig"].ObjectValue["spectrumConfig"];
        Assert.Equal("RIGHT_HAND", spectrum.ObjectValue["polarization"].StringValue);
    }

    [Fact]
    public async Task Construct_ContactDurationsAndAutotrack_ReachTheProfileAndTrackingConfig()
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Jpss1.RfDownlink, o =>
        {
            o["contactPrePassDurationSeconds"] = 300;
            o["contactPostPassDurationSeconds"] = 60;
            o["minimumViableContactDurationSeconds"] = 240;
            o["autotrack"] = "REQUIRED";
        });

        await ConstructAsync(engine, inputs);

        var profile = engine.Child("jpss1-profile");
        Assert.Equal(300, profile.Input("contactPrePassDurationSeconds").NumberValue);
        Assert.Equal(60, profile.Input("contactPostPassDurationSeconds").NumberValue);
        Assert.Equal(240, profile.Input("minimumViableContactDurationSeconds").NumberValue);
        Assert.Equal("REQUIRED", engine.Child("jpss1-tracking").Input("configData").ObjectValue["trackingConfig"].ObjectValue["autotrack"].StringValue);
    }

    [Fact]
    public async Task Construct_NamePrefixAndTags_NameEveryAwsResourceAndTagIt()
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Jpss1.RfDownlink, o =>
        {
            o["namePrefix"] = "NOAA 20";
            o["tags"] = new JObject { ["mission"] = "jpss1" };
        });

        await ConstructAsync(engine, inputs);

        Assert.Equal("NOAA 20-profile", engine.Child("jpss1-profile").Input("name").StringValue);
        Assert.Equal("NOAA 20-downlink", engine.Child("jpss1-downlink").Input("name").StringValue);
        Assert.All(engine.Registrations, r => Assert.Equal("jpss1", r.Input("tags").ObjectValue["mission"].StringValue));
    }

    [Theory]
    [InlineData("7812", "MHz")]
    [InlineData("7.812", "GHz")]
    [InlineData("7812000", "kHz")]
    [InlineData("2200", "MHz")]
    [InlineData("8.4", "GHz")]
    public async Task Construct_CenterFrequencyInsideDownlinkBandsInAnyUnit_IsSentAsGiven(string value, string units)
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Jpss1.RfDownlink, o => o["centerFrequency"] = JObject.Parse($$"""{ "value": {{value}}, "units": "{{units}}" }"""));

        await ConstructAsync(engine, inputs);

        var spectrum = engine.Child("jpss1-downlink").Input("configData").ObjectValue["antennaDownlinkConfig"].ObjectValue["spectrumConfig"];
        Assert.Equal(Frequency(double.Parse(value, System.Globalization.CultureInfo.InvariantCulture), units), spectrum.ObjectValue["centerFrequency"]);
    }

    [Theory]
    [InlineData("2.5", "GHz")]
    [InlineData("2199999", "kHz")]
    [InlineData("8401", "MHz")]
    [InlineData("7812", "kHz")]
    public async Task Construct_CenterFrequencyOutsideDownlinkBands_IsRejectedInMHz(string value, string units)
    {
        var inputs = Inputs.Edit(Jpss1.RfDownlink, o => o["centerFrequency"] = JObject.Parse($$"""{ "value": {{value}}, "units": "{{units}}" }"""));

        var error = await AssertRejectedAsync(inputs, "centerFrequency");

        Assert.Contains("MHz is outside the downlink bands", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("54000", "kHz", true)]
    [InlineData("0.01", "MHz", true)]
    [InlineData("54.001", "MHz", false)]
    [InlineData("9", "kHz", false)]
    [InlineData("0.06", "GHz", false)]
    public async Task Construct_RfBandwidth_LimitedTo10kHzThrough54MHz(string value, string units, bool accepted)
    {
        var inputs = Inputs.Edit(Jpss1.RfDownlink, o => o["bandwidth"] = JObject.Parse($$"""{ "value": {{value}}, "units": "{{units}}" }"""));

        if (accepted)
        {
            await ConstructAsync(new FakeEngine(), inputs);
        }
        else
        {
            await AssertRejectedAsync(inputs, "bandwidth");
        }
    }

    [Theory]
    [InlineData("0.125", "MHz", true)]
    [InlineData("0.65", "GHz", true)]
    [InlineData("100", "kHz", false)]
    [InlineData("651", "MHz", false)]
    public async Task Construct_DemodDecodeBandwidth_LimitedTo125kHzThrough650MHz(string value, string units, bool accepted)
    {
        var inputs = Inputs.Edit(Jpss1.RfDownlink, o =>
        {
            o["bandwidth"] = JObject.Parse($$"""{ "value": {{value}}, "units": "{{units}}" }""");
            o["demodulationConfig"] = JObject.Parse(Jpss1.Demodulation);
            o["decodeConfig"] = JObject.Parse(Jpss1.Decode);
        });

        if (accepted)
        {
            await ConstructAsync(new FakeEngine(), inputs);
        }
        else
        {
            await AssertRejectedAsync(inputs, "bandwidth");
        }
    }

    [Fact]
    public async Task Construct_UnitsLeftOut_DefaultToMHz()
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Jpss1.RfDownlink, o => o["centerFrequency"] = new JObject { ["value"] = 7812 });

        await ConstructAsync(engine, inputs);

        var spectrum = engine.Child("jpss1-downlink").Input("configData").ObjectValue["antennaDownlinkConfig"].ObjectValue["spectrumConfig"];
        Assert.Equal(Frequency(7812, "MHz"), spectrum.ObjectValue["centerFrequency"]);
    }

    public static TheoryData<string, string> BadInputs() => new()
    {
        { """{ "remove": "centerFrequency" }""", "centerFrequency" },
        { """{ "set": { "centerFrequency": { "value": 7812, "units": "Hz" } } }""", "centerFrequency.units" },
        { """{ "set": { "centerFrequency": { "value": -7812 } } }""", "centerFrequency.value" },
        { """{ "set": { "bandwidth": "30 MHz" } }""", "bandwidth" },
        { """{ "set": { "polarization": "CIRCULAR" } }""", "polarization" },
        { """{ "set": { "autotrack": "ALWAYS" } }""", "autotrack" },
        { """{ "set": { "endpoints": [] } }""", "endpoints" },
        { """{ "set": { "endpoints": "<unknown>" } }""", "endpoints" },
        { """{ "set": { "endpoints": [ { "name": "rx", "address": "10.0.1.25", "port": 70000 } ] } }""", "endpoints[0].port" },
        { """{ "set": { "endpoints": [ { "name": "rx", "address": "10.0.1.25", "port": 55888, "mtu": 9001 } ] } }""", "endpoints[0].mtu" },
        { """{ "set": { "endpoints": [ { "name": "rx!", "address": "10.0.1.25", "port": 55888 } ] } }""", "endpoints[0].name" },
        { """{ "set": { "endpoints": [ { "name": "rx", "port": 55888 } ] } }""", "endpoints[0].address" },
        { """{ "set": { "endpoints": [ { "name": "rx", "address": "a", "port": 1 }, { "name": "rx", "address": "b", "port": 2 } ] } }""", "endpoints[1].name" },
        { """{ "set": { "subnetIds": [] } }""", "subnetIds" },
        { """{ "remove": "securityGroupIds" }""", "securityGroupIds" },
        { """{ "set": { "roleArn": "groundstation-dataflow" } }""", "roleArn" },
        { """{ "set": { "demodulationConfig": { "type": "QPSK" } } }""", "decodeConfig" },
        { """{ "set": { "decodeConfig": { "edges": [] } } }""", "demodulationConfig" },
        { """{ "set": { "demodulationConfig": "{ not json", "decodeConfig": "{}" } }""", "demodulationConfig" },
        { """{ "set": { "demodulationConfig": { "type": "QPSK?" }, "decodeConfig": "{}" } }""", "demodulationConfig" },
        { """{ "set": { "contactPrePassDurationSeconds": 21601 } }""", "contactPrePassDurationSeconds" },
        { """{ "set": { "contactPostPassDurationSeconds": 1.5 } }""", "contactPostPassDurationSeconds" },
        { """{ "set": { "minimumViableContactDurationSeconds": 0 } }""", "minimumViableContactDurationSeconds" },
        { """{ "set": { "endpointGroupPrePassDurationSeconds": 10 } }""", "endpointGroupPrePassDurationSeconds" },
        { """{ "set": { "namePrefix": "jpss/1" } }""", "namePrefix" },
        { """{ "set": { "namePrefix": "<unknown>" } }""", "namePrefix" },
        { """{ "set": { "tags": { "mission": 1 } } }""", "tags.mission" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Construct_BadInput_RejectedNamingTheInputBeforeRegisteringAnything(string edit, string path)
    {
        var inputs = Inputs.Edit(Jpss1.RfDownlink, o => Apply(o, JObject.Parse(edit)));

        await AssertRejectedAsync(inputs, path);
    }

    [Fact]
    public async Task Construct_SeveralBadInputs_ReportsEveryOne()
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Jpss1.RfDownlink, o =>
        {
            o["polarization"] = "CIRCULAR";
            o["roleArn"] = "x";
            o.Remove("bandwidth");
        });

        var error = await Assert.ThrowsAsync<ComponentInputException>(() => ConstructAsync(engine, inputs));

        Assert.Equal(new[] { "bandwidth", "polarization", "roleArn" }, error.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Contains(DownlinkMission.TypeToken, error.Message, StringComparison.Ordinal);
        engine.VerifyNothingRegistered();
    }

    [Fact]
    public async Task Construct_ComponentNameNotAGroundStationName_AsksForNamePrefix()
    {
        var engine = new FakeEngine();

        var error = await Assert.ThrowsAsync<ComponentInputException>(
            () => new DownlinkMission().ConstructAsync(engine.Context(DownlinkMission.TypeToken, "jpss1.mission"), Inputs.Parse(Jpss1.RfDownlink), CancellationToken.None));

        Assert.Equal("namePrefix", Assert.Single(error.Errors).Path);
        engine.VerifyNothingRegistered();
    }

    internal static void Apply(JObject inputs, JObject edit)
    {
        if (edit["remove"] is { } remove)
        {
            inputs.Remove((string)remove!);
        }

        if (edit["set"] is JObject set)
        {
            foreach (var property in set.Properties())
            {
                inputs[property.Name] = property.Value;
            }
        }
    }

    private static async Task<InputError> AssertRejectedAsync(ComponentInputs inputs, string path)
    {
        var engine = new FakeEngine();
        var error = await Assert.ThrowsAsync<ComponentInputException>(() => ConstructAsync(engine, inputs));
        engine.VerifyNothingRegistered();
        return Assert.Single(error.Errors, e => e.Path == path);
    }

    private static Task<IReadOnlyDictionary<string, ComponentValue>> ConstructAsync(FakeEngine engine, ComponentInputs inputs) =>
        new DownlinkMission().ConstructAsync(engine.Context(DownlinkMission.TypeToken, Name), inputs, CancellationToken.None);

    private static void AssertOutput(ComponentValue output, Registration child)
    {
        Assert.Equal(child.Reported("arn").StringValue, output.StringValue);
        Assert.Contains(child.Result.Urn, output.Dependencies);
    }

    private static ComponentValue Frequency(double value, string units) =>
        ComponentValue.Object(("value", ComponentValue.Of(value)), ("units", ComponentValue.Of(units)));

    private static string[] Keys(ComponentValue value) => [.. value.ObjectValue.Keys];

    private static (string, string)[] Sorted((string, string)[] items) => [.. items.Order()];
}
