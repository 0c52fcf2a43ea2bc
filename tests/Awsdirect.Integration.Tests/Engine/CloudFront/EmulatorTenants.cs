using System.Text;
using AwsEmulator;

namespace Awsdirect.Integration.Tests.Engine.CloudFront;

/// <summary>
/// Distribution tenants made outside Pulumi (the provider manages none): a signed CreateDistributionTenant
/// straight to the emulator, as another tool in the same account would.
/// </summary>
internal static class EmulatorTenants
{
    private const string Authorization =
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250101/us-east-1/cloudfront/aws4_request, SignedHeaders=host;x-amz-date, Signature=" +
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    /// <returns>The new tenant's id.</returns>
    public static async Task<string> CreateAsync(EmulatorHost emulator, string name, string connectionGroupId)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        var body = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <CreateDistributionTenantRequest xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">
              <DistributionId>E1MULTITENANT0</DistributionId>
              <Name>{name}</Name>
              <Domains><member><Domain>{name}.example.com</Domain></member></Domains>
              <ConnectionGroupId>{connectionGroupId}</ConnectionGroupId>
            </CreateDistributionTenantRequest>
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("2020-05-31/distribution-tenant", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/xml"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.EnsureSuccessStatusCode();
        var id = System.Xml.Linq.XDocument.Parse(text).Root!.Elements().First(e => e.Name.LocalName == "Id").Value;
        return id;
    }
}
