using System.Net;

namespace Awsdirect.Provider.Aws.Core;

/// <summary>
/// AWS "standard" retry mode: throttling errors are retried for every call (the service refused the
/// request, nothing happened); transient failures (5xx, timeouts, dropped connections) only for
/// idempotent calls, because a create whose first attempt landed would leave an orphan. Backoff is
/// exponential with full jitter, capped at 20 s; a <c>Retry-After</c> from the service is honoured.
/// A token bucket per client stops retry storms when the service is failing broadly.
/// </summary>
/// <remarks>
/// AWSSDK.Core's own retry policies are bound to its execution-context pipeline, which we do not use,
/// so the documented semantics are implemented here with an injectable jitter source.
/// </remarks>
internal sealed class AwsRetryPolicy
{
    public const int DefaultMaxAttempts = 3;
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(20);

    private const int InitialRetryTokens = 500;
    private const int RetryCost = 5;
    private const int TimeoutRetryCost = 10;
    private const int NoRetryIncrement = 1;

    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottledException",
        "TooManyRequestsException",
        "ProvisionedThroughputExceededException",
        "TransactionInProgressException",
        "RequestLimitExceeded",
        "BandwidthLimitExceeded",
        "LimitExceededException",
        "RequestThrottled",
        "SlowDown",
        "PriorRequestNotComplete",
        "EC2ThrottledException",
    };

    private static readonly HashSet<string> TransientCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeout",
        "RequestTimeoutException",
        "InternalError",
        "InternalFailure",
        "InternalServerError",
        "ServiceUnavailable",
        AwsErrorCodes.ConnectionFailure,
    };

    private static readonly HashSet<HttpStatusCode> TransientStatusCodes =
    [
        HttpStatusCode.InternalServerError,
        HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable,
        HttpStatusCode.GatewayTimeout,
    ];

    private readonly Func<double> _jitter;
    private readonly Lock _lock = new();
    private int _tokens = InitialRetryTokens;

    /// <param name="maxAttempts">Total attempts including the first; values below 1 mean 1.</param>
    /// <param name="jitter">Uniform source in [0, 1); injectable so tests are deterministic.</param>
    public AwsRetryPolicy(int? maxAttempts = null, Func<double>? jitter = null)
    {
        MaxAttempts = Math.Max(1, maxAttempts ?? DefaultMaxAttempts);
        _jitter = jitter ?? Random.Shared.NextDouble;
    }

    public int MaxAttempts { get; }

    /// <summary>Tokens left in the retry quota (for tests and diagnostics).</summary>
    public int AvailableTokens
    {
        get
        {
            lock (_lock)
            {
                return _tokens;
            }
        }
    }

    public static bool IsThrottling(AwsServiceException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return ThrottlingCodes.Contains(error.ErrorCode)
            || (error.StatusCode == HttpStatusCode.TooManyRequests && !IsQuotaError(error.ErrorCode));
    }

    public static bool IsTransient(AwsServiceException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return TransientCodes.Contains(error.ErrorCode) || TransientStatusCodes.Contains(error.StatusCode);
    }

    /// <summary>
    /// Decides whether attempt number <paramref name="attempt"/> (1-based) that failed with
    /// <paramref name="error"/> is retried, and after how long. Consumes retry quota when it says yes.
    /// </summary>
    public bool ShouldRetry(AwsServiceException error, int attempt, bool idempotent, TimeSpan? retryAfter, out TimeSpan delay)
    {
        ArgumentNullException.ThrowIfNull(error);
        delay = TimeSpan.Zero;
        if (attempt >= MaxAttempts)
        {
            return false;
        }

        var throttled = IsThrottling(error);
        if (!throttled && !(idempotent && IsTransient(error)))
        {
            return false;
        }

        var cost = CostOf(error);
        lock (_lock)
        {
            if (_tokens < cost)
            {
                return false;
            }

            _tokens -= cost;
        }

        delay = retryAfter is { } after && after > TimeSpan.Zero
            ? (after < MaxBackoff ? after : MaxBackoff)
            : Backoff(attempt);
        return true;
    }

    /// <summary>Full-jitter exponential backoff: uniform in [0, min(2^(attempt-1) s, 20 s)).</summary>
    public TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(Math.Pow(2, Math.Max(0, attempt - 1)), MaxBackoff.TotalSeconds);
        return TimeSpan.FromSeconds(_jitter() * ceiling);
    }

    /// <summary>Quota a retry of this error consumes (timeouts cost more: they tie up the caller longest).</summary>
    public static int CostOf(AwsServiceException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.ErrorCode is AwsErrorCodes.RequestTimeout ? TimeoutRetryCost : RetryCost;
    }

    /// <summary>
    /// A success refills the quota: by the cost of the retry that led to it, or slowly (one token)
    /// for a first-attempt success, so the quota recovers once the service does.
    /// </summary>
    /// <param name="lastRetryCost">Cost consumed by the retry that succeeded; 0 when no retry happened.</param>
    public void OnSuccess(int lastRetryCost = 0)
    {
        lock (_lock)
        {
            _tokens = Math.Min(InitialRetryTokens, _tokens + (lastRetryCost > 0 ? lastRetryCost : NoRetryIncrement));
        }
    }

    // Ground Station answers 429 for a resource-count quota, which waiting does not fix.
    private static bool IsQuotaError(string code) =>
        code is AwsErrorCodes.ResourceLimitExceeded or AwsErrorCodes.ServiceQuotaExceeded;
}
