using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Configuration;

namespace Awsdirect.Provider.Resources;

/// <summary>What a handler may use: configuration, the engine log, and the AWS service clients.</summary>
public sealed record ProviderServices(
    ProviderConfiguration Config,
    IEngineLog Log,
    IGroundStationApi GroundStation,
    ICloudFrontApi CloudFront);
