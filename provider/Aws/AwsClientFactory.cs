using System.Net;
using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.Core.Sts;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Configuration;
using Awsdirect.Provider.Resources;

namespace Awsdirect.Provider.Aws;

/// <summary>
/// Builds the two service clients from the provider configuration. Nothing here touches the network
/// or the credential chain: credentials and region are resolved at the first AWS call, so Configure
/// never blocks and a missing credential fails the operation that needed it with a clear message.
/// </summary>
public static class AwsClientFactory
{
    internal const string UserAgent = "awsdirect/0.1.0";

    /// <summary>Clients for the plugin's lifetime; each owns one pooled HttpClient.</summary>
    public static (IGroundStationApi GroundStation, ICloudFrontApi CloudFront) Create(ProviderConfiguration config, IEngineLog log) =>
        Create(config, log, new AwsClientOptions());

    internal static (IGroundStationApi GroundStation, ICloudFrontApi CloudFront) Create(ProviderConfiguration config, IEngineLog? log, AwsClientOptions options)
    {
        var clients = CreateClients(config, log, options);
        return (clients.GroundStation, clients.CloudFront);
    }

    /// <summary>The service clients and the account guard, sharing one credential source.</summary>
    public static AwsClients CreateClients(ProviderConfiguration config, IEngineLog log) => CreateClients(config, log, new AwsClientOptions());

    internal static AwsClients CreateClients(ProviderConfiguration config, IEngineLog? log, AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        var env = options.Environment ?? ProcessAwsEnvironment.Instance;
        var chain = options.Credentials ?? new SdkCredentialSource(config.Profile);

        // STS is regional; without any region the provider still needs it for assumeRole, so us-east-1 then.
        var stsSettings = new Lazy<AwsServiceSettings>(
            () =>
            {
                var region = AwsRegionResolver.Resolve(config.Region, config.Profile, env) ?? "us-east-1";
                return new AwsServiceSettings("STS", "sts", ResolveEndpoint(() => AwsEndpointResolver.ResolveSts(config.Endpoints.Sts, region, env)), region);
            },
            LazyThreadSafetyMode.PublicationOnly);
        var stsHttp = new Lazy<HttpClient>(() => NewHttpClient(options));
        StsClient Sts(IAwsCredentialSource signer) => new(new AwsHttpSender(
            stsHttp.Value, () => stsSettings.Value, signer, new AwsRetryPolicy(config.MaxRetries, options.Jitter),
            RestXmlErrorParser.Instance, log, options.Time, options.AttemptTimeout));

        var credentials = config.AssumeRole is { } assumeRole
            ? new AssumeRoleCredentialSource(Sts(chain), assumeRole, options.Time)
            : chain;
        var guard = AccountGuard.For(config, Sts(credentials));

        var groundStationSettings = new Lazy<AwsServiceSettings>(
            () =>
            {
                var region = AwsRegionResolver.Resolve(config.Region, config.Profile, env)
                    ?? throw new AwsConfigurationException(AwsRegionResolver.MissingRegionMessage(config.Profile));
                return new AwsServiceSettings("Ground Station", "groundstation", ResolveEndpoint(() => AwsEndpointResolver.ResolveGroundStation(config.Endpoints.GroundStation, region, env)), region);
            },
            LazyThreadSafetyMode.PublicationOnly);

        // CloudFront is a global service: always signed for us-east-1 whatever the provider's region.
        var cloudFrontSettings = new Lazy<AwsServiceSettings>(
            () => new AwsServiceSettings("CloudFront", "cloudfront", ResolveEndpoint(() => AwsEndpointResolver.ResolveCloudFront(config.Endpoints.CloudFront, env)), "us-east-1"),
            LazyThreadSafetyMode.PublicationOnly);

        var groundStation = new GroundStationClient(new AwsHttpSender(
            NewHttpClient(options), () => groundStationSettings.Value, credentials, new AwsRetryPolicy(config.MaxRetries, options.Jitter),
            RestJsonErrorParser.Instance, log, options.Time, options.AttemptTimeout));
        var cloudFront = new CloudFrontClient(new AwsHttpSender(
            NewHttpClient(options), () => cloudFrontSettings.Value, credentials, new AwsRetryPolicy(config.MaxRetries, options.Jitter),
            RestXmlErrorParser.Instance, log, options.Time, options.AttemptTimeout));
        return new AwsClients(groundStation, cloudFront, guard);
    }

    private static Uri ResolveEndpoint(Func<Uri> resolve)
    {
        try
        {
            return resolve();
        }
        catch (ArgumentException e)
        {
            throw new AwsConfigurationException(e.Message, e);
        }
    }

    private static HttpClient NewHttpClient(AwsClientOptions options)
    {
        var handler = options.Handler?.Invoke() ?? new SocketsHttpHandler
        {
            // Recycle pooled connections so DNS changes of the regional endpoint are picked up.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };

        // Per-attempt timeouts are enforced by AwsHttpSender so they can be retried.
        var client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        return client;
    }
}

/// <summary>What <see cref="AwsClientFactory.CreateClients(ProviderConfiguration, IEngineLog)"/> builds.</summary>
public sealed record AwsClients(IGroundStationApi GroundStation, ICloudFrontApi CloudFront, IAccountGuard AccountGuard);

/// <summary>Seams for tests: environment, credentials, transport and time. All null means production behaviour.</summary>
internal sealed record AwsClientOptions
{
    public IAwsEnvironment? Environment { get; init; }

    public IAwsCredentialSource? Credentials { get; init; }

    public Func<HttpMessageHandler>? Handler { get; init; }

    public Func<double>? Jitter { get; init; }

    /// <summary>Retry sleeps and the signing clock (the handlers' <see cref="ProviderServices.Time"/>).</summary>
    public TimeProvider? Time { get; init; }

    public TimeSpan? AttemptTimeout { get; init; }
}
