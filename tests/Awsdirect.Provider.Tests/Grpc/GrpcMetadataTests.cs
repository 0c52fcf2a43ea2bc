using Awsdirect.Provider.Protocol.Grpc;
using Google.Protobuf.WellKnownTypes;

namespace Awsdirect.Provider.Tests.Grpc;

public sealed class GrpcMetadataTests
{
    [Theory]
    [InlineData("plain ascii", "plain ascii")]
    [InlineData("50% done", "50%25 done")]
    [InlineData("ü", "%C3%BC")]
    [InlineData("line\nbreak", "line%0Abreak")]
    public void EncodeMessage_EscapesOnlyNonPrintableAsciiAndPercent(string message, string expected)
    {
        Assert.Equal(expected, GrpcMetadata.EncodeMessage(message));
        Assert.Equal(message, GrpcMetadata.DecodeMessage(expected));
    }

    [Theory]
    [InlineData("100%", "100%")]
    [InlineData("%zz left", "%zz left")]
    [InlineData("%4", "%4")]
    public void DecodeMessage_MalformedEscapes_AreKeptLiterally(string encoded, string expected) =>
        Assert.Equal(expected, GrpcMetadata.DecodeMessage(encoded));

    [Fact]
    public void Details_AreUnpaddedBase64_AndDecodeWithOrWithoutPadding()
    {
        var status = new Google.Rpc.Status { Code = 9, Message = "x", Details = { Any.Pack(new StringValue { Value = "detail" }) } };

        var encoded = GrpcMetadata.EncodeDetails(status);
        var padded = encoded + new string('=', (4 - (encoded.Length % 4)) % 4);

        Assert.DoesNotContain('=', encoded);
        Assert.Equal(status, GrpcMetadata.DecodeDetails(encoded));
        Assert.Equal(status, GrpcMetadata.DecodeDetails(padded));
    }

    [Theory]
    [InlineData("not base64 !")]
    [InlineData("")]
    [InlineData(null)]
    public void DecodeDetails_Invalid_ReturnsNull(string? value) => Assert.Null(GrpcMetadata.DecodeDetails(value));

    [Theory]
    [InlineData(500, "500m")]
    [InlineData(0, "0m")]
    [InlineData(3_600_000, "3600000m")]
    public void FormatTimeout_UsesMilliseconds(long milliseconds, string expected) =>
        Assert.Equal(expected, GrpcMetadata.FormatTimeout(TimeSpan.FromMilliseconds(milliseconds)));

    [Fact]
    public void FormatTimeout_VeryLong_StaysWithinEightDigits()
    {
        var text = GrpcMetadata.FormatTimeout(TimeSpan.FromDays(400));

        Assert.InRange(text.Length, 2, 9);
        Assert.True(GrpcMetadata.ParseTimeout(text) >= TimeSpan.FromDays(400));
    }

    [Theory]
    [InlineData("1H", 3_600_000)]
    [InlineData("2M", 120_000)]
    [InlineData("3S", 3_000)]
    [InlineData("500m", 500)]
    [InlineData("1500u", 1.5)]
    [InlineData("2000000n", 2)]
    public void ParseTimeout_ReadsEveryUnit(string value, double expectedMilliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), GrpcMetadata.ParseTimeout(value));

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("5x")]
    [InlineData("-5S")]
    [InlineData("123456789S")]
    public void ParseTimeout_Malformed_IsIgnored(string value) => Assert.Null(GrpcMetadata.ParseTimeout(value));
}
