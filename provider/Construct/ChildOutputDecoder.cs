using Awsdirect.Components.Hosting;
using Awsdirect.Components.Values;
using Awsdirect.Provider.Protocol.Properties;
using Pulumirpc;

namespace Awsdirect.Provider.Construct;

/// <summary>
/// Turns the monitor's answer into the child's outputs, following the language SDKs: an output the
/// answer lacks is unknown in a preview; outside a preview it takes the input of the same name, if
/// any, and is null otherwise. Either way an output depends on the child alone (its sources are the
/// child's own dependencies), as an SDK's resource output does.
/// </summary>
internal static class ChildOutputDecoder
{
    public static ChildResource Decode(RegisterResourceResponse response, ChildResourceArgs args, bool isPreview)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(args);
        var outputs = new Dictionary<string, ComponentValue>(StringComparer.Ordinal);
        foreach (var (key, value) in PropertyCodec.FromStruct(response.Object))
        {
            outputs[key] = ComponentValueConversion.FromProperty(value);
        }

        if (!isPreview)
        {
            foreach (var (key, value) in args.Inputs)
            {
                outputs.TryAdd(key, ComponentValueConversion.FromProperty(ComponentValueConversion.ToProperty(value)));
            }
        }

        // A resource being created in a preview has no id yet; a component never has one.
        var id = response.Id.Length > 0
            ? ComponentValue.Of(response.Id)
            : isPreview && ChildResourceKinds.IsCustom(args.Type) ? ComponentValue.Unknown : ComponentValue.Null;
        return new ChildResource(response.Urn, id, outputs, isPreview ? ComponentValue.Unknown : ComponentValue.Null);
    }
}
