using Awsdirect.Provider.Protocol.Grpc;
using Pulumirpc;

namespace Awsdirect.Provider.Tests.Grpc;

public sealed class GrpcFramingTests
{
    [Fact]
    public async Task Encode_ThenRead_RoundTripsTheMessage()
    {
        var message = new GetSchemaResponse { Schema = "{\"name\":\"awsdirect\"}" };
        using var stream = new MemoryStream(GrpcFraming.Encode(message));

        var payload = await GrpcFraming.ReadSingleMessageAsync(stream, 1024, CancellationToken.None);

        Assert.Equal(message, GetSchemaResponse.Parser.ParseFrom(payload));
    }

    [Fact]
    public void Encode_WritesUncompressedFlagAndBigEndianLength()
    {
        var frame = GrpcFraming.Encode(new GetSchemaResponse { Schema = new string('a', 300) });

        Assert.Equal(0, frame[0]);
        Assert.Equal(frame.Length - GrpcFraming.HeaderLength, (frame[1] << 24) | (frame[2] << 16) | (frame[3] << 8) | frame[4]);
    }

    [Fact]
    public async Task ReadFrame_AtCleanEnd_ReturnsNull()
    {
        using var stream = new MemoryStream();

        Assert.Null(await GrpcFraming.ReadFrameAsync(stream, 1024, CancellationToken.None));
    }

    [Fact]
    public async Task ReadFrame_EmptyMessage_ReturnsEmptyPayload()
    {
        using var stream = new MemoryStream([0, 0, 0, 0, 0]);

        Assert.Empty((await GrpcFraming.ReadFrameAsync(stream, 1024, CancellationToken.None))!);
    }

    [Theory]
    [InlineData(new byte[] { 0, 0 }, GrpcStatusCode.Internal)]
    [InlineData(new byte[] { 0, 0, 0, 0, 4, 1 }, GrpcStatusCode.Internal)]
    [InlineData(new byte[] { 1, 0, 0, 0, 0 }, GrpcStatusCode.Internal)]
    [InlineData(new byte[] { 7, 0, 0, 0, 0 }, GrpcStatusCode.Internal)]
    [InlineData(new byte[] { 0, 0xFF, 0xFF, 0xFF, 0xFF }, GrpcStatusCode.ResourceExhausted)]
    [InlineData(new byte[] { 0, 0, 0, 4, 1 }, GrpcStatusCode.ResourceExhausted)]
    public async Task ReadFrame_Malformed_ThrowsTheStatusGrpcUses(byte[] bytes, GrpcStatusCode expected)
    {
        using var stream = new MemoryStream(bytes);

        var error = await Assert.ThrowsAsync<GrpcException>(() => GrpcFraming.ReadFrameAsync(stream, 1024, CancellationToken.None));

        Assert.Equal(expected, error.StatusCode);
    }
}
