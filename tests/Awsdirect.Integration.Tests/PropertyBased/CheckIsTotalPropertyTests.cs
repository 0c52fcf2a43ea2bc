using System.Diagnostics;
using System.Globalization;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.Common;
using CsCheck;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace Awsdirect.Integration.Tests.PropertyBased;

/// <summary>
/// Check is total, over generated programs for every type and config kind:
/// <list type="bullet">
/// <item>every valid program passes Check and then Create, a no-op Diff, Read (refresh), a Diff after
/// it, import (Read by id alone, Check against what it read) and a Diff after that, all without a
/// change, and Delete, against the emulator over real HTTP;</item>
/// <item>every program with one constraint broken is refused at Check, naming the broken property's
/// path, and makes no AWS call.</item>
/// </list>
/// A run is reproducible from the seed it prints: set <c>AWSDIRECT_PROPERTY_SEED</c> to it (and
/// <c>AWSDIRECT_PROPERTY_CASES</c> to change the count). Counts are bounded so the suite stays fast.
/// </summary>
public sealed class CheckIsTotalPropertyTests(PropertyWorld world, ITestOutputHelper output) : IClassFixture<PropertyWorld>
{
    private const int DefaultCases = 1000;

    private static readonly string[] Types =
    [
        "awsdirect:groundstation:Config", "awsdirect:groundstation:DataflowEndpointGroup", "awsdirect:groundstation:DataflowEndpointGroupV2",
        "awsdirect:groundstation:MissionProfile", "awsdirect:cloudfront:ConnectionGroup",
    ];

    [Fact]
    public async Task ValidPrograms_SurviveEveryStepWithoutDiff()
    {
        var (seed, pcg, count) = Start("valid");
        var stopwatch = Stopwatch.StartNew();
        var perType = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var (type, program) = Generate(new CaseRandom(pcg), i);
            perType[Label(type, program)] = perType.GetValueOrDefault(Label(type, program)) + 1;
            try
            {
                await LifecycleAsync(type, $"r{i}", program, i);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException(
                    $"valid case {i} of seed {seed} ({type}) failed: {ex.Message}\nprogram: {program.ToString(Newtonsoft.Json.Formatting.None)}\n{ex}");
            }
        }

        output.WriteLine($"valid cases: {count} in {stopwatch.Elapsed.TotalSeconds:F1} s (seed {seed}); per type: " +
            string.Join(", ", perType.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")));
    }

    [Fact]
    public async Task MutatedPrograms_RefusedAtCheckNamingThePropertyWithoutAwsCalls()
    {
        var (seed, pcg, count) = Start("mutated");
        var stopwatch = Stopwatch.StartNew();
        var perKind = new Dictionary<string, int>(StringComparer.Ordinal);
        var callsBefore = world.Emulator.Calls.Count;
        var done = 0;
        for (var i = 0; done < count; i++)
        {
            var r = new CaseRandom(pcg);
            var (type, program) = Generate(r, i);
            if (Mutations.Pick(r, type, program) is not { } mutation)
            {
                continue;
            }

            var news = PropertyJson.FromJObject(mutation.Program);
            var check = await world.CheckAsync(type, $"m{i}", PropertyMap.Empty, news, Seed(i));
            if (!check.Failures.Any(f => f.Property == mutation.Path))
            {
                throw new Xunit.Sdk.XunitException(
                    $"mutated case {i} of seed {seed} ({type}, {mutation.Kind} at {mutation.Path}) was not refused at that path; failures: " +
                    $"[{string.Join("; ", check.Failures.Select(f => $"{f.Property}: {f.Reason}"))}]\nprogram: {mutation.Program.ToString(Newtonsoft.Json.Formatting.None)}");
            }

            perKind[mutation.Kind] = perKind.GetValueOrDefault(mutation.Kind) + 1;
            done++;
        }

        Assert.Equal(callsBefore, world.Emulator.Calls.Count);
        output.WriteLine($"mutated cases: {done} in {stopwatch.Elapsed.TotalSeconds:F1} s (seed {seed}), 0 AWS calls; per mutation: " +
            string.Join(", ", perKind.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")));
    }

    private (string Seed, PCG Pcg, int Count) Start(string suite)
    {
        var fixedSeed = Environment.GetEnvironmentVariable("AWSDIRECT_PROPERTY_SEED");
        var pcg = string.IsNullOrEmpty(fixedSeed) ? new PCG((uint)Random.Shared.Next(), (ulong)Random.Shared.NextInt64()) : PCG.Parse(fixedSeed);
        var seed = pcg.ToString();
        var count = int.TryParse(Environment.GetEnvironmentVariable("AWSDIRECT_PROPERTY_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : DefaultCases;

        // Printed first, so even a run that hangs or crashes can be replayed.
        output.WriteLine($"{suite}: seed {seed} (replay with AWSDIRECT_PROPERTY_SEED={seed}), {count} cases");
        Console.Error.WriteLine($"property suite {suite}: seed {seed}");
        return (seed, pcg, count);
    }

    private (string Type, JObject Program) Generate(CaseRandom r, int index)
    {
        var cases = new ModelCases(r, world.Pool);
        var type = Types[index % Types.Length];
        return (type, type switch
        {
            "awsdirect:groundstation:Config" => cases.Config(ModelCases.Kinds[(index / Types.Length) % ModelCases.Kinds.Length], index),
            "awsdirect:groundstation:DataflowEndpointGroup" => cases.EndpointGroup(index),
            "awsdirect:groundstation:DataflowEndpointGroupV2" => cases.EndpointGroupV2(index),
            "awsdirect:groundstation:MissionProfile" => cases.MissionProfile(index),
            _ => cases.ConnectionGroup(index),
        });
    }

    private async Task LifecycleAsync(string type, string name, JObject json, int index)
    {
        var handler = world.Handlers[type];
        var urn = PropertyWorld.Urn(type, name);
        var program = PropertyJson.FromJObject(json);

        var check = await world.CheckAsync(type, name, PropertyMap.Empty, program, Seed(index));
        NoFailures("check", check);
        var created = await handler.CreateAsync(new CreateRequest(urn, check.Inputs, Preview: false), CancellationToken.None);
        Assert.False(string.IsNullOrEmpty(created.Id));

        var again = await world.CheckAsync(type, name, check.Inputs, program, Seed(index + 1));
        NoFailures("re-check", again);
        NoDiff("no-op diff", await world.DiffAsync(type, name, created.Id, created.Outputs, check.Inputs, again.Inputs));

        var refreshed = await handler.ReadAsync(new ReadRequest(urn, created.Id, created.Outputs, check.Inputs), CancellationToken.None);
        Assert.Equal(created.Id, refreshed.Id);
        NoDiff("diff after refresh", await world.DiffAsync(type, name, created.Id, refreshed.Outputs, refreshed.Inputs, again.Inputs));

        var importId = type.EndsWith(":Config", StringComparison.Ordinal) ? created.Outputs["arn"].StringValue : created.Id;
        var imported = await handler.ReadAsync(new ReadRequest(urn, importId, PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None);
        Assert.Equal(created.Id, imported.Id);
        var importCheck = await world.CheckAsync(type, name, imported.Inputs, program, Seed(index + 2));
        NoFailures("check after import", importCheck);
        NoDiff("diff after import", await world.DiffAsync(type, name, imported.Id!, imported.Outputs, imported.Inputs, importCheck.Inputs));

        await handler.DeleteAsync(new DeleteRequest(urn, created.Id, refreshed.Outputs, check.Inputs), CancellationToken.None);
        var gone = await handler.ReadAsync(new ReadRequest(urn, created.Id, refreshed.Outputs, check.Inputs), CancellationToken.None);
        Assert.Null(gone.Id);
    }

    private static void NoFailures(string step, CheckResult result)
    {
        if (result.Failures.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"{step} refused a valid program: {string.Join("; ", result.Failures.Select(f => $"{f.Property}: {f.Reason}"))}");
        }
    }

    private static void NoDiff(string step, DiffResult diff)
    {
        if (diff.Changes != DiffChanges.None)
        {
            throw new Xunit.Sdk.XunitException($"{step} reported changes: {string.Join(", ", diff.DetailedDiff.Select(d => $"{d.Key} {d.Value.Kind}"))} (replaces: {string.Join(", ", diff.Replaces)})");
        }
    }

    private static string Label(string type, JObject program) =>
        type.EndsWith(":Config", StringComparison.Ordinal) ? "Config/" + ((JObject)program["configData"]!).Properties().First().Name : type[(type.LastIndexOf(':') + 1)..];

    private static byte[] Seed(int index) => BitConverter.GetBytes(index);
}
