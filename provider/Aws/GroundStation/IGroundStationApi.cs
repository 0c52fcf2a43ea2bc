namespace Awsdirect.Provider.Aws.GroundStation;

/// <summary>The AWS Ground Station operations the provider uses, one method per API operation.</summary>
public interface IGroundStationApi
{
}
