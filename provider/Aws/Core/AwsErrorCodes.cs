namespace Awsdirect.Provider.Aws.Core;

/// <summary>Error codes from the service models that callers branch on.</summary>
public static class AwsErrorCodes
{
    // Ground Station
    public const string ResourceNotFound = "ResourceNotFoundException";
    public const string InvalidParameter = "InvalidParameterException";
    public const string Dependency = "DependencyException";
    public const string ResourceLimitExceeded = "ResourceLimitExceededException";
    public const string ServiceQuotaExceeded = "ServiceQuotaExceededException";

    // CloudFront
    public const string EntityNotFound = "EntityNotFound";
    public const string NoSuchResource = "NoSuchResource";
    public const string PreconditionFailed = "PreconditionFailed";
    public const string InvalidIfMatchVersion = "InvalidIfMatchVersion";
    public const string ResourceNotDisabled = "ResourceNotDisabled";
    public const string CannotDeleteEntityWhileInUse = "CannotDeleteEntityWhileInUse";
    public const string ResourceInUse = "ResourceInUse";
    public const string EntityAlreadyExists = "EntityAlreadyExists";
    public const string AccessDenied = "AccessDenied";

    // Transport (no AWS answer)
    public const string ConnectionFailure = "ConnectionFailure";
    public const string RequestTimeout = "RequestTimeout";

    internal static readonly HashSet<string> NotFound = new(StringComparer.Ordinal)
    {
        ResourceNotFound,
        EntityNotFound,
        NoSuchResource,
    };
}
