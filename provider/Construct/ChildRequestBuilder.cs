using Awsdirect.Components.Hosting;
using Awsdirect.Components.Values;
using Awsdirect.Provider.Protocol.Properties;
using Pulumirpc;

namespace Awsdirect.Provider.Construct;

/// <summary>
/// The RegisterResource request for a component's child, filled as the language SDKs fill it: every
/// input's source resources become that input's property dependencies, and all of them together with
/// the explicit <c>dependsOn</c> become the resource's dependencies.
/// </summary>
internal static class ChildRequestBuilder
{
    /// <param name="resolveUrn">Maps a URN the component logic holds to the engine's (see <see cref="ComponentResourceRegistration"/>).</param>
    public static RegisterResourceRequest Build(
        ChildResourceArgs args,
        MonitorFeatures features,
        InheritedOptions inherited,
        Func<string, string> resolveUrn)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(inherited);
        ArgumentNullException.ThrowIfNull(resolveUrn);
        var custom = ChildResourceKinds.IsCustom(args.Type);
        var request = new RegisterResourceRequest
        {
            Type = args.Type,
            Name = args.Name,
            Parent = resolveUrn(args.Options.Parent),
            Custom = custom,
            Remote = !custom,
            Object = PropertyCodec.ToStruct(ComponentValueConversion.ToPropertyMap(args.Inputs), EncodingFor(features)),
            Version = args.Options.Version ?? string.Empty,
            AcceptSecrets = true,
            AcceptResources = true,
            SupportsPartialValues = true,
        };

        var all = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in args.Inputs.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var urns = value.AllDependencies().Select(resolveUrn).Distinct(StringComparer.Ordinal).ToList();
            var entry = new RegisterResourceRequest.Types.PropertyDependencies();
            entry.Urns.AddRange(urns);
            request.PropertyDependencies[key] = entry;
            all.UnionWith(urns);
        }

        all.UnionWith(args.Options.DependsOn.Select(resolveUrn));
        request.Dependencies.AddRange(all);

        if (inherited.Protect is { } protect)
        {
            request.Protect = protect;
        }

        if (inherited.ProviderFor(args.Type) is { } provider)
        {
            request.Provider = provider;
        }

        return request;
    }

    /// <summary>
    /// How inputs travel to the monitor: secrets and references only when it accepts them; output values
    /// never, because the dependencies they would carry already travel as property dependencies.
    /// </summary>
    public static PropertyCodecOptions EncodingFor(MonitorFeatures features) =>
        new(KeepSecrets: features.Secrets, KeepResources: features.ResourceReferences, KeepOutputValues: false);

    /// <summary>The URNs each value depends on, keyed like the values.</summary>
    public static IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> DependenciesByKey(IReadOnlyDictionary<string, ComponentValue> values) =>
        values.Select(e => KeyValuePair.Create(e.Key, (IReadOnlyList<string>)[.. e.Value.AllDependencies()]));
}
