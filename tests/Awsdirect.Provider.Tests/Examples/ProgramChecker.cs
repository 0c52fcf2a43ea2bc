using System.Collections.Immutable;
using Awsdirect.Components;
using Awsdirect.Components.Hosting;
using Awsdirect.Components.Values;
using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Configuration;
using Awsdirect.Provider.Construct;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Schema;
using Moq;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Tests.Examples;

/// <param name="Failures">Problems found, one line each.</param>
/// <param name="Checked">"type name" of every resource whose handler ran Check, components' children included.</param>
internal sealed record HandlerCheckResult(IReadOnlyList<string> Failures, IReadOnlyList<string> Checked);

/// <summary>
/// Static checks of a Pulumi YAML program against this package: what <c>pulumi preview</c> would
/// reject before any AWS call. Each method returns the problems found, one line each, naming the file,
/// the property path and the reason, so a failing test says what to fix.
/// </summary>
internal sealed class ProgramChecker
{
    public const string Region = "us-east-1";

    private readonly JObject _schema;

    public ProgramChecker()
        : this(ResourceRegistry.All, AllComponents())
    {
    }

    public ProgramChecker(IReadOnlyList<ResourceRegistration> resources, IReadOnlyList<IComponent> components)
    {
        Registrations = resources;
        Components = components;
        var registered = components.Select(c =>
            new ComponentRegistration(c.Token, () => new ResourceSchema(c.Token, c.SchemaSpec(), c.SchemaTypes())));
        _schema = PackageSchemaBuilder.Build(resources, registered);
    }

    public IReadOnlyList<ResourceRegistration> Registrations { get; }

    public IReadOnlyList<IComponent> Components { get; }

    /// <summary>
    /// The components of the library; ComponentRegistry serves exactly these through Construct, and the
    /// IComponent (not only its schema) is needed here to run Construct as a preview would.
    /// </summary>
    public static IReadOnlyList<IComponent> AllComponents() => ComponentCatalog.All.ToList();

    public JObject? ResourceSpec(string token) => _schema["resources"]?[token] as JObject;

    /// <summary>Types exist; every property is an input of its type, of the right kind; required inputs are given.</summary>
    public IReadOnlyList<string> CheckSchema(PulumiYamlProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var failures = new List<string>(program.Problems.Select(p => $"{program.Path}: {p}"));
        foreach (var resource in program.Resources)
        {
            var where = $"{program.Path}: resources.{resource.Name}";
            if (ResourceSpec(resource.Type) is not { } spec)
            {
                failures.Add($"{where} (line {resource.Line}): type '{resource.Type}' is not in the awsdirect package schema (known: {string.Join(", ", KnownTokens())})");
                continue;
            }

            var inputs = program.Inputs(resource);
            CheckObject(
                (JObject?)spec["inputProperties"] ?? [],
                spec["requiredInputs"] as JArray,
                inputs,
                $"{where}.properties",
                failures);
        }

        return failures;
    }

    /// <summary>Every <c>${...}</c> names something the program declares, and outputs the resource's type has.</summary>
    public IReadOnlyList<string> CheckReferences(PulumiYamlProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        foreach (var resource in program.Resources)
        {
            program.Inputs(resource); // collects the references of the properties
        }

        var failures = new List<string>();
        foreach (var reference in program.References.DistinctBy(r => (r.Path, r.Expression)))
        {
            var where = $"{program.Path}: {reference.Path} (line {reference.Line}): ${{{reference.Expression}}}";
            if (!program.IsKnownRoot(reference.Root))
            {
                failures.Add($"{where}: '{reference.Root}' is no resource, config key or variable of the program");
                continue;
            }

            var resource = program.Resources.FirstOrDefault(r => r.Name == reference.Root);
            if (resource is null || reference.Property is null || reference.Property is "id" or "urn")
            {
                continue;
            }

            if (ResourceSpec(resource.Type)?["properties"] is JObject outputs && outputs[reference.Property] is null)
            {
                failures.Add($"{where}: {resource.Type} has no output '{reference.Property}' (outputs: {string.Join(", ", outputs.Properties().Select(p => p.Name))})");
            }
        }

        return failures;
    }

    /// <summary>
    /// Runs each resource's own Check on the values the engine would send at preview; for a component,
    /// runs its Construct as in a preview and Checks every child of ours it registers. AWS clients are
    /// strict mocks: Check must not call AWS.
    /// </summary>
    public async Task<HandlerCheckResult> CheckWithHandlersAsync(PulumiYamlProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var failures = new List<string>();
        var checkedResources = new List<string>();
        foreach (var resource in program.Resources)
        {
            var where = $"{program.Path}: resources.{resource.Name}";
            var inputs = program.Inputs(resource);
            var urn = Urn(program, resource.Type, resource.Name);
            if (Registrations.FirstOrDefault(r => r.Token == resource.Type) is { } registration)
            {
                failures.AddRange(await CheckResourceAsync(registration, urn, resource.Name, inputs, where));
                checkedResources.Add($"{resource.Type} {resource.Name}");
            }
            else if (Components.FirstOrDefault(c => c.Token == resource.Type) is { } component)
            {
                failures.AddRange(await ConstructAsync(program, component, resource, urn, inputs, where, checkedResources));
            }
            else
            {
                failures.Add($"{where}: no handler or component serves '{resource.Type}'");
            }
        }

        return new HandlerCheckResult(failures, checkedResources);
    }

    public IEnumerable<string> KnownTokens() =>
        (_schema["resources"] as JObject)?.Properties().Select(p => p.Name) ?? [];

    private static async Task<IReadOnlyList<string>> CheckResourceAsync(
        ResourceRegistration registration, string urn, string name, PropertyMap inputs, string where)
    {
        var warnings = new List<string>();
        var log = new Mock<IEngineLog>(MockBehavior.Strict);
        log.Setup(l => l.LogAsync(It.IsAny<LogSeverity>(), It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<bool>()))
            .Callback((LogSeverity severity, string message, string? _, bool _) =>
            {
                if (severity >= LogSeverity.Warning)
                {
                    warnings.Add($"{severity}: {message}");
                }
            })
            .Returns(Task.CompletedTask);
        var services = new ProviderServices(
            ProviderConfiguration.Default with { Region = Region },
            log.Object,
            Mock.Of<IGroundStationApi>(MockBehavior.Strict),
            Mock.Of<ICloudFrontApi>(MockBehavior.Strict));
        var handler = registration.CreateHandler(services);
        var result = await handler.CheckAsync(
            new CheckRequest(urn, name, registration.Token, PropertyMap.Empty, inputs, new byte[32]),
            CancellationToken.None);
        return
        [
            .. result.Failures.Select(f => $"{where}: Check failed at '{f.Property}': {f.Reason}"),
            .. warnings.Select(w => $"{where}: Check logged {w}"),
        ];
    }

    private async Task<IReadOnlyList<string>> ConstructAsync(
        PulumiYamlProgram program, IComponent component, ProgramResource resource, string urn, PropertyMap inputs, string where,
        List<string> checkedResources)
    {
        var registrar = new RecordingRegistrar(program);
        var context = new ComponentContext(
            resource.Name,
            urn,
            IsPreview: true,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["awsdirect:region"] = Region, ["aws:region"] = Region },
            registrar);
        var failures = new List<string>();
        try
        {
            await component.ConstructAsync(
                context,
                new ComponentInputs(inputs.ToDictionary(e => e.Key, e => ToComponentValue(e.Value), StringComparer.Ordinal)),
                CancellationToken.None);
        }
        catch (ComponentInputException ex)
        {
            failures.Add($"{where}: {component.Token} rejected its inputs: {ex.Message}");
            return failures;
        }

        foreach (var child in registrar.Children)
        {
            var childWhere = $"{where} -> child {child.Type} '{child.Name}'";
            var registration = Registrations.FirstOrDefault(r => r.Token == child.Type);
            if (registration is null)
            {
                if (child.Type.StartsWith("awsdirect:", StringComparison.Ordinal))
                {
                    failures.Add($"{childWhere}: the component registers a type no handler serves");
                }

                // Children of other packages (aws:s3:BucketV2 ...) are checked by their own plugin.
                continue;
            }

            var childInputs = new PropertyMap(child.Inputs.Select(e => new KeyValuePair<string, PropertyValue>(e.Key, ToPropertyValue(e.Value))));
            failures.AddRange(await CheckResourceAsync(registration, Urn(program, child.Type, child.Name), child.Name, childInputs, childWhere));
            checkedResources.Add($"{child.Type} {resource.Name}/{child.Name}");
        }

        return failures;
    }

    private void CheckObject(JObject properties, JArray? required, PropertyMap value, string path, List<string> failures)
    {
        foreach (var name in required?.Values<string>() ?? [])
        {
            if (name is not null && !value.ContainsKey(name))
            {
                failures.Add($"{path}: required input '{name}' is missing");
            }
        }

        foreach (var (key, member) in value)
        {
            if (properties[key] is not JObject memberSpec)
            {
                failures.Add($"{path}.{key}: not an input here (inputs: {string.Join(", ", properties.Properties().Select(p => p.Name))})");
                continue;
            }

            CheckValue(memberSpec, member, $"{path}.{key}", failures);
        }
    }

    private void CheckValue(JObject spec, PropertyValue value, string path, List<string> failures)
    {
        var plain = value.Unwrap();
        if (plain.IsComputed || plain.IsNull)
        {
            return;
        }

        if ((string?)spec["$ref"] is { } reference)
        {
            if (!reference.StartsWith("#/types/", StringComparison.Ordinal))
            {
                return; // pulumi.json#/Any, Archive, Asset: anything goes
            }

            var token = Uri.UnescapeDataString(reference["#/types/".Length..]);
            if (_schema["types"]?[token] is not JObject type)
            {
                failures.Add($"{path}: the schema refers to type '{token}', which it does not define");
                return;
            }

            CheckValue(type, plain, path, failures);
            return;
        }

        if (spec["oneOf"] is not null)
        {
            return;
        }

        switch ((string?)spec["type"])
        {
            case "string" when spec["enum"] is JArray values:
                var allowed = values.Select(v => (string?)v["value"]).ToList();
                if (plain.Kind != PropertyValueKind.String || !allowed.Contains(plain.StringValue))
                {
                    failures.Add($"{path}: '{plain}' is not one of {string.Join(", ", allowed)}");
                }

                break;
            case "string":
                Expect(plain, PropertyValueKind.String, "a string", path, failures);
                break;
            case "boolean":
                Expect(plain, PropertyValueKind.Bool, "true or false", path, failures);
                break;
            case "number":
                Expect(plain, PropertyValueKind.Number, "a number", path, failures);
                break;
            case "integer":
                if (Expect(plain, PropertyValueKind.Number, "an integer", path, failures) && plain.NumberValue != Math.Floor(plain.NumberValue))
                {
                    failures.Add($"{path}: {plain.NumberValue} is not an integer");
                }

                break;
            case "array":
                if (Expect(plain, PropertyValueKind.Array, "a list", path, failures) && spec["items"] is JObject items)
                {
                    for (var i = 0; i < plain.ArrayValue.Length; i++)
                    {
                        CheckValue(items, plain.ArrayValue[i], $"{path}[{i}]", failures);
                    }
                }

                break;
            case "object" when spec["properties"] is JObject objectProperties:
                if (Expect(plain, PropertyValueKind.Object, "an object", path, failures))
                {
                    CheckObject(objectProperties, spec["required"] as JArray, plain.ObjectValue, path, failures);
                }

                break;
            case "object":
                if (Expect(plain, PropertyValueKind.Object, "a map", path, failures) && spec["additionalProperties"] is JObject values2)
                {
                    foreach (var (key, entry) in plain.ObjectValue)
                    {
                        CheckValue(values2, entry, $"{path}.{key}", failures);
                    }
                }

                break;
        }
    }

    private static bool Expect(PropertyValue value, PropertyValueKind kind, string what, string path, List<string> failures)
    {
        if (value.Kind == kind)
        {
            return true;
        }

        failures.Add($"{path}: expected {what}, got {value.Kind} {value}");
        return false;
    }

    private static string Urn(PulumiYamlProgram program, string type, string name) =>
        $"urn:pulumi:examples::{program.Name ?? "program"}::{type}::{name}";

    private static ComponentValue ToComponentValue(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.Null => ComponentValue.Null,
        PropertyValueKind.Bool => ComponentValue.Of(value.BoolValue),
        PropertyValueKind.Number => ComponentValue.Of(value.NumberValue),
        PropertyValueKind.String => ComponentValue.Of(value.StringValue),
        PropertyValueKind.Array => ComponentValue.Array(value.ArrayValue.Select(ToComponentValue)),
        PropertyValueKind.Object => ComponentValue.Object(value.ObjectValue.Select(e => new KeyValuePair<string, ComponentValue>(e.Key, ToComponentValue(e.Value)))),
        PropertyValueKind.Secret => ToComponentValue(value.SecretValue).AsSecret(),
        _ => ComponentValue.Unknown,
    };

    private static PropertyValue ToPropertyValue(ComponentValue value)
    {
        var plain = value.Kind switch
        {
            ComponentValueKind.Null => PropertyValue.Null,
            ComponentValueKind.Bool => PropertyValue.Create(value.BoolValue),
            ComponentValueKind.Number => PropertyValue.Create(value.NumberValue),
            ComponentValueKind.String => PropertyValue.Create(value.StringValue),
            ComponentValueKind.Array => PropertyValue.Create(value.ArrayValue.Select(ToPropertyValue).ToList()),
            ComponentValueKind.Object => PropertyValue.Create(new PropertyMap(value.ObjectValue.Select(e =>
                new KeyValuePair<string, PropertyValue>(e.Key, ToPropertyValue(e.Value))))),
            _ => PropertyValue.Computed,
        };
        return value.IsSecret && !plain.IsComputed ? PropertyValue.Secret(plain) : plain;
    }

    /// <summary>The engine's side of a preview: children get URNs and unknown outputs.</summary>
    private sealed class RecordingRegistrar(PulumiYamlProgram program) : IComponentRegistrar
    {
        public List<ChildResourceArgs> Children { get; } = [];

        public Task<ChildResource> RegisterChildAsync(ChildResourceArgs args, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(args);
            Children.Add(args);
            var urn = Urn(program, args.Type, args.Name);
            return Task.FromResult(new ChildResource(urn, ComponentValue.Unknown, ImmutableDictionary<string, ComponentValue>.Empty, ComponentValue.Unknown));
        }
    }
}
