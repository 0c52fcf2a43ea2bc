using System.Globalization;
using System.Security.Cryptography;
using Awsdirect.Integration.Tests.Engine;
using AwsEmulator;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Newtonsoft.Json.Linq;
using Pulumirpc;

namespace Awsdirect.Bench.DeploymentLag;

/// <summary>
/// How late the plugin's Create answers after CloudFront reports a connection group (and an Anycast
/// static IP list) deployed, for several deployment durations. The emulator runs in this process on
/// the system clock; the plugin is the real process, started and driven over gRPC as the engine does.
/// "Deployed at" is read from the emulator's call log (<c>GET /_emulator/calls</c>): the create's
/// <c>receivedAt</c> plus the deployment delay, the moment the emulator starts answering Deployed
/// (the create is committed a fraction of a millisecond after it arrives, so the lag printed is, if
/// anything, that much too large). The status calls are the Get calls the plugin's waiter made.
/// </summary>
internal static class Program
{
    private const string GroupType = "awsdirect:cloudfront:ConnectionGroup";
    private const string ListType = "awsdirect:cloudfront:AnycastIpList";
    private const double TargetLagSeconds = 5;

    private static readonly Dictionary<string, string?> PluginEnvironment = new()
    {
        ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLEBENCH0001",
        ["AWS_SECRET_ACCESS_KEY"] = "bench-secret-key-not-real",
        ["AWS_SESSION_TOKEN"] = null,
        ["AWS_REGION"] = "us-east-1",
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
        // 3, 10 and 30 s fall on the waiter's poll times (1, 3, 6, 10, 14, ... s after the write); the same
        // durations 0.2 s later deploy just after a poll, the worst phase, so the next poll decides the lag.
        var deployments = new List<double> { 3, 10, 30, 3.2, 10.2, 30.2 };
        var runs = 1;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--deployments" when i + 1 < args.Length:
                    deployments = [.. args[++i].Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture))];
                    break;
                case "--runs" when i + 1 < args.Length:
                    runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine("usage: DeploymentLag [--deployments 3,10,30,3.2,10.2,30.2] [--runs 1]");
                    return 2;
            }
        }

        Console.WriteLine($"load average (1, 5, 15 min): {LoadAverage()}; {Environment.ProcessorCount} cores");
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions());
        using var control = new HttpClient { BaseAddress = emulator.BaseAddress };
        await using var engine = await FakeEngine.StartAsync();
        await using var plugin = await PluginProcess.StartAsync(engine.Address, PluginEnvironment);
        using var provider = new ProviderClient(plugin.Address);
        await provider.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = engine.Address });
        await ConfigureAsync(provider, emulator.BaseAddress);

        var results = new List<Measurement>();
        Console.WriteLine();
        Console.WriteLine("resource         deploys  lag      status calls  waited   calls/min  seen by poll  poll->answer");
        foreach (var seconds in deployments)
        {
            for (var run = 1; run <= runs; run++)
            {
                await SetDeploymentDelayAsync(control, TimeSpan.FromSeconds(seconds));
                (await control.DeleteAsync(new Uri("_emulator/calls", UriKind.Relative))).EnsureSuccessStatusCode();
                var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));

                // Both at once, as the engine creates independent resources in parallel.
                var group = CreateAsync(provider, GroupType, "group", JObject.FromObject(new { name = $"lag-{suffix}", enabled = true }));
                var list = CreateAsync(provider, ListType, "list", JObject.FromObject(new { name = $"lag-{suffix}", ipCount = 3 }));
                var created = await Task.WhenAll(group, list);
                var calls = await CallsAsync(control);

                // Clean up on instant deployments so the next round starts from an empty log.
                await SetDeploymentDelayAsync(control, TimeSpan.Zero);
                foreach (var resource in created)
                {
                    await provider.DeleteAsync(new DeleteRequest
                    {
                        Id = resource.Id,
                        Urn = resource.Urn,
                        Name = resource.Name,
                        Type = resource.Type,
                        Properties = resource.Outputs,
                        OldInputs = resource.Inputs,
                    });
                }

                foreach (var (resource, label, create, status) in new[]
                {
                    (created[0], "ConnectionGroup", "CreateConnectionGroup", "GetConnectionGroup"),
                    (created[1], "AnycastIpList", "CreateAnycastIpList", "GetAnycastIpList"),
                })
                {
                    var measured = Measure(label, seconds, resource, calls, create, status);
                    results.Add(measured);
                    Console.WriteLine(measured.Row());
                }
            }
        }

        Console.WriteLine();
        var worst = results.MaxBy(r => r.Lag)!;
        var met = results.All(r => r.Lag.TotalSeconds <= TargetLagSeconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"worst lag {worst.Lag.TotalSeconds:0.00} s ({worst.Resource}, {worst.DeploySeconds} s deployment); target <= {TargetLagSeconds:0} s at every duration: {(met ? "met" : "NOT MET")}"));
        Console.WriteLine("lag = plugin's Create answer - moment the emulator reports Deployed (create receivedAt + delay)");
        Console.WriteLine("waited = Create answer - the create call's answer; seen by poll = first Deployed answer - Deployed moment");
        foreach (var line in engine.Logs.Where(l => l.Message.Contains(" is deployed (", StringComparison.Ordinal)).Select(l => l.Message).Distinct())
        {
            Console.WriteLine("plugin log: " + line);
        }

        return met ? 0 : 1;
    }

    private static async Task ConfigureAsync(ProviderClient provider, Uri emulator)
    {
        var endpoint = emulator.ToString().TrimEnd('/');
        var config = JObject.FromObject(new { endpoints = new { groundstation = endpoint, cloudfront = endpoint }, version = "0.1.0" });
        var checkedConfig = await provider.CheckConfigAsync(new CheckRequest
        {
            Urn = "urn:pulumi:bench::lag::pulumi:providers:awsdirect::default",
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

    /// <summary>Check, then a timed Create (no custom timeout: the plugin's default applies).</summary>
    private static async Task<Created> CreateAsync(ProviderClient provider, string type, string name, JObject program)
    {
        var urn = $"urn:pulumi:bench::lag::{type}::{name}";
        var check = await provider.CheckAsync(new CheckRequest
        {
            Urn = urn,
            Name = name,
            Type = type,
            Olds = new Struct(),
            News = StructJson.ToStruct(program),
            RandomSeed = ByteString.CopyFrom(RandomNumberGenerator.GetBytes(32)),
        });
        if (check.Failures.Count > 0)
        {
            throw new InvalidOperationException($"Check of {type} failed: " + string.Join("; ", check.Failures.Select(f => $"{f.Property}: {f.Reason}")));
        }

        var response = await provider.CreateAsync(new CreateRequest { Urn = urn, Name = name, Type = type, Properties = check.Inputs });
        var answeredAt = DateTimeOffset.UtcNow;
        var status = (string?)StructJson.ToJson(response.Properties)["status"];
        if (status != "Deployed")
        {
            throw new InvalidOperationException($"{type} answered with status {status}, not Deployed");
        }

        return new Created(urn, name, type, response.Id, check.Inputs, response.Properties, answeredAt);
    }

    private static Measurement Measure(string label, double seconds, Created resource, JArray calls, string createOperation, string statusOperation)
    {
        var create = calls.Single(c => (string?)c["operation"] == createOperation);
        var statuses = calls.Where(c => (string?)c["operation"] == statusOperation).ToList();
        var deployedAt = Time(create, "receivedAt") + TimeSpan.FromSeconds(seconds);
        var firstSeen = statuses.Select(c => Time(c, "receivedAt")).Where(t => t >= deployedAt).DefaultIfEmpty(resource.AnsweredAt).Min();
        var lastAnswer = statuses.Count > 0 ? statuses.Max(c => Time(c, "answeredAt")) : Time(create, "answeredAt");
        return new Measurement(
            label,
            seconds,
            resource.AnsweredAt - deployedAt,
            statuses.Count,
            resource.AnsweredAt - Time(create, "answeredAt"),
            firstSeen - deployedAt,
            resource.AnsweredAt - lastAnswer);
    }

    /// <summary>A call's timestamp (the log is read with date parsing off, so the offset is kept as sent).</summary>
    private static DateTimeOffset Time(JToken call, string field) =>
        DateTimeOffset.Parse((string?)call[field] ?? throw new InvalidOperationException($"The emulator's call log has no {field}."), CultureInfo.InvariantCulture);

    private static async Task<JArray> CallsAsync(HttpClient control)
    {
        var text = await control.GetStringAsync(new Uri("_emulator/calls", UriKind.Relative));
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(text)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        return JArray.Load(reader);
    }

    private static async Task SetDeploymentDelayAsync(HttpClient control, TimeSpan delay)
    {
        using var body = new StringContent(
            new JObject { ["cloudFrontDeploymentDelayMs"] = (int)delay.TotalMilliseconds }.ToString(), System.Text.Encoding.UTF8, "application/json");
        (await control.PostAsync(new Uri("_emulator/options", UriKind.Relative), body)).EnsureSuccessStatusCode();
    }

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

    private sealed record Created(string Urn, string Name, string Type, string Id, Struct Inputs, Struct Outputs, DateTimeOffset AnsweredAt);

    private sealed record Measurement(string Resource, double DeploySeconds, TimeSpan Lag, int StatusCalls, TimeSpan Waited, TimeSpan SeenByPoll, TimeSpan PollToAnswer)
    {
        public double CallsPerMinute => Waited.TotalMinutes > 0 ? StatusCalls / Waited.TotalMinutes : 0;

        public string Row() => string.Create(CultureInfo.InvariantCulture,
            $"{Resource,-16} {DeploySeconds,5:0.#} s {Lag.TotalSeconds,5:0.00} s  {StatusCalls,12}  {Waited.TotalSeconds,6:0.0} s  {CallsPerMinute,9:0.0}  {SeenByPoll.TotalSeconds,10:0.00} s  {PollToAnswer.TotalSeconds,10:0.00} s");
    }
}
