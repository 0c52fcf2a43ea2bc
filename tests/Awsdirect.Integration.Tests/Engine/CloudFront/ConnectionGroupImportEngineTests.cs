using Newtonsoft.Json.Linq;

namespace Awsdirect.Integration.Tests.Engine.CloudFront;

/// <summary>
/// Importing a connection group through the engine protocol: the built plugin against the emulator.
/// CloudFront knows nothing of <c>waitForDeployment</c> (the provider's own setting), so whatever the
/// program says about it, the import finds no difference and succeeds.
/// </summary>
public sealed class ConnectionGroupImportEngineTests : IClassFixture<PluginFixture>
{
    private const string Type = "awsdirect:cloudfront:ConnectionGroup";

    private readonly PluginFixture _fx;

    public ConnectionGroupImportEngineTests(PluginFixture fx)
    {
        _fx = fx;
        _fx.Emulator.Reset();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Import_ProgramSetsWaitForDeployment_NoDiff(bool wait)
    {
        var creator = _fx.NewDriver(stack: "other");
        var created = await creator.UpAsync(Type, "edge", JObject.Parse("""{ "name": "edge-imported", "enabled": false, "waitForDeployment": false }"""));

        var driver = _fx.NewDriver();
        var program = new JObject { ["name"] = "edge-imported", ["enabled"] = false, ["waitForDeployment"] = wait };
        var imported = await driver.ImportAsync(Type, "edge", created.Id!, program);

        Assert.Empty(imported.Failures);
        Assert.False(imported.HasDiff, imported.Diff?.ToString());
        var noOp = await driver.PreviewAsync(Type, "edge", program);
        Assert.Equal(StepKind.Same, noOp.Kind);
    }
}
