using System.Net;
using System.Xml.Linq;
using AwsEmulator.Tests.Infrastructure;

namespace AwsEmulator.Tests.CloudFront;

public abstract class ConnectionGroupTestBase : IClassFixture<EmulatorFixture>, IDisposable
{
    protected const string Base = "/2020-05-31/connection-group";

    protected static readonly XNamespace Ns = AwsTestClient.CloudFrontNs;

    protected ConnectionGroupTestBase(EmulatorFixture fixture)
    {
        Fixture = fixture;
        Client = fixture.NewClient();
    }

    protected EmulatorFixture Fixture { get; }

    protected AwsTestClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static XElement CreateRequest(string name, bool? enabled = null, params (string Key, string Value)[] tags)
    {
        var request = new XElement(Ns + "CreateConnectionGroupRequest", new XElement(Ns + "Name", name));
        if (enabled is not null)
        {
            request.Add(new XElement(Ns + "Enabled", enabled.Value ? "true" : "false"));
        }

        if (tags.Length > 0)
        {
            request.Add(TagsElement("Tags", tags));
        }

        return request;
    }

    protected static XElement TagsElement(string root, params (string Key, string Value)[] tags) =>
        new(Ns + root, new XElement(Ns + "Items", tags.Select(t => new XElement(Ns + "Tag", new XElement(Ns + "Key", t.Key), new XElement(Ns + "Value", t.Value)))));

    protected static XElement UpdateRequest(bool? enabled = null, bool? ipv6 = null)
    {
        var request = new XElement(Ns + "UpdateConnectionGroupRequest");
        if (ipv6 is not null)
        {
            request.Add(new XElement(Ns + "Ipv6Enabled", ipv6.Value ? "true" : "false"));
        }

        if (enabled is not null)
        {
            request.Add(new XElement(Ns + "Enabled", enabled.Value ? "true" : "false"));
        }

        return request;
    }

    protected async Task<CfResponse> Create(string name, bool? enabled = null)
    {
        var response = await Client.Cf(HttpMethod.Post, Base, CreateRequest(name, enabled));
        Assert.Equal(HttpStatusCode.Created, response.Status);
        return response;
    }

    /// <summary>Polls until the group reports Deployed; fails after a generous bound instead of hanging.</summary>
    protected async Task<CfResponse> WaitDeployed(string id)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var got = await Client.Cf(HttpMethod.Get, $"{Base}/{id}");
            if (got.Value("Status") == "Deployed")
            {
                return got;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"connection group {id} never reported Deployed");
    }

    protected static void AssertCfError(CfResponse response, int status, string code)
    {
        Assert.Equal(status, (int)response.Status);
        Assert.NotNull(response.Body);
        Assert.Equal(Ns + "ErrorResponse", response.Body!.Name);
        var error = response.Body.Element(Ns + "Error")!;
        Assert.Equal(status >= 500 ? "Receiver" : "Sender", error.Element(Ns + "Type")?.Value);
        Assert.Equal(code, error.Element(Ns + "Code")?.Value);
        Assert.False(string.IsNullOrEmpty(error.Element(Ns + "Message")?.Value));
        Assert.Equal(response.RequestId, response.Body.Element(Ns + "RequestId")?.Value);
    }
}
