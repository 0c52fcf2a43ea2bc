using System.Globalization;
using System.Text.RegularExpressions;
using Awsdirect.Provider.Configuration;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Host;

/// <summary>
/// The provider config keys that shape credentials and tags: <c>assumeRole</c>, <c>allowedAccountIds</c>,
/// <c>forbiddenAccountIds</c> and <c>ignoreTags</c>. The <c>assumeRole</c> members are checked as STS's
/// AssumeRole API reference states them (lengths, patterns with ASCII word characters, the 900 to 43,200 s
/// duration, at most 50 session tags), so a bad value fails CheckConfig naming the member rather than the
/// first AWS call.
/// </summary>
internal static partial class ProviderConfigSettingsReader
{
    private static readonly string[] AssumeRoleKeys = ["roleArn", "sessionName", "externalId", "durationSeconds", "policy", "tags"];
    private static readonly string[] IgnoreTagsKeys = ["keys", "keyPrefixes"];

    public static AssumeRoleSettings? ReadAssumeRole(string path, PropertyValue value, List<CheckFailure> failures)
    {
        var map = ProviderConfigReader.ReadObject(path, value, failures, "{\"roleArn\": \"arn:aws:iam::123456789012:role/deployer\"}");
        if (map is null)
        {
            return null;
        }

        string? roleArn = null, sessionName = null, externalId = null, policy = null;
        int? duration = null;
        IReadOnlyDictionary<string, string> tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var before = failures.Count;
        foreach (var (key, raw) in map)
        {
            var member = path + "." + key;
            var entry = raw.Unwrap();
            if (entry.IsNull || entry.ContainsUnknowns())
            {
                continue;
            }

            switch (key)
            {
                case "roleArn":
                    roleArn = Text(member, entry, 20, 2048, RoleArnPattern(), "an IAM role ARN such as arn:aws:iam::123456789012:role/deployer", failures);
                    break;
                case "sessionName":
                    sessionName = Text(member, entry, 2, 64, SessionNamePattern(), "letters, digits and _+=,.@-", failures);
                    break;
                case "externalId":
                    externalId = Text(member, entry, 2, 1224, ExternalIdPattern(), "letters, digits and _+=,.@:/-", failures);
                    break;
                case "policy":
                    policy = ReadPolicy(member, entry, failures);
                    break;
                case "durationSeconds":
                    duration = ReadDuration(member, entry, failures);
                    break;
                case "tags":
                    tags = ReadSessionTags(member, entry, failures);
                    break;
                default:
                    failures.Add(new CheckFailure(member, $"'{key}' is not an assumeRole setting; the settings are {string.Join(", ", AssumeRoleKeys)}."));
                    break;
            }
        }

        if (roleArn is null && failures.Count == before && !map.ContainsKey("roleArn"))
        {
            failures.Add(new CheckFailure(path + ".roleArn", "'assumeRole' needs 'roleArn', the ARN of the role to assume."));
        }

        return roleArn is null ? null : new AssumeRoleSettings(roleArn, sessionName, externalId, duration, policy, tags);
    }

    public static IReadOnlyList<string> ReadAccountIds(string path, PropertyValue value, List<CheckFailure> failures)
    {
        var items = ReadStringList(path, value, failures, "[\"123456789012\"]");
        var ids = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var id = items[i];
            if (id is null || id.Length != 12 || !id.All(char.IsAsciiDigit))
            {
                failures.Add(new CheckFailure($"{path}[{i}]", $"'{id}' is not an AWS account id: an account id is exactly 12 digits, e.g. '123456789012'."));
            }
            else if (!ids.Contains(id, StringComparer.Ordinal))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    public static IgnoreTagsSettings ReadIgnoreTags(string path, PropertyValue value, List<CheckFailure> failures)
    {
        var map = ProviderConfigReader.ReadObject(path, value, failures, "{\"keys\": [\"CostCenter\"], \"keyPrefixes\": [\"kubernetes.io/\"]}");
        if (map is null)
        {
            return IgnoreTagsSettings.None;
        }

        IReadOnlyList<string> keys = [];
        IReadOnlyList<string> prefixes = [];
        foreach (var (key, raw) in map)
        {
            var member = path + "." + key;
            var entry = raw.Unwrap();
            if (entry.IsNull || entry.ContainsUnknowns())
            {
                continue;
            }

            switch (key)
            {
                case "keys":
                    keys = TagKeys(member, entry, failures);
                    break;
                case "keyPrefixes":
                    prefixes = TagKeys(member, entry, failures);
                    break;
                default:
                    failures.Add(new CheckFailure(member, $"'{key}' is not an ignoreTags setting; the settings are {string.Join(", ", IgnoreTagsKeys)}."));
                    break;
            }
        }

        return new IgnoreTagsSettings(keys, prefixes);
    }

    private static List<string> TagKeys(string path, PropertyValue value, List<CheckFailure> failures)
    {
        var items = ReadStringList(path, value, failures, "[\"CostCenter\"]");
        var keys = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var key = items[i];
            if (string.IsNullOrEmpty(key) || key.EnumerateRunes().Count() > 128)
            {
                failures.Add(new CheckFailure($"{path}[{i}]", "a tag key (or key prefix) must be 1 to 128 characters long."));
            }
            else
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>A list of strings, or the same as JSON text (how stack config passes lists to a default provider).</summary>
    private static List<string?> ReadStringList(string path, PropertyValue value, List<CheckFailure> failures, string example)
    {
        IEnumerable<PropertyValue> elements;
        if (value.Kind == PropertyValueKind.Array)
        {
            elements = value.ArrayValue;
        }
        else if (value.TryGetString(out var text))
        {
            JToken token;
            try
            {
                token = JToken.Parse(text);
            }
            catch (JsonReaderException e)
            {
                failures.Add(new CheckFailure(path, $"'{path}' is not valid JSON ({e.Message}); expected a list such as {example}."));
                return [];
            }

            if (token is not JArray array)
            {
                failures.Add(new CheckFailure(path, $"'{path}' must be a list such as {example}, not {token.Type.ToString().ToLowerInvariant()}."));
                return [];
            }

            elements = array.Select(t => t.Type == JTokenType.String ? PropertyValue.Create(t.Value<string>()) : PropertyValue.Create(t.ToString(Formatting.None)));
        }
        else
        {
            failures.Add(new CheckFailure(path, $"'{path}' must be a list of strings such as {example}; got {ProviderConfigReader.Describe(value)}."));
            return [];
        }

        var result = new List<string?>();
        var index = 0;
        foreach (var element in elements)
        {
            var item = element.Unwrap();
            if (item.TryGetString(out var s))
            {
                result.Add(s);
            }
            else
            {
                failures.Add(new CheckFailure($"{path}[{index}]", $"must be a string, not {ProviderConfigReader.Describe(item)}."));
                result.Add(null);
            }

            index++;
        }

        return result;
    }

    private static string? Text(string path, PropertyValue value, int min, int max, Regex pattern, string allowed, List<CheckFailure> failures)
    {
        if (!value.TryGetString(out var text))
        {
            failures.Add(new CheckFailure(path, $"'{path}' must be a string, not {ProviderConfigReader.Describe(value)}."));
            return null;
        }

        var length = text.EnumerateRunes().Count();
        if (length < min || length > max)
        {
            failures.Add(new CheckFailure(path, $"'{path}' must be {min} to {max} characters long (STS AssumeRole); it has {length}."));
            return null;
        }

        if (!pattern.IsMatch(text))
        {
            failures.Add(new CheckFailure(path, $"'{text}' is not valid for '{path}': expected {allowed}."));
            return null;
        }

        return text;
    }

    private static string? ReadPolicy(string path, PropertyValue value, List<CheckFailure> failures)
    {
        if (!value.TryGetString(out var text))
        {
            // An object is accepted and sent as its JSON text, the form STS takes.
            if (value.Kind == PropertyValueKind.Object)
            {
                text = PropertyToJson(value).ToString(Formatting.None);
            }
            else
            {
                failures.Add(new CheckFailure(path, $"'{path}' must be an IAM policy document (JSON text or an object), not {ProviderConfigReader.Describe(value)}."));
                return null;
            }
        }

        try
        {
            if (JToken.Parse(text) is not JObject)
            {
                failures.Add(new CheckFailure(path, $"'{path}' must be a JSON object (an IAM policy document)."));
                return null;
            }
        }
        catch (JsonReaderException e)
        {
            failures.Add(new CheckFailure(path, $"'{path}' is not valid JSON: {e.Message}"));
            return null;
        }

        if (text.Length > 2048)
        {
            failures.Add(new CheckFailure(path, $"'{path}' must be at most 2,048 characters (STS AssumeRole's session policy limit); it has {text.Length}."));
            return null;
        }

        return text;
    }

    private static int? ReadDuration(string path, PropertyValue value, List<CheckFailure> failures)
    {
        double number;
        if (value.Kind == PropertyValueKind.Number)
        {
            number = value.NumberValue;
        }
        else if (!value.TryGetString(out var text) || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            failures.Add(new CheckFailure(path, $"'{path}' must be a whole number of seconds, not {ProviderConfigReader.Describe(value)}."));
            return null;
        }

        if (double.IsNaN(number) || number != Math.Floor(number) || number is < 900 or > 43200)
        {
            failures.Add(new CheckFailure(path,
                $"'{path}' must be a whole number of seconds from 900 (15 minutes) to 43200 (12 hours); got {number.ToString(CultureInfo.InvariantCulture)}."));
            return null;
        }

        return (int)number;
    }

    private static Dictionary<string, string> ReadSessionTags(string path, PropertyValue value, List<CheckFailure> failures)
    {
        var tags = ProviderConfigReader.ReadTags(path, value, failures);
        if (tags.Count > 50)
        {
            failures.Add(new CheckFailure(path, $"'{path}' may hold at most 50 session tags; it has {tags.Count}."));
        }

        return tags;
    }

    private static JToken PropertyToJson(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.Object => new JObject(value.ObjectValue.Select(kv => new JProperty(kv.Key, PropertyToJson(kv.Value.Unwrap())))),
        PropertyValueKind.Array => new JArray(value.ArrayValue.Select(v => PropertyToJson(v.Unwrap()))),
        PropertyValueKind.String => value.StringValue,
        PropertyValueKind.Number => value.NumberValue,
        PropertyValueKind.Bool => value.BoolValue,
        _ => JValue.CreateNull(),
    };

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9_+=,.@/-]+$")]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_+=,.@-]*$")]
    private static partial Regex SessionNamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9_+=,.@:/-]*$")]
    private static partial Regex ExternalIdPattern();
}
