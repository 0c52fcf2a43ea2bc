namespace Awsdirect.Provider.Host;

/// <summary>The Construct implementation the plugin runs with; null answers Construct with UNIMPLEMENTED.</summary>
internal static class ConstructHandlerFactory
{
    public static IConstructHandler? Create() => new Construct.ConstructHandler();
}
