using Awsdirect.Provider.Host;
using Awsdirect.Provider.Resources;

namespace Awsdirect.Provider.Tests.Host;

/// <summary>The small pieces of the host: argv, URNs, property paths, the engine log fallback.</summary>
public sealed class HostPartsTests
{
    [Theory]
    [InlineData(new[] { "127.0.0.1:5000" }, "127.0.0.1:5000", false, 0, null)]
    [InlineData(new[] { "--logtostderr", "-v=9", "--tracing", "http://zipkin:9411", "127.0.0.1:5000" }, "127.0.0.1:5000", true, 9, "http://zipkin:9411")]
    [InlineData(new[] { "-v", "3", "--logflow", "localhost:1" }, "localhost:1", false, 3, null)]
    [InlineData(new string[0], null, false, 0, null)]
    public void PluginArguments_AsTheEngineSendsThem(string[] args, string? address, bool logToStderr, int verbosity, string? tracing)
    {
        var parsed = PluginArguments.Parse(args);

        Assert.Equal(new PluginArguments(address, logToStderr, verbosity, tracing), parsed);
    }

    [Theory]
    [InlineData("urn:pulumi:dev::mission::awsdirect:groundstation:Config::track", "awsdirect:groundstation:Config", "track")]
    [InlineData("urn:pulumi:dev::mission::awsdirect:index:DownlinkMission$awsdirect:groundstation:Config::m-track", "awsdirect:groundstation:Config", "m-track")]
    [InlineData("urn:pulumi:dev::mission::awsdirect:groundstation:Config::a::b", "awsdirect:groundstation:Config", "a::b")]
    [InlineData("not-a-urn", "", "")]
    public void UrnParts_TypeAndName(string urn, string type, string name)
    {
        Assert.Equal(type, UrnParts.Type(urn));
        Assert.Equal(name, UrnParts.Name(urn));
    }

    [Theory]
    [InlineData("tags", "tags")]
    [InlineData("tags.team", "tags")]
    [InlineData("dataflowEdges[1].destination", "dataflowEdges")]
    [InlineData("[\"a.b\"].c", "a.b")]
    public void TopLevelProperty_OfADiffPath(string path, string expected) =>
        Assert.Equal(expected, ResourceMessages.TopLevel(path));

    [Fact]
    public async Task EngineLog_WithoutEngineAddress_WritesToStderrWithTheUrn()
    {
        using var stderr = new StringWriter();
        await using (var log = new EngineLog(null, stderr))
        {
            await log.LogAsync(LogSeverity.Warning, "group g-1 was deleted", "urn:pulumi:dev::m::t::g");
            await log.FlushAsync(TimeSpan.FromSeconds(5));
        }

        Assert.Contains("warning: urn:pulumi:dev::m::t::g: group g-1 was deleted", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EngineLog_EngineUnreachable_FallsBackToStderr_WithoutThrowing()
    {
        using var stderr = new StringWriter();

        // Port 9 on loopback: nothing listens there, so the send fails fast.
        await using (var log = new EngineLog("127.0.0.1:9", stderr))
        {
            await log.LogAsync(LogSeverity.Error, "could not reach AWS");
            await log.FlushAsync(TimeSpan.FromSeconds(10));
        }

        Assert.Contains("error: could not reach AWS", stderr.ToString(), StringComparison.Ordinal);
    }
}
