namespace Awsdirect.Provider.Protocol.Properties;

/// <summary>The kinds of value Pulumi can carry in a resource property.</summary>
public enum PropertyValueKind
{
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
    /// <summary>A value marked secret; the plain value is in <see cref="PropertyValue.SecretValue"/>.</summary>
    Secret,
    /// <summary>A value not known until the resource that produces it is created (preview).</summary>
    Computed,
    /// <summary>A reference to another resource (URN, and id for custom resources).</summary>
    ResourceReference,
    /// <summary>An output value: possibly unknown, possibly secret, with the URNs it depends on.</summary>
    Output,
}
