using System.Globalization;
using Awsdirect.Provider.Configuration;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Host;

/// <summary>The outcome of reading provider configuration: the configuration and every problem found.</summary>
internal sealed record ConfigReadResult(ProviderConfiguration Configuration, IReadOnlyList<CheckFailure> Failures);

/// <summary>
/// Reads the provider configuration keys (see <c>ProviderConfigSchema</c>) from the inputs the engine sends
/// to CheckConfig and Configure. Stack config reaches a default provider as strings (numbers as
/// <c>"5"</c>, objects as JSON text), an explicit provider as typed values; both are accepted. Every
/// failure names the key (and the nested key) so the user can find it in <c>Pulumi.&lt;stack&gt;.yaml</c>.
/// Unknown values are skipped: the engine does not call Configure while a value is unknown.
/// </summary>
internal static class ProviderConfigReader
{
    public const string Region = "region";
    public const string Profile = "profile";
    public const string Endpoints = "endpoints";
    public const string DefaultTags = "defaultTags";
    public const string MaxRetries = "maxRetries";
    public const string AssumeRole = "assumeRole";
    public const string AllowedAccountIds = "allowedAccountIds";
    public const string ForbiddenAccountIds = "forbiddenAccountIds";
    public const string IgnoreTags = "ignoreTags";

    private const string GroundStation = "groundstation";
    private const string CloudFront = "cloudfront";
    private const string Sts = "sts";

    // The engine adds these to every provider's inputs; they are not ours to validate or change.
    private static readonly HashSet<string> EngineKeys = new(StringComparer.Ordinal) { "version", "pluginDownloadURL" };

    private static readonly string[] KnownKeys = [Region, Profile, Endpoints, DefaultTags, MaxRetries, AssumeRole, AllowedAccountIds, ForbiddenAccountIds, IgnoreTags];

    public static ConfigReadResult Read(PropertyMap inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var failures = new List<CheckFailure>();
        string? region = null;
        string? profile = null;
        var endpoints = ServiceEndpoints.None;
        IReadOnlyDictionary<string, string> tags = new Dictionary<string, string>(StringComparer.Ordinal);
        int? maxRetries = null;
        AssumeRoleSettings? assumeRole = null;
        IReadOnlyList<string> allowed = [];
        IReadOnlyList<string> forbidden = [];
        var ignoreTags = IgnoreTagsSettings.None;

        foreach (var (key, raw) in inputs)
        {
            if (EngineKeys.Contains(key))
            {
                continue;
            }

            var value = raw.Unwrap();
            if (value.IsNull || value.ContainsUnknowns())
            {
                continue;
            }

            switch (key)
            {
                case Region:
                    region = ReadRegion(value, failures);
                    break;
                case Profile:
                    profile = ReadNonEmptyString(Profile, value, failures);
                    break;
                case Endpoints:
                    endpoints = ReadEndpoints(value, failures);
                    break;
                case DefaultTags:
                    tags = ReadTags(value, failures);
                    break;
                case MaxRetries:
                    maxRetries = ReadMaxRetries(value, failures);
                    break;
                case AssumeRole:
                    assumeRole = ProviderConfigSettingsReader.ReadAssumeRole(AssumeRole, value, failures);
                    break;
                case AllowedAccountIds:
                    allowed = ProviderConfigSettingsReader.ReadAccountIds(AllowedAccountIds, value, failures);
                    break;
                case ForbiddenAccountIds:
                    forbidden = ProviderConfigSettingsReader.ReadAccountIds(ForbiddenAccountIds, value, failures);
                    break;
                case IgnoreTags:
                    ignoreTags = ProviderConfigSettingsReader.ReadIgnoreTags(IgnoreTags, value, failures);
                    break;
                default:
                    failures.Add(new CheckFailure(key,
                        $"'{key}' is not an awsdirect configuration key; the keys are {string.Join(", ", KnownKeys)}."));
                    break;
            }
        }

        if (allowed.Count > 0 && forbidden.Count > 0)
        {
            failures.Add(new CheckFailure(ForbiddenAccountIds,
                $"set either '{AllowedAccountIds}' or '{ForbiddenAccountIds}', not both: an allow list already forbids every other account."));
        }

        var configuration = new ProviderConfiguration(region, profile, endpoints, tags, maxRetries)
        {
            AssumeRole = assumeRole,
            AllowedAccountIds = allowed,
            ForbiddenAccountIds = forbidden,
            IgnoreTags = ignoreTags,
        };
        return new ConfigReadResult(configuration, failures);
    }

    /// <summary>
    /// The inputs from the deprecated <c>variables</c> map of Configure (<c>awsdirect:config:region</c> keys,
    /// everything as strings), for engines that send no <c>args</c>.
    /// </summary>
    public static PropertyMap FromVariables(IEnumerable<KeyValuePair<string, string>> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var entries = new List<KeyValuePair<string, PropertyValue>>();
        foreach (var (key, value) in variables)
        {
            var separator = key.LastIndexOf(':');
            var name = separator >= 0 ? key[(separator + 1)..] : key;
            entries.Add(KeyValuePair.Create(name, PropertyValue.Create(value)));
        }

        return new PropertyMap(entries);
    }

    private static string? ReadRegion(PropertyValue value, List<CheckFailure> failures)
    {
        var region = ReadNonEmptyString(Region, value, failures);
        if (region is null)
        {
            return null;
        }

        // Only the shape is checked: which regions offer Ground Station changes over time and AWS says so itself.
        if (!IsRegionShaped(region))
        {
            failures.Add(new CheckFailure(Region,
                $"'{region}' is not an AWS Region name; expected something like 'us-east-2' or 'eu-central-1'."));
            return null;
        }

        return region;
    }

    private static bool IsRegionShaped(string region)
    {
        var parts = region.Split('-');
        return parts.Length >= 3
            && parts[..^1].All(p => p.Length > 0 && p.All(char.IsAsciiLetterLower))
            && parts[^1].Length > 0 && parts[^1].All(char.IsAsciiDigit);
    }

    internal static string? ReadNonEmptyString(string path, PropertyValue value, List<CheckFailure> failures)
    {
        if (!value.TryGetString(out var text))
        {
            failures.Add(new CheckFailure(path, $"'{path}' must be a string, not {Describe(value)}."));
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            failures.Add(new CheckFailure(path, $"'{path}' must not be empty; leave it unset to use the default."));
            return null;
        }

        return text.Trim();
    }

    private static ServiceEndpoints ReadEndpoints(PropertyValue value, List<CheckFailure> failures)
    {
        var map = ReadObject(Endpoints, value, failures, "{\"groundstation\": \"http://127.0.0.1:4566\"}");
        if (map is null)
        {
            return ServiceEndpoints.None;
        }

        Uri? groundStation = null;
        Uri? cloudFront = null;
        Uri? sts = null;
        foreach (var (service, raw) in map)
        {
            var path = Endpoints + "." + service;
            var entry = raw.Unwrap();
            if (entry.IsNull || entry.ContainsUnknowns())
            {
                continue;
            }

            switch (service)
            {
                case GroundStation:
                    groundStation = ReadUrl(path, entry, failures);
                    break;
                case CloudFront:
                    cloudFront = ReadUrl(path, entry, failures);
                    break;
                case Sts:
                    sts = ReadUrl(path, entry, failures);
                    break;
                default:
                    failures.Add(new CheckFailure(path,
                        $"'{service}' is not a service this provider calls; the endpoints are '{GroundStation}', '{CloudFront}' and '{Sts}'."));
                    break;
            }
        }

        return new ServiceEndpoints(groundStation, cloudFront) { Sts = sts };
    }

    private static Uri? ReadUrl(string path, PropertyValue value, List<CheckFailure> failures)
    {
        var text = ReadNonEmptyString(path, value, failures);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
        {
            failures.Add(new CheckFailure(path, $"'{text}' is not an absolute http or https URL, e.g. 'http://127.0.0.1:4566'."));
            return null;
        }

        return uri;
    }

    private static Dictionary<string, string> ReadTags(PropertyValue value, List<CheckFailure> failures) => ReadTags(DefaultTags, value, failures);

    internal static Dictionary<string, string> ReadTags(string property, PropertyValue value, List<CheckFailure> failures)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var map = ReadObject(property, value, failures, "{\"team\": \"ops\"}");
        if (map is null)
        {
            return tags;
        }

        foreach (var (key, raw) in map)
        {
            var path = property + "." + key;
            var tag = raw.Unwrap();
            if (tag.ContainsUnknowns())
            {
                continue;
            }

            if (key.Length is 0 or > 128)
            {
                failures.Add(new CheckFailure(path, "a tag key must be 1 to 128 characters long."));
            }
            else if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                failures.Add(new CheckFailure(path, "tag keys starting with 'aws:' are reserved for AWS."));
            }
            else if (!tag.TryGetString(out var text))
            {
                failures.Add(new CheckFailure(path, $"a tag value must be a string, not {Describe(tag)}."));
            }
            else if (text.Length > 256)
            {
                failures.Add(new CheckFailure(path, "a tag value must be at most 256 characters long."));
            }
            else
            {
                tags[key] = text;
            }
        }

        return tags;
    }

    private static int? ReadMaxRetries(PropertyValue value, List<CheckFailure> failures)
    {
        double number;
        if (value.Kind == PropertyValueKind.Number)
        {
            number = value.NumberValue;
        }
        else if (!value.TryGetString(out var text)
            || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            failures.Add(new CheckFailure(MaxRetries, $"'{MaxRetries}' must be a whole number of attempts, not {Describe(value)}."));
            return null;
        }

        if (double.IsNaN(number) || number != Math.Floor(number) || number > int.MaxValue || number < int.MinValue)
        {
            failures.Add(new CheckFailure(MaxRetries,
                $"'{MaxRetries}' must be a whole number of attempts, not {number.ToString(CultureInfo.InvariantCulture)}."));
            return null;
        }

        // The schema documents values below 1 as meaning a single attempt.
        return Math.Max(1, (int)number);
    }

    /// <summary>An object, or an object written as JSON text (how stack config passes objects to a default provider).</summary>
    internal static PropertyMap? ReadObject(string path, PropertyValue value, List<CheckFailure> failures, string example)
    {
        if (value.Kind == PropertyValueKind.Object)
        {
            return value.ObjectValue;
        }

        if (!value.TryGetString(out var text))
        {
            failures.Add(new CheckFailure(path, $"'{path}' must be an object (or its JSON text), e.g. {example}; got {Describe(value)}."));
            return null;
        }

        JToken token;
        try
        {
            token = JToken.Parse(text);
        }
        catch (JsonReaderException e)
        {
            failures.Add(new CheckFailure(path, $"'{path}' is not valid JSON ({e.Message}); expected an object such as {example}."));
            return null;
        }

        if (token is not JObject obj)
        {
            failures.Add(new CheckFailure(path, $"'{path}' must be a JSON object such as {example}, not {token.Type.ToString().ToLowerInvariant()}."));
            return null;
        }

        return new PropertyMap(obj.Properties().Select(p => KeyValuePair.Create(p.Name, FromJson(p.Value))));
    }

    /// <summary>A JSON object written as text becomes that object, so both spellings of a value compare equal.</summary>
    public static PropertyValue Normalize(PropertyValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Kind != PropertyValueKind.String || !value.StringValue.TrimStart().StartsWith('{'))
        {
            return value;
        }

        try
        {
            return JToken.Parse(value.StringValue) is JObject obj ? FromJson(obj) : value;
        }
        catch (JsonReaderException)
        {
            return value;
        }
    }

    private static PropertyValue FromJson(JToken token) => token.Type switch
    {
        JTokenType.Object => PropertyValue.Create(((JObject)token).Properties().Select(p => KeyValuePair.Create(p.Name, FromJson(p.Value)))),
        JTokenType.Array => PropertyValue.Create(token.Select(FromJson)),
        JTokenType.String => PropertyValue.Create(token.Value<string>()),
        JTokenType.Integer or JTokenType.Float => PropertyValue.Create(token.Value<double>()),
        JTokenType.Boolean => PropertyValue.Create(token.Value<bool>()),
        _ => PropertyValue.Null,
    };

    internal static string Describe(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.Bool => "a boolean",
        PropertyValueKind.Number => "a number",
        PropertyValueKind.String => "a string",
        PropertyValueKind.Array => "a list",
        PropertyValueKind.Object => "an object",
        _ => value.Kind.ToString().ToLowerInvariant(),
    };
}
