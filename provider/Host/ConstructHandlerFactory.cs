using Awsdirect.Provider.Construct;

namespace Awsdirect.Provider.Host;

/// <summary>The Construct implementation the plugin runs with (components over the engine's resource monitor).</summary>
internal static class ConstructHandlerFactory
{
    public static IConstructHandler? Create() => new ConstructHandler();
}
