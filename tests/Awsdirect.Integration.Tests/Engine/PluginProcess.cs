using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Awsdirect.Integration.Tests.Engine;

/// <summary>
/// The plugin as a separate process, started the way the engine starts it: the built
/// <c>pulumi-resource-awsdirect</c> (apphost, or <c>dotnet &lt;dll&gt;</c> where there is none) with the
/// engine address as its argument, reading the first stdout line as the port.
/// </summary>
public sealed class PluginProcess : IAsyncDisposable
{
    private const string AssemblyName = "pulumi-resource-awsdirect";
    private const int StderrTailLines = 40;

    private readonly Process _process;
    private readonly List<string> _stderr;
    private readonly StringBuilder _laterStdout;
    private readonly Task _stdoutPump;
    private readonly Task _stderrPump;

    private PluginProcess(Process process, int port, string portLine, Task stdoutPump, Task stderrPump, List<string> stderr, StringBuilder laterStdout)
    {
        _process = process;
        Port = port;
        PortLine = portLine;
        _stdoutPump = stdoutPump;
        _stderrPump = stderrPump;
        _stderr = stderr;
        _laterStdout = laterStdout;
    }

    /// <summary>The port the plugin printed.</summary>
    public int Port { get; }

    /// <summary><c>127.0.0.1:&lt;port&gt;</c>, as the engine dials it.</summary>
    public string Address => $"127.0.0.1:{Port}";

    /// <summary>The first stdout line exactly as read (without its newline).</summary>
    public string PortLine { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Every stderr line so far.</summary>
    public IReadOnlyList<string> StderrLines
    {
        get
        {
            lock (_stderr)
            {
                return [.. _stderr];
            }
        }
    }

    /// <summary>Everything the plugin wrote to stdout after the port line (should stay empty).</summary>
    public string StdoutAfterPortLine
    {
        get
        {
            lock (_laterStdout)
            {
                return _laterStdout.ToString();
            }
        }
    }

    /// <summary>
    /// Names a plugin executable to run instead of the build next to the tests: the binary unpacked from a
    /// published archive (<c>./build.sh test</c> runs the engine tests once more against it). That binary is
    /// started with no .NET on its PATH and no <c>DOTNET_*</c> host variables, as on a user's machine, and
    /// must run on the runtime it carries.
    /// </summary>
    public const string PluginOverrideVariable = "AWSDIRECT_PLUGIN";

    /// <summary>Path of the plugin executable (or dll): <see cref="PluginOverrideVariable"/>, else the one in the test output directory.</summary>
    public static string PluginPath
    {
        get
        {
            if (Environment.GetEnvironmentVariable(PluginOverrideVariable) is { Length: > 0 } published)
            {
                return File.Exists(published)
                    ? Path.GetFullPath(published)
                    : throw new FileNotFoundException($"{PluginOverrideVariable} names no file.", published);
            }

            var dir = AppContext.BaseDirectory;
            var apphost = Path.Combine(dir, OperatingSystem.IsWindows() ? AssemblyName + ".exe" : AssemblyName);
            return File.Exists(apphost) ? apphost : Path.Combine(dir, AssemblyName + ".dll");
        }
    }

    private static bool IsPublished => Environment.GetEnvironmentVariable(PluginOverrideVariable) is { Length: > 0 };

    /// <param name="engineAddress">The engine address argument (e.g. <see cref="FakeEngine.Address"/>); null starts it without one.</param>
    /// <param name="environment">Variables to set (a null value removes the variable).</param>
    /// <param name="flags">Flags placed before the address, e.g. <c>--logtostderr</c>, <c>-v=9</c>.</param>
    /// <param name="sigintIgnored">
    /// Start it with SIGINT ignored, as it inherits from a parent run with <c>&amp;</c> from a non-interactive
    /// shell (through <c>sh</c>, which sets the disposition and execs the plugin in its place).
    /// </param>
    public static async Task<PluginProcess> StartAsync(
        string? engineAddress,
        IReadOnlyDictionary<string, string?>? environment = null,
        IEnumerable<string>? flags = null,
        bool sigintIgnored = false,
        CancellationToken cancellationToken = default)
    {
        var path = PluginPath;
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        if (sigintIgnored)
        {
            info.FileName = "/bin/sh";
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("trap '' INT; exec \"$@\"");
            info.ArgumentList.Add("sh");
            if (path.EndsWith(".dll", StringComparison.Ordinal))
            {
                info.ArgumentList.Add("dotnet");
            }

            info.ArgumentList.Add(path);
        }
        else if (path.EndsWith(".dll", StringComparison.Ordinal))
        {
            info.FileName = "dotnet";
            info.ArgumentList.Add(path);
        }
        else
        {
            info.FileName = path;
        }

        foreach (var flag in flags ?? [])
        {
            info.ArgumentList.Add(flag);
        }

        if (engineAddress is not null)
        {
            info.ArgumentList.Add(engineAddress);
        }

        if (IsPublished)
        {
            WithoutDotnet(info);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {path}.");
        var stderr = new List<string>();
        var later = new StringBuilder();
        var stderrPump = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                lock (stderr)
                {
                    stderr.Add(line);
                }
            }
        }, CancellationToken.None);

        // Like the engine: read stdout byte by byte up to the first newline.
        var stdout = process.StandardOutput.BaseStream;
        var portLine = new StringBuilder();
        var buffer = new byte[1];
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            while (true)
            {
                int read;
                try
                {
                    read = await stdout.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    throw new InvalidOperationException($"The plugin printed no port line within 60 s. stderr:\n{string.Join('\n', Snapshot(stderr))}");
                }

                if (read == 0)
                {
                    await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                    await stderrPump.ConfigureAwait(false);
                    throw new InvalidOperationException(
                        $"The plugin exited with code {process.ExitCode} before printing a port. stderr:\n{string.Join('\n', Snapshot(stderr))}");
                }

                if (buffer[0] == (byte)'\n')
                {
                    break;
                }

                portLine.Append((char)buffer[0]);
            }
        }

        var text = portLine.ToString();
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The plugin's first stdout line is not a port: '{text}'.");
        }

        var stdoutPump = Task.Run(async () =>
        {
            var chunk = new byte[4096];
            int n;
            while ((n = await stdout.ReadAsync(chunk).ConfigureAwait(false)) > 0)
            {
                lock (later)
                {
                    later.Append(Encoding.UTF8.GetString(chunk, 0, n));
                }
            }
        }, CancellationToken.None);

        var started = new PluginProcess(process, port, text, stdoutPump, stderrPump, stderr, later);
        if (IsPublished)
        {
            await EnsureOwnRuntimeAsync(started, path).ConfigureAwait(false);
        }

        return started;
    }

    /// <summary>The user's machine: no directory holding a <c>dotnet</c> on PATH, no host variables pointing at one.</summary>
    private static void WithoutDotnet(ProcessStartInfo info)
    {
        var path = (info.Environment.TryGetValue("PATH", out var value) ? value : null) ?? string.Empty;
        info.Environment["PATH"] = string.Join(
            Path.PathSeparator,
            path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Where(dir => !File.Exists(Path.Combine(dir, "dotnet"))));
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("DOTNET_ROOT", StringComparison.Ordinal) || k == "DOTNET_HOST_PATH").ToList())
        {
            info.Environment.Remove(key);
        }
    }

    /// <summary>
    /// A self-contained plugin maps the runtime it carries: every runtime library the process has loaded
    /// (<c>libcoreclr.so</c>, <c>libhostfxr.so</c>, <c>System.Private.CoreLib.dll</c>, ...) lies beside the
    /// binary, none in a shared .NET installation.
    /// </summary>
    private static async Task EnsureOwnRuntimeAsync(PluginProcess plugin, string path)
    {
        var maps = $"/proc/{plugin.ProcessId}/maps";
        if (!File.Exists(maps))
        {
            return;
        }

        var own = Path.GetDirectoryName(path)! + Path.DirectorySeparatorChar;
        var mapped = (await File.ReadAllLinesAsync(maps).ConfigureAwait(false))
            .Select(line => line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length == 6 && fields[5].StartsWith('/'))
            .Select(fields => fields[5])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var shared = mapped.Where(file => !file.StartsWith(own, StringComparison.Ordinal)
            && (file.Contains("/dotnet/", StringComparison.Ordinal) || file.EndsWith(".dll", StringComparison.Ordinal) || Path.GetFileName(file).StartsWith("libcoreclr", StringComparison.Ordinal))).ToList();
        if (shared.Count > 0)
        {
            await plugin.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException(
                $"The plugin at {path} runs on a runtime it does not carry: {shared.Count} files mapped from elsewhere, e.g. {string.Join(", ", shared.Take(3))}");
        }
    }

    /// <summary>Sends SIGINT, as the engine does when it closes a plugin.</summary>
    public Task SendSigintAsync() => SendSignalAsync("INT");

    /// <summary>Sends a signal by name (<c>INT</c>, <c>TERM</c>) with <c>kill</c>.</summary>
    public async Task SendSignalAsync(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, ProcessId.ToString(CultureInfo.InvariantCulture)])
        {
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("Could not run kill.");
        await kill.WaitForExitAsync().ConfigureAwait(false);
    }

    /// <summary>Waits for the process to exit and returns its exit code; throws TimeoutException after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The plugin names a shutdown stage that overran on stderr; without its stderr a hang explains nothing.
            var tail = StderrLines.TakeLast(StderrTailLines).ToList();
            throw new TimeoutException(
                $"The plugin (pid {ProcessId}) did not exit within {timeout}. Last {tail.Count} stderr line(s):\n{string.Join('\n', tail)}");
        }

        await Task.WhenAll(_stdoutPump, _stderrPump).ConfigureAwait(false);
        return _process.ExitCode;
    }

    /// <summary>Waits until a stderr line matches, for at most <paramref name="timeout"/>; returns it or null.</summary>
    public async Task<string?> WaitForStderrAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (StderrLines.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            await Task.Delay(50).ConfigureAwait(false);
        }

        return StderrLines.FirstOrDefault(match);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // The engine's own shutdown: SIGINT, then a kill after a grace period.
            try
            {
                await SendSigintAsync().ConfigureAwait(false);
                await WaitForExitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is TimeoutException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private static List<string> Snapshot(List<string> lines)
    {
        lock (lines)
        {
            return [.. lines];
        }
    }
}
