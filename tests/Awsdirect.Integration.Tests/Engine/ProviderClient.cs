using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Pulumirpc;

namespace Awsdirect.Integration.Tests.Engine;

/// <summary>The outcome of a raw gRPC call: the status and message from the trailers (or trailers-only headers).</summary>
public sealed record RawGrpcResult(HttpStatusCode HttpStatus, int GrpcStatus, string GrpcMessage, byte[] Body);

/// <summary>
/// Typed calls to every <c>pulumirpc.ResourceProvider</c> method of a running plugin, over Grpc.Net.Client
/// with cleartext HTTP/2 as the engine dials it. A non-OK status surfaces as <see cref="RpcException"/>
/// (<c>GetStatusDetails()</c> decodes its <c>grpc-status-details-bin</c>). Methods are bound by name, not
/// through a generated client, so a test can also call what the plugin does not implement.
/// </summary>
public sealed class ProviderClient : IDisposable
{
    public const string Service = "pulumirpc.ResourceProvider";

    /// <summary>The engine's limit for one message (pulumi's <c>rpcutil.MaxRPCMessageSize</c>).</summary>
    private const int MaxMessageSize = 400 * 1024 * 1024;

    private readonly GrpcChannel _channel;
    private readonly string _address;

    public ProviderClient(string address)
    {
        _address = address;
        _channel = GrpcChannel.ForAddress(new Uri($"http://{address}"), new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                UseProxy = false,
                EnableMultipleHttp2Connections = true,

                // Status details (a partial resource's whole state) travel in a trailer: allow 1 MiB (the unit is KiB).
#pragma warning disable CA2262 // 1024 KiB is meant.
                MaxResponseHeadersLength = 1024,
#pragma warning restore CA2262
            },
            MaxReceiveMessageSize = MaxMessageSize,
            MaxSendMessageSize = MaxMessageSize,
            MaxRetryAttempts = 0,
        });
    }

    public Task<ProviderHandshakeResponse> HandshakeAsync(ProviderHandshakeRequest request, CancellationToken ct = default) =>
        CallAsync<ProviderHandshakeRequest, ProviderHandshakeResponse>("Handshake", request, ct);

    public Task<PluginInfo> GetPluginInfoAsync(CancellationToken ct = default) =>
        CallAsync<Empty, PluginInfo>("GetPluginInfo", new Empty(), ct);

    public Task<GetSchemaResponse> GetSchemaAsync(GetSchemaRequest? request = null, CancellationToken ct = default) =>
        CallAsync<GetSchemaRequest, GetSchemaResponse>("GetSchema", request ?? new GetSchemaRequest(), ct);

    public Task<CheckResponse> CheckConfigAsync(CheckRequest request, CancellationToken ct = default) =>
        CallAsync<CheckRequest, CheckResponse>("CheckConfig", request, ct);

    public Task<DiffResponse> DiffConfigAsync(DiffRequest request, CancellationToken ct = default) =>
        CallAsync<DiffRequest, DiffResponse>("DiffConfig", request, ct);

    public Task<ConfigureResponse> ConfigureAsync(ConfigureRequest request, CancellationToken ct = default) =>
        CallAsync<ConfigureRequest, ConfigureResponse>("Configure", request, ct);

    public Task<CheckResponse> CheckAsync(CheckRequest request, CancellationToken ct = default) =>
        CallAsync<CheckRequest, CheckResponse>("Check", request, ct);

    public Task<DiffResponse> DiffAsync(DiffRequest request, CancellationToken ct = default) =>
        CallAsync<DiffRequest, DiffResponse>("Diff", request, ct);

    public Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken ct = default) =>
        CallAsync<CreateRequest, CreateResponse>("Create", request, ct);

    public Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken ct = default) =>
        CallAsync<ReadRequest, ReadResponse>("Read", request, ct);

    public Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken ct = default) =>
        CallAsync<UpdateRequest, UpdateResponse>("Update", request, ct);

    public Task<Empty> DeleteAsync(DeleteRequest request, CancellationToken ct = default) =>
        CallAsync<DeleteRequest, Empty>("Delete", request, ct);

    public Task<ConstructResponse> ConstructAsync(ConstructRequest request, CancellationToken ct = default) =>
        CallAsync<ConstructRequest, ConstructResponse>("Construct", request, ct);

    public Task<Empty> CancelAsync(CancellationToken ct = default) => CallAsync<Empty, Empty>("Cancel", new Empty(), ct);

    public Task<Empty> AttachAsync(PluginAttach request, CancellationToken ct = default) =>
        CallAsync<PluginAttach, Empty>("Attach", request, ct);

    public Task<GetMappingResponse> GetMappingAsync(GetMappingRequest request, CancellationToken ct = default) =>
        CallAsync<GetMappingRequest, GetMappingResponse>("GetMapping", request, ct);

    public Task<GetMappingsResponse> GetMappingsAsync(GetMappingsRequest request, CancellationToken ct = default) =>
        CallAsync<GetMappingsRequest, GetMappingsResponse>("GetMappings", request, ct);

    /// <summary>Any ResourceProvider method by name (e.g. one the plugin does not implement).</summary>
    public Task<TResponse> CallAsync<TRequest, TResponse>(string method, TRequest request, CancellationToken ct = default)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>, new() =>
        CallServiceAsync<TRequest, TResponse>(Service, method, request, ct);

    /// <summary>Any method of any service on the plugin's server (e.g. <c>grpc.health.v1.Health/Check</c>).</summary>
    public async Task<TResponse> CallServiceAsync<TRequest, TResponse>(string service, string method, TRequest request, CancellationToken ct = default)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>, new()
    {
        var parser = new MessageParser<TResponse>(() => new TResponse());
        var definition = new Method<TRequest, TResponse>(
            MethodType.Unary,
            service,
            method,
            Marshallers.Create<TRequest>(r => r.ToByteArray(), _ => throw new NotSupportedException("requests are only sent")),
            Marshallers.Create(r => r.ToByteArray(), parser.ParseFrom));
        return await _channel.CreateCallInvoker().AsyncUnaryCall(definition, null, new CallOptions(cancellationToken: ct), request).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends <paramref name="payload"/> as one gRPC message to <paramref name="path"/> (<c>/service/method</c>)
    /// without any protobuf encoding, to see how the plugin treats bytes no real client would send.
    /// </summary>
    public async Task<RawGrpcResult> RawCallAsync(string path, byte[] payload, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(payload);
        using var http = new HttpClient(new SocketsHttpHandler()) { DefaultRequestVersion = HttpVersion.Version20 };
        var framed = new byte[5 + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(framed.AsSpan(1, 4), (uint)payload.Length);
        payload.CopyTo(framed, 5);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"http://{_address}{path}"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(framed),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        var status = Header(response.TrailingHeaders, "grpc-status") ?? Header(response.Headers, "grpc-status") ?? "-1";
        var message = Header(response.TrailingHeaders, "grpc-message") ?? Header(response.Headers, "grpc-message") ?? string.Empty;
        return new RawGrpcResult(response.StatusCode, int.Parse(status, CultureInfo.InvariantCulture), Uri.UnescapeDataString(message), body);
    }

    public void Dispose() => _channel.Dispose();

    private static string? Header(HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
