using AwsEmulator.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AwsEmulator;

/// <summary>Builds the web application shared by the command line and <see cref="EmulatorHost"/>.</summary>
internal static class EmulatorApp
{
    public static WebApplication Build(string[] args, EmulatorOptions options, string? urls)
    {
        // The slim builder and a single terminal handler (no MVC, no routing tables) keep start-up well
        // under the 2 s budget that test fixtures rely on.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args });
        if (urls is not null)
        {
            builder.WebHost.UseUrls(urls);
        }

        builder.Logging.ClearProviders();
        if (options.ConsoleLogging)
        {
            // Console output goes to stdout by default; keep it on stderr so scripts can use stdout.
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        }

        var state = new EmulatorState(options);
        builder.Services.AddSingleton(state);
        var app = builder.Build();
        var dispatcher = new RequestDispatcher(state, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AwsEmulator"));
        app.Run(dispatcher.HandleAsync);
        return app;
    }
}
