namespace AwsEmulator.Sts;

/// <summary>
/// A key pair the emulator knows the secret of: issued by its STS, SSO portal, instance metadata or
/// container endpoint, or registered by a test for static keys. Requests signed with one are verified.
/// </summary>
/// <param name="SessionToken">Null for long-term (static) keys.</param>
/// <param name="Expiration">Null for keys that never expire.</param>
/// <param name="AccountId">The account GetCallerIdentity reports for these keys.</param>
/// <param name="Arn">The identity GetCallerIdentity reports (an assumed-role ARN for temporary keys).</param>
/// <param name="Source">Who issued them: <c>AssumeRole</c>, <c>AssumeRoleWithWebIdentity</c>, <c>GetRoleCredentials</c>, <c>imds</c>, <c>container</c>, <c>static</c>.</param>
public sealed record IssuedCredentials(
    string AccessKeyId,
    string SecretAccessKey,
    string? SessionToken,
    DateTimeOffset? Expiration,
    string AccountId,
    string Arn,
    string Source);

/// <summary>What one AssumeRole / AssumeRoleWithWebIdentity request asked for, for tests to assert on.</summary>
/// <param name="CallerAccessKeyId">The key that signed an AssumeRole request (null for web identity, which is unsigned).</param>
public sealed record RoleRequest(
    string Action,
    string RoleArn,
    string RoleSessionName,
    int? DurationSeconds,
    string? ExternalId,
    string? Policy,
    IReadOnlyDictionary<string, string> Tags,
    string? WebIdentityToken,
    string? CallerAccessKeyId,
    string IssuedAccessKeyId);
