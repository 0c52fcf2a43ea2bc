using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Configuration;
using Awsdirect.Provider.Resources;
using Moq;

namespace Awsdirect.Provider.Tests.GroundStation;

/// <summary>
/// A Ground Station handler over a strict <see cref="IGroundStationApi"/> mock (any AWS call a test did not
/// set up fails it) and an engine log mock, with the warning checks the handler tests share.
/// </summary>
internal sealed record GroundStationHarness(IResourceHandler Handler, Mock<IGroundStationApi> Api, Mock<IEngineLog> Log, string Urn)
{
    /// <param name="urn">The resource URN warnings are expected to name.</param>
    /// <param name="handler">Builds the handler under test from the mocked services.</param>
    /// <param name="defaultTags">The provider's defaultTags.</param>
    /// <param name="logBehavior">Strict makes any log call with arguments the setup does not match fail the test.</param>
    public static GroundStationHarness Create(
        string urn,
        Func<ProviderServices, IResourceHandler> handler,
        IReadOnlyDictionary<string, string>? defaultTags = null,
        MockBehavior logBehavior = MockBehavior.Default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var api = new Mock<IGroundStationApi>(MockBehavior.Strict);
        var log = new Mock<IEngineLog>(logBehavior);
        log.Setup(l => l.LogAsync(It.IsAny<LogSeverity>(), It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<bool>())).Returns(Task.CompletedTask);
        var config = ProviderConfiguration.Default with { DefaultTags = defaultTags ?? new Dictionary<string, string>() };
        var services = new ProviderServices(config, log.Object, api.Object, Mock.Of<ICloudFrontApi>(MockBehavior.Strict));
        return new GroundStationHarness(handler(services), api, log, urn);
    }

    public void VerifyWarning(Func<string, bool> message, Times times) =>
        Log.Verify(l => l.LogAsync(LogSeverity.Warning, It.Is<string>(m => message(m)), Urn, It.IsAny<bool>()), times);

    public void VerifyNoWarning() =>
        Log.Verify(l => l.LogAsync(LogSeverity.Warning, It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<bool>()), Times.Never());
}
