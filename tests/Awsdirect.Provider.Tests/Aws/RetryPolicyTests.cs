using System.Net;
using Awsdirect.Provider.Aws.Core;

namespace Awsdirect.Provider.Tests.Aws;

public class RetryPolicyTests
{
    private static AwsServiceException Error(string code, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        new("Test", code, "m", status, null);

    [Theory]
    [InlineData("ThrottlingException")]
    [InlineData("Throttling")]
    [InlineData("TooManyRequestsException")]
    [InlineData("RequestLimitExceeded")]
    public void ShouldRetry_Throttling_RetriesEvenNonIdempotentCalls(string code)
    {
        var policy = new AwsRetryPolicy(jitter: () => 0.5);

        Assert.True(policy.ShouldRetry(Error(code), 1, idempotent: false, null, out _));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public void ShouldRetry_Transient5xx_OnlyForIdempotentCalls(HttpStatusCode status)
    {
        var policy = new AwsRetryPolicy(jitter: () => 0.5);

        Assert.True(policy.ShouldRetry(Error("Whatever", status), 1, idempotent: true, null, out _));
        Assert.False(policy.ShouldRetry(Error("Whatever", status), 1, idempotent: false, null, out _));
    }

    [Theory]
    [InlineData(AwsErrorCodes.ConnectionFailure)]
    [InlineData(AwsErrorCodes.RequestTimeout)]
    public void ShouldRetry_ConnectionOrTimeout_NotForNonIdempotentCalls(string code)
    {
        var policy = new AwsRetryPolicy(jitter: () => 0.5);

        Assert.True(policy.ShouldRetry(Error(code, 0), 1, idempotent: true, null, out _));
        Assert.False(policy.ShouldRetry(Error(code, 0), 1, idempotent: false, null, out _));
    }

    [Theory]
    [InlineData(AwsErrorCodes.InvalidParameter, 431)]
    [InlineData(AwsErrorCodes.ResourceNotFound, 434)]
    [InlineData(AwsErrorCodes.ResourceLimitExceeded, 429)]
    [InlineData(AwsErrorCodes.PreconditionFailed, 412)]
    [InlineData(AwsErrorCodes.AccessDenied, 403)]
    public void ShouldRetry_ClientErrors_AreNeverRetried(string code, int status)
    {
        var policy = new AwsRetryPolicy(jitter: () => 0.5);

        Assert.False(policy.ShouldRetry(Error(code, (HttpStatusCode)status), 1, idempotent: true, null, out _));
    }

    [Fact]
    public void ShouldRetry_Plain429_CountsAsThrottling()
    {
        Assert.True(new AwsRetryPolicy().ShouldRetry(Error("SomethingElse", HttpStatusCode.TooManyRequests), 1, idempotent: false, null, out _));
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData(1, 1)]
    [InlineData(5, 5)]
    [InlineData(0, 1)]
    public void ShouldRetry_StopsAtMaxAttempts(int? configured, int expectedAttempts)
    {
        var policy = new AwsRetryPolicy(configured, () => 0.5);
        var attempts = 1;
        while (policy.ShouldRetry(Error("Throttling"), attempts, idempotent: true, null, out _))
        {
            attempts++;
        }

        Assert.Equal(expectedAttempts, attempts);
        Assert.Equal(expectedAttempts, policy.MaxAttempts);
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 2.0)]
    [InlineData(3, 4.0)]
    [InlineData(5, 16.0)]
    [InlineData(6, 20.0)]
    [InlineData(30, 20.0)]
    public void Backoff_IsFullJitterUnderExponentialCeilingCappedAt20s(int attempt, double ceilingSeconds)
    {
        var top = new AwsRetryPolicy(jitter: () => 0.999999).Backoff(attempt);
        var bottom = new AwsRetryPolicy(jitter: () => 0.0).Backoff(attempt);
        var middle = new AwsRetryPolicy(jitter: () => 0.5).Backoff(attempt);

        Assert.True(top < TimeSpan.FromSeconds(ceilingSeconds) && top > TimeSpan.FromSeconds(ceilingSeconds * 0.999), $"top {top}");
        Assert.Equal(TimeSpan.Zero, bottom);
        Assert.Equal(TimeSpan.FromSeconds(ceilingSeconds / 2), middle);
    }

    [Fact]
    public void ShouldRetry_RetryAfter_IsHonouredInsteadOfJitter()
    {
        var policy = new AwsRetryPolicy(jitter: () => 0.0);

        Assert.True(policy.ShouldRetry(Error("Throttling"), 1, idempotent: true, TimeSpan.FromSeconds(7), out var delay));

        Assert.Equal(TimeSpan.FromSeconds(7), delay);
    }

    [Fact]
    public void ShouldRetry_HugeRetryAfter_IsCappedAtMaxBackoff()
    {
        var policy = new AwsRetryPolicy(jitter: () => 0.0);

        Assert.True(policy.ShouldRetry(Error("Throttling"), 1, idempotent: true, TimeSpan.FromMinutes(10), out var delay));

        Assert.Equal(AwsRetryPolicy.MaxBackoff, delay);
    }

    [Fact]
    public void ShouldRetry_QuotaExhausted_StopsRetryingUntilSuccessesRefillIt()
    {
        var policy = new AwsRetryPolicy(maxAttempts: 2, jitter: () => 0.0);
        var granted = 0;
        while (policy.ShouldRetry(Error("Throttling"), 1, idempotent: true, null, out _))
        {
            granted++;
        }

        Assert.Equal(100, granted); // 500 tokens at 5 per retry
        Assert.Equal(0, policy.AvailableTokens);
        for (var i = 0; i < 5; i++)
        {
            policy.OnSuccess();
        }

        Assert.True(policy.ShouldRetry(Error("Throttling"), 1, idempotent: true, null, out _));
    }

    [Fact]
    public void OnSuccess_AfterRetry_RefundsTheRetryCost()
    {
        var policy = new AwsRetryPolicy(jitter: () => 0.0);
        policy.ShouldRetry(Error("Throttling"), 1, idempotent: true, null, out _);
        policy.ShouldRetry(Error(AwsErrorCodes.RequestTimeout, 0), 1, idempotent: true, null, out _);
        Assert.Equal(485, policy.AvailableTokens);

        policy.OnSuccess(AwsRetryPolicy.CostOf(Error(AwsErrorCodes.RequestTimeout, 0)));
        policy.OnSuccess();

        Assert.Equal(496, policy.AvailableTokens);
    }
}
