using System.Collections.Concurrent;
using Awsdirect.Provider.Configuration;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Schema;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Rpc = Pulumirpc;

namespace Awsdirect.Provider.Host;

/// <summary>
/// The plugin's <c>pulumirpc.ResourceProvider</c>: configuration, schema, and the resource lifecycle
/// routed by type token to the handler registered for it. One instance serves one provider (the
/// engine starts a plugin process per provider), so configuration is per instance.
/// </summary>
internal sealed class ResourceProviderService : IDisposable
{
    private readonly IReadOnlyDictionary<string, ResourceRegistration> _registrations;
    private readonly Func<ProviderConfiguration, IEngineLog, ProviderServices> _createServices;
    private readonly EngineLog? _engineLog;
    private readonly IEngineLog _log;
    private readonly IConstructHandler? _construct;
    private readonly Lazy<string> _schema;
    private readonly CancellationTokenSource _cancelled = new();
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, IResourceHandler> _handlers = new(StringComparer.Ordinal);
    private ProviderServices? _services;
    private PropertyCodecOptions _codec = PropertyCodecOptions.Default;

    public ResourceProviderService(
        IEnumerable<ResourceRegistration> registrations,
        Func<ProviderConfiguration, IEngineLog, ProviderServices> createServices,
        IEngineLog log,
        IConstructHandler? construct = null,
        Func<string>? schema = null)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        _registrations = registrations.ToDictionary(r => r.Token, StringComparer.Ordinal);
        _createServices = createServices;
        _log = log;
        _engineLog = log as EngineLog;
        _construct = construct;
        _schema = new Lazy<string>(schema ?? PackageSchemaBuilder.BuildJson);
    }

    /// <summary>The production wiring: every registered type, real AWS clients, the package schema.</summary>
    public static ResourceProviderService CreateDefault(EngineLog log) => new(
        ResourceRegistry.All,
        (config, engineLog) =>
        {
            var clients = Aws.AwsClientFactory.CreateClients(config, engineLog);
            return new ProviderServices(config, engineLog, clients.GroundStation, clients.CloudFront) { AccountGuard = clients.AccountGuard };
        },
        log,
        ConstructHandlerFactory.Create());

    /// <summary>The configuration Configure accepted, or the defaults before it.</summary>
    public ProviderConfiguration Configuration => Services.Config;

    /// <summary>Signalled by the engine's Cancel: in-flight operations stop at their next await.</summary>
    public CancellationToken Cancelled => _cancelled.Token;

    private ProviderServices Services
    {
        get
        {
            lock (_gate)
            {
                // Check may arrive before Configure (e.g. config unknown during preview); handlers must
                // not call AWS in Check, so services from the default configuration are enough there.
                return _services ??= _createServices(ProviderConfiguration.Default, _log);
            }
        }
    }

    public Task<Rpc.ProviderHandshakeResponse> HandshakeAsync(Rpc.ProviderHandshakeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _engineLog?.SetEngineAddress(request.EngineAddress);
        return Task.FromResult(new Rpc.ProviderHandshakeResponse
        {
            AcceptSecrets = true,
            AcceptResources = true,
            AcceptOutputs = false,
            SupportsAutonamingConfiguration = true,
        });
    }

    public Task<Empty> AttachAsync(Rpc.PluginAttach request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _engineLog?.SetEngineAddress(request.Address);
        return Task.FromResult(new Empty());
    }

    public static Task<Rpc.PluginInfo> GetPluginInfoAsync() =>
        Task.FromResult(new Rpc.PluginInfo { Version = PackageSchemaBuilder.PackageVersion });

    public Task<Rpc.GetSchemaResponse> GetSchemaAsync(Rpc.GetSchemaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.IsNullOrEmpty(request.SubpackageName))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"the awsdirect provider is not parameterized and has no sub-package '{request.SubpackageName}'."));
        }

        return Task.FromResult(new Rpc.GetSchemaResponse { Schema = _schema.Value });
    }

    public static Task<Rpc.CheckResponse> CheckConfigAsync(Rpc.CheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var news = Decode(() => PropertyCodec.FromStruct(request.News), "CheckConfig");
        var result = ProviderConfigReader.Read(news);

        // The inputs go back as they came (including the engine's `version`), so diffs show what the user wrote.
        var response = new Rpc.CheckResponse { Inputs = request.News ?? new Struct() };
        response.Failures.AddRange(result.Failures.Select(f => new Rpc.CheckFailure { Property = f.Property, Reason = f.Reason }));
        return Task.FromResult(response);
    }

    public static Task<Rpc.DiffResponse> DiffConfigAsync(Rpc.DiffRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var olds = Decode(() => PropertyCodec.FromStruct(request.OldInputs ?? request.Olds), "DiffConfig");
        var news = Decode(() => PropertyCodec.FromStruct(request.News), "DiffConfig");
        return Task.FromResult(ProviderConfigDiff.Diff(olds, news));
    }

    public Task<Rpc.ConfigureResponse> ConfigureAsync(Rpc.ConfigureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inputs = request.Args is { } args
            ? Decode(() => PropertyCodec.FromStruct(args), "Configure")
            : ProviderConfigReader.FromVariables(request.Variables);
        var result = ProviderConfigReader.Read(inputs);
        if (result.Failures.Count > 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                "invalid awsdirect provider configuration: " + string.Join("; ", result.Failures.Select(f => $"{f.Property}: {f.Reason}"))));
        }

        var services = _createServices(result.Configuration, _log);
        lock (_gate)
        {
            _services = services;
            _codec = new PropertyCodecOptions(KeepSecrets: request.AcceptSecrets, KeepResources: request.AcceptResources);
            _handlers.Clear();
        }

        return Task.FromResult(new Rpc.ConfigureResponse
        {
            AcceptSecrets = true,
            SupportsPreview = true,
            AcceptResources = true,
            AcceptOutputs = false,
            SupportsAutonamingConfiguration = true,
        });
    }

    public Task<Rpc.CheckResponse> CheckAsync(Rpc.CheckRequest request, CancellationToken ct) =>
        RunAsync("Check", request?.Urn, request?.Type, async (handler, codec, token) =>
            ResourceMessages.FromCheck(await handler.CheckAsync(ResourceMessages.ToCheck(request!), token).ConfigureAwait(false), codec), ct);

    public Task<Rpc.DiffResponse> DiffAsync(Rpc.DiffRequest request, CancellationToken ct) =>
        RunAsync("Diff", request?.Urn, request?.Type, async (handler, _, token) =>
            ResourceMessages.FromDiff(await handler.DiffAsync(ResourceMessages.ToDiff(request!), token).ConfigureAwait(false)), ct);

    public Task<Rpc.CreateResponse> CreateAsync(Rpc.CreateRequest request, CancellationToken ct) =>
        RunAsync("Create", request?.Urn, request?.Type, async (handler, codec, token) =>
            ResourceMessages.FromCreate(await handler.CreateAsync(ResourceMessages.ToCreate(request!), token).ConfigureAwait(false), codec), ct);

    public Task<Rpc.ReadResponse> ReadAsync(Rpc.ReadRequest request, CancellationToken ct) =>
        RunAsync("Read", request?.Urn, request?.Type, async (handler, codec, token) =>
            ResourceMessages.FromRead(await handler.ReadAsync(ResourceMessages.ToRead(request!), token).ConfigureAwait(false), codec), ct);

    public Task<Rpc.UpdateResponse> UpdateAsync(Rpc.UpdateRequest request, CancellationToken ct) =>
        RunAsync("Update", request?.Urn, request?.Type, async (handler, codec, token) =>
            ResourceMessages.FromUpdate(await handler.UpdateAsync(ResourceMessages.ToUpdate(request!), token).ConfigureAwait(false), codec), ct);

    public Task<Empty> DeleteAsync(Rpc.DeleteRequest request, CancellationToken ct) =>
        RunAsync("Delete", request?.Urn, request?.Type, async (handler, _, token) =>
        {
            await handler.DeleteAsync(ResourceMessages.ToDelete(request!), token).ConfigureAwait(false);
            return new Empty();
        }, ct);

    public async Task<Rpc.ConstructResponse> ConstructAsync(Rpc.ConstructRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_construct is null)
        {
            throw new RpcException(new Status(StatusCode.Unimplemented,
                $"Construct is not implemented by this build of the awsdirect provider (component '{request.Type}')."));
        }

        PropertyCodecOptions codec;
        lock (_gate)
        {
            codec = _codec;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, _cancelled.Token);
        try
        {
            return await _construct.ConstructAsync(request, new ConstructContext(Services, codec), linked.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw HostErrors.Map(e, "Construct", request.Name, codec);
        }
    }

    public Task<Empty> CancelAsync()
    {
        _cancelled.Cancel();
        return Task.FromResult(new Empty());
    }

    public void Dispose() => _cancelled.Dispose();

    public static Task<Rpc.GetMappingResponse> GetMappingAsync(Rpc.GetMappingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        // No other ecosystem's names map onto this provider; an empty answer is the documented "none".
        return Task.FromResult(new Rpc.GetMappingResponse { Provider = request.Provider });
    }

    public static Task<Rpc.GetMappingsResponse> GetMappingsAsync(Rpc.GetMappingsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(new Rpc.GetMappingsResponse());
    }

    private static PropertyMap Decode(Func<PropertyMap> decode, string operation)
    {
        try
        {
            return decode();
        }
        catch (PropertyCodecException e)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"{operation}: {e.Message}"));
        }
    }

    private async Task<T> RunAsync<T>(
        string operation, string? urn, string? type, Func<IResourceHandler, PropertyCodecOptions, CancellationToken, Task<T>> call, CancellationToken ct)
    {
        if (urn is null || type is null)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"{operation}: the request is empty."));
        }

        var token = ResourceMessages.TypeOf(type, urn);
        var handler = Handler(token);
        var guard = Services.AccountGuard;
        PropertyCodecOptions codec;
        lock (_gate)
        {
            codec = _codec;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, _cancelled.Token);
        try
        {
            // Check never calls AWS; everything after it may, previews included, so the account is vetted first.
            if (operation != "Check")
            {
                await guard.EnsureAllowedAsync(linked.Token).ConfigureAwait(false);
            }

            return await call(handler, codec, linked.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not RpcException)
        {
            var mapped = HostErrors.Map(e, operation, urn, codec);
            if (mapped.StatusCode == StatusCode.Unknown && e is not ResourceInitFailedException)
            {
                // An unexpected failure is a bug here; the stack trace goes to stderr, which the engine keeps in its logs.
                await Console.Error.WriteLineAsync($"{operation} {urn}: {e}").ConfigureAwait(false);
            }

            throw mapped;
        }
    }

    private IResourceHandler Handler(string token)
    {
        if (!_registrations.TryGetValue(token, out var registration))
        {
            throw HostErrors.UnknownType(token, _registrations.Keys);
        }

        var services = Services;
        return _handlers.GetOrAdd(token, _ => registration.CreateHandler(services));
    }
}
