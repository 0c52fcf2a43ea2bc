using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Configuration;
using Awsdirect.Provider.Host;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Schema;
using Moq;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Tests.Host;

/// <summary>A provider service over one Moq'd handler, recording every configuration it was given.</summary>
internal sealed class HostTestServices : IDisposable
{
    public const string Token = "awsdirect:test:Widget";
    public const string Urn = "urn:pulumi:dev::mission::awsdirect:test:Widget::w1";

    public HostTestServices(IConstructHandler? construct = null)
    {
        Handler.SetupGet(h => h.Token).Returns(Token);
        var registration = new ResourceRegistration(Token, services =>
        {
            HandlerServices.Add(services);
            return Handler.Object;
        }, () => new ResourceSchema(Token, new JObject(), new Dictionary<string, JObject>()));
        Service = new ResourceProviderService(
            [registration],
            (config, log) =>
            {
                Configurations.Add(config);
                return new ProviderServices(config, log, Mock.Of<IGroundStationApi>(), Mock.Of<ICloudFrontApi>());
            },
            Log.Object,
            construct,
            () => """{"name":"awsdirect"}""");
    }

    public Mock<IResourceHandler> Handler { get; } = new(MockBehavior.Strict);

    public Mock<IEngineLog> Log { get; } = new();

    public List<ProviderConfiguration> Configurations { get; } = [];

    public List<ProviderServices> HandlerServices { get; } = [];

    public ResourceProviderService Service { get; }

    public void Dispose() => Service.Dispose();
}
