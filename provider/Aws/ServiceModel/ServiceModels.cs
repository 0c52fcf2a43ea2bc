namespace Awsdirect.Provider.Aws.ServiceModel;

/// <summary>The models the plugin embeds, parsed on first use (Check and GetSchema, never at start-up).</summary>
public static class ServiceModels
{
    private static readonly Lazy<ServiceModel> GroundStationModel = new(() => ServiceModel.Load("groundstation"));
    private static readonly Lazy<ServiceModel> CloudFrontModel = new(() => ServiceModel.Load("cloudfront"));

    /// <summary>AWS Ground Station, API version 2019-05-23.</summary>
    public static ServiceModel GroundStation => GroundStationModel.Value;

    /// <summary>Amazon CloudFront, API version 2020-05-31 (connection group and tagging operations).</summary>
    public static ServiceModel CloudFront => CloudFrontModel.Value;
}
