using System.Net;

namespace Awsdirect.Provider.Aws.Core;

/// <summary>
/// An error answered by an AWS service (or the transport failing after retries), keeping what AWS said:
/// the error code (e.g. <c>ResourceNotFoundException</c>, <c>EntityNotFound</c>, <c>PreconditionFailed</c>),
/// its message, the HTTP status and the request id to quote to AWS support.
/// </summary>
public sealed class AwsServiceException : Exception
{
    public AwsServiceException(string service, string errorCode, string message, HttpStatusCode statusCode, string? requestId, string? parameterName = null, Exception? innerException = null)
        : base(Format(service, errorCode, message, statusCode, requestId), innerException)
    {
        Service = service;
        ErrorCode = errorCode;
        ErrorMessage = message;
        StatusCode = statusCode;
        RequestId = requestId;
        ParameterName = parameterName;
    }

    public AwsServiceException()
        : this("aws", "Unknown", "unknown AWS error", 0, null)
    {
    }

    public AwsServiceException(string message)
        : this("aws", "Unknown", message, 0, null)
    {
    }

    public AwsServiceException(string message, Exception innerException)
        : this("aws", "Unknown", message, 0, null, null, innerException)
    {
    }

    /// <summary>Service display name, e.g. "Ground Station" or "CloudFront".</summary>
    public string Service { get; }

    /// <summary>AWS's error code, e.g. <c>ResourceNotFoundException</c>; <c>RequestTimeout</c>/<c>ConnectionFailure</c> for transport failures.</summary>
    public string ErrorCode { get; }

    /// <summary>AWS's message without the decoration added to <see cref="Exception.Message"/>.</summary>
    public string ErrorMessage { get; }

    /// <summary>HTTP status; 0 when no response was received.</summary>
    public HttpStatusCode StatusCode { get; }

    public string? RequestId { get; }

    /// <summary>Ground Station's <c>parameterName</c>, naming the offending input when it says so.</summary>
    public string? ParameterName { get; }

    /// <summary>True for the "does not exist" codes of both services (deleted out of band, wrong id).</summary>
    public bool IsNotFound => AwsErrorCodes.NotFound.Contains(ErrorCode);

    private static string Format(string service, string errorCode, string message, HttpStatusCode statusCode, string? requestId)
    {
        var status = statusCode == 0 ? "no response" : $"HTTP {(int)statusCode}";
        var id = requestId is null ? "" : $", request id {requestId}";
        return $"{service} {errorCode}: {message} ({status}{id})";
    }
}
