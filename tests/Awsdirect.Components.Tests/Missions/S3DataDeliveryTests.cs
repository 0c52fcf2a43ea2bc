using Awsdirect.Components.Hosting;
using Awsdirect.Components.Missions;
using Awsdirect.Components.Tests.Support;
using Awsdirect.Components.Values;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Components.Tests.Missions;

public class S3DataDeliveryTests
{
    private const string Name = "jpss1";
    private const string AwsVersion = "7.48.0";

    internal static readonly string Base = new JObject
    {
        ["centerFrequency"] = new JObject { ["value"] = 7812, ["units"] = "MHz" },
        ["bandwidth"] = new JObject { ["value"] = 30, ["units"] = "MHz" },
        ["polarization"] = "RIGHT_HAND",
        ["demodulationConfig"] = JObject.Parse(Jpss1.Demodulation),
        ["decodeConfig"] = JObject.Parse(Jpss1.Decode),
        ["accountId"] = FakeEngine.Account,
        ["region"] = FakeEngine.Region,
    }.ToString();

    [Fact]
    public async Task Construct_Jpss1_RegistersBucketRoleAndPolicyAsAwsClassicChildrenAndTheGroundStationChain()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Parse(Base));

        var expected = new[]
        {
            ("aws:iam/role:Role", "jpss1-role"),
            ("aws:iam/rolePolicy:RolePolicy", "jpss1-role-policy"),
            ("aws:s3/bucket:Bucket", "jpss1-bucket"),
            ("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "jpss1-bucket-public-access"),
            ("awsdirect:groundstation:Config", "jpss1-demod-decode"),
            ("awsdirect:groundstation:Config", "jpss1-recording"),
            ("awsdirect:groundstation:Config", "jpss1-tracking"),
            ("awsdirect:groundstation:MissionProfile", "jpss1-profile"),
        };
        Assert.Equal(expected, engine.Registrations.Select(r => (r.Type, r.Name)).Order());
        Assert.All(engine.Registrations, r => Assert.Equal(FakeEngine.ComponentUrn(S3DataDelivery.TypeToken, Name), r.Args.Options.Parent));
        Assert.All(engine.Registrations, r => Assert.Equal(r.Type.StartsWith("aws:", StringComparison.Ordinal) ? AwsVersion : null, r.Args.Options.Version));
    }

    [Fact]
    public async Task Construct_Jpss1_DemodDecodeConfigCarriesSpectrumAndQpsk()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Parse(Base));

        var body = engine.Child("jpss1-demod-decode").Input("configData").ObjectValue["antennaDownlinkDemodDecodeConfig"].ObjectValue;
        var spectrum = body["spectrumConfig"].ObjectValue;
        Assert.Equal(7812, spectrum["centerFrequency"].ObjectValue["value"].NumberValue);
        Assert.Equal(30, spectrum["bandwidth"].ObjectValue["value"].NumberValue);
        Assert.Equal("MHz", spectrum["bandwidth"].ObjectValue["units"].StringValue);
        Assert.Equal("RIGHT_HAND", spectrum["polarization"].StringValue);
        Assert.Equal("QPSK", (string?)JObject.Parse(body["demodulationConfig"].ObjectValue["unvalidatedJSON"].StringValue)["type"]);
    }

    [Fact]
    public async Task Construct_RoleTrustPolicy_OnlyGroundStationForThisAccountsRecordingConfigs()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Parse(Base));

        var policy = JObject.Parse(engine.Child("jpss1-role").Input("assumeRolePolicy").StringValue);
        Assert.Equal("2012-10-17", (string?)policy["Version"]);
        var statement = (JObject)Assert.Single((JArray)policy["Statement"]!);
        Assert.Equal("Allow", (string?)statement["Effect"]);
        Assert.Equal("sts:AssumeRole", (string?)statement["Action"]);
        Assert.Equal("groundstation.amazonaws.com", (string?)statement.SelectToken("Principal.Service"));
        Assert.Equal(FakeEngine.Account, (string?)statement.SelectToken("Condition.StringEquals['aws:SourceAccount']"));
        Assert.Equal(
            $"arn:aws:groundstation:{FakeEngine.Region}:{FakeEngine.Account}:config/s3-recording/*",
            (string?)statement.SelectToken("Condition.ArnLike['aws:SourceArn']"));
    }

    [Theory]
    [InlineData("awsdirect:region", "eu-north-1")]
    [InlineData("aws:region", "ap-southeast-2")]
    public async Task Construct_RegionNotGiven_TrustPolicyUsesTheStackRegion(string key, string region)
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Base, o => o.Remove("region"));
        var config = new Dictionary<string, string>(StringComparer.Ordinal) { [key] = region };

        await new S3DataDelivery().ConstructAsync(engine.Context(S3DataDelivery.TypeToken, Name, config), inputs, CancellationToken.None);

        var policy = JObject.Parse(engine.Child("jpss1-role").Input("assumeRolePolicy").StringValue);
        Assert.StartsWith($"arn:aws:groundstation:{region}:", (string?)policy.SelectToken("Statement[0].Condition.ArnLike['aws:SourceArn']"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Construct_RolePolicy_WritesObjectsAndLocatesTheCreatedBucketOnly()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Parse(Base));

        var bucketArn = engine.Child("jpss1-bucket").Reported("arn").StringValue;
        var rolePolicy = engine.Child("jpss1-role-policy");
        Assert.Equal(engine.Child("jpss1-role").Reported("name").StringValue, rolePolicy.Input("role").StringValue);
        var statements = JObject.Parse(rolePolicy.Input("policy").StringValue)["Statement"]!.Cast<JObject>()
            .ToDictionary(s => (string)s["Action"]![0]!, s => (string?)s["Resource"]);
        Assert.Equal(new Dictionary<string, string?> { ["s3:GetBucketLocation"] = bucketArn, ["s3:PutObject"] = bucketArn + "/*" }, statements);
        Assert.Contains(engine.Child("jpss1-bucket").Result.Urn, rolePolicy.Input("policy").Dependencies);
    }

    [Fact]
    public async Task Construct_NoBucketName_GeneratesAnAwsGroundstationPrefixS3Accepts()
    {
        var engine = new FakeEngine();

        await new S3DataDelivery().ConstructAsync(engine.Context(S3DataDelivery.TypeToken, "JPSS_1 Mission:Primary"), Inputs.Parse(Base), CancellationToken.None);

        var bucket = engine.Child("JPSS_1 Mission:Primary-bucket");
        var prefix = bucket.Input("bucketPrefix").StringValue;
        Assert.StartsWith(S3DataDelivery.BucketNamePrefix, prefix, StringComparison.Ordinal);
        Assert.Matches("^[a-z0-9-]+$", prefix);
        Assert.False(bucket.Args.Inputs.ContainsKey("bucket"));
        Assert.False(bucket.Input("forceDestroy").BoolValue);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("a-very-long-mission-name-that-goes-on-and-on-beyond-any-limit")]
    public void GeneratedBucketPrefix_AnyName_StartsWithAwsGroundstationAndFitsAwsClassic37CharacterLimit(string name)
    {
        var prefix = S3DataDelivery.GeneratedBucketPrefix(name);

        Assert.StartsWith("aws-groundstation-", prefix, StringComparison.Ordinal);
        Assert.True(prefix.Length <= 37, $"{prefix} has {prefix.Length} characters");
        Assert.EndsWith("-", prefix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Construct_BucketNameWithThePrefix_IsUsedAsTheBucketName()
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Base, o => o["bucketName"] = "aws-groundstation-jpss1-raw");

        var outputs = await ConstructAsync(engine, inputs);

        Assert.Equal("aws-groundstation-jpss1-raw", engine.Child("jpss1-bucket").Input("bucket").StringValue);
        Assert.False(engine.Child("jpss1-bucket").Args.Inputs.ContainsKey("bucketPrefix"));
        Assert.Equal("aws-groundstation-jpss1-raw", outputs["bucketName"].StringValue);
    }

    [Fact]
    public async Task Construct_Bucket_HasEveryPublicAccessBlocked()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Parse(Base));

        var block = engine.Child("jpss1-bucket-public-access");
        Assert.Equal(engine.Child("jpss1-bucket").Reported("bucket").StringValue, block.Input("bucket").StringValue);
        foreach (var setting in new[] { "blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets" })
        {
            Assert.True(block.Input(setting).BoolValue, setting);
        }
    }

    [Fact]
    public async Task Construct_RecordingConfig_WiredFromBucketAndRoleArnsAfterThePolicyExists()
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Base, o => o["prefix"] = "{satellite_id}/{year}/{month}/{day}");

        await ConstructAsync(engine, inputs);

        var recording = engine.Child("jpss1-recording");
        var body = recording.Input("configData").ObjectValue["s3RecordingConfig"].ObjectValue;
        Assert.Equal(engine.Child("jpss1-bucket").Reported("arn").StringValue, body["bucketArn"].StringValue);
        Assert.Equal(engine.Child("jpss1-role").Reported("arn").StringValue, body["roleArn"].StringValue);
        Assert.Equal("{satellite_id}/{year}/{month}/{day}", body["prefix"].StringValue);
        Assert.Equal(new[] { engine.Child("jpss1-role-policy").Result.Urn }, recording.Args.Options.DependsOn);
        Assert.True(engine.Child("jpss1-role-policy").Order < recording.Order);
    }

    [Fact]
    public async Task Construct_Profile_EdgeFromDemodDecodeArnToRecordingArnAndTrackingArn()
    {
        var engine = new FakeEngine();

        var outputs = await ConstructAsync(engine, Inputs.Parse(Base));

        var profile = engine.Child("jpss1-profile");
        var edge = Assert.Single(profile.Input("dataflowEdges").ArrayValue).ObjectValue;
        var demod = engine.Child("jpss1-demod-decode");
        var recording = engine.Child("jpss1-recording");
        Assert.Equal(demod.Reported("arn").StringValue, edge["source"].StringValue);
        Assert.Equal(recording.Reported("arn").StringValue, edge["destination"].StringValue);
        Assert.Contains(demod.Result.Urn, edge["source"].Dependencies);
        Assert.Contains(recording.Result.Urn, edge["destination"].Dependencies);
        Assert.Equal(engine.Child("jpss1-tracking").Reported("arn").StringValue, profile.Input("trackingConfigArn").StringValue);
        Assert.Equal(profile.Reported("arn").StringValue, outputs["missionProfileArn"].StringValue);
        Assert.Equal(recording.Reported("arn").StringValue, outputs["s3RecordingConfigArn"].StringValue);
        Assert.Equal(engine.Child("jpss1-role").Reported("arn").StringValue, outputs["roleArn"].StringValue);
    }

    [Fact]
    public async Task Construct_Preview_ArnsUnknownButDependenciesAndTrustPolicyKnown()
    {
        var engine = new FakeEngine(preview: true);

        var outputs = await ConstructAsync(engine, Inputs.Parse(Base));

        Assert.False(engine.Child("jpss1-role").Input("assumeRolePolicy").IsUnknown);
        var policy = engine.Child("jpss1-role-policy").Input("policy");
        Assert.True(policy.IsUnknown);
        Assert.Contains(engine.Child("jpss1-bucket").Result.Urn, policy.Dependencies);
        var body = engine.Child("jpss1-recording").Input("configData").ObjectValue["s3RecordingConfig"].ObjectValue;
        Assert.True(body["bucketArn"].IsUnknown);
        Assert.Contains(engine.Child("jpss1-role").Result.Urn, body["roleArn"].Dependencies);
        var edge = Assert.Single(engine.Child("jpss1-profile").Input("dataflowEdges").ArrayValue).ObjectValue;
        Assert.Contains(engine.Child("jpss1-recording").Result.Urn, edge["destination"].Dependencies);
        Assert.All(new[] { "bucketArn", "roleArn", "missionProfileArn", "s3RecordingConfigArn" }, k => Assert.True(outputs[k].IsUnknown, k));
    }

    public static TheoryData<string, string> BadInputs() => new()
    {
        { """{ "remove": "accountId" }""", "accountId" },
        { """{ "set": { "accountId": "12345" } }""", "accountId" },
        { """{ "set": { "bucketName": "jpss1-recordings" } }""", "bucketName" },
        { """{ "set": { "bucketName": "aws-groundstation-JPSS1" } }""", "bucketName" },
        { """{ "set": { "prefix": "raw data!" } }""", "prefix" },
        { """{ "set": { "region": "Ohio" } }""", "region" },
        { """{ "remove": "decodeConfig" }""", "decodeConfig" },
        { """{ "set": { "bandwidth": { "value": 700, "units": "MHz" } } }""", "bandwidth" },
        { """{ "set": { "centerFrequency": { "value": 2.1, "units": "GHz" } } }""", "centerFrequency" },
        { """{ "set": { "forceDestroy": "yes" } }""", "forceDestroy" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Construct_BadInput_RejectedNamingTheInputBeforeRegisteringAnything(string edit, string path)
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Base, o => DownlinkMissionTests.Apply(o, JObject.Parse(edit)));

        var error = await Assert.ThrowsAsync<ComponentInputException>(() => ConstructAsync(engine, inputs));

        Assert.Contains(error.Errors, e => e.Path == path);
        engine.VerifyNothingRegistered();
    }

    [Fact]
    public async Task Construct_NoRegionAnywhere_RejectedBeforeRegisteringAnything()
    {
        var engine = new FakeEngine();

        var error = await Assert.ThrowsAsync<ComponentInputException>(() => ConstructAsync(engine, Inputs.Edit(Base, o => o.Remove("region"))));

        Assert.Equal("region", Assert.Single(error.Errors).Path);
        engine.VerifyNothingRegistered();
    }

    private static Task<IReadOnlyDictionary<string, ComponentValue>> ConstructAsync(FakeEngine engine, ComponentInputs inputs) =>
        new S3DataDelivery().ConstructAsync(engine.Context(S3DataDelivery.TypeToken, Name), inputs, CancellationToken.None);
}
