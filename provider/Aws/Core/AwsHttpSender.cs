using System.Globalization;
using System.Net;
using Awsdirect.Provider.Resources;

namespace Awsdirect.Provider.Aws.Core;

/// <summary>
/// Sends one marshalled operation: builds a fresh message per attempt, signs it, and applies the
/// retry policy to throttling, transient and connection failures. Holds the service's single
/// long-lived <see cref="HttpClient"/>.
/// </summary>
internal sealed class AwsHttpSender
{
    /// <summary>Per-attempt limit; the caller's token still cancels everything.</summary>
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(60);

    private static readonly HashSet<string> ClockSkewCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeTooSkewed",
        "RequestExpired",
        "RequestInTheFuture",
        "InvalidSignatureException",
        "SignatureDoesNotMatch",
        "AuthFailure",
    };

    private static readonly TimeSpan SkewTolerance = TimeSpan.FromMinutes(4);

    private readonly HttpClient _http;
    private readonly Func<AwsServiceSettings> _settings;
    private readonly IAwsCredentialSource _credentials;
    private readonly AwsRetryPolicy _retry;
    private readonly IAwsErrorParser _errors;
    private readonly IEngineLog? _log;
    private readonly TimeProvider _time;
    private readonly TimeSpan _attemptTimeout;

    // Server time minus local time, learned from a clock-skew rejection; applied to every signature.
    private long _clockOffsetTicks;

    /// <param name="settings">Resolved lazily (first call) so a missing region surfaces as a call error, not at Configure.</param>
    public AwsHttpSender(
        HttpClient http,
        Func<AwsServiceSettings> settings,
        IAwsCredentialSource credentials,
        AwsRetryPolicy retry,
        IAwsErrorParser errors,
        IEngineLog? log = null,
        TimeProvider? time = null,
        TimeSpan? attemptTimeout = null)
    {
        _http = http;
        _settings = settings;
        _credentials = credentials;
        _retry = retry;
        _errors = errors;
        _log = log;
        _time = time ?? TimeProvider.System;
        _attemptTimeout = attemptTimeout ?? DefaultAttemptTimeout;
    }

    public AwsRetryPolicy RetryPolicy => _retry;

    /// <summary>Correction applied to the local clock when signing (zero until AWS reports skew).</summary>
    public TimeSpan ClockOffset => TimeSpan.FromTicks(Interlocked.Read(ref _clockOffsetTicks));

    public async Task<AwsHttpResponse> SendAsync(AwsHttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = _settings();
        var skewCorrected = false;
        var lastRetryCost = 0;
        for (var attempt = 1; ; attempt++)
        {
            AwsServiceException error;
            TimeSpan? retryAfter = null;
            var credentials = await _credentials.GetCredentialsAsync(cancellationToken);
            using var message = BuildMessage(settings, request);
            SigV4Signer.Sign(message, request.Body, credentials, settings.SigningRegion, settings.SigningName, (_time.GetUtcNow() + ClockOffset).UtcDateTime);
            using var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attemptCts.CancelAfter(_attemptTimeout);
            try
            {
                using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, attemptCts.Token);
                var body = await response.Content.ReadAsByteArrayAsync(attemptCts.Token);
                var headers = CollectHeaders(response);
                if (response.IsSuccessStatusCode)
                {
                    _retry.OnSuccess(lastRetryCost);
                    return new AwsHttpResponse(response.StatusCode, headers, body);
                }

                error = _errors.Parse(settings.DisplayName, response.StatusCode, headers, body);
                retryAfter = ParseRetryAfter(response);

                // A signature rejected for clock skew was never acted on: fix the clock and re-sign once.
                if (!skewCorrected && TryCorrectClockSkew(error, response))
                {
                    skewCorrected = true;
                    attempt--;
                    continue;
                }
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                error = new AwsServiceException(settings.DisplayName, AwsErrorCodes.RequestTimeout,
                    $"{request.Operation} got no response within {_attemptTimeout.TotalSeconds:0} s from {settings.Endpoint}", 0, null, null, e);
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                // IOException: the connection dropped while the body was being read.
                error = new AwsServiceException(settings.DisplayName, AwsErrorCodes.ConnectionFailure,
                    $"{request.Operation} could not reach {settings.Endpoint}: {e.Message}", 0, null, null, e);
            }

            if (!_retry.ShouldRetry(error, attempt, request.Idempotent, retryAfter, out var delay))
            {
                throw error;
            }

            lastRetryCost = AwsRetryPolicy.CostOf(error);
            if (_log is not null)
            {
                await _log.LogAsync(LogSeverity.Debug,
                    $"{settings.DisplayName} {request.Operation}: {error.ErrorCode} (attempt {attempt}/{_retry.MaxAttempts}); retrying in {delay.TotalMilliseconds:0} ms",
                    ephemeral: true);
            }

            await Task.Delay(delay, _time, cancellationToken);
        }
    }

    private bool TryCorrectClockSkew(AwsServiceException error, HttpResponseMessage response)
    {
        if (!ClockSkewCodes.Contains(error.ErrorCode) || response.Headers.Date is not { } serverTime)
        {
            return false;
        }

        var offset = serverTime - _time.GetUtcNow();
        if ((offset - ClockOffset).Duration() < SkewTolerance)
        {
            return false;
        }

        Interlocked.Exchange(ref _clockOffsetTicks, offset.Ticks);
        return true;
    }

    private static HttpRequestMessage BuildMessage(AwsServiceSettings settings, AwsHttpRequest request)
    {
        var basePath = settings.Endpoint.AbsolutePath.TrimEnd('/');
        var query = string.Join('&', request.Query.Select(kv => $"{AwsUriEncoding.Encode(kv.Key)}={AwsUriEncoding.Encode(kv.Value)}"));
        // Concatenated rather than UriBuilder-built: the path is already percent-encoded and must go on
        // the wire (and into the signature) byte for byte.
        var url = $"{settings.Endpoint.GetLeftPart(UriPartial.Authority)}{basePath}{request.Path}{(query.Length > 0 ? "?" + query : "")}";
        var message = new HttpRequestMessage(request.Method, new Uri(url, UriKind.Absolute));
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }
        }

        return message;
    }

    private static Dictionary<string, string> CollectHeaders(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers)
        {
            headers[name] = string.Join(',', values);
        }

        foreach (var (name, values) in response.Content.Headers)
        {
            headers[name] = string.Join(',', values);
        }

        return headers;
    }

    private TimeSpan? ParseRetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            return date - _time.GetUtcNow();
        }

        // Some services send fractional seconds, which the typed header rejects.
        return response.Headers.TryGetValues("Retry-After", out var raw)
            && double.TryParse(raw.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }
}
