using Awsdirect.Provider.Host;
using Awsdirect.Provider.Resources;
using Grpc.Core;
using Moq;
using Rpc = Pulumirpc;

namespace Awsdirect.Provider.Tests.Host;

/// <summary>Construct is handed to the IConstructHandler; without one the engine gets UNIMPLEMENTED.</summary>
public sealed class ConstructRoutingTests
{
    [Fact]
    public async Task Construct_WithoutHandler_IsUnimplementedNamingTheComponent()
    {
        using var host = new HostTestServices();

        var e = await Assert.ThrowsAsync<RpcException>(() =>
            host.Service.ConstructAsync(new Rpc.ConstructRequest { Type = "awsdirect:index:DownlinkMission", Name = "m" }, default));

        Assert.Equal(StatusCode.Unimplemented, e.StatusCode);
        Assert.Contains("awsdirect:index:DownlinkMission", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Construct_WithHandler_DelegatesWithTheConfiguredServices()
    {
        var construct = new Mock<IConstructHandler>();
        ConstructContext? context = null;
        construct.Setup(c => c.ConstructAsync(It.IsAny<Rpc.ConstructRequest>(), It.IsAny<ConstructContext>(), It.IsAny<CancellationToken>()))
            .Callback<Rpc.ConstructRequest, ConstructContext, CancellationToken>((_, ctx, _) => context = ctx)
            .ReturnsAsync(new Rpc.ConstructResponse { Urn = "urn:pulumi:dev::m::awsdirect:index:DownlinkMission::m" });
        using var host = new HostTestServices(construct.Object);
        await host.Service.ConfigureAsync(new Rpc.ConfigureRequest
        {
            Args = Google.Protobuf.JsonParser.Default.Parse<Google.Protobuf.WellKnownTypes.Struct>("""{ "region": "eu-west-1" }"""),
            AcceptSecrets = true,
            AcceptResources = false,
        });

        var response = await host.Service.ConstructAsync(new Rpc.ConstructRequest { Type = "awsdirect:index:DownlinkMission", Name = "m" }, default);

        Assert.Equal("urn:pulumi:dev::m::awsdirect:index:DownlinkMission::m", response.Urn);
        Assert.Equal("eu-west-1", context!.Services.Config.Region);
        Assert.True(context.CodecOptions.KeepSecrets);
        Assert.False(context.CodecOptions.KeepResources);
    }

    [Fact]
    public async Task Construct_HandlerThrowsResourceException_ClearNonUnknownError()
    {
        var construct = new Mock<IConstructHandler>();
        construct.Setup(c => c.ConstructAsync(It.IsAny<Rpc.ConstructRequest>(), It.IsAny<ConstructContext>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ResourceException("satellite 'x' is not onboarded"));
        using var host = new HostTestServices(construct.Object);

        var e = await Assert.ThrowsAsync<RpcException>(() =>
            host.Service.ConstructAsync(new Rpc.ConstructRequest { Type = "awsdirect:index:DownlinkMission", Name = "m" }, default));

        Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
        Assert.Equal("satellite 'x' is not onboarded", e.Status.Detail);
    }
}
