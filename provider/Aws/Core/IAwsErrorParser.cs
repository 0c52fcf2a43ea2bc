using System.Net;

namespace Awsdirect.Provider.Aws.Core;

/// <summary>Turns a non-2xx response into the service's typed error (protocol-specific body format).</summary>
internal interface IAwsErrorParser
{
    AwsServiceException Parse(string service, HttpStatusCode status, IReadOnlyDictionary<string, string> headers, byte[] body);
}
