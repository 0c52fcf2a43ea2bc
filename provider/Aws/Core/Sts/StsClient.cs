using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Awsdirect.Provider.Configuration;

namespace Awsdirect.Provider.Aws.Core.Sts;

/// <summary>Temporary credentials STS returned, with their expiry.</summary>
internal sealed record StsCredentials(string AccessKeyId, string SecretAccessKey, string SessionToken, DateTimeOffset Expiration);

/// <summary>GetCallerIdentity's answer.</summary>
internal sealed record CallerIdentity(string Account, string Arn, string UserId);

/// <summary>The STS operations the provider needs; a seam for tests.</summary>
internal interface IStsApi
{
    Task<StsCredentials> AssumeRoleAsync(AssumeRoleSettings settings, string sessionName, CancellationToken cancellationToken);

    Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken cancellationToken);
}

/// <summary>
/// AWS STS (2011-06-15) in its query protocol on our own transport: form-encoded <c>POST /</c> with
/// <c>Action</c> and <c>Version</c>, XML answers, errors as <c>ErrorResponse</c> (the rest-xml parser reads
/// them). Two calls do not justify the STS SDK client's weight, and going through <see cref="AwsHttpSender"/>
/// gives them the provider's retry policy, clock seam and endpoint rules.
/// </summary>
internal sealed class StsClient(AwsHttpSender sender) : IStsApi
{
    private const string Version = "2011-06-15";

    public async Task<StsCredentials> AssumeRoleAsync(AssumeRoleSettings settings, string sessionName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var form = new List<KeyValuePair<string, string>>
        {
            new("Action", "AssumeRole"),
            new("Version", Version),
            new("RoleArn", settings.RoleArn),
            new("RoleSessionName", sessionName),
        };
        if (settings.DurationSeconds is { } duration)
        {
            form.Add(new("DurationSeconds", duration.ToString(CultureInfo.InvariantCulture)));
        }

        if (settings.ExternalId is not null)
        {
            form.Add(new("ExternalId", settings.ExternalId));
        }

        if (settings.Policy is not null)
        {
            form.Add(new("Policy", settings.Policy));
        }

        var index = 1;
        foreach (var (key, value) in settings.Tags.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            form.Add(new($"Tags.member.{index}.Key", key));
            form.Add(new($"Tags.member.{index}.Value", value));
            index++;
        }

        var result = await CallAsync("AssumeRole", form, cancellationToken).ConfigureAwait(false);
        var credentials = Child(result, "Credentials");
        return new StsCredentials(
            Required(credentials, "AccessKeyId"),
            Required(credentials, "SecretAccessKey"),
            Required(credentials, "SessionToken"),
            DateTimeOffset.Parse(Required(credentials, "Expiration"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal));
    }

    public async Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken cancellationToken)
    {
        var result = await CallAsync("GetCallerIdentity", [new("Action", "GetCallerIdentity"), new("Version", Version)], cancellationToken).ConfigureAwait(false);
        return new CallerIdentity(Required(result, "Account"), Required(result, "Arn"), Required(result, "UserId"));
    }

    private async Task<XElement> CallAsync(string action, List<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(string.Join('&', form.Select(kv => $"{AwsUriEncoding.Encode(kv.Key)}={AwsUriEncoding.Encode(kv.Value)}")));
        var response = await sender.SendAsync(
            new AwsHttpRequest(action, HttpMethod.Post, "/", [], new Dictionary<string, string>(), body,
                "application/x-www-form-urlencoded; charset=utf-8", Idempotent: true),
            cancellationToken).ConfigureAwait(false);
        try
        {
            using var stream = new MemoryStream(response.Body);
            var root = XDocument.Load(stream).Root;
            return root?.Elements().FirstOrDefault(e => e.Name.LocalName == action + "Result")
                ?? throw Malformed(action, $"no {action}Result element");
        }
        catch (XmlException e)
        {
            throw Malformed(action, e.Message);
        }
    }

    private static XElement? Child(XElement? parent, string name) => parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string Required(XElement? parent, string name) =>
        Child(parent, name)?.Value is { Length: > 0 } value ? value : throw Malformed(parent?.Name.LocalName ?? "STS", $"no {name}");

    private static AwsConfigurationException Malformed(string action, string detail) =>
        new($"STS {action} returned an answer the provider cannot read ({detail}).");
}
