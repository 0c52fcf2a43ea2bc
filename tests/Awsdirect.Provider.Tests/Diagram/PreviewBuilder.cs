using System.Text.Json.Nodes;
using Awsdirect.Provider.Diagram;

namespace Awsdirect.Provider.Tests.Diagram;

/// <summary>Builds small preview digests in Pulumi's format for cases the example fixtures do not cover.</summary>
internal sealed class PreviewBuilder
{
    public const string Unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    private const string Prefix = "urn:pulumi:ci::mission::";

    private readonly JsonArray _steps = [];
    private readonly JsonArray _diagnostics = [];

    public static string Urn(string type, string name) => $"{Prefix}{type}::{name}";

    public static string ConfigUrn(string name) => Urn("awsdirect:groundstation:Config", name);

    public PreviewBuilder CreateConfig(string name, string kind, JsonObject body)
    {
        var inputs = new JsonObject { ["name"] = name, ["configData"] = new JsonObject { [kind] = body } };
        return Step("create", ConfigUrn(name), "awsdirect:groundstation:Config", inputs, null);
    }

    public PreviewBuilder Step(string op, string urn, string type, JsonObject? inputs, JsonObject? propertyDependencies,
        JsonObject? oldInputs = null, JsonObject? oldOutputs = null, string? id = null)
    {
        var step = new JsonObject { ["op"] = op, ["urn"] = urn };
        if (oldInputs is not null)
        {
            step["oldState"] = new JsonObject { ["urn"] = urn, ["custom"] = true, ["id"] = id, ["type"] = type, ["inputs"] = oldInputs, ["outputs"] = oldOutputs };
        }

        if (inputs is not null)
        {
            var state = new JsonObject { ["urn"] = urn, ["custom"] = true, ["type"] = type, ["inputs"] = inputs };
            if (propertyDependencies is not null)
            {
                state["propertyDependencies"] = propertyDependencies;
            }

            step["newState"] = state;
        }

        _steps.Add(step);
        return this;
    }

    public PreviewBuilder CreateProfile(string name, IEnumerable<(string Source, string Destination)> edges, string tracking, string? trackingDependency,
        params string[] edgeDependencies)
    {
        var inputs = new JsonObject
        {
            ["name"] = name,
            ["minimumViableContactDurationSeconds"] = 60,
            ["trackingConfigArn"] = tracking,
            ["dataflowEdges"] = new JsonArray([.. edges.Select(e => (JsonNode)new JsonObject { ["source"] = e.Source, ["destination"] = e.Destination })]),
        };
        var dependencies = new JsonObject
        {
            ["dataflowEdges"] = new JsonArray([.. edgeDependencies.Select(d => (JsonNode)JsonValue.Create(d)!)]),
        };
        if (trackingDependency is not null)
        {
            dependencies["trackingConfigArn"] = new JsonArray(JsonValue.Create(trackingDependency));
        }

        return Step("create", Urn("awsdirect:groundstation:MissionProfile", name), "awsdirect:groundstation:MissionProfile", inputs, dependencies);
    }

    public PreviewBuilder Diagnostic(string urn, string severity, string message)
    {
        _diagnostics.Add(new JsonObject { ["urn"] = urn, ["message"] = message, ["severity"] = severity });
        return this;
    }

    public string Json() => new JsonObject { ["steps"] = _steps.DeepClone(), ["diagnostics"] = _diagnostics.DeepClone(), ["changeSummary"] = new JsonObject() }.ToJsonString();

    public PreviewDigest Digest() => DiagramInput.Parse(Json(), "test preview").Preview!;

    public static JsonObject Spectrum(double mhz, string polarization) => new()
    {
        ["spectrumConfig"] = new JsonObject
        {
            ["centerFrequency"] = new JsonObject { ["value"] = mhz, ["units"] = "MHz" },
            ["bandwidth"] = new JsonObject { ["value"] = 10, ["units"] = "MHz" },
            ["polarization"] = polarization,
        },
    };

    public static JsonObject Endpoint(string name) => new() { ["dataflowEndpointName"] = name };
}
