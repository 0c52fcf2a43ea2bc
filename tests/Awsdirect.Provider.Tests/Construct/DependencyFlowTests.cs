using System.Collections.Immutable;
using System.Globalization;
using Awsdirect.Components;
using Awsdirect.Provider.Construct;
using Awsdirect.Provider.Protocol.Properties;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace Awsdirect.Provider.Tests.Construct;

/// <summary>
/// Every child property built from a component input declares that input's sources, as the engine
/// needs for destroy, replace and <c>--target</c> order: for every input of every component, in the
/// two forms the engine sends (plain values with <c>inputDependencies</c>, which it does for this
/// plugin since Configure answers <c>acceptOutputs = false</c>; and output values), in preview and
/// update, with unknowns and secrets. What "built from" means is measured, not listed: a child
/// property is built from an input when giving the input its alternate value changes the property.
/// </summary>
public sealed class DependencyFlowTests
{
    public enum Form
    {
        /// <summary>Plain values, each input's sources in <c>inputDependencies</c>.</summary>
        InputDependencies,

        /// <summary>Output values carrying the sources, deep inside the input; no <c>inputDependencies</c>.</summary>
        OutputValues,
    }

    public static TheoryData<string, Form> ComponentsAndForms()
    {
        var data = new TheoryData<string, Form>();
        foreach (var flowCase in DependencyFlowCases.Cases)
        {
            data.Add(flowCase, Form.InputDependencies);
            data.Add(flowCase, Form.OutputValues);
        }

        return data;
    }

    public static TheoryData<string> ComponentTokens() => [.. DependencyFlowCases.Components];

    public static TheoryData<string> CaseNames() => [.. DependencyFlowCases.Cases];

    [Theory]
    [MemberData(nameof(ComponentTokens))]
    public void Table_ListsEveryInputTheComponentSchemaDeclares(string component)
    {
        var schema = ComponentCatalog.All.Single(c => c.Token == component).SchemaSpec();
        var declared = ((Newtonsoft.Json.Linq.JObject)schema["inputProperties"]!).Properties().Select(p => p.Name).Order(StringComparer.Ordinal);
        var cases = DependencyFlowCases.Cases.Where(c => DependencyFlowCases.ComponentOf(c) == component).ToList();

        Assert.Equal(declared, cases.SelectMany(DependencyFlowCases.Inputs).Select(i => i.Input).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(declared, cases.SelectMany(c => DependencyFlowCases.BaseInputs(c).Keys).Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>Inputs that exclude each other sit in separate cases; within one, the table and the base agree.</summary>
    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Table_EachCaseGivesExactlyTheInputsItChecks(string flowCase) =>
        Assert.Equal(
            DependencyFlowCases.BaseInputs(flowCase).Keys.Order(StringComparer.Ordinal),
            DependencyFlowCases.Inputs(flowCase).Select(i => i.Input).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ComponentsAndForms))]
    public Task Update_EveryChildPropertyBuiltFromAnInputDeclaresItsSources(string flowCase, Form form) =>
        AssertDependenciesFlowAsync(flowCase, form, preview: false, unknowns: false);

    [Theory]
    [MemberData(nameof(ComponentsAndForms))]
    public Task Preview_EveryChildPropertyBuiltFromAnInputDeclaresItsSources(string flowCase, Form form) =>
        AssertDependenciesFlowAsync(flowCase, form, preview: true, unknowns: false);

    [Theory]
    [MemberData(nameof(ComponentsAndForms))]
    public Task Preview_InputsHoldingUnknowns_ChildrenBuiltFromThemStillDeclareTheirSources(string flowCase, Form form) =>
        AssertDependenciesFlowAsync(flowCase, form, preview: true, unknowns: true);

    [Theory]
    [MemberData(nameof(ComponentsAndForms))]
    public async Task Update_SecretInput_EveryChildPropertyBuiltFromItIsSecret(string flowCase, Form form)
    {
        var violations = new List<string>();
        var component = DependencyFlowCases.ComponentOf(flowCase);
        foreach (var input in DependencyFlowCases.Inputs(flowCase))
        {
            var builtFrom = await BuiltFromAsync(flowCase, input, preview: false);
            var inputs = DependencyFlowCases.BaseInputs(flowCase);
            var value = inputs[input.Input];
            var secret = form == Form.InputDependencies
                ? PropertyValue.Secret(value)
                : PropertyValue.Output(new OutputReference(value, IsSecret: true, [Source(input.Input)]));
            await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForUpdate);

            await ConstructCalls.RunAsync(Request(monitor, component, inputs.Set(input.Input, secret), preview: false, form == Form.OutputValues, []));

            foreach (var (type, name, key) in builtFrom)
            {
                var child = monitor.Registration(type, name);
                if (!ContainsSecret(child.Inputs().At(key)))
                {
                    violations.Add($"{name}.{key} is built from the secret input {input.Input} but is not secret");
                }
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public async Task Preview_EndpointAddressFromAnElasticIp_EndpointGroupAndNothingElseDeclaresTheIp()
    {
        // The case the issue was filed for: the engine's plain form, the address unknown in a preview.
        const string eip = "urn:pulumi:dev::proj::aws:ec2/eip:Eip::receiver";
        await using var monitor = await FakeResourceMonitor.StartAsync(FakeMonitorOptions.ForPreview);
        var inputs = DependencyFlowCases.BaseInputs(DependencyFlowCases.Ec2Downlink);
        inputs = inputs.Set("endpoints", With(inputs["endpoints"], "[0].address", PropertyValue.Computed));

        await ConstructCalls.RunAsync(Request(monitor, ComponentInputsBuilder.DownlinkMission, inputs, preview: true, outputValues: false, new() { ["endpoints"] = [eip] }));

        var group = monitor.Registration(ComponentInputsBuilder.DataflowEndpointGroup, "flow-endpoint-group");
        Assert.True(group.Inputs().At("endpointDetails[0].endpoint.address.name").IsComputed);
        Assert.Contains(eip, group.DependenciesOf("endpointDetails"));
        Assert.Contains(eip, group.Dependencies);
        Assert.Contains(eip, monitor.Registration(ComponentInputsBuilder.Config, "flow-endpoint-rx-a").DependenciesOf("configData"));
        Assert.DoesNotContain(eip, monitor.Registration(ComponentInputsBuilder.Config, "flow-tracking").Dependencies);
        Assert.DoesNotContain(eip, monitor.Registration(ComponentInputsBuilder.MissionProfile, "flow-profile").Dependencies);
    }

    private static async Task AssertDependenciesFlowAsync(string flowCase, Form form, bool preview, bool unknowns)
    {
        var component = DependencyFlowCases.ComponentOf(flowCase);
        var cases = DependencyFlowCases.Inputs(flowCase);
        var inputs = DependencyFlowCases.BaseInputs(flowCase);
        var dependencies = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var unknownInputs = new List<string>();
        foreach (var input in cases)
        {
            var value = inputs[input.Input];
            if (unknowns && input.UnknownAt is { } at)
            {
                value = With(value, at, PropertyValue.Computed);
                unknownInputs.Add(input.Input);
            }

            if (form == Form.OutputValues)
            {
                value = WrapLastLeaf(value, Source(input.Input));
            }
            else
            {
                dependencies[input.Input] = [Source(input.Input)];
            }

            inputs = inputs.Set(input.Input, value);
        }

        await using var monitor = await FakeResourceMonitor.StartAsync(preview ? FakeMonitorOptions.ForPreview : FakeMonitorOptions.ForUpdate);
        await ConstructCalls.RunAsync(Request(monitor, component, inputs, preview, form == Form.OutputValues, dependencies));

        var children = monitor.Registrations.Skip(1).ToList();
        var violations = new List<string>();
        foreach (var input in cases)
        {
            var source = Source(input.Input);
            var builtFrom = await BuiltFromAsync(flowCase, input, preview);
            if (builtFrom.Count == 0)
            {
                violations.Add($"no child property changes with {input.Input}: give the table an alternate that matters");
            }

            foreach (var child in children)
            {
                var expectsChild = false;
                foreach (var key in child.Object.Fields.Keys)
                {
                    var expected = builtFrom.Contains((child.Type, child.Name, key));
                    expectsChild |= expected;
                    var declared = child.DependenciesOf(key).Contains(source);
                    if (expected != declared)
                    {
                        violations.Add($"{child.Name}.{key} {(expected ? "is built from" : "is not built from")} {input.Input} but its propertyDependencies {(declared ? "list" : "lack")} {source}");
                    }
                }

                if (expectsChild != child.Dependencies.Contains(source))
                {
                    violations.Add($"{child.Name}: dependencies {(expectsChild ? "lack" : "wrongly list")} {source} of {input.Input}");
                }
            }

            if (unknownInputs.Contains(input.Input)
                && !builtFrom.Any(p => ContainsUnknown(monitor.Registration(p.Type, p.Name).Inputs().At(p.Key))))
            {
                violations.Add($"the unknown in {input.Input} reached no child property built from it");
            }
        }

        Assert.Empty(violations);
    }

    /// <summary>
    /// The child properties (type, name, key) that change when the input takes its alternate value. The
    /// alternate changes every part of the input, so whatever is built from any part changes; children
    /// are matched by type and registration order, since their names may derive from the input.
    /// </summary>
    private static async Task<HashSet<(string Type, string Name, string Key)>> BuiltFromAsync(string flowCase, FlowInput input, bool preview)
    {
        var component = DependencyFlowCases.ComponentOf(flowCase);
        var inputs = DependencyFlowCases.BaseInputs(flowCase);
        var before = await OracleAsync(component, inputs, preview);
        var after = await OracleAsync(component, inputs.Set(input.Input, input.Alternate), preview);
        Assert.Equal(before.Select(c => c.Type), after.Select(c => c.Type));
        var result = new HashSet<(string, string, string)>();
        for (var i = 0; i < before.Count; i++)
        {
            var (a, b) = (before[i].Object.Fields, after[i].Object.Fields);
            foreach (var key in a.Keys.Union(b.Keys))
            {
                if (!a.TryGetValue(key, out var x) || !b.TryGetValue(key, out var y) || !x.Equals(y))
                {
                    result.Add((before[i].Type, before[i].Name, key));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The children's registrations, in order, when the monitor's answers do not depend on what the
    /// children were given, so a difference between two runs is a child property built from the
    /// component input itself and not one that reached it through another child's outputs.
    /// </summary>
    private static async Task<IReadOnlyList<RegisterResourceRequest>> OracleAsync(string component, PropertyMap inputs, bool preview)
    {
        var monitor = new OracleMonitor(preview);
        var request = new ConstructRequest
        {
            Project = FakeResourceMonitor.Project,
            Stack = FakeResourceMonitor.Stack,
            DryRun = preview,
            Type = component,
            Name = "flow",
            Parent = FakeResourceMonitor.StackUrn,
            Inputs = PropertyCodec.ToStruct(inputs, PropertyCodecOptions.Default),
        };
        request.Config["aws:region"] = "us-west-2";
        await new ConstructHandler(ComponentCatalog.All, _ => monitor).ConstructAsync(request, ConstructCalls.Context(), CancellationToken.None);
        return monitor.Children;
    }

    private static ConstructRequest Request(
        FakeResourceMonitor monitor,
        string component,
        PropertyMap inputs,
        bool preview,
        bool outputValues,
        Dictionary<string, string[]> dependencies)
    {
        var request = ConstructCalls.Request(monitor, component, "flow", inputs, preview, dependencies);
        if (outputValues)
        {
            request.Inputs = PropertyCodec.ToStruct(inputs, PropertyCodecOptions.Default with { KeepOutputValues = true });
        }

        return request;
    }

    private static string Source(string input) => "urn:pulumi:dev::proj::test:index:Source::" + input;

    /// <summary>The value with its last leaf (depth first, keys in order) an output value depending on <paramref name="urn"/>.</summary>
    private static PropertyValue WrapLastLeaf(PropertyValue value, string urn) => value.Kind switch
    {
        PropertyValueKind.Array when value.ArrayValue.Length > 0 =>
            PropertyValue.Create(value.ArrayValue.SetItem(value.ArrayValue.Length - 1, WrapLastLeaf(value.ArrayValue[^1], urn))),
        PropertyValueKind.Object when value.ObjectValue.Count > 0 =>
            PropertyValue.Create(value.ObjectValue.Set(value.ObjectValue.Keys.Last(), WrapLastLeaf(value.ObjectValue[value.ObjectValue.Keys.Last()], urn))),
        PropertyValueKind.Computed => PropertyValue.Output(new OutputReference(null, IsSecret: false, [urn])),
        _ => PropertyValue.Output(new OutputReference(value, IsSecret: false, [urn])),
    };

    /// <summary>The value with the part at <paramref name="path"/> (<c>[0].address</c>, <c>""</c> for all) replaced.</summary>
    private static PropertyValue With(PropertyValue value, string path, PropertyValue replacement)
    {
        if (path.Length == 0)
        {
            return replacement;
        }

        if (path[0] == '[')
        {
            var close = path.IndexOf(']', StringComparison.Ordinal);
            var index = int.Parse(path[1..close], CultureInfo.InvariantCulture);
            var rest = path[(close + 1)..].TrimStart('.');
            return PropertyValue.Create(value.ArrayValue.SetItem(index, With(value.ArrayValue[index], rest, replacement)));
        }

        var end = path.IndexOfAny(['.', '[']);
        var key = end < 0 ? path : path[..end];
        var remainder = end < 0 ? string.Empty : path[end..].TrimStart('.');
        return PropertyValue.Create(value.ObjectValue.Set(key, With(value.ObjectValue[key], remainder, replacement)));
    }

    private static bool ContainsSecret(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.Secret => true,
        PropertyValueKind.Array => value.ArrayValue.Any(ContainsSecret),
        PropertyValueKind.Object => value.ObjectValue.Values.Any(ContainsSecret),
        _ => false,
    };

    private static bool ContainsUnknown(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.Computed => true,
        PropertyValueKind.Secret => ContainsUnknown(value.SecretValue),
        PropertyValueKind.Array => value.ArrayValue.Any(ContainsUnknown),
        PropertyValueKind.Object => value.ObjectValue.Values.Any(ContainsUnknown),
        _ => false,
    };

    /// <summary>In-process monitor whose answers depend only on each child's type and name.</summary>
    private sealed class OracleMonitor(bool preview) : IResourceMonitor
    {
        private readonly List<RegisterResourceRequest> _requests = [];

        public IReadOnlyList<RegisterResourceRequest> Children
        {
            get
            {
                lock (_requests)
                {
                    return [.. _requests.Where(r => r.Custom)];
                }
            }
        }

        public Task<bool> SupportsFeatureAsync(string feature, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<RegisterResourceResponse> RegisterResourceAsync(RegisterResourceRequest request, CancellationToken cancellationToken)
        {
            string identity;
            lock (_requests)
            {
                _requests.Add(request);
                identity = request.Type + "#" + _requests.Count(r => r.Type == request.Type);
            }

            // Not even the child's name, which may derive from an input: the type and how many came before.
            var response = new RegisterResourceResponse { Urn = "urn:oracle::" + request.Type + "::" + request.Name, Object = new Struct() };
            if (request.Custom && !preview)
            {
                response.Id = "id-" + identity;
                foreach (var (key, _) in FakeResourceMonitor.ComputedOutputs(request))
                {
                    response.Object.Fields[key] = Value.ForString("oracle:" + identity + ":" + key);
                }
            }

            return Task.FromResult(response);
        }

        public Task RegisterResourceOutputsAsync(string urn, Struct outputs, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
