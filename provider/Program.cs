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
    /// <summary>
    /// The engine SIGKILLs a plugin 5 s after its SIGINT. Each shutdown stage has its own bound, but
    /// exiting on our own before the kill, with a line saying which stage was still running, makes the
    /// whole shutdown bounded whatever a stage does (and explains it if it ever happens).
    /// </summary>
    private static readonly TimeSpan ShutdownDeadline = TimeSpan.FromSeconds(4.5);

    public static async Task<int> Main(string[] args)
    {
        // A verb for CI, never passed by the engine: it owns stdout (its Markdown), so it runs before the handshake setup.
        if (Diagram.DiagramCommand.IsVerb(args))
        {
            return await Diagram.DiagramCommand.RunAsync(args, Console.In, Console.OpenStandardOutput(), Console.Error);
        }

        var stdout = Console.OpenStandardOutput();
        var stderr = Console.Error;
        Console.SetOut(stderr);

        using var stop = new CancellationTokenSource();
        PluginHost? running = null;
        var signalled = 0;
        using var signals = ShutdownSignals.Register(OnSignal);

        PluginHost host;
        try
        {
            host = await PluginHost.StartAsync(PluginArguments.Parse(args), stderr, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped before the port was printed: nothing was served, nothing to report.
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or OperationCanceledException)
        {
            await stderr.WriteLineAsync($"pulumi-resource-awsdirect could not start: {e.Message}");
            return 1;
        }

        Volatile.Write(ref running, host);
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

        void OnSignal(PosixSignal signal)
        {
            if (Interlocked.Exchange(ref signalled, 1) == 0)
            {
                StartDeadline(signal, stderr, () => Volatile.Read(ref running)?.ShutdownStage ?? "starting");
            }

            try
            {
                stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Main is already returning.
            }
        }
    }

    private static void StartDeadline(PosixSignal signal, TextWriter stderr, Func<string> stage)
    {
        // A dedicated thread, not a timer: a starved thread pool must not delay the exit.
        var deadline = new Thread(() =>
        {
            Thread.Sleep(ShutdownDeadline);
            var message = string.Create(
                CultureInfo.InvariantCulture,
                $"pulumi-resource-awsdirect: shutdown after {signal} did not finish within {ShutdownDeadline.TotalSeconds} s (still {stage()}); exiting.");

            // stderr could block (a reader that stopped reading); the message is best effort, the exit is not.
            var write = new Thread(() =>
            {
                try
                {
                    stderr.WriteLine(message);
                    stderr.Flush();
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException)
                {
                }
            })
            {
                IsBackground = true,
                Name = "shutdown deadline message",
            };
            write.Start();
            write.Join(TimeSpan.FromMilliseconds(200));
            Environment.Exit(0);
        })
        {
            IsBackground = true,
            Name = "shutdown deadline",
        };
        deadline.Start();
    }
}
