using Awsdirect.Provider.Protocol.Rpc;

namespace Awsdirect.Provider.Tests.Grpc;

public sealed class GrpcChannelsTests
{
    [Theory]
    [InlineData("127.0.0.1:50051", "http://127.0.0.1:50051/")]
    [InlineData("localhost:4000", "http://localhost:4000/")]
    [InlineData(" 127.0.0.1:7 ", "http://127.0.0.1:7/")]
    [InlineData("http://127.0.0.1:50051", "http://127.0.0.1:50051/")]
    [InlineData("http://127.0.0.1:50051/ignored/path", "http://127.0.0.1:50051/")]
    [InlineData("[::1]:9000", "http://[::1]:9000/")]
    public void ParseAddress_AcceptsHostPortAndUrls(string address, string expected) =>
        Assert.Equal(new Uri(expected), GrpcChannels.ParseAddress(address));

    [Theory]
    [InlineData("")]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("http://")]
    public void ParseAddress_Rejects_NonGrpcAddresses(string address) =>
        Assert.ThrowsAny<ArgumentException>(() => GrpcChannels.ParseAddress(address));
}
