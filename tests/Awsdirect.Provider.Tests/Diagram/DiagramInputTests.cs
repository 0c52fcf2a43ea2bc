using Awsdirect.Provider.Diagram;

namespace Awsdirect.Provider.Tests.Diagram;

/// <summary>Bad or unrelated input gets a message saying what was wrong and what was expected.</summary>
public sealed class DiagramInputTests
{
    private static string Refusal(string text) => Assert.Throws<DiagramInputException>(() => DiagramInput.Parse(text, "plan.json")).Message;

    [Fact]
    public void NotJson_NamesTheFileAndPosition()
    {
        Assert.StartsWith("plan.json is not JSON (line 2, byte 2): expected the output of `pulumi preview --json`",
            Refusal("{\n}}"), StringComparison.Ordinal);
    }

    [Fact]
    public void HumanReadablePreviewText_IsNotJson()
    {
        Assert.StartsWith("plan.json is not JSON", Refusal("Previewing update (dev)\n\n     Type  Name  Plan\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void EngineEventStream_AsksForThePreviewDigest()
    {
        var events = "{\"sequence\": 0, \"timestamp\": 1764817200, \"cancelEvent\": null}\n{\"sequence\": 1, \"timestamp\": 1764817201, \"summaryEvent\": {}}\n";

        Assert.Equal(
            "plan.json is a stream of engine events (one JSON object per line, as `pulumi up --json` or `--event-log` write), not a preview digest: " +
            "pass the output of `pulumi preview --json`.",
            Refusal(events));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n")]
    public void Empty_SaysSo(string text)
    {
        Assert.Equal("plan.json is empty: expected the JSON of `pulumi preview --json` or `pulumi stack export`.", Refusal(text));
    }

    [Fact]
    public void JsonArray_IsNotAnObject()
    {
        Assert.Equal("plan.json is JSON but not an object: expected `pulumi preview --json` or `pulumi stack export` output.", Refusal("[1, 2]"));
    }

    [Fact]
    public void UnrelatedObject_IsNeitherDocument()
    {
        Assert.Equal(
            "plan.json is not a Pulumi preview or stack export: expected an object with \"steps\" (`pulumi preview --json`) or \"deployment\" (`pulumi stack export`).",
            Refusal("{\"name\": \"package.json\", \"version\": \"1.0.0\"}"));
    }

    [Fact]
    public void NewerDeploymentVersion_IsRefused()
    {
        Assert.Equal(
            "plan.json: The stack export is deployment version 4; this command reads versions 1 to 3. Update the awsdirect plugin.",
            Refusal("{\"version\": 4, \"deployment\": {\"resources\": []}}"));
    }

    [Fact]
    public void StepWithoutUrn_NamesTheStep()
    {
        Assert.Equal("plan.json: The preview's steps[1] has no \"op\" or no \"urn\".",
            Refusal("{\"steps\": [{\"op\": \"same\", \"urn\": \"urn:pulumi:a::b::pulumi:pulumi:Stack::b-a\"}, {\"op\": \"create\"}]}"));
    }

    [Fact]
    public void ResourceWithoutPulumiUrn_NamesTheResource()
    {
        Assert.Equal("plan.json: The stack export's resources[0] has no Pulumi URN (\"urn\": \"urn:pulumi:...\").",
            Refusal("{\"version\": 3, \"deployment\": {\"resources\": [{\"urn\": \"arn:aws:s3:::bucket\", \"type\": \"x\"}]}}"));
    }

    [Fact]
    public void FailedPreviewWithOnlyDiagnostics_QuotesTheErrors()
    {
        Assert.Equal(
            "plan.json is a preview that failed before planning any step: error: awsdirect:region is not set",
            Refusal("{\"diagnostics\": [{\"message\": \"error: awsdirect:region is not set\\n\", \"severity\": \"error\"}]}"));
    }

    [Fact]
    public void BareDeployment_ReadsAsAStackExport()
    {
        var input = DiagramInput.Parse(
            "{\"manifest\": {}, \"resources\": [{\"urn\": \"urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev\", \"custom\": false, \"type\": \"pulumi:pulumi:Stack\"}]}",
            "state.json");

        Assert.Equal(DiagramInputKind.StackExport, input.Kind);
        Assert.Equal("pulumi:pulumi:Stack", Assert.Single(input.Resources!).Type);
    }

    [Fact]
    public void StackWithoutMissions_SaysThereIsNothingToDraw_AndListsItsGroundStationResources()
    {
        var state = DiagramInput.Parse(
            """
            {"version": 3, "deployment": {"resources": [
              {"urn": "urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev", "custom": false, "type": "pulumi:pulumi:Stack"},
              {"urn": "urn:pulumi:dev::p::awsdirect:groundstation:Config::lonely", "custom": true, "id": "c1", "type": "awsdirect:groundstation:Config",
               "inputs": {"configData": {"trackingConfig": {"autotrack": "REMOVED"}}}}
            ]}}
            """, "state.json").Resources;

        var markdown = MissionDiagrams.Markdown(null, state, null);

        Assert.Contains("No AWS Ground Station mission profile in this stack, so there is no mission to draw.", markdown, StringComparison.Ordinal);
        Assert.Contains("| lonely | tracking | unchanged | - |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("```mermaid", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void SecretsInBothFormats_ReadAsSecret()
    {
        using var export = System.Text.Json.JsonDocument.Parse(
            "{\"4dabf18193072939515e22adb298388d\": \"1b47061264138c4ac30d75fd1eb44270\", \"ciphertext\": \"AAAA\"}");
        using var preview = System.Text.Json.JsonDocument.Parse("\"[secret]\"");

        Assert.Equal("[secret]", StateValue.Text(export.RootElement));
        Assert.Equal("[secret]", StateValue.Text(preview.RootElement));
        Assert.Null(StateValue.Member(export.RootElement, "ciphertext"));
    }

    [Theory]
    [InlineData("tags[\"cost.center\"]", new object[] { "tags", "cost.center" })]
    [InlineData("dataflowEdges[12].source", new object[] { "dataflowEdges", 12, "source" })]
    [InlineData("configData.antennaUplinkConfig.targetEirp.value", new object[] { "configData", "antennaUplinkConfig", "targetEirp", "value" })]
    public void PropertyPaths_SplitAsDetailedDiffsSpellThem(string path, object[] steps)
    {
        Assert.Equal(steps, PropertyPath.Steps(path));
    }

    [Fact]
    public void MermaidLabels_CannotBeBrokenByUserText()
    {
        Assert.Equal("a #quot;b#quot; #lt;script#gt; #35;1#59; x", MermaidWriter.Escape("a \"b\" <script> #1; x"));
        Assert.DoesNotContain("\"", MermaidWriter.Escape("name\"]) --> evil[\"x"), StringComparison.Ordinal);
    }
}
