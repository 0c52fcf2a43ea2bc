using System.Net;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Resources;

namespace Awsdirect.Provider.Tests.Aws;

public class TransportTests
{
    [Fact]
    public async Task AttemptTimeout_OnIdempotentCall_IsRetriedThenReportedAsRequestTimeout()
    {
        var hanging = new HangingHandler();
        var clients = new AwsTestClients(attemptTimeout: TimeSpan.FromMilliseconds(20), handler: hanging);

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => clients.GroundStation.ListConfigsAsync(new ListConfigsRequest()));

        Assert.Equal(AwsErrorCodes.RequestTimeout, e.ErrorCode);
        Assert.Equal(0, (int)e.StatusCode);
        Assert.Equal(3, hanging.Calls);
    }

    [Fact]
    public async Task AttemptTimeout_OnCreate_IsNotRetried()
    {
        var hanging = new HangingHandler();
        var clients = new AwsTestClients(attemptTimeout: TimeSpan.FromMilliseconds(20), handler: hanging);

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => clients.GroundStation.CreateDataflowEndpointGroupAsync(new CreateDataflowEndpointGroupRequest { EndpointDetails = [] }));

        Assert.Equal(AwsErrorCodes.RequestTimeout, e.ErrorCode);
        Assert.Equal(1, hanging.Calls);
    }

    [Fact]
    public async Task CallerCancellation_PropagatesAsCancellation_NotAsAwsError()
    {
        var hanging = new HangingHandler();
        var clients = new AwsTestClients(attemptTimeout: TimeSpan.FromMinutes(5), handler: hanging);
        using var cts = new CancellationTokenSource();
        var call = clients.GroundStation.ListConfigsAsync(new ListConfigsRequest(), cts.Token);
        await hanging.Entered.Task;

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, hanging.Calls);
    }

    [Fact]
    public async Task Retry_IsLoggedAtDebugWithoutCredentials()
    {
        var log = new RecordingLog();
        var clients = new AwsTestClients(log: log);
        clients.Handler.Respond(HttpStatusCode.TooManyRequests, """{"message":"slow down"}""", headers: new Dictionary<string, string> { ["x-amzn-ErrorType"] = "ThrottlingException" })
            .Respond(HttpStatusCode.OK, "{}");

        await clients.GroundStation.ListConfigsAsync(new ListConfigsRequest());

        var (severity, message) = Assert.Single(log.Messages);
        Assert.Equal(LogSeverity.Debug, severity);
        Assert.Contains("ListConfigs", message, StringComparison.Ordinal);
        Assert.Contains("ThrottlingException", message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-test-key", message, StringComparison.Ordinal);
        Assert.DoesNotContain("AKIDTEST", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClockSkewRejection_ResignsOnceWithTheServersTime()
    {
        var clients = new AwsTestClients();
        var serverTime = AwsTestClients.Now.AddMinutes(30);
        clients.Handler.Respond(HttpStatusCode.Forbidden, """{"message":"Signature expired"}""",
                headers: new Dictionary<string, string> { ["x-amzn-ErrorType"] = "InvalidSignatureException", ["Date"] = serverTime.ToString("R") })
            .Respond(HttpStatusCode.OK, "{}");

        await clients.GroundStation.ListConfigsAsync(new ListConfigsRequest());

        Assert.Equal(2, clients.Handler.Requests.Count);
        Assert.Equal(AwsTestClients.Now.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture), clients.Handler.Requests[0].Header("x-amz-date"));
        Assert.Equal(serverTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture), clients.Handler.Requests[1].Header("x-amz-date"));
        Assert.Empty(clients.Delays);
    }

    [Fact]
    public async Task SignatureRejection_WithoutSkew_IsNotRetried()
    {
        var clients = new AwsTestClients();
        clients.Handler.Respond(HttpStatusCode.Forbidden, """{"message":"bad signature"}""",
            headers: new Dictionary<string, string> { ["x-amzn-ErrorType"] = "InvalidSignatureException", ["Date"] = AwsTestClients.Now.ToString("R") });

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => clients.GroundStation.ListConfigsAsync(new ListConfigsRequest()));

        Assert.Equal("InvalidSignatureException", e.ErrorCode);
        Assert.Single(clients.Handler.Requests);
    }

    /// <summary>Never answers; counts attempts and signals the first one.</summary>
    private sealed class HangingHandler : HttpMessageHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            Entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
