using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Configuration;
using Awsdirect.Provider.Construct;
using Awsdirect.Provider.Host;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Moq;
using Pulumirpc;

namespace Awsdirect.Provider.Tests.Construct;

/// <summary>Builds Construct requests as the engine sends them and runs them against a fake monitor.</summary>
internal static class ConstructCalls
{
    public static ConstructRequest Request(
        FakeResourceMonitor monitor,
        string type,
        string name,
        PropertyMap inputs,
        bool dryRun,
        IReadOnlyDictionary<string, string[]>? inputDependencies = null)
    {
        var request = new ConstructRequest
        {
            Project = FakeResourceMonitor.Project,
            Stack = FakeResourceMonitor.Stack,
            DryRun = dryRun,
            Parallel = 8,
            MonitorEndpoint = monitor.Endpoint,
            Type = type,
            Name = name,
            Parent = FakeResourceMonitor.StackUrn,
            Inputs = PropertyCodec.ToStruct(inputs, PropertyCodecOptions.Default),
        };
        request.Config["aws:region"] = "us-west-2";
        foreach (var (key, urns) in inputDependencies ?? new Dictionary<string, string[]>())
        {
            var deps = new ConstructRequest.Types.PropertyDependencies();
            deps.Urns.AddRange(urns);
            request.InputDependencies[key] = deps;
        }

        return request;
    }

    public static async Task<ConstructResponse> RunAsync(ConstructRequest request)
    {
        // Only a guard so a hung call fails the run instead of blocking it; no test measures time.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        return await new ConstructHandler().ConstructAsync(request, Context(), guard.Token);
    }

    public static ConstructContext Context() =>
        new(
            new ProviderServices(
                ProviderConfiguration.Default,
                Mock.Of<IEngineLog>(),
                Mock.Of<IGroundStationApi>(),
                Mock.Of<ICloudFrontApi>()),
            PropertyCodecOptions.Default);

    /// <summary>The decoded properties a registration sent.</summary>
    public static PropertyMap Inputs(this RegisterResourceRequest request) => PropertyCodec.FromStruct(request.Object);

    public static PropertyMap State(this ConstructResponse response) => PropertyCodec.FromStruct(response.State);

    public static IReadOnlyList<string> DependenciesOf(this RegisterResourceRequest request, string key) =>
        request.PropertyDependencies.TryGetValue(key, out var deps) ? [.. deps.Urns] : [];

    /// <summary>The value at a path such as <c>dataflowEdges[0].source</c>.</summary>
    public static PropertyValue At(this PropertyMap map, string path)
    {
        PropertyValue? current = null;
        foreach (var segment in path.Split('.'))
        {
            var open = segment.IndexOf('[', StringComparison.Ordinal);
            var key = open < 0 ? segment : segment[..open];
            current = current is null ? map[key] : current.ObjectValue[key];
            if (open >= 0)
            {
                current = current.ArrayValue[int.Parse(segment[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)];
            }
        }

        return current ?? throw new ArgumentException("empty path", nameof(path));
    }
}
