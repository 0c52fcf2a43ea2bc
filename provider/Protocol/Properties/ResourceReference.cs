namespace Awsdirect.Provider.Protocol.Properties;

/// <summary>A reference to a Pulumi resource, as the engine sends it inside a property.</summary>
/// <param name="Urn">The referenced resource's URN.</param>
/// <param name="Id">The custom resource's id; <c>null</c> for a component, and unknown while it is being created.</param>
/// <param name="PackageVersion">The version of the package that defines the resource, or empty.</param>
public sealed record ResourceReference(string Urn, PropertyValue? Id, string PackageVersion);
