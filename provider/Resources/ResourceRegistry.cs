using Awsdirect.Provider.Resources.GroundStation.EndpointGroups;
using Awsdirect.Provider.Schema;

namespace Awsdirect.Provider.Resources;

/// <summary>One resource type the plugin serves: how to build its handler and its schema.</summary>
public sealed record ResourceRegistration(
    string Token,
    Func<ProviderServices, IResourceHandler> CreateHandler,
    Func<ResourceSchema> Schema);

/// <summary>Every resource type the plugin serves. The host routes by token using this list only.</summary>
public static class ResourceRegistry
{
    public static IReadOnlyList<ResourceRegistration> All { get; } =
    [
        // One line per resource type, e.g.
        // new(ConnectionGroupHandler.TypeToken, s => new ConnectionGroupHandler(s), ConnectionGroupSchema.Build),
        new(CloudFront.AnycastIpLists.AnycastIpListHandler.TypeToken, s => new CloudFront.AnycastIpLists.AnycastIpListHandler(s), CloudFront.AnycastIpLists.AnycastIpListSchema.Build),
        new(CloudFront.ConnectionGroups.ConnectionGroupHandler.TypeToken, s => new CloudFront.ConnectionGroups.ConnectionGroupHandler(s), CloudFront.ConnectionGroups.ConnectionGroupSchema.Build),
        new(DataflowEndpointGroupHandler.TypeToken, s => new DataflowEndpointGroupHandler(s), EndpointGroupSchema.BuildV1),
        new(DataflowEndpointGroupV2Handler.TypeToken, s => new DataflowEndpointGroupV2Handler(s), EndpointGroupSchema.BuildV2),
        new(GroundStation.MissionProfiles.MissionProfileHandler.TypeToken, s => new GroundStation.MissionProfiles.MissionProfileHandler(s), GroundStation.MissionProfiles.MissionProfileSchema.Build),
        new(GroundStation.Configs.ConfigHandler.TypeToken, s => new GroundStation.Configs.ConfigHandler(s), GroundStation.Configs.ConfigSchema.Build),
    ];
}
