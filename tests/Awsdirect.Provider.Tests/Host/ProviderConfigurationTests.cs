using Awsdirect.Provider.Host;
using Awsdirect.Provider.Protocol.Properties;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Rpc = Pulumirpc;

namespace Awsdirect.Provider.Tests.Host;

/// <summary>Configure turns the engine's config into ProviderConfiguration (what AwsClientFactory gets).</summary>
public sealed class ProviderConfigurationTests : IDisposable
{
    private readonly HostTestServices _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Configure_TypedArgs_BuildsTheConfiguration()
    {
        await _host.Service.ConfigureAsync(new Rpc.ConfigureRequest
        {
            Args = Parse("""
                { "region": "us-east-2", "profile": "ops", "maxRetries": 6, "version": "0.1.0",
                  "endpoints": { "groundstation": "http://127.0.0.1:4566", "cloudfront": "https://cf.example.com" },
                  "defaultTags": { "team": "ground" } }
                """),
            AcceptSecrets = true,
        });

        var config = _host.Configurations[^1];
        Assert.Equal("us-east-2", config.Region);
        Assert.Equal("ops", config.Profile);
        Assert.Equal(6, config.MaxRetries);
        Assert.Equal(new Uri("http://127.0.0.1:4566"), config.Endpoints.GroundStation);
        Assert.Equal(new Uri("https://cf.example.com"), config.Endpoints.CloudFront);
        Assert.Equal("ground", config.DefaultTags["team"]);
    }

    [Fact]
    public async Task Configure_StackConfigAsStrings_EndpointsAndTagsJsonText_NumberText()
    {
        await _host.Service.ConfigureAsync(new Rpc.ConfigureRequest
        {
            Args = Parse("""
                { "endpoints": "{\"groundstation\": \"http://127.0.0.1:4566\"}", "defaultTags": "{\"team\": \"ground\"}", "maxRetries": "2" }
                """),
        });

        var config = _host.Configurations[^1];
        Assert.Equal(new Uri("http://127.0.0.1:4566"), config.Endpoints.GroundStation);
        Assert.Null(config.Endpoints.CloudFront);
        Assert.Equal("ground", config.DefaultTags["team"]);
        Assert.Equal(2, config.MaxRetries);
    }

    [Fact]
    public async Task Configure_OnlyDeprecatedVariables_ReadsThem()
    {
        var request = new Rpc.ConfigureRequest();
        request.Variables["awsdirect:config:region"] = "eu-central-1";
        request.Variables["awsdirect:config:endpoints"] = """{"cloudfront":"http://127.0.0.1:9"}""";

        await _host.Service.ConfigureAsync(request);

        var config = _host.Configurations[^1];
        Assert.Equal("eu-central-1", config.Region);
        Assert.Equal(new Uri("http://127.0.0.1:9"), config.Endpoints.CloudFront);
    }

    [Fact]
    public async Task Configure_SecretWrappedValues_AreUnwrapped()
    {
        var args = new Struct();
        var secret = new Struct();
        secret.Fields[PropertyCodecSignatures.SignatureKey] = Value.ForString(PropertyCodecSignatures.Secret);
        secret.Fields["value"] = Value.ForString("ops");
        args.Fields["profile"] = Value.ForStruct(secret);

        await _host.Service.ConfigureAsync(new Rpc.ConfigureRequest { Args = args, AcceptSecrets = true });

        Assert.Equal("ops", _host.Configurations[^1].Profile);
    }

    [Fact]
    public async Task Configure_BadValues_InvalidArgumentNamingEveryKey_AndPreviousConfigurationKept()
    {
        await _host.Service.ConfigureAsync(new Rpc.ConfigureRequest { Args = Parse("""{ "region": "us-west-2" }""") });

        var e = await Assert.ThrowsAsync<RpcException>(() => _host.Service.ConfigureAsync(new Rpc.ConfigureRequest
        {
            Args = Parse("""{ "region": "nowhere", "endpoints": { "groundstation": "not a url" } }"""),
        }));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("region:", e.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("endpoints.groundstation:", e.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("us-west-2", _host.Service.Configuration.Region);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    [InlineData(10, 10)]
    public void MaxRetries_BelowOneMeansOneAttempt(double given, int expected)
    {
        var result = ProviderConfigReader.Read(new PropertyMap().Set("maxRetries", given));

        Assert.Empty(result.Failures);
        Assert.Equal(expected, result.Configuration.MaxRetries);
    }

    [Fact]
    public async Task CheckConfig_ReturnsInputsUnchanged_IncludingVersion()
    {
        var news = Parse("""{ "region": "us-east-2", "version": "1.2.3", "endpoints": "{\"groundstation\":\"http://127.0.0.1:1\"}" }""");

        var response = await ResourceProviderService.CheckConfigAsync(new Rpc.CheckRequest { News = news });

        Assert.Empty(response.Failures);
        Assert.Equal(news, response.Inputs);
    }

    [Fact]
    public async Task DiffConfig_RegionSetWhereItWasUnset_IsAnUpdateNotAReplace()
    {
        var response = await ResourceProviderService.DiffConfigAsync(new Rpc.DiffRequest
        {
            OldInputs = Parse("""{}"""),
            News = Parse("""{ "region": "us-east-2" }"""),
        });

        Assert.Equal(Rpc.DiffResponse.Types.DiffChanges.DiffSome, response.Changes);
        Assert.Empty(response.Replaces);
        Assert.Equal(Rpc.PropertyDiff.Types.Kind.Add, response.DetailedDiff["region"].Kind);
    }

    [Fact]
    public async Task DiffConfig_RegionBecomesUnknown_IsAChangeWithoutReplace()
    {
        var news = new Struct();
        news.Fields["region"] = Value.ForString(PropertyCodecSignatures.UnknownValue);

        var response = await ResourceProviderService.DiffConfigAsync(new Rpc.DiffRequest { OldInputs = Parse("""{ "region": "us-east-2" }"""), News = news });

        Assert.Equal(Rpc.DiffResponse.Types.DiffChanges.DiffSome, response.Changes);
        Assert.Empty(response.Replaces);
    }

    [Fact]
    public async Task GetSchema_IsBuiltOnce()
    {
        var calls = 0;
        using var service = new ResourceProviderService([], (c, l) => throw new InvalidOperationException(), new Moq.Mock<Resources.IEngineLog>().Object,
            schema: () => { calls++; return "{}"; });

        await service.GetSchemaAsync(new Rpc.GetSchemaRequest());
        await service.GetSchemaAsync(new Rpc.GetSchemaRequest());

        Assert.Equal(1, calls);
    }

    private static Struct Parse(string json) => Google.Protobuf.JsonParser.Default.Parse<Struct>(json);
}
