using Awsdirect.Components.CloudFront;
using Awsdirect.Components.Hosting;
using Awsdirect.Components.Missions;

namespace Awsdirect.Components;

/// <summary>Every component this library provides.</summary>
public static class ComponentCatalog
{
    public static IReadOnlyList<IComponent> All { get; } =
    [
        new DownlinkMission(),
        new S3DataDelivery(),
        new ConnectionGroupSet(),
    ];
}
