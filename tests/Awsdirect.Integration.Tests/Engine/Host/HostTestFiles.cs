using System.Runtime.CompilerServices;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Integration.Tests.Engine.Host;

/// <summary>Reference files the host tests read from the repository (and the shared folder beside it).</summary>
internal static class HostTestFiles
{
    /// <summary>Pulumi's package metaschema: the shared copy when present, else the one committed with the provider tests.</summary>
    public static JObject Metaschema()
    {
        var root = RepositoryRoot();
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "pulumi", "package-metaschema.json"));
        var committed = Path.Combine(root, "tests", "Awsdirect.Provider.Tests", "Schema", "Fixtures", "package-metaschema.json");
        return JObject.Parse(File.ReadAllText(File.Exists(shared) ? shared : committed));
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", ".."));
}
