using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Resources.CloudFront.ConnectionGroups.ConnectionGroupProperties;

namespace Awsdirect.Provider.Resources.CloudFront.ConnectionGroups;

/// <summary>
/// Check rules for a connection group's inputs. Limits come from the CloudFront model where it states
/// them (<c>CreateConnectionGroupRequest</c>: Name required); tags follow the provider-wide
/// <see cref="TagRules"/> (CloudFront's TagKey/TagValue shapes, tagging page and quotas).
/// Every rule skips a value that is still unknown, so a preview with unresolved outputs reports only
/// what is already wrong. Each reason starts with the rule's name so a reader can tell which rule fired.
/// </summary>
internal static class ConnectionGroupRules
{
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
        TagRules.Check(inputs.GetNonNull(ConnectionGroupProperties.Tags), failures);

        // Tags are a map here but Tags.Items[] of Key/Value on the wire: the shared TagRules check them
        // (their limits are the model's TagKey/TagValue shapes, pinned by a test).
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

    private static string Describe(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.String => $"the string \"{value.StringValue}\"",
        PropertyValueKind.Number => $"the number {value}",
        PropertyValueKind.Bool => $"the boolean {value}",
        PropertyValueKind.Array => "a list",
        PropertyValueKind.Object => "an object",
        _ => value.Kind.ToString().ToLowerInvariant(),
    };
}
