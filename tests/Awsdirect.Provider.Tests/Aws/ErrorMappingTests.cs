using System.Net;
using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;

namespace Awsdirect.Provider.Tests.Aws;

public class ErrorMappingTests
{
    private readonly AwsTestClients _clients = new();

    [Fact]
    public async Task GroundStation_ErrorTypeHeader_GivesCodeMessageParameterAndRequestId()
    {
        _clients.Handler.Respond((HttpStatusCode)431, """{"message":"bad frequency","parameterName":"configData.antennaDownlinkConfig"}""",
            headers: new Dictionary<string, string> { ["x-amzn-ErrorType"] = "InvalidParameterException:http://internal.amazon.com/coral/", ["x-amzn-RequestId"] = "req-1" });

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => _clients.GroundStation.ListConfigsAsync(new ListConfigsRequest()));

        Assert.Equal(AwsErrorCodes.InvalidParameter, e.ErrorCode);
        Assert.Equal("bad frequency", e.ErrorMessage);
        Assert.Equal("configData.antennaDownlinkConfig", e.ParameterName);
        Assert.Equal((HttpStatusCode)431, e.StatusCode);
        Assert.Equal("req-1", e.RequestId);
        Assert.Contains("InvalidParameterException", e.Message, StringComparison.Ordinal);
        Assert.Contains("req-1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroundStation_TypeInBodyWithNamespace_IsStripped()
    {
        _clients.Handler.Respond((HttpStatusCode)434, """{"__type":"com.amazonaws.groundstation#ResourceNotFoundException","Message":"no such config"}""");

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => _clients.GroundStation.GetConfigAsync(new GetConfigRequest { ConfigId = "x", ConfigType = "tracking" }));

        Assert.Equal(AwsErrorCodes.ResourceNotFound, e.ErrorCode);
        Assert.Equal("no such config", e.ErrorMessage);
        Assert.True(e.IsNotFound);
    }

    [Fact]
    public async Task GroundStation_NonJsonBody_FallsBackToStatus()
    {
        _clients.Handler.Respond(HttpStatusCode.Forbidden, "<html>denied</html>", "text/html");

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => _clients.GroundStation.ListConfigsAsync(new ListConfigsRequest()));

        Assert.Equal("Forbidden", e.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, e.StatusCode);
        Assert.False(e.IsNotFound);
    }

    [Fact]
    public async Task CloudFront_ErrorResponseXml_GivesCodeMessageAndRequestId()
    {
        _clients.Handler.Respond(HttpStatusCode.PreconditionFailed, """
            <?xml version="1.0"?>
            <ErrorResponse xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">
              <Error><Type>Sender</Type><Code>PreconditionFailed</Code><Message>The If-Match version is stale.</Message></Error>
              <RequestId>cf-req-9</RequestId>
            </ErrorResponse>
            """, "text/xml");

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => _clients.CloudFront.UpdateConnectionGroupAsync(new UpdateConnectionGroupRequest { Id = "cg", IfMatch = "old" }));

        Assert.Equal(AwsErrorCodes.PreconditionFailed, e.ErrorCode);
        Assert.Equal("The If-Match version is stale.", e.ErrorMessage);
        Assert.Equal("cf-req-9", e.RequestId);
        Assert.Equal("CloudFront", e.Service);
    }

    [Fact]
    public async Task CloudFront_EntityNotFound_IsNotFound_AndRequestIdFallsBackToHeader()
    {
        _clients.Handler.Respond(HttpStatusCode.NotFound, "<ErrorResponse><Error><Code>EntityNotFound</Code><Message>gone</Message></Error></ErrorResponse>", "text/xml",
            new Dictionary<string, string> { ["x-amz-request-id"] = "hdr-1" });

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => _clients.CloudFront.GetConnectionGroupAsync(new GetConnectionGroupRequest { Identifier = "cg" }));

        Assert.True(e.IsNotFound);
        Assert.Equal("hdr-1", e.RequestId);
    }

    [Fact]
    public async Task CloudFront_EmptyErrorBody_FallsBackToStatus()
    {
        _clients.Handler.Respond(HttpStatusCode.Conflict);

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => _clients.CloudFront.DeleteConnectionGroupAsync(new DeleteConnectionGroupRequest { Id = "cg", IfMatch = "e" }));

        Assert.Equal("Conflict", e.ErrorCode);
        Assert.Equal(HttpStatusCode.Conflict, e.StatusCode);
    }

    [Fact]
    public void Sanitize_StripsNamespaceAndUriSuffix()
    {
        Assert.Equal("ThrottlingException", RestJsonErrorParser.Sanitize("aws.protocoltests#ThrottlingException:http://x"));
        Assert.Null(RestJsonErrorParser.Sanitize(" "));
    }
}
