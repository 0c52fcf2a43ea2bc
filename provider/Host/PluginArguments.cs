using System.Globalization;

namespace Awsdirect.Provider.Host;

/// <summary>
/// The command line the engine starts a plugin with:
/// <c>pulumi-resource-awsdirect [--logtostderr] [-v=N] [--tracing X] [--logflow] &lt;engine-address&gt;</c>.
/// Flags the engine may add in later versions are ignored rather than rejected, so a newer CLI can
/// still start this plugin.
/// </summary>
internal sealed record PluginArguments(string? EngineAddress, bool LogToStderr, int Verbosity, string? Tracing)
{
    public static PluginArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? engineAddress = null;
        var logToStderr = false;
        var verbosity = 0;
        string? tracing = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith('-'))
            {
                // The engine address is the only positional argument; the last one wins.
                engineAddress = arg;
                continue;
            }

            var name = arg.TrimStart('-');
            string? value = null;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                value = name[(eq + 1)..];
                name = name[..eq];
            }

            switch (name)
            {
                case "logtostderr":
                    logToStderr = value is null || !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);
                    break;
                case "v":
                    value ??= i + 1 < args.Count ? args[++i] : null;
                    verbosity = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
                    break;
                case "tracing":
                    tracing = value ?? (i + 1 < args.Count ? args[++i] : null);
                    break;
                default:
                    break;
            }
        }

        return new PluginArguments(string.IsNullOrWhiteSpace(engineAddress) ? null : engineAddress, logToStderr, verbosity, tracing);
    }
}
