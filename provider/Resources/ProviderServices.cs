using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Configuration;

namespace Awsdirect.Provider.Resources;

/// <summary>What a handler may use: configuration, the engine log, the AWS service clients and the clock.</summary>
public sealed record ProviderServices(
    ProviderConfiguration Config,
    IEngineLog Log,
    IGroundStationApi GroundStation,
    ICloudFrontApi CloudFront)
{
    /// <summary>
    /// The plugin's one time seam: every wait, sleep and elapsed time in a handler goes through it (the AWS
    /// clients' retry sleeps and signing clock take the same provider), so tests run them on a fake clock.
    /// </summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// The provider config's account guards (<c>allowedAccountIds</c> / <c>forbiddenAccountIds</c>); the host
    /// awaits it before every operation that could touch AWS, so handlers need not.
    /// </summary>
    public Aws.Core.Sts.IAccountGuard AccountGuard { get; init; } = Aws.Core.Sts.AccountGuard.None;
}
