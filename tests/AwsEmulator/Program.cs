using System.Globalization;

namespace AwsEmulator;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = new EmulatorOptions { ConsoleLogging = true };
        var passThrough = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--account-id" when i + 1 < args.Length:
                    options.AccountId = args[++i];
                    break;
                case "--deployment-delay-ms" when i + 1 < args.Length:
                    options.CloudFrontDeploymentDelay = TimeSpan.FromMilliseconds(int.Parse(args[++i], CultureInfo.InvariantCulture));
                    break;
                case "--no-auth":
                    options.RequireAuthentication = false;
                    break;
                case "--quiet":
                    options.ConsoleLogging = false;
                    break;
                default:
                    passThrough.Add(args[i]);
                    break;
            }
        }

        var app = EmulatorApp.Build([.. passThrough], options, urls: null);
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }
}
