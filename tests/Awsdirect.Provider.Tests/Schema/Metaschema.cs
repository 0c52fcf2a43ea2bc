using System.Reflection;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Tests.Schema;

/// <summary>
/// Pulumi's package metaschema: the shared reference copy beside the repository when present (as in
/// CI), else the copy committed with these tests.
/// </summary>
internal static class Metaschema
{
    private static readonly Lazy<JObject> Loaded = new(() =>
        File.Exists(SharedPath) ? JObject.Parse(File.ReadAllText(SharedPath)) : Fixture());

    private static readonly Lazy<SchemaValidator> LoadedValidator = new(() => new SchemaValidator(Loaded.Value));

    public static string SharedPath { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "pulumi", "package-metaschema.json"));

    public static JObject Schema => Loaded.Value;

    public static SchemaValidator Validator => LoadedValidator.Value;

    public static JObject Fixture()
    {
        using var stream = typeof(Metaschema).Assembly.GetManifestResourceStream("package-metaschema.json")
            ?? throw new InvalidOperationException("The package-metaschema.json fixture is not embedded in the test assembly.");
        using var reader = new StreamReader(stream);
        return JObject.Parse(reader.ReadToEnd());
    }

    private static string RepositoryRoot() =>
        typeof(Metaschema).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value
        ?? throw new InvalidOperationException("The test assembly does not record the repository root.");
}
