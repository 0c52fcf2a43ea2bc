using System.Runtime.InteropServices;

namespace Awsdirect.Provider.Host;

/// <summary>
/// SIGINT and SIGTERM, the engine's "you are done" requests, delivered to a callback instead of
/// terminating the process.
/// </summary>
/// <remarks>
/// A process started with SIGINT ignored (anything run with <c>&amp;</c> from a non-interactive shell, and
/// everything that process starts, since ignored dispositions survive fork and exec) never sees SIGINT
/// through <see cref="PosixSignalRegistration"/>: .NET leaves an inherited SIG_IGN in place rather than
/// installing its handler. The plugin then ignored the engine's SIGINT and lived until the engine's
/// SIGKILL, without stopping the server or flushing logs. The signal is the protocol's shutdown request,
/// not a terminal's Ctrl-C, so an inherited "ignore" is reset to the default before registering (Go
/// plugins behave the same: Go's signal.Notify un-ignores SIGINT).
/// </remarks>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly PosixSignalRegistration _sigint;
    private readonly PosixSignalRegistration _sigterm;

    private ShutdownSignals(PosixSignalRegistration sigint, PosixSignalRegistration sigterm)
    {
        _sigint = sigint;
        _sigterm = sigterm;
    }

    /// <summary>Calls <paramref name="onSignal"/> (on a dedicated thread) for each SIGINT/SIGTERM; the process keeps running.</summary>
    public static ShutdownSignals Register(Action<PosixSignal> onSignal)
    {
        ArgumentNullException.ThrowIfNull(onSignal);
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            NativeMethods.ResetIfIgnored(NativeMethods.SIGINT);
            NativeMethods.ResetIfIgnored(NativeMethods.SIGTERM);
        }

        var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
        try
        {
            return new ShutdownSignals(sigint, PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle));
        }
        catch
        {
            sigint.Dispose();
            throw;
        }

        void Handle(PosixSignalContext context)
        {
            context.Cancel = true;
            onSignal(context.Signal);
        }
    }

    public void Dispose()
    {
        _sigint.Dispose();
        _sigterm.Dispose();
    }

    private static class NativeMethods
    {
        // Same numbers on Linux, macOS and FreeBSD, as are SIG_DFL (0) and SIG_IGN (1).
        public const int SIGINT = 2;
        public const int SIGTERM = 15;

        private const nint SigDfl = 0;
        private const nint SigIgn = 1;

        /// <summary>
        /// Larger than <c>struct sigaction</c> on every supported platform (152 bytes on Linux x64); the
        /// handler is its first field everywhere, which is all that is read.
        /// </summary>
        private const int SigactionBufferSize = 512;

        public static void ResetIfIgnored(int signal)
        {
            try
            {
                var current = new byte[SigactionBufferSize];
                if (SigAction(signal, 0, current) == 0 && MemoryMarshal.Read<nint>(current) == SigIgn)
                {
                    _ = Signal(signal, SigDfl);
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // No usable libc: keep the inherited disposition; the engine's SIGKILL still ends the process.
            }
        }

        [DllImport("libc", EntryPoint = "sigaction")]
        private static extern int SigAction(int signal, nint action, [Out] byte[] oldAction);

        [DllImport("libc", EntryPoint = "signal")]
        private static extern nint Signal(int signal, nint handler);
    }
}
