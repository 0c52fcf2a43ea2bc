using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Newtonsoft.Json.Linq;
using Pulumirpc;

namespace Awsdirect.Integration.Tests.Engine.Host;

/// <summary>CheckConfig / DiffConfig / Configure over the wire, as the engine configures a provider.</summary>
public sealed class ProviderConfigEngineTests : IClassFixture<PluginFixture>
{
    private const string ProviderUrn = "urn:pulumi:dev::mission::pulumi:providers:awsdirect::default";
    private const string GroupType = "awsdirect:groundstation:DataflowEndpointGroup";

    private readonly PluginFixture _fx;

    public ProviderConfigEngineTests(PluginFixture fx) => _fx = fx;

    [Fact]
    public async Task CheckConfig_EveryKeyWithGoodValues_NoFailures_AndInputsReturnedAsSent()
    {
        var config = JObject.Parse("""
            { "region": "eu-central-1", "profile": "ops", "maxRetries": 5, "version": "0.1.0",
              "endpoints": { "groundstation": "http://127.0.0.1:4566", "cloudfront": "https://cloudfront.example.com" },
              "defaultTags": { "team": "ground", "cost-centre": "42" } }
            """);

        var response = await CheckConfig(config);

        Assert.Empty(response.Failures);
        Assert.True(JToken.DeepEquals(config, StructJson.ToJson(response.Inputs)));
    }

    [Fact]
    public async Task CheckConfig_StackConfigStrings_EndpointsAndTagsAsJsonText_NumbersAsText_NoFailures()
    {
        var response = await CheckConfig(JObject.Parse("""
            { "endpoints": "{\"groundstation\": \"http://127.0.0.1:4566\"}", "defaultTags": "{\"team\": \"ground\"}", "maxRetries": "4" }
            """));

        Assert.Empty(response.Failures);
    }

    [Theory]
    [InlineData("""{ "region": "Mars-North" }""", "region", "not an AWS Region")]
    [InlineData("""{ "region": "" }""", "region", "must not be empty")]
    [InlineData("""{ "profile": 7 }""", "profile", "must be a string")]
    [InlineData("""{ "endpoints": { "groundstation": "ftp://10.0.0.1" } }""", "endpoints.groundstation", "http or https")]
    [InlineData("""{ "endpoints": { "groundstation": "localhost:4566" } }""", "endpoints.groundstation", "http or https")]
    [InlineData("""{ "endpoints": { "s3": "http://127.0.0.1:4566" } }""", "endpoints.s3", "not a service")]
    [InlineData("""{ "endpoints": "{\"groundstation\": " }""", "endpoints", "not valid JSON")]
    [InlineData("""{ "endpoints": "[1, 2]" }""", "endpoints", "must be a JSON object")]
    [InlineData("""{ "endpoints": 3 }""", "endpoints", "must be an object")]
    [InlineData("""{ "defaultTags": { "aws:owner": "me" } }""", "defaultTags.aws:owner", "reserved")]
    [InlineData("""{ "defaultTags": { "team": 3 } }""", "defaultTags.team", "must be a string")]
    [InlineData("""{ "maxRetries": "many" }""", "maxRetries", "whole number")]
    [InlineData("""{ "maxRetries": 2.5 }""", "maxRetries", "whole number")]
    [InlineData("""{ "regoin": "us-east-1" }""", "regoin", "not an awsdirect configuration key")]
    public async Task CheckConfig_BadValue_FailureNamesTheKey(string config, string property, string reason)
    {
        var response = await CheckConfig(JObject.Parse(config));

        var failure = Assert.Single(response.Failures);
        Assert.Equal(property, failure.Property);
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_UnknownValue_IsNotAFailure()
    {
        var response = await CheckConfig(JObject.Parse("""{ "region": "<unknown>", "endpoints": { "groundstation": "<unknown>" } }"""));

        Assert.Empty(response.Failures);
    }

    [Fact]
    public async Task Configure_BadValue_IsInvalidArgumentNamingTheKey_AndTheProcessStaysUp()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => _fx.Provider.ConfigureAsync(new ConfigureRequest
        {
            Args = StructJson.ToStruct(JObject.Parse("""{ "maxRetries": "lots" }""")),
            AcceptSecrets = true,
        }));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("maxRetries", e.Status.Detail, StringComparison.Ordinal);
        Assert.NotNull(await _fx.Provider.GetPluginInfoAsync());
    }

    [Fact]
    public async Task Configure_AnswersProtocolFeatures()
    {
        var response = await _fx.ConfigureAsync(_fx.ProviderConfig());

        Assert.True(response.AcceptSecrets);
        Assert.True(response.SupportsPreview);
        Assert.True(response.AcceptResources);
        Assert.False(response.AcceptOutputs);
        Assert.True(response.SupportsAutonamingConfiguration);
    }

    [Fact]
    public async Task Configure_EndpointsAsJsonString_AwsCallsGoToThatEndpoint()
    {
        var endpoint = _fx.Emulator.BaseAddress.ToString().TrimEnd('/');
        await _fx.ConfigureAsync(JObject.FromObject(new
        {
            endpoints = $$"""{"groundstation": "{{endpoint}}", "cloudfront": "{{endpoint}}"}""",
        }));
        await _fx.ClearCallsAsync();

        var driver = _fx.NewDriver();
        var refreshed = await RefreshMissingGroup(driver);

        Assert.Equal(StepKind.Delete, refreshed.Kind);
        Assert.Contains(await _fx.TakeCallsAsync(), c => c.Operation == "GetDataflowEndpointGroup");
    }

    [Fact]
    public async Task Configure_SecretValues_AreUsed()
    {
        var endpoint = _fx.Emulator.BaseAddress.ToString().TrimEnd('/');
        var config = new JObject
        {
            ["endpoints"] = new JObject { [StructJson.SecretKey] = new JObject { ["groundstation"] = endpoint, ["cloudfront"] = endpoint } },
            ["region"] = new JObject { [StructJson.SecretKey] = PluginFixture.Region },
        };
        await _fx.ConfigureAsync(config);
        await _fx.ClearCallsAsync();

        var refreshed = await RefreshMissingGroup(_fx.NewDriver());

        Assert.Equal(StepKind.Delete, refreshed.Kind);
        Assert.Contains(await _fx.TakeCallsAsync(), c => c.Operation == "GetDataflowEndpointGroup");
    }

    [Fact]
    public async Task DiffConfig_RegionChangedBetweenTwoRegions_ReplacesTheProvider()
    {
        var diff = await DiffConfig("""{ "region": "us-east-2" }""", """{ "region": "eu-west-1" }""");

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, diff.Changes);
        Assert.Equal(["region"], diff.Replaces);
        Assert.Equal(PropertyDiff.Types.Kind.UpdateReplace, diff.DetailedDiff["region"].Kind);
    }

    [Fact]
    public async Task DiffConfig_EndpointsObjectVersusSameJsonText_NoChanges()
    {
        var diff = await DiffConfig(
            """{ "endpoints": { "groundstation": "http://127.0.0.1:1" }, "version": "0.1.0" }""",
            """{ "endpoints": "{\"groundstation\": \"http://127.0.0.1:1\"}", "version": "0.2.0" }""");

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, diff.Changes);
    }

    [Fact]
    public async Task DiffConfig_TagsAndProfileChanged_UpdateWithoutReplace()
    {
        var diff = await DiffConfig(
            """{ "profile": "a", "defaultTags": { "team": "x" } }""",
            """{ "profile": "b", "defaultTags": { "team": "y" } }""");

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, diff.Changes);
        Assert.Empty(diff.Replaces);
        Assert.Equal(["defaultTags", "profile"], diff.Diffs);
    }

    private static async Task<StepResult> RefreshMissingGroup(EngineDriver driver)
    {
        var urn = driver.Urn(GroupType, "gone");
        driver.Record(new ResourceState(urn, GroupType, "gone", "8b1c1d2e-0000-4000-8000-000000000000", [], []));
        return await driver.RefreshAsync(urn);
    }

    private Task<CheckResponse> CheckConfig(JObject config) => _fx.Provider.CheckConfigAsync(new CheckRequest
    {
        Urn = ProviderUrn,
        Name = "default",
        Type = "pulumi:providers:awsdirect",
        Olds = new Struct(),
        News = StructJson.ToStruct(config),
    });

    private Task<DiffResponse> DiffConfig(string olds, string news) => _fx.Provider.DiffConfigAsync(new DiffRequest
    {
        Urn = ProviderUrn,
        Id = "00000000-0000-0000-0000-000000000000",
        Olds = StructJson.ToStruct(olds),
        OldInputs = StructJson.ToStruct(olds),
        News = StructJson.ToStruct(news),
    });
}
