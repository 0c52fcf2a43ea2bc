using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Awsdirect.Provider.Host;

namespace Awsdirect.Provider;

/// <summary>
/// Entry point as the engine starts a resource plugin:
/// <c>pulumi-resource-awsdirect [--logtostderr] [-v=N] [--tracing X] &lt;engine-address&gt;</c>.
/// The engine reads the first stdout line as the port and treats anything after it as noise, so
/// stdout is taken over before anything else runs and only the port line is ever written to it.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var stdout = Console.OpenStandardOutput();
        var stderr = Console.Error;
        Console.SetOut(stderr);

        using var stop = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        PluginHost host;
        try
        {
            host = await PluginHost.StartAsync(PluginArguments.Parse(args), stderr, stop.Token);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or OperationCanceledException)
        {
            await stderr.WriteLineAsync($"pulumi-resource-awsdirect could not start: {e.Message}");
            return 1;
        }

        await using (host)
        {
            var line = Encoding.ASCII.GetBytes(host.Port.ToString(CultureInfo.InvariantCulture) + "\n");
            await stdout.WriteAsync(line);
            await stdout.FlushAsync();

            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // SIGINT/SIGTERM: the engine is done with us; finish in-flight calls and exit cleanly.
            }
        }

        return 0;

        void Stop(PosixSignalContext context)
        {
            // Keep the runtime from terminating the process so the server shuts down and logs are flushed.
            context.Cancel = true;
            stop.Cancel();
        }
    }
}
