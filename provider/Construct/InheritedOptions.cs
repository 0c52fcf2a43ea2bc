namespace Awsdirect.Provider.Construct;

/// <summary>
/// Options a child takes from its component when it does not set them itself, as the language SDKs do:
/// protection, and the explicit provider for its package from the component's <c>providers</c>.
/// </summary>
internal sealed record InheritedOptions(bool? Protect, IReadOnlyDictionary<string, string> Providers)
{
    public static InheritedOptions None { get; } = new(null, new Dictionary<string, string>(StringComparer.Ordinal));

    public string? ProviderFor(string type) =>
        Providers.TryGetValue(ChildResourceKinds.Package(type), out var reference) && !string.IsNullOrEmpty(reference) ? reference : null;
}
