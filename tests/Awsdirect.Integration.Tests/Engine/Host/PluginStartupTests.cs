using System.Reflection;
using Awsdirect.Provider.Schema;
using Awsdirect.Provider.Tests.Schema;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Newtonsoft.Json.Linq;
using Pulumirpc;
using ResourceRegistry = Awsdirect.Provider.Resources.ResourceRegistry;

namespace Awsdirect.Integration.Tests.Engine.Host;

/// <summary>The plugin process as the engine sees it: the port line, the first calls, and shutdown.</summary>
public sealed class PluginStartupTests : IAsyncLifetime, IDisposable
{
    private FakeEngine _engine = null!;
    private PluginProcess _plugin = null!;
    private ProviderClient _client = null!;

    public async Task InitializeAsync()
    {
        _engine = await FakeEngine.StartAsync();
        _plugin = await PluginProcess.StartAsync(_engine.Address, PluginFixture.PluginEnvironment);
        _client = new ProviderClient(_plugin.Address);
    }

    public void Dispose() => _client?.Dispose();

    public async Task DisposeAsync()
    {
        await _plugin.DisposeAsync();
        await _engine.DisposeAsync();
    }

    [Fact]
    public async Task Start_FirstStdoutLine_IsOnlyThePort_AndNothingFollowsIt()
    {
        Assert.Matches("^[0-9]+$", _plugin.PortLine);
        await _client.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = _engine.Address });
        await _client.GetSchemaAsync();
        await Assert.ThrowsAsync<RpcException>(() =>
            _client.CheckAsync(new CheckRequest { Urn = "urn:pulumi:dev::p::awsdirect:nope:Thing::x", Type = "awsdirect:nope:Thing" }));

        await _plugin.SendSigintAsync();
        Assert.Equal(0, await _plugin.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(string.Empty, _plugin.StdoutAfterPortLine);
    }

    [Fact]
    public async Task Sigint_WhileIdle_ExitsWithCodeZero()
    {
        await _client.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = _engine.Address });

        await _plugin.SendSigintAsync();

        Assert.Equal(0, await _plugin.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Handshake_AnswersTheProtocolFeaturesItSupports()
    {
        var response = await _client.HandshakeAsync(new ProviderHandshakeRequest
        {
            EngineAddress = _engine.Address,
            RootDirectory = AppContext.BaseDirectory,
            ProgramDirectory = AppContext.BaseDirectory,
        });

        Assert.True(response.AcceptSecrets);
        Assert.True(response.AcceptResources);
        Assert.False(response.AcceptOutputs);
        Assert.True(response.SupportsAutonamingConfiguration);
    }

    [Fact]
    public async Task HealthCheck_WhileRunning_IsServing()
    {
        var health = await _client.CallServiceAsync<Grpc.Health.V1.HealthCheckRequest, Grpc.Health.V1.HealthCheckResponse>(
            "grpc.health.v1.Health", "Check", new Grpc.Health.V1.HealthCheckRequest());

        Assert.Equal(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    [Fact]
    public async Task GetPluginInfo_ReturnsTheAssemblyVersionWithoutBuildMetadata()
    {
        var info = await _client.GetPluginInfoAsync();

        var informational = typeof(ResourceRegistry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(informational.Split('+')[0], info.Version);
    }

    [Fact]
    public async Task GetSchema_IsValidAgainstPulumiMetaschema_AndCoversEveryRegisteredType()
    {
        var response = await _client.GetSchemaAsync(new GetSchemaRequest { Version = 0 });

        var schema = JObject.Parse(response.Schema);
        var errors = new SchemaValidator(HostTestFiles.Metaschema()).Validate(schema);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        var resources = ((JObject)schema["resources"]!).Properties().Select(p => p.Name).ToHashSet();
        Assert.All(ResourceRegistry.All, r => Assert.Contains(r.Token, resources));
        Assert.Equal(PackageSchemaBuilder.PackageVersion, (string?)schema["version"]);
    }

    [Fact]
    public async Task GetSchema_ForASubpackage_IsInvalidArgument()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => _client.GetSchemaAsync(new GetSchemaRequest { SubpackageName = "other" }));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("'other'", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnimplementedMethods_AnswerUnimplemented_AndTheProcessStaysUp()
    {
        var invoke = await Assert.ThrowsAsync<RpcException>(() =>
            _client.CallAsync<InvokeRequest, InvokeResponse>("Invoke", new InvokeRequest { Tok = "awsdirect:index:nothing" }));
        var parameterize = await Assert.ThrowsAsync<RpcException>(() => _client.CallAsync<Empty, Empty>("Parameterize", new Empty()));
        var otherService = await Assert.ThrowsAsync<RpcException>(() =>
            _client.CallServiceAsync<Empty, Empty>("pulumirpc.LanguageRuntime", "Run", new Empty()));

        Assert.Equal(StatusCode.Unimplemented, invoke.StatusCode);
        Assert.Equal(StatusCode.Unimplemented, parameterize.StatusCode);
        Assert.Equal(StatusCode.Unimplemented, otherService.StatusCode);
        Assert.NotNull(await _client.GetPluginInfoAsync());
    }

    [Fact]
    public async Task Construct_UnknownComponent_ClearErrorNamingIt_AndTheProcessStaysUp()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() =>
            _client.ConstructAsync(new ConstructRequest { Type = "awsdirect:index:NoSuchComponent", Name = "x" }));

        Assert.NotEqual(StatusCode.Unavailable, e.StatusCode);
        Assert.Contains("NoSuchComponent", e.Status.Detail, StringComparison.Ordinal);
        Assert.NotNull(await _client.GetPluginInfoAsync());
    }

    [Fact]
    public async Task MalformedProtobuf_AnswersAClearError_AndTheProcessStaysUp()
    {
        // Field 2 (olds), length-delimited, claiming 127 bytes where there are 2.
        var result = await _client.RawCallAsync("/pulumirpc.ResourceProvider/Check", [0x12, 0x7F, 0x01, 0x02]);

        Assert.Equal((int)StatusCode.Internal, result.GrpcStatus);
        Assert.Contains("pulumirpc.CheckRequest", result.GrpcMessage, StringComparison.Ordinal);
        Assert.False(_plugin.HasExited);
        Assert.NotNull(await _client.GetPluginInfoAsync());
    }

    [Fact]
    public async Task Check_UnknownTypeToken_IsInvalidArgumentNamingTheType_AndTheProcessStaysUp()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => _client.CheckAsync(new CheckRequest
        {
            Urn = "urn:pulumi:dev::mission::awsdirect:groundstation:Antenna::dish",
            Name = "dish",
            Type = "awsdirect:groundstation:Antenna",
            News = new Struct(),
        }));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("unknown resource type 'awsdirect:groundstation:Antenna'", e.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("awsdirect:groundstation:DataflowEndpointGroup", e.Status.Detail, StringComparison.Ordinal);
        Assert.NotNull(await _client.GetPluginInfoAsync());
    }

    [Fact]
    public async Task Check_TypeOnlyInTheUrn_IsRoutedByTheUrnsType()
    {
        // Older engines send no `type`; the URN's type must route the call the same way.
        var e = await Assert.ThrowsAsync<RpcException>(() => _client.CheckAsync(new CheckRequest
        {
            Urn = "urn:pulumi:dev::mission::parent$awsdirect:groundstation:Antenna::dish",
            News = new Struct(),
        }));

        Assert.Contains("'awsdirect:groundstation:Antenna'", e.Status.Detail, StringComparison.Ordinal);
    }
}
