using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Awsdirect.Integration.Tests.Engine;
using AwsEmulator;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Newtonsoft.Json.Linq;
using Pulumirpc;

namespace Awsdirect.Bench.Startup;

/// <summary>
/// Start-up and first-call figures of the plugin as the engine sees them, beside a hello-world app in the
/// same run: launch to the port line and to the first successful Handshake, the first Create in a fresh
/// process against a warm one, and the plugin's CPU per Check and Diff of each type against GetPluginInfo's.
/// The plugin is the real process (<c>AWSDIRECT_PLUGIN</c>, else the build next to this program); the
/// emulator runs in this process. Every driver path is run once before anything is timed, so the figures
/// are the plugin's, not this program's JIT.
/// </summary>
internal static class Program
{
    private const double HandshakeTarget = 3;
    private const double FirstCreateTargetMs = 20;
    private const double CpuTarget = 1.5;

    private static readonly Dictionary<string, string?> PluginEnvironment = new()
    {
        ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLEBENCH0002",
        ["AWS_SECRET_ACCESS_KEY"] = "bench-secret-key-not-real",
        ["AWS_SESSION_TOKEN"] = null,
        ["AWS_REGION"] = "us-east-2",
        ["AWS_DEFAULT_REGION"] = null,
        ["AWS_PROFILE"] = null,
        ["AWS_ENDPOINT_URL"] = null,
        ["AWS_ENDPOINT_URL_GROUNDSTATION"] = null,
        ["AWS_ENDPOINT_URL_CLOUDFRONT"] = null,
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_CONFIG_FILE"] = "/nonexistent/aws-config",
        ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/aws-credentials",
    };

    public static async Task<int> Main(string[] args)
    {
        string? hello = null;
        var runs = 11;
        var calls = 1000;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--hello" when i + 1 < args.Length:
                    hello = args[++i];
                    break;
                case "--runs" when i + 1 < args.Length:
                    runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--calls" when i + 1 < args.Length:
                    calls = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine("usage: Startup --hello <hello-world executable> [--runs 11] [--calls 1000]");
                    return 2;
            }
        }

        if (hello is null || !File.Exists(hello))
        {
            Console.Error.WriteLine("--hello must name the hello-world executable");
            return 2;
        }

        Console.WriteLine($"plugin: {PluginProcess.PluginPath}");
        Console.WriteLine($"load average at start (1, 5, 15 min): {LoadAverage()}; {Environment.ProcessorCount} cores; {runs} runs, {calls} calls per CPU figure");

        var helloMs = await HelloAsync(hello, runs);

        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { CloudFrontDeploymentDelay = TimeSpan.Zero });
        await using var engine = await FakeEngine.StartAsync();

        // One whole fresh-process cycle untimed: this program's own gRPC client, the emulator and the fake
        // engine are JIT-compiled here, not inside the first timed plugin.
        await FreshProcessAsync(engine, emulator.BaseAddress);

        var fresh = new List<FreshRun>();
        for (var run = 0; run < runs; run++)
        {
            fresh.Add(await FreshProcessAsync(engine, emulator.BaseAddress));
        }

        var cpu = await CpuAsync(engine, emulator.BaseAddress, calls);

        var port = Median(fresh.Select(r => r.PortMs));
        var handshake = Median(fresh.Select(r => r.HandshakeMs));
        var firstCreate = Median(fresh.Select(r => r.FirstCreateMs));
        var warmCreate = Median(fresh.Select(r => r.WarmCreateMs));
        var overhead = Median(fresh.Select(r => r.FirstCreateMs - r.WarmCreateMs));

        Console.WriteLine();
        Console.WriteLine(Invariant($"hello world launch to exit          {helloMs,8:0.0} ms (median of {runs})"));
        Console.WriteLine(Invariant($"plugin launch to port line          {port,8:0.0} ms"));
        Console.WriteLine(Invariant($"plugin launch to first Handshake    {handshake,8:0.0} ms = {handshake / helloMs:0.00}x hello world (target <= {HandshakeTarget}x): {Met(handshake <= HandshakeTarget * helloMs)}"));
        Console.WriteLine(Invariant($"first Create in a fresh process     {firstCreate,8:0.0} ms, warm Create {warmCreate:0.0} ms, overhead {overhead:0.0} ms (median of per-process differences; target <= {FirstCreateTargetMs} ms): {Met(overhead <= FirstCreateTargetMs)}"));
        Console.WriteLine();
        Console.WriteLine(Invariant($"plugin CPU per call (GetPluginInfo floor {cpu.FloorMs * 1000:0} us; target <= {CpuTarget}x):"));
        Console.WriteLine("type                                   Check us   x floor  Diff us   x floor");
        foreach (var row in cpu.Rows)
        {
            Console.WriteLine(Invariant(
                $"{row.Label,-38} {row.CheckMs * 1000,7:0}   {row.CheckMs / cpu.FloorMs,5:0.00}  {row.DiffMs * 1000,7:0}   {row.DiffMs / cpu.FloorMs,5:0.00}  {Met(row.CheckMs <= CpuTarget * cpu.FloorMs && row.DiffMs <= CpuTarget * cpu.FloorMs)}"));
        }

        Console.WriteLine();
        Console.WriteLine("runs:  port ms  handshake ms  first Create ms  warm Create ms");
        foreach (var r in fresh)
        {
            Console.WriteLine(Invariant($"      {r.PortMs,7:0.0}  {r.HandshakeMs,12:0.0}  {r.FirstCreateMs,15:0.0}  {r.WarmCreateMs,14:0.0}"));
        }

        Console.WriteLine($"load average at end (1, 5, 15 min): {LoadAverage()}");
        return 0;
    }

    /// <summary>Launch to exit of the hello-world app, median of <paramref name="runs"/> after one untimed launch.</summary>
    private static async Task<double> HelloAsync(string path, int runs)
    {
        var times = new List<double>();
        for (var run = -1; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })
                ?? throw new InvalidOperationException($"Could not start {path}.");
            var output = process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (process.ExitCode != 0 || !(await output).Contains("Hello", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{path} did not say hello.");
            }

            if (run >= 0)
            {
                times.Add(elapsed);
            }
        }

        return Median(times);
    }

    /// <summary>
    /// A fresh plugin as one <c>pulumi up</c> starts it: launch, port line, Handshake, configure, then Check and
    /// Create of a Ground Station config; then the same five more times in that process, the warm Create being
    /// the median of those. The configs are deleted again.
    /// </summary>
    private static async Task<FreshRun> FreshProcessAsync(FakeEngine engine, Uri emulator)
    {
        var clock = Stopwatch.StartNew();
        await using var plugin = await PluginProcess.StartAsync(engine.Address, PluginEnvironment);
        var port = clock.Elapsed.TotalMilliseconds;
        using var provider = new ProviderClient(plugin.Address);
        await provider.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = engine.Address });
        var handshake = clock.Elapsed.TotalMilliseconds;
        await ConfigureAsync(provider, emulator);

        var creates = new List<double>();
        var created = new List<Created>();
        for (var i = 0; i < 6; i++)
        {
            var resource = Resources.Config(Resources.Suffix());
            var inputs = await CheckAsync(provider, resource);
            var start = clock.Elapsed.TotalMilliseconds;
            var response = await provider.CreateAsync(new CreateRequest { Urn = resource.Urn, Name = resource.Name, Type = resource.Type, Properties = inputs });
            creates.Add(clock.Elapsed.TotalMilliseconds - start);
            created.Add(new Created(resource, response.Id, inputs, response.Properties));
        }

        foreach (var resource in created)
        {
            await DeleteAsync(provider, resource);
        }

        return new FreshRun(port, handshake, creates[0], Median(creates.Skip(1)));
    }

    /// <summary>
    /// The plugin's own CPU (user + system, from /proc) per call, for <paramref name="calls"/> calls one at a time
    /// after as many untimed ones: GetPluginInfo, the cheapest call there is (the gRPC floor), then Check and Diff
    /// of every type. Diff compares against the state a real Create returned, with one input changed.
    /// </summary>
    private static async Task<CpuResult> CpuAsync(FakeEngine engine, Uri emulator, int calls)
    {
        await using var plugin = await PluginProcess.StartAsync(engine.Address, PluginEnvironment);
        using var provider = new ProviderClient(plugin.Address);
        await provider.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = engine.Address });
        await ConfigureAsync(provider, emulator);

        var floor = await CpuPerCallAsync(plugin.ProcessId, calls, () => provider.GetPluginInfoAsync());

        var suffix = Resources.Suffix();
        var tracking = await CreateAsync(provider, Resources.TrackingConfig(suffix));
        var demod = await CreateAsync(provider, Resources.DemodDecodeConfig(suffix));
        var receiver = await CreateAsync(provider, Resources.DataflowEndpointConfig(suffix));
        var created = new List<(string Label, Created Resource)>
        {
            ("Config (tracking)", tracking),
            ("Config (antenna downlink demod/decode)", demod),
            ("Config (dataflow endpoint)", receiver),
            ("DataflowEndpointGroup", await CreateAsync(provider, Resources.EndpointGroup(suffix))),
            ("DataflowEndpointGroupV2", await CreateAsync(provider, Resources.EndpointGroupV2(suffix))),
            ("MissionProfile", await CreateAsync(provider, Resources.MissionProfile(suffix, Arn(tracking), Arn(demod), Arn(receiver)))),
            ("ConnectionGroup", await CreateAsync(provider, Resources.ConnectionGroup(suffix))),
            ("AnycastIpList", await CreateAsync(provider, Resources.AnycastIpList(suffix))),
        };

        var rows = new List<CpuRow>();
        foreach (var (label, resource) in created)
        {
            var news = StructJson.ToStruct(resource.Resource.Changed());
            var check = new CheckRequest
            {
                Urn = resource.Resource.Urn,
                Name = resource.Resource.Name,
                Type = resource.Resource.Type,
                Olds = resource.Inputs,
                News = StructJson.ToStruct(resource.Resource.Program),
                RandomSeed = ByteString.CopyFrom(new byte[32]),
            };
            var checkedNews = (await provider.CheckAsync(new CheckRequest(check) { News = news })).Inputs;
            var diff = new DiffRequest
            {
                Id = resource.Id,
                Urn = resource.Resource.Urn,
                Name = resource.Resource.Name,
                Type = resource.Resource.Type,
                Olds = resource.Outputs,
                OldInputs = resource.Inputs,
                News = checkedNews,
            };
            var checkMs = await CpuPerCallAsync(plugin.ProcessId, calls, () => provider.CheckAsync(check));
            var diffMs = await CpuPerCallAsync(plugin.ProcessId, calls, async () =>
            {
                var answer = await provider.DiffAsync(diff);
                if (answer.Changes != DiffResponse.Types.DiffChanges.DiffSome)
                {
                    throw new InvalidOperationException($"Diff of {label} found no change.");
                }

                return answer;
            });
            rows.Add(new CpuRow(label, checkMs, diffMs));
        }

        foreach (var (_, resource) in created.AsEnumerable().Reverse())
        {
            await DeleteAsync(provider, resource);
        }

        return new CpuResult(floor, rows);
    }

    private static async Task<double> CpuPerCallAsync<T>(int pid, int calls, Func<Task<T>> call)
    {
        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        var before = ThreadCpu(pid);
        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        var after = ThreadCpu(pid);
        var nanoseconds = after.Sum(t => t.Value - before.GetValueOrDefault(t.Key));
        return nanoseconds / 1e6 / calls;
    }

    /// <summary>
    /// CPU time of each of the process's threads so far, in nanoseconds (<c>/proc/PID/task/TID/schedstat</c>):
    /// exact where /proc/PID/stat counts 10 ms ticks. A thread that ends between two readings loses its
    /// share, which only lowers a figure; the server's threads live as long as the calls keep coming.
    /// </summary>
    private static Dictionary<int, long> ThreadCpu(int pid)
    {
        var threads = new Dictionary<int, long>();
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                var fields = File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ');
                threads[int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture)] = long.Parse(fields[0], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The thread ended while the directory was read.
            }
        }

        return threads;
    }

    private static async Task<Struct> CheckAsync(ProviderClient provider, BenchResource resource)
    {
        var check = await provider.CheckAsync(new CheckRequest
        {
            Urn = resource.Urn,
            Name = resource.Name,
            Type = resource.Type,
            Olds = new Struct(),
            News = StructJson.ToStruct(resource.Program),
            RandomSeed = ByteString.CopyFrom(RandomNumberGenerator.GetBytes(32)),
        });
        return check.Failures.Count == 0
            ? check.Inputs
            : throw new InvalidOperationException($"Check of {resource.Type} failed: " + string.Join("; ", check.Failures.Select(f => $"{f.Property}: {f.Reason}")));
    }

    private static async Task<Created> CreateAsync(ProviderClient provider, BenchResource resource)
    {
        var inputs = await CheckAsync(provider, resource);
        var response = await provider.CreateAsync(new CreateRequest { Urn = resource.Urn, Name = resource.Name, Type = resource.Type, Properties = inputs });
        return new Created(resource, response.Id, inputs, response.Properties);
    }

    private static async Task DeleteAsync(ProviderClient provider, Created resource) =>
        await provider.DeleteAsync(new DeleteRequest
        {
            Id = resource.Id,
            Urn = resource.Resource.Urn,
            Name = resource.Resource.Name,
            Type = resource.Resource.Type,
            Properties = resource.Outputs,
            OldInputs = resource.Inputs,
        });

    private static string Arn(Created resource) =>
        (string?)StructJson.ToJson(resource.Outputs)["arn"] ?? throw new InvalidOperationException($"{resource.Resource.Type} has no arn.");

    private static async Task ConfigureAsync(ProviderClient provider, Uri emulator)
    {
        var endpoint = emulator.ToString().TrimEnd('/');
        var config = new JObject { ["endpoints"] = new JObject { ["groundstation"] = endpoint, ["cloudfront"] = endpoint }, ["version"] = "0.1.0" };
        var checkedConfig = await provider.CheckConfigAsync(new CheckRequest
        {
            Urn = "urn:pulumi:bench::startup::pulumi:providers:awsdirect::default",
            Name = "default",
            Type = "pulumi:providers:awsdirect",
            Olds = new Struct(),
            News = StructJson.ToStruct(config),
        });
        if (checkedConfig.Failures.Count > 0)
        {
            throw new InvalidOperationException("CheckConfig failed: " + string.Join("; ", checkedConfig.Failures.Select(f => $"{f.Property}: {f.Reason}")));
        }

        await provider.ConfigureAsync(new ConfigureRequest
        {
            Args = checkedConfig.Inputs,
            AcceptSecrets = true,
            AcceptResources = true,
            SendsOldInputs = true,
            SendsOldInputsToDelete = true,
        });
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Met(bool met) => met ? "met" : "NOT MET";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string LoadAverage()
    {
        try
        {
            return string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private sealed record FreshRun(double PortMs, double HandshakeMs, double FirstCreateMs, double WarmCreateMs);

    private sealed record CpuRow(string Label, double CheckMs, double DiffMs);

    private sealed record CpuResult(double FloorMs, IReadOnlyList<CpuRow> Rows);

    private sealed record Created(BenchResource Resource, string Id, Struct Inputs, Struct Outputs);
}
