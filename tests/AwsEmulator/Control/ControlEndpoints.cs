using System.Text;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace AwsEmulator.Control;

/// <summary>The <c>/_emulator/...</c> endpoints test scripts use to reset, inspect and break the emulator.</summary>
internal sealed class ControlEndpoints
{
    private static readonly JsonSerializerSettings JsonSettings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = NullValueHandling.Include,
    };

    private readonly EmulatorState _state;

    public ControlEndpoints(EmulatorState state)
    {
        _state = state;
    }

    public async Task HandleAsync(HttpContext context, string path)
    {
        var method = context.Request.Method;
        var route = path.TrimEnd('/');
        try
        {
            switch (method, route)
            {
                case ("POST", "/_emulator/reset"):
                    _state.Reset();
                    await WriteAsync(context, 200, new { status = "reset" }).ConfigureAwait(false);
                    break;
                case ("GET", "/_emulator/health"):
                    await WriteAsync(context, 200, new { status = "ok" }).ConfigureAwait(false);
                    break;
                case ("GET", "/_emulator/calls"):
                    await WriteAsync(context, 200, _state.Calls.Snapshot()).ConfigureAwait(false);
                    break;
                case ("DELETE", "/_emulator/calls"):
                    _state.Calls.Clear();
                    await WriteAsync(context, 200, new { status = "cleared" }).ConfigureAwait(false);
                    break;
                case ("GET", "/_emulator/faults"):
                    await WriteAsync(context, 200, _state.Faults.Snapshot()).ConfigureAwait(false);
                    break;
                case ("POST", "/_emulator/faults"):
                    await AddFaultsAsync(context).ConfigureAwait(false);
                    break;
                case ("DELETE", "/_emulator/faults"):
                    _state.Faults.Clear();
                    await WriteAsync(context, 200, new { status = "cleared" }).ConfigureAwait(false);
                    break;
                case ("POST", "/_emulator/faults/random"):
                    await SetRandomAsync(context).ConfigureAwait(false);
                    break;
                case ("GET", "/_emulator/faults/random"):
                    await WriteRandomAsync(context).ConfigureAwait(false);
                    break;
                case ("DELETE", "/_emulator/faults/random"):
                    await WriteAsync(context, 200, new { removed = _state.Faults.ClearRandom() }).ConfigureAwait(false);
                    break;
                case ("GET", "/_emulator/faults/injected"):
                    await WriteAsync(context, 200, _state.Faults.Injected.Snapshot()).ConfigureAwait(false);
                    break;
                case ("DELETE", "/_emulator/faults/injected"):
                    _state.Faults.Injected.Clear();
                    await WriteAsync(context, 200, new { status = "cleared" }).ConfigureAwait(false);
                    break;
                case ("DELETE", _) when route.StartsWith("/_emulator/faults/", StringComparison.Ordinal):
                    var removed = _state.Faults.Remove(route["/_emulator/faults/".Length..]);
                    await WriteAsync(context, removed ? 200 : 404, new { removed }).ConfigureAwait(false);
                    break;
                case ("POST", "/_emulator/options"):
                    await SetOptionsAsync(context).ConfigureAwait(false);
                    break;
                default:
                    await WriteAsync(context, 404, new { message = $"No control endpoint {method} {path}." }).ConfigureAwait(false);
                    break;
            }
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidCastException or FormatException)
        {
            await WriteAsync(context, 400, new { message = e.Message }).ConfigureAwait(false);
        }
    }

    private async Task AddFaultsAsync(HttpContext context)
    {
        var token = JToken.Parse(await ReadAsync(context).ConfigureAwait(false));
        var rules = token is JArray array ? array.Select(ParseRule).ToList() : [ParseRule(token)];
        var ids = rules.Select(_state.Faults.Add).ToList();
        await WriteAsync(context, 200, new { ids }).ConfigureAwait(false);
    }

    private static FaultRule ParseRule(JToken token)
    {
        if (token is not JObject)
        {
            throw new ArgumentException("A fault rule must be a JSON object.");
        }

        var rule = token.ToObject<FaultRule>(JsonSerializer.Create(JsonSettings))!;
        if (!rule.InjectsError && !rule.DropResponseAfterCommit && !rule.ResetBeforeCommit && rule.LatencyMs <= 0 && rule.DeploymentDelayMs is null)
        {
            throw new ArgumentException("A fault rule needs errorCode, throttle, resetBeforeCommit, dropResponseAfterCommit, latencyMs or deploymentDelayMs.");
        }

        if (rule.LatencyMs < 0 || rule.DeploymentDelayMs < 0)
        {
            throw new ArgumentException("latencyMs and deploymentDelayMs must not be negative.");
        }

        return rule;
    }

    private async Task SetRandomAsync(HttpContext context)
    {
        var token = JToken.Parse(await ReadAsync(context).ConfigureAwait(false));
        if (token is not JObject)
        {
            throw new ArgumentException("The random fault settings must be a JSON object.");
        }

        var settings = token.ToObject<RandomFaultSettings>(JsonSerializer.Create(JsonSettings))!;
        _state.Faults.SetRandom(settings);
        await WriteRandomAsync(context).ConfigureAwait(false);
    }

    private Task WriteRandomAsync(HttpContext context)
    {
        var random = _state.Faults.Random();
        return random is { } on
            ? WriteAsync(context, 200, new { enabled = true, settings = on.Settings, seen = on.Seen })
            : WriteAsync(context, 200, new { enabled = false });
    }

    private async Task SetOptionsAsync(HttpContext context)
    {
        var body = JObject.Parse(await ReadAsync(context).ConfigureAwait(false));
        if (body["cloudFrontDeploymentDelayMs"] is { } delay)
        {
            var ms = delay.Value<int>();
            if (ms < 0)
            {
                throw new ArgumentException("cloudFrontDeploymentDelayMs must not be negative.");
            }

            _state.Options.CloudFrontDeploymentDelay = TimeSpan.FromMilliseconds(ms);
        }

        await WriteAsync(context, 200, new { cloudFrontDeploymentDelayMs = (int)_state.Options.CloudFrontDeploymentDelay.TotalMilliseconds }).ConfigureAwait(false);
    }

    private static async Task<string> ReadAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        return await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static Task WriteAsync(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonConvert.SerializeObject(body, JsonSettings), Encoding.UTF8);
    }
}
