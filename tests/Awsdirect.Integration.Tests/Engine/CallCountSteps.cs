using Amazon.Runtime;
using Awsdirect.Integration.Tests.Aws;
using Awsdirect.Provider.Aws;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Configuration;
using Awsdirect.Provider.Resources;
using AwsEmulator;
using AwsEmulator.Control;
using Moq;
using Pulumirpc;
using Xunit.Abstractions;
using LogSeverity = Awsdirect.Provider.Resources.LogSeverity;

namespace Awsdirect.Integration.Tests.Engine;

/// <summary>
/// Runs one lifecycle step and checks the AWS calls it cost against the emulator, printing them so the
/// figures are in the test output; shared by the emulator and engine-protocol lifecycle tests.
/// </summary>
internal static class CallCountSteps
{
    /// <summary>In-process emulator: counts the calls recorded while <paramref name="action"/> ran.</summary>
    public static async Task<T> Step<T>(EmulatorHost emulator, ITestOutputHelper output, string name, int expectedCalls, Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentNullException.ThrowIfNull(action);
        var before = emulator.Calls.Count;
        var result = await action();
        var calls = emulator.Calls.Skip(before).ToList();
        Expect(output, name, calls, expectedCalls);
        return result;
    }

    /// <summary>Plugin fixture: counts the calls the emulator answered while <paramref name="action"/> ran.</summary>
    public static async Task<T> Step<T>(PluginFixture fx, ITestOutputHelper output, string name, int expectedCalls, Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(fx);
        ArgumentNullException.ThrowIfNull(action);
        await fx.ClearCallsAsync();
        var result = await action();
        var calls = await fx.TakeCallsAsync();
        Expect(output, name, calls, expectedCalls);
        return result;
    }

    /// <summary>
    /// Plugin fixture: asserts the exact AWS operations the step made, in order, also when the step throws
    /// (the calls made before a failure are what the test is about).
    /// </summary>
    public static async Task<T> Step<T>(PluginFixture fx, ITestOutputHelper output, string name, string[] expectedOperations, Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(fx);
        ArgumentNullException.ThrowIfNull(action);
        await fx.ClearCallsAsync();
        T result;
        try
        {
            result = await action();
        }
        finally
        {
            var calls = await fx.TakeCallsAsync();
            Print(output, name, calls);
            Assert.Equal(expectedOperations, calls.Select(c => c.Operation));
        }

        return result;
    }

    /// <summary>A Ground Station client of our own on the fixture's emulator, for changes made behind the program's back.</summary>
    public static IGroundStationApi GroundStationClient(PluginFixture fx)
    {
        ArgumentNullException.ThrowIfNull(fx);
        var config = ProviderConfiguration.Default with
        {
            Region = PluginFixture.Region,
            Endpoints = new ServiceEndpoints(fx.Emulator.BaseAddress, fx.Emulator.BaseAddress),
        };
        var options = new AwsClientOptions { Credentials = new StaticCredentialSource(new ImmutableCredentials("AKIAEMULATOR", "emulator-secret", null)) };
        return AwsClientFactory.Create(config, null, options).GroundStation;
    }

    /// <summary>Provider services on the emulator clients, recording every engine log into <paramref name="logs"/>.</summary>
    public static ProviderServices EmulatorServices(EmulatorClients aws, List<(LogSeverity Severity, string Message, string? Urn)> logs)
    {
        ArgumentNullException.ThrowIfNull(aws);
        var log = new Mock<IEngineLog>();
        log.Setup(l => l.LogAsync(It.IsAny<LogSeverity>(), It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<bool>()))
            .Callback<LogSeverity, string, string?, bool>((s, m, u, _) => logs.Add((s, m, u)))
            .Returns(Task.CompletedTask);
        var config = ProviderConfiguration.Default with { DefaultTags = new Dictionary<string, string> { ["env"] = "test" } };
        return new ProviderServices(config, log.Object, aws.GroundStation, aws.CloudFront);
    }

    /// <summary>Waits for the engine to receive a warning about <paramref name="urn"/> containing every fragment.</summary>
    public static Task<LogRequest?> Warning(PluginFixture fx, string urn, params string[] fragments)
    {
        ArgumentNullException.ThrowIfNull(fx);
        return fx.Engine.WaitForLogAsync(l => IsWarning(l, urn, fragments));
    }

    /// <summary>The warnings about <paramref name="urn"/> containing every fragment the engine has received so far.</summary>
    public static List<LogRequest> Warnings(PluginFixture fx, string urn, params string[] fragments)
    {
        ArgumentNullException.ThrowIfNull(fx);
        return [.. fx.Engine.Logs.Where(l => IsWarning(l, urn, fragments))];
    }

    private static bool IsWarning(LogRequest log, string urn, string[] fragments) =>
        log.Severity == Pulumirpc.LogSeverity.Warning && log.Urn == urn && fragments.All(f => log.Message.Contains(f, StringComparison.Ordinal));

    private static void Expect(ITestOutputHelper output, string name, IReadOnlyList<RecordedCall> calls, int expectedCalls)
    {
        Print(output, name, calls);
        Assert.Equal(expectedCalls, calls.Count);
    }

    private static void Print(ITestOutputHelper output, string name, IReadOnlyList<RecordedCall> calls)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{name}: {calls.Count} AWS call(s) {string.Join(", ", calls.Select(c => c.Operation))}");
    }
}
