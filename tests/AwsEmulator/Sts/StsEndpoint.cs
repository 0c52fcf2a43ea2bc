using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace AwsEmulator.Sts;

/// <summary>
/// AWS STS (2011-06-15) in its query protocol: a form-encoded <c>POST /</c> with <c>Action</c> and
/// <c>Version</c>, answered with <c>&lt;{Action}Response&gt;&lt;{Action}Result&gt;</c> XML, errors as
/// <c>&lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type/&gt;&lt;Code/&gt;&lt;Message/&gt;</c>. Constraints are those of
/// the STS API reference (lengths, patterns with <c>\w</c> read as ASCII word characters, the 900 s to 43,200 s duration range, 50 session tags).
/// The role's own MaxSessionDuration (1 hour unless changed in IAM) is not modelled: the emulator has no
/// IAM, so any duration in the API's range is granted. A web identity token is accepted as long as it
/// satisfies the API's length: the emulator has no OIDC provider to validate it against.
/// </summary>
internal static partial class StsEndpoint
{
    public static readonly XNamespace Ns = "https://sts.amazonaws.com/doc/2011-06-15/";

    private const int DefaultDurationSeconds = 3600;

    /// <summary>Answers one STS request; returns the operation name and the error code (if any) for the call log.</summary>
    public static async Task<(string Operation, string? ErrorCode)> HandleAsync(
        HttpContext context, IReadOnlyDictionary<string, string> form, IssuedCredentials? caller, bool signed, CredentialRegistry registry, DateTimeOffset now, string requestId)
    {
        var action = form.GetValueOrDefault("Action") ?? string.Empty;
        try
        {
            if (form.GetValueOrDefault("Version") != "2011-06-15")
            {
                throw new StsError("InvalidAction", $"Could not find operation {action} for version {form.GetValueOrDefault("Version") ?? "NO_VERSION_SPECIFIED"}");
            }

            XElement result = action switch
            {
                "AssumeRole" => AssumeRole(form, caller, signed, registry, now),
                "AssumeRoleWithWebIdentity" => AssumeRoleWithWebIdentity(form, registry, now),
                "GetCallerIdentity" => GetCallerIdentity(caller, signed, registry),
                _ => throw new StsError("InvalidAction", $"Could not find operation {action} for version 2011-06-15"),
            };
            var document = new XElement(Ns + (action + "Response"), result,
                new XElement(Ns + "ResponseMetadata", new XElement(Ns + "RequestId", requestId)));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/xml";
            await context.Response.WriteAsync(document.ToString(SaveOptions.DisableFormatting), Encoding.UTF8).ConfigureAwait(false);
            return (action, null);
        }
        catch (StsError e)
        {
            await WriteErrorAsync(context, e.Code, e.Status, e.Message, requestId).ConfigureAwait(false);
            return (action, e.Code);
        }
    }

    public static Task WriteErrorAsync(HttpContext context, string code, int status, string message, string requestId)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/xml";
        var document = new XElement(Ns + "ErrorResponse",
            new XElement(Ns + "Error",
                new XElement(Ns + "Type", status >= 500 ? "Receiver" : "Sender"),
                new XElement(Ns + "Code", code),
                new XElement(Ns + "Message", message)),
            new XElement(Ns + "RequestId", requestId));
        return context.Response.WriteAsync(document.ToString(SaveOptions.DisableFormatting), Encoding.UTF8);
    }

    private static XElement AssumeRole(IReadOnlyDictionary<string, string> form, IssuedCredentials? caller, bool signed, CredentialRegistry registry, DateTimeOffset now)
    {
        if (!signed)
        {
            throw new StsError("MissingAuthenticationToken", "Request is missing Authentication Token", 403);
        }

        var errors = new List<string>();
        var roleArn = Required(form, "RoleArn", "roleArn", 20, 2048, null, errors);
        var session = Required(form, "RoleSessionName", "roleSessionName", 2, 64, SessionNamePattern(), errors);
        var duration = Duration(form, errors);
        var externalId = Optional(form, "ExternalId", "externalId", 2, 1224, ExternalIdPattern(), errors);
        var policy = Optional(form, "Policy", "policy", 1, 2048, null, errors);
        var tags = Tags(form, errors);
        ThrowIfInvalid(errors);
        var account = AccountOf(roleArn);
        var roleName = roleArn[(roleArn.LastIndexOf('/') + 1)..];
        var issued = registry.Issue(account, $"arn:aws:sts::{account}:assumed-role/{roleName}/{session}",
            TimeSpan.FromSeconds(duration ?? DefaultDurationSeconds), "AssumeRole", now);
        registry.RecordRoleRequest(new RoleRequest("AssumeRole", roleArn, session, duration, externalId, policy, tags, null, caller?.AccessKeyId, issued.AccessKeyId));
        return new XElement(Ns + "AssumeRoleResult",
            CredentialsElement(issued),
            AssumedRoleUser(issued, roleName, session),
            new XElement(Ns + "PackedPolicySize", policy is null && tags.Count == 0 ? 0 : 6));
    }

    private static XElement AssumeRoleWithWebIdentity(IReadOnlyDictionary<string, string> form, CredentialRegistry registry, DateTimeOffset now)
    {
        var errors = new List<string>();
        var roleArn = Required(form, "RoleArn", "roleArn", 20, 2048, null, errors);
        var session = Required(form, "RoleSessionName", "roleSessionName", 2, 64, SessionNamePattern(), errors);
        var token = Required(form, "WebIdentityToken", "webIdentityToken", 4, 20000, null, errors);
        var duration = Duration(form, errors);
        var policy = Optional(form, "Policy", "policy", 1, 2048, null, errors);
        ThrowIfInvalid(errors);
        var account = AccountOf(roleArn);
        var roleName = roleArn[(roleArn.LastIndexOf('/') + 1)..];
        var issued = registry.Issue(account, $"arn:aws:sts::{account}:assumed-role/{roleName}/{session}",
            TimeSpan.FromSeconds(duration ?? DefaultDurationSeconds), "AssumeRoleWithWebIdentity", now);
        registry.RecordRoleRequest(new RoleRequest("AssumeRoleWithWebIdentity", roleArn, session, duration, null, policy,
            new Dictionary<string, string>(), token, null, issued.AccessKeyId));
        return new XElement(Ns + "AssumeRoleWithWebIdentityResult",
            CredentialsElement(issued),
            new XElement(Ns + "SubjectFromWebIdentityToken", "system:serviceaccount:awsdirect:ci"),
            AssumedRoleUser(issued, roleName, session),
            new XElement(Ns + "Provider", "oidc.emulator.local"),
            new XElement(Ns + "Audience", "sts.amazonaws.com"));
    }

    private static XElement GetCallerIdentity(IssuedCredentials? caller, bool signed, CredentialRegistry registry)
    {
        if (!signed)
        {
            throw new StsError("MissingAuthenticationToken", "Request is missing Authentication Token", 403);
        }

        // Unknown keys are the emulator's default account's user, as every other call treats them.
        var account = caller?.AccountId ?? registry.DefaultAccountId;
        var arn = caller?.Arn ?? $"arn:aws:iam::{account}:user/awsdirect-emulator";
        return new XElement(Ns + "GetCallerIdentityResult",
            new XElement(Ns + "Arn", arn),
            new XElement(Ns + "UserId", caller?.SessionToken is null ? "AIDAEMULATORUSER0001" : "AROAEMULATORROLE0001:" + arn[(arn.LastIndexOf('/') + 1)..]),
            new XElement(Ns + "Account", account));
    }

    private static XElement CredentialsElement(IssuedCredentials issued) =>
        new(Ns + "Credentials",
            new XElement(Ns + "AccessKeyId", issued.AccessKeyId),
            new XElement(Ns + "SecretAccessKey", issued.SecretAccessKey),
            new XElement(Ns + "SessionToken", issued.SessionToken),
            new XElement(Ns + "Expiration", issued.Expiration!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));

    private static XElement AssumedRoleUser(IssuedCredentials issued, string roleName, string session) =>
        new(Ns + "AssumedRoleUser",
            new XElement(Ns + "AssumedRoleId", $"AROA{Math.Abs(roleName.GetHashCode(StringComparison.Ordinal)):D16}:{session}"),
            new XElement(Ns + "Arn", issued.Arn));

    // arn:aws:iam::123456789012:role/name; anything else is refused as AWS does for a malformed role ARN.
    private static string AccountOf(string roleArn)
    {
        var parts = roleArn.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "iam" || parts[4].Length != 12 || !parts[4].All(char.IsAsciiDigit)
            || !parts[5].StartsWith("role/", StringComparison.Ordinal))
        {
            throw new StsError("ValidationError", $"{roleArn} is invalid");
        }

        return parts[4];
    }

    private static string Required(IReadOnlyDictionary<string, string> form, string name, string member, int min, int max, Regex? pattern, List<string> errors)
    {
        var value = form.GetValueOrDefault(name);
        if (value is null)
        {
            errors.Add($"Value null at '{member}' failed to satisfy constraint: Member must not be null");
            return string.Empty;
        }

        Check(value, member, min, max, pattern, errors);
        return value;
    }

    private static string? Optional(IReadOnlyDictionary<string, string> form, string name, string member, int min, int max, Regex? pattern, List<string> errors)
    {
        var value = form.GetValueOrDefault(name);
        if (value is not null)
        {
            Check(value, member, min, max, pattern, errors);
        }

        return value;
    }

    private static void Check(string value, string member, int min, int max, Regex? pattern, List<string> errors)
    {
        var length = value.EnumerateRunes().Count();
        if (length < min || length > max)
        {
            errors.Add($"Value '{value}' at '{member}' failed to satisfy constraint: Member must have length {(length < min ? "greater than or equal to " + min : "less than or equal to " + max)}");
        }
        else if (pattern is not null && !pattern.IsMatch(value))
        {
            errors.Add($"Value '{value}' at '{member}' failed to satisfy constraint: Member must satisfy regular expression pattern: {pattern}");
        }
    }

    private static int? Duration(IReadOnlyDictionary<string, string> form, List<string> errors)
    {
        if (form.GetValueOrDefault("DurationSeconds") is not { } text)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds is < 900 or > 43200)
        {
            errors.Add($"Value '{text}' at 'durationSeconds' failed to satisfy constraint: Member must have value {(seconds < 900 ? "greater than or equal to 900" : "less than or equal to 43200")}");
            return null;
        }

        return seconds;
    }

    private static Dictionary<string, string> Tags(IReadOnlyDictionary<string, string> form, List<string> errors)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; form.TryGetValue($"Tags.member.{i}.Key", out var key); i++)
        {
            var value = form.GetValueOrDefault($"Tags.member.{i}.Value") ?? string.Empty;
            Check(key, $"tags.{i}.member.key", 1, 128, TagPattern(), errors);
            if (value.Length > 0)
            {
                Check(value, $"tags.{i}.member.value", 0, 256, TagPattern(), errors);
            }

            tags[key] = value;
        }

        if (tags.Count > 50)
        {
            errors.Add("Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50");
        }

        return tags;
    }

    private static void ThrowIfInvalid(List<string> errors)
    {
        if (errors.Count > 0)
        {
            throw new StsError("ValidationError",
                $"{errors.Count} validation error{(errors.Count == 1 ? "" : "s")} detected: {string.Join("; ", errors)}");
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_+=,.@-]*$")]
    private static partial Regex SessionNamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9_+=,.@:/-]*$")]
    private static partial Regex ExternalIdPattern();

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$")]
    private static partial Regex TagPattern();

    private sealed class StsError(string code, string message, int status = 400) : Exception(message)
    {
        public string Code { get; } = code;

        public int Status { get; } = status;
    }
}
