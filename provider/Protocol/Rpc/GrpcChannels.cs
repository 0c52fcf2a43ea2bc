using System.Net;
using Grpc.Net.Client;

namespace Awsdirect.Provider.Protocol.Rpc;

/// <summary>
/// Channels to the engine's own services (Engine.Log, the resource monitor), which it serves on
/// loopback without TLS and announces as <c>127.0.0.1:port</c>, not as a URL.
/// </summary>
internal static class GrpcChannels
{
    /// <summary>The engine's limit for one message (pulumi's <c>rpcutil.MaxRPCMessageSize</c>, 400 MiB), both ways.</summary>
    public const int MaxMessageSize = 400 * 1024 * 1024;

    /// <param name="address"><c>127.0.0.1:port</c>, <c>localhost:port</c> or an <c>http://</c> URL.</param>
    public static GrpcChannel ForAddress(string address) => GrpcChannel.ForAddress(ParseAddress(address), new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,

            // A component's children are registered in parallel; beyond the engine's stream limit a second
            // connection beats queueing.
            EnableMultipleHttp2Connections = true,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        },
        MaxReceiveMessageSize = MaxMessageSize,
        MaxSendMessageSize = MaxMessageSize,

        // A call the engine did not answer is not one to repeat on our own (RegisterResource is not idempotent).
        MaxRetryAttempts = 0,
        DisposeHttpClient = true,
    });

    internal static Uri ParseAddress(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        var text = address.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "http://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"'{address}' is not a gRPC address (expected host:port or an http:// URL).", nameof(address));
        }

        return new Uri(uri.GetLeftPart(UriPartial.Authority) + "/");
    }
}
