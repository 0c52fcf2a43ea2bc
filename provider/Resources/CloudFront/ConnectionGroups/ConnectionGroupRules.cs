using System.Text;
using System.Text.RegularExpressions;
using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Protocol.Properties;
using static Awsdirect.Provider.Resources.CloudFront.ConnectionGroups.ConnectionGroupProperties;

namespace Awsdirect.Provider.Resources.CloudFront.ConnectionGroups;

/// <summary>
/// Check rules for a connection group's inputs. Limits come from the CloudFront model where it states
/// them (<c>CreateConnectionGroupRequest</c>: Name required; <c>TagKey</c> 1-128 and <c>TagValue</c>
/// 0-256 characters matching the tag pattern) and from the CloudFront Developer Guide where only it does
/// (tagging.html: keys must not start with <c>aws:</c>; cloudfront-limits.html: 50 tags per resource).
/// Every rule skips a value that is still unknown, so a preview with unresolved outputs reports only
/// what is already wrong. Each reason starts with the rule's name so a reader can tell which rule fired.
/// </summary>
internal static class ConnectionGroupRules
{
    /// <summary>CloudFront's "Tags per distribution" quota, which CloudFront applies to every taggable resource.</summary>
    public const int MaxTags = 50;

    public const string ReservedTagPrefix = "aws:";

    private static readonly Lazy<TagLimits> Limits = new(() => new TagLimits(
        StringLimits.From(ServiceModels.CloudFront.Shape("TagKey")),
        StringLimits.From(ServiceModels.CloudFront.Shape("TagValue"))));

    public static IReadOnlyList<CheckFailure> Validate(string token, PropertyMap inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var failures = new List<CheckFailure>();
        foreach (var key in inputs.Keys.Where(k => !ConnectionGroupProperties.Inputs.Contains(k) && !k.StartsWith("__", StringComparison.Ordinal)))
        {
            var reason = ConnectionGroupProperties.ServerSet.Contains(key)
                ? $"output only: '{key}' is set by CloudFront and cannot be an input; remove it"
                : $"unknown property: {token} takes {string.Join(", ", ConnectionGroupProperties.Inputs)}";
            failures.Add(new(key, reason));
        }

        NameRule(inputs.GetNonNull(Name), failures);
        foreach (var flag in new[] { Enabled, Ipv6Enabled, WaitForDeployment })
        {
            BoolRule(flag, inputs.GetNonNull(flag), failures);
        }

        AnycastRule(inputs.GetNonNull(AnycastIpListId), failures);
        Ipv6ListRule(inputs, failures);
        TagRules(inputs.GetNonNull(ConnectionGroupProperties.Tags), failures);

        // Tags are a map here but Tags.Items[] of Key/Value on the wire, so TagRules checks them against the model's shapes.
        var model = ModelRules.Validate(ServiceModels.CloudFront, "CreateConnectionGroupRequest", inputs, skipMembers: [ConnectionGroupProperties.Tags]);
        return ModelRules.Merge(model, failures);
    }

    /// <summary>The model requires Name; CloudFront keeps it for the group's life (it cannot be updated).</summary>
    private static void NameRule(PropertyValue? value, List<CheckFailure> failures)
    {
        var plain = value?.Unwrap();
        if (plain is null)
        {
            failures.Add(new(Name, "required: CreateConnectionGroup needs a name (engine auto-naming is disabled, so set one)"));
        }
        else if (plain.IsComputed)
        {
            return;
        }
        else if (plain.Kind != PropertyValueKind.String)
        {
            failures.Add(new(Name, $"type: expected a string, got {Describe(plain)}"));
        }
        else if (plain.StringValue.Length == 0)
        {
            failures.Add(new(Name, "required: the name must not be empty"));
        }
    }

    private static void BoolRule(string property, PropertyValue? value, List<CheckFailure> failures)
    {
        var plain = value?.Unwrap();
        if (plain is not null && !plain.IsComputed && plain.Kind != PropertyValueKind.Bool)
        {
            failures.Add(new(property, $"type: expected true or false, got {Describe(plain)}"));
        }
    }

    private static void AnycastRule(PropertyValue? value, List<CheckFailure> failures)
    {
        var plain = value?.Unwrap();
        if (plain is null || plain.IsComputed)
        {
            return;
        }

        if (plain.Kind != PropertyValueKind.String)
        {
            failures.Add(new(AnycastIpListId, $"type: expected the id of an Anycast static IP list (a string), got {Describe(plain)}"));
        }
        else if (plain.StringValue.Length == 0)
        {
            failures.Add(new(AnycastIpListId, "empty: give the id of an Anycast static IP list, or leave the property out for none"));
        }
    }

    /// <summary>
    /// CloudFront refuses IPv6 on a group whose Anycast static IP list is not dual-stack
    /// (terraform-provider-aws #49129 reports the refusal). When the program wires the list's type in
    /// (<c>anycastIpListIpAddressType: ${list.ipAddressType}</c>, known at preview for a list of the same
    /// stack), the combination is refused here, before any AWS call; otherwise Create and Update look the
    /// list up before writing.
    /// </summary>
    private static void Ipv6ListRule(PropertyMap inputs, List<CheckFailure> failures)
    {
        var type = inputs.GetNonNull(AnycastIpListIpAddressType)?.Unwrap();
        if (type is null || type.IsComputed)
        {
            return;
        }

        var allowed = ServiceModels.CloudFront.Shape("IpAddressType")["enum"]!.Values<string>().ToList();
        if (type.Kind != PropertyValueKind.String || !allowed.Contains(type.StringValue))
        {
            failures.Add(new(AnycastIpListIpAddressType, $"enum: expected one of {string.Join(", ", allowed)} (the list's ipAddressType), got {Describe(type)}"));
            return;
        }

        var list = inputs.GetNonNull(AnycastIpListId)?.Unwrap();
        if (list is null)
        {
            failures.Add(new(AnycastIpListIpAddressType, "requires anycastIpListId: the type describes the group's Anycast static IP list; set both or neither"));
            return;
        }

        var ipv6 = inputs.GetNonNull(Ipv6Enabled)?.Unwrap();
        if (ipv6 is { Kind: PropertyValueKind.Bool, BoolValue: true } && type.StringValue != DualStack)
        {
            failures.Add(new(Ipv6Enabled,
                $"IPv6 needs a dual-stack Anycast static IP list: the group's list has ipAddressType '{type.StringValue}', and CloudFront refuses IPv6 on it. " +
                $"Set ipv6Enabled: false (or leave it out), or use a list with ipAddressType '{DualStack}'"));
        }
    }

    internal static void TagRules(PropertyValue? value, List<CheckFailure> failures)
    {
        var plain = value?.Unwrap();
        if (plain is null || plain.IsComputed)
        {
            return;
        }

        if (plain.Kind != PropertyValueKind.Object)
        {
            failures.Add(new(ConnectionGroupProperties.Tags, $"type: expected a map of tag keys to string values, got {Describe(plain)}"));
            return;
        }

        var tags = plain.ObjectValue;
        if (tags.Count > MaxTags)
        {
            failures.Add(new(ConnectionGroupProperties.Tags,
                $"tag count: {tags.Count} tags (provider defaultTags included) but CloudFront allows at most {MaxTags} per resource"));
        }

        var limits = Limits.Value;
        foreach (var (key, tagValue) in tags)
        {
            var path = TagPath(key);
            limits.Key.Check(path, "tag key", key, failures);
            if (key.StartsWith(ReservedTagPrefix, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add(new(path, $"reserved tag key: '{key}' starts with '{ReservedTagPrefix}', which AWS reserves for its own tags"));
            }

            var plainValue = tagValue.Unwrap();
            if (plainValue.IsComputed)
            {
                continue;
            }

            if (plainValue.Kind != PropertyValueKind.String)
            {
                failures.Add(new(path, $"type: tag values are strings, got {Describe(plainValue)}"));
                continue;
            }

            limits.Value.Check(path, "tag value", plainValue.StringValue, failures);
        }
    }

    /// <summary>A property path to one tag that the CLI can show, quoting keys that are not plain identifiers.</summary>
    public static string TagPath(string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(key[0])
            ? $"{ConnectionGroupProperties.Tags}.{key}"
            : $"{ConnectionGroupProperties.Tags}[\"{key.Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";

    private static string Describe(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.String => $"the string \"{value.StringValue}\"",
        PropertyValueKind.Number => $"the number {value}",
        PropertyValueKind.Bool => $"the boolean {value}",
        PropertyValueKind.Array => "a list",
        PropertyValueKind.Object => "an object",
        _ => value.Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// AWS matches patterns per Unicode character; .NET matches UTF-16 units, where the halves of a
    /// character outside the BMP are surrogates that no \p{L}/\p{N}/\p{Z} class matches. Each such
    /// character is replaced by a BMP character of the same general class before matching.
    /// </summary>
    private static string BmpStandIn(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.IsBmp ? (char)rune.Value : Rune.GetUnicodeCategory(rune) switch
            {
                System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
                    or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
                    or System.Globalization.UnicodeCategory.OtherLetter => 'a',
                System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.LetterNumber
                    or System.Globalization.UnicodeCategory.OtherNumber => '0',
                System.Globalization.UnicodeCategory.SpaceSeparator or System.Globalization.UnicodeCategory.LineSeparator
                    or System.Globalization.UnicodeCategory.ParagraphSeparator => ' ',
                _ => '\uFFFF',
            });
        }

        return builder.ToString();
    }

    private sealed record TagLimits(StringLimits Key, StringLimits Value);

    /// <summary>A string shape's length range (in Unicode characters, as AWS counts) and whole-value pattern.</summary>
    private sealed record StringLimits(int Min, int Max, Regex? Pattern, string PatternText)
    {
        public static StringLimits From(Newtonsoft.Json.Linq.JObject shape)
        {
            var pattern = (string?)shape["pattern"];
            return new StringLimits(
                (int?)shape["min"] ?? 0,
                (int?)shape["max"] ?? int.MaxValue,
                pattern is null ? null : new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
                pattern ?? string.Empty);
        }

        public void Check(string path, string what, string text, List<CheckFailure> failures)
        {
            var length = text.EnumerateRunes().Count();
            if (length < Min || length > Max)
            {
                failures.Add(new(path, $"{what} length: '{text}' has {length} characters; CloudFront accepts {Min}-{Max}"));
            }

            if (Pattern is not null && !Pattern.IsMatch(BmpStandIn(text)))
            {
                failures.Add(new(path,
                    $"{what} characters: '{text}' may only hold letters, digits, spaces and _ . : / = + - @ (pattern {PatternText})"));
            }
        }
    }
}
