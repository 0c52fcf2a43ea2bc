namespace Awsdirect.Provider.Aws.CloudFront;

/// <summary>The Amazon CloudFront connection-group and tagging operations the provider uses.</summary>
public interface ICloudFrontApi
{
}
