using System.Reflection;
using Awsdirect.Provider.Diagram;

namespace Awsdirect.Provider.Tests.Diagram;

/// <summary>
/// The committed fixtures (Diagram/Fixtures, written by make-fixtures.py from the example programs in
/// Pulumi's preview-digest and stack-export formats), read from the repository; a missing file fails.
/// </summary>
internal static class DiagramFixtures
{
    public static readonly string RepositoryRoot = typeof(DiagramFixtures).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepositoryRoot").Value!;

    public static string PathOf(string name) =>
        Path.Combine(RepositoryRoot, "tests", "Awsdirect.Provider.Tests", "Diagram", "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static PreviewDigest Preview(string name) =>
        DiagramInput.Parse(Text(name), name).Preview ?? throw new InvalidOperationException($"{name} is not a preview");

    public static IReadOnlyList<StackResource> State(string name) =>
        DiagramInput.Parse(Text(name), name).Resources ?? throw new InvalidOperationException($"{name} is not a stack export");

    public const string FlagshipProject = "urn:pulumi:dev::awsdirect-jpss1-downlink::";

    public static string Flagship(string type, string name) => $"{FlagshipProject}{type}::{name}";

    public static readonly string Tracking = Flagship("awsdirect:groundstation:Config", "tracking");
    public static readonly string DemodDecode = Flagship("awsdirect:groundstation:Config", "demodDecode");
    public static readonly string Receiver = Flagship("awsdirect:groundstation:Config", "receiverConfig");
    public static readonly string Group = Flagship("awsdirect:groundstation:DataflowEndpointGroup", "receiverGroup");
    public static readonly string Profile = Flagship("awsdirect:groundstation:MissionProfile", "missionProfile");

    public const string ComponentProject = "urn:pulumi:dev::awsdirect-ec2-downlink::";
    public const string Component = ComponentProject + "awsdirect:missions:DownlinkMission::aqua";

    public static string Child(string type, string name) => $"{ComponentProject}awsdirect:missions:DownlinkMission${type}::{name}";

    /// <summary>The AWS id the fixtures give resource n (make-fixtures.py's uuid()).</summary>
    public static string Id(int n) => $"{n:x8}-1111-4222-8333-{n:x12}";
}
