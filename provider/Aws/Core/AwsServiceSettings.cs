namespace Awsdirect.Provider.Aws.Core;

/// <summary>Where and how one service is called.</summary>
/// <param name="DisplayName">Used in errors and logs ("Ground Station", "CloudFront").</param>
/// <param name="SigningName">SigV4 service name from the model's <c>signingName</c>.</param>
/// <param name="Endpoint">Base URL; a path on it (e.g. behind a proxy) is kept as a prefix.</param>
/// <param name="SigningRegion">Region in the credential scope.</param>
internal sealed record AwsServiceSettings(string DisplayName, string SigningName, Uri Endpoint, string SigningRegion);
