using System.Reflection;
using Awsdirect.Provider.Protocol.Properties;
using YamlDotNet.RepresentationModel;

namespace Awsdirect.Provider.Tests.Examples;

/// <summary>
/// The flagship program (root Pulumi.yaml) and every program under examples/ must pass what
/// <c>pulumi preview</c> checks before any AWS call: known types and properties, required inputs, the
/// resources' own Check rules, and references to things the program declares.
/// </summary>
public sealed class ExamplesTests
{
    private static readonly string RepositoryRoot = typeof(ExamplesTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepositoryRoot").Value!;

    private static readonly Lazy<ProgramChecker> Checker = new(() => new ProgramChecker());

    /// <summary>Repository-relative paths of every Pulumi YAML program to check.</summary>
    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string> { "Pulumi.yaml" };
        foreach (var folder in Directory.GetDirectories(Path.Combine(RepositoryRoot, "examples")).Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(folder, "Pulumi.yaml");
            if (File.Exists(file))
            {
                data.Add(Path.GetRelativePath(RepositoryRoot, file));
            }
        }

        return data;
    }

    [Fact]
    public void ExamplesFolder_EveryExampleHasItsOwnPulumiYaml()
    {
        // examples/ci holds CI workflows (checked by Diagram/CiWorkflowTests), not a program.
        var folders = Directory.GetDirectories(Path.Combine(RepositoryRoot, "examples"))
            .Select(Path.GetFileName)
            .Where(f => f != "ci")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Superset(new HashSet<string?> { "connection-group", "ec2-downlink", "jpss1-s3-delivery" }, folders.ToHashSet());
        Assert.All(folders, f => Assert.True(File.Exists(Path.Combine(RepositoryRoot, "examples", f!, "Pulumi.yaml")), $"examples/{f} has no Pulumi.yaml"));
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_IsAYamlProgramWithResourcesAndOutputs(string file)
    {
        var program = Load(file);

        Assert.Equal("yaml", program.Runtime);
        Assert.False(string.IsNullOrEmpty(program.Name));
        Assert.NotEmpty(program.Resources);
        Assert.IsType<YamlMappingNode>(program.Root.Get("outputs"));
        Assert.Empty(program.Problems);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_UsesOnlyKnownTypesPropertiesAndRequiredInputs(string file)
    {
        var failures = Checker.Value.CheckSchema(Load(file));

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_ReferencesOnlyDeclaredResourcesConfigAndOutputs(string file)
    {
        var failures = Checker.Value.CheckReferences(Load(file));

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task Program_PassesEveryResourcesOwnCheck(string file)
    {
        var program = Load(file);

        var result = await Checker.Value.CheckWithHandlersAsync(program);

        Assert.True(result.Failures.Count == 0, string.Join(Environment.NewLine, result.Failures));

        // Every custom resource was Checked, and every component registered children of ours that were.
        foreach (var resource in program.Resources)
        {
            Assert.Contains(result.Checked, c => c == $"{resource.Type} {resource.Name}" || c.Contains($" {resource.Name}/", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_LoadsTheLocallyBuiltPlugin(string file)
    {
        var program = Load(file);
        var providers = Assert.IsType<YamlSequenceNode>((program.Root.Get("plugins") as YamlMappingNode)?.Get("providers"));
        var awsdirect = Assert.Single(providers.Children.OfType<YamlMappingNode>(), p => (p.Get("name") as YamlScalarNode)?.Text() == "awsdirect");
        var path = Assert.IsType<YamlScalarNode>(awsdirect.Get("path")).Text();

        var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.Combine(RepositoryRoot, file))!, path));

        Assert.Equal(Path.GetFullPath(Path.Combine(RepositoryRoot, "provider", "bin", "plugin")), resolved.TrimEnd('/'));
    }

    [Fact]
    public void RunLocalScript_BuildsThePluginWhereTheProgramsLoadIt()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryRoot, "examples", "run-local.sh"));

        Assert.Contains("plugin_dir=$repo/provider/bin/plugin", script, StringComparison.Ordinal);
        Assert.Contains("-o \"$plugin_dir\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void FlagshipProgram_UsesOnlyResourcesTheEmulatorServes()
    {
        // The main job runs against tests/AwsEmulator, which has no S3 or IAM: only our own custom
        // resources, no component that creates AWS classic resources.
        var program = Load("Pulumi.yaml");
        var registered = Checker.Value.Registrations.Select(r => r.Token).ToHashSet(StringComparer.Ordinal);

        Assert.All(program.Resources, r => Assert.Contains(r.Type, registered));
        Assert.Contains(program.Resources, r => r.Type == "awsdirect:groundstation:MissionProfile");
    }

    [Fact]
    public void FlagshipProgram_WiresTheMissionProfileFromTheConfigsArns()
    {
        var program = Load("Pulumi.yaml");
        program.Inputs(program.Resources.Single(r => r.Type == "awsdirect:groundstation:MissionProfile"));

        var fromProfile = program.References.Where(r => r.Path.StartsWith("resources.missionProfile.properties", StringComparison.Ordinal)).ToList();

        Assert.Contains(fromProfile, r => r.Path.EndsWith(".trackingConfigArn", StringComparison.Ordinal) && r.Root == "tracking" && r.Property == "arn");
        Assert.Contains(fromProfile, r => r.Path.EndsWith("dataflowEdges[0].source", StringComparison.Ordinal) && r.Root == "demodDecode" && r.Property == "arn");
        Assert.Contains(fromProfile, r => r.Path.EndsWith("dataflowEdges[0].destination", StringComparison.Ordinal) && r.Root == "receiverConfig" && r.Property == "arn");
    }

    [Fact]
    public void FlagshipProgram_DemodDecodeJsonIsTheJpss1XBandQpskDownlink()
    {
        var program = Load("Pulumi.yaml");
        var config = program.Inputs(program.Resources.Single(r => r.Name == "demodDecode"))["configData"].ObjectValue["antennaDownlinkDemodDecodeConfig"].ObjectValue;
        var spectrum = config["spectrumConfig"].ObjectValue;
        var demod = Newtonsoft.Json.Linq.JObject.Parse(config["demodulationConfig"].ObjectValue["unvalidatedJSON"].StringValue);

        Assert.Equal(7812, spectrum["centerFrequency"].ObjectValue["value"].NumberValue);
        Assert.Equal(30, spectrum["bandwidth"].ObjectValue["value"].NumberValue);
        Assert.Equal("RIGHT_HAND", spectrum["polarization"].StringValue);
        Assert.Equal("QPSK", (string?)demod["type"]);
        Assert.Equal(7812, (double)demod.SelectToken("qpsk.carrierFrequencyRecovery.centerFrequency.value")!);
    }

    // The checks above can fail: each of these programs breaks one rule and must be reported.

    [Fact]
    public void CheckSchema_UnknownTypeToken_IsReported()
    {
        var failures = Checker.Value.CheckSchema(Inline("""
            resources:
              thing:
                type: awsdirect:groundstation:Satellite
                properties:
                  name: x
            """));

        Assert.Contains(failures, f => f.Contains("awsdirect:groundstation:Satellite", StringComparison.Ordinal) && f.Contains("not in the awsdirect package schema", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckSchema_MisspelledNestedProperty_IsReportedWithItsPath()
    {
        var failures = Checker.Value.CheckSchema(Inline("""
            resources:
              group:
                type: awsdirect:groundstation:DataflowEndpointGroup
                properties:
                  endpointDetails:
                    - endpoint:
                        name: rx
                        adress:
                          name: 198.51.100.20
                          port: 55888
                      securityDetails:
                        subnetIds: [subnet-0a1b2c3d4e5f60718]
                        securityGroupIds: [sg-0f1e2d3c4b5a69788]
                        roleArn: arn:aws:iam::123456789012:role/r
            """));

        Assert.Contains(failures, f => f.Contains("properties.endpointDetails[0].endpoint.adress: not an input here", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckSchema_MissingRequiredInputAndWrongKind_AreReported()
    {
        var failures = Checker.Value.CheckSchema(Inline("""
            resources:
              group:
                type: awsdirect:groundstation:DataflowEndpointGroup
                properties:
                  contactPrePassDurationSeconds: soon
            """));

        Assert.Contains(failures, f => f.Contains("required input 'endpointDetails' is missing", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("contactPrePassDurationSeconds: expected an integer", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckReferences_UndeclaredResourceAndMissingOutput_AreReported()
    {
        var failures = Checker.Value.CheckReferences(Inline("""
            resources:
              group:
                type: awsdirect:groundstation:DataflowEndpointGroup
                properties:
                  endpointDetails: []
            outputs:
              a: ${nothing.arn}
              b: ${group.colour}
              c: ${group.arn}
            """));

        Assert.Contains(failures, f => f.Contains("${nothing.arn}", StringComparison.Ordinal) && f.Contains("'nothing' is no resource", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("${group.colour}", StringComparison.Ordinal) && f.Contains("no output 'colour'", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("${group.arn}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckWithHandlers_RuleTheHandlerEnforces_IsReported()
    {
        // Well-typed, so only the handler's own rules can object: the security group id is malformed.
        var failures = (await Checker.Value.CheckWithHandlersAsync(Inline("""
            resources:
              group:
                type: awsdirect:groundstation:DataflowEndpointGroup
                properties:
                  endpointDetails:
                    - endpoint:
                        name: rx
                        address:
                          name: 198.51.100.20
                          port: 55888
                      securityDetails:
                        subnetIds: [subnet-0a1b2c3d4e5f60718]
                        securityGroupIds: [group-one]
                        roleArn: arn:aws:iam::123456789012:role/r
            """))).Failures;

        Assert.Contains(failures, f => f.Contains("endpointDetails[0].securityDetails.securityGroupIds[0]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckWithHandlers_ComponentWithBadInputs_IsReported()
    {
        var failures = (await Checker.Value.CheckWithHandlersAsync(Inline("""
            resources:
              mission:
                type: awsdirect:missions:DownlinkMission
                properties:
                  centerFrequency:
                    value: 12000
                    units: MHz
                  bandwidth:
                    value: 15
                    units: MHz
                  endpoints:
                    - name: rx
                      address: 198.51.100.20
                      port: 55888
                  subnetIds: [subnet-0a1b2c3d4e5f60718]
                  securityGroupIds: [sg-0f1e2d3c4b5a69788]
                  roleArn: arn:aws:iam::123456789012:role/r
            """))).Failures;

        Assert.Contains(failures, f => f.Contains("awsdirect:missions:DownlinkMission", StringComparison.Ordinal) && f.Contains("centerFrequency", StringComparison.Ordinal));
    }

    [Fact]
    public void Inputs_InterpolationsAreUnknownUnlessTheyNameAConfigDefault()
    {
        var program = Inline("""
            config:
              port:
                type: integer
                default: 55888
              address:
                type: string
                default: 198.51.100.20
              secretKey:
                type: string
            resources:
              r:
                type: awsdirect:groundstation:Config
                properties:
                  a: ${port}
                  b: ${address}:${port}
                  c: ${secretKey}
                  d: ${other.arn}
                  e: $${literal}
                  f:
                    fn::toJSON:
                      value: 7812
                      rate: 0.5
                      list: [a, true]
            """);

        var inputs = program.Inputs(program.Resources.Single());

        Assert.Equal(55888, inputs["a"].NumberValue);
        Assert.Equal("198.51.100.20:55888", inputs["b"].StringValue);
        Assert.True(inputs["c"].IsComputed);
        Assert.True(inputs["d"].IsComputed);
        Assert.Equal("${literal}", inputs["e"].StringValue);
        // Keys sorted, as Pulumi YAML's encoder (Go's, over a map) writes them.
        Assert.Equal("""{"list":["a",true],"rate":0.5,"value":7812}""", inputs["f"].StringValue);
    }

    [Fact]
    public void Inputs_ToJsonOfAnUnknown_IsUnknown()
    {
        var program = Inline("""
            resources:
              r:
                type: awsdirect:groundstation:Config
                properties:
                  f:
                    fn::toJSON:
                      arn: ${other.arn}
            """);

        Assert.Equal(PropertyValueKind.Computed, program.Inputs(program.Resources.Single())["f"].Kind);
    }

    private static PulumiYamlProgram Load(string file) => PulumiYamlProgram.Load(Path.Combine(RepositoryRoot, file));

    private static PulumiYamlProgram Inline(string body) =>
        PulumiYamlProgram.Parse("inline/Pulumi.yaml", "name: inline\nruntime: yaml\n" + body + "\n");
}
