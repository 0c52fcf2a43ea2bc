using System.Collections.Immutable;
using Amazon.Runtime;
using Awsdirect.Provider.Aws;
using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Configuration;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.CloudFront.ConnectionGroups;
using Awsdirect.Provider.Tests.Time;
using AwsEmulator;
using Moq;
using Xunit.Abstractions;

namespace Awsdirect.Integration.Tests.Engine.CloudFront;

/// <summary>
/// The connection group handler with the provider's real CloudFront client against the emulator, every
/// lifecycle step, asserting the exact number of AWS calls each one makes. The emulator and the waiter
/// share one clock that moves only when the waiter sleeps, so the number of status polls a deployment
/// takes is fixed by the delays, not by how fast the machine is.
/// </summary>
public sealed class ConnectionGroupEmulatorLifecycleTests : IAsyncLifetime
{
    private const string Urn = "urn:pulumi:dev::edge::awsdirect:cloudfront:ConnectionGroup::edge";

    private readonly SleeplessTime _clock = new();
    private readonly ITestOutputHelper _output;
    private readonly List<(LogSeverity Severity, string Message, string? Urn)> _logs = [];
    private EmulatorHost? _emulator;
    private ICloudFrontApi? _api;

    public ConnectionGroupEmulatorLifecycleTests(ITestOutputHelper output) => _output = output;

    private EmulatorHost Emulator => _emulator!;

    private ICloudFrontApi Api => _api!;

    public async Task InitializeAsync()
    {
        _emulator = await EmulatorHost.StartAsync(new EmulatorOptions { Clock = _clock, CloudFrontDeploymentDelay = TimeSpan.Zero });
        var config = ProviderConfiguration.Default with { Region = "us-east-1", Endpoints = new ServiceEndpoints(_emulator.BaseAddress, _emulator.BaseAddress) };
        var options = new AwsClientOptions
        {
            Credentials = new StaticCredentialSource(new ImmutableCredentials("AKIAEMULATOR", "emulator-secret", null)),
            Time = _clock,
        };
        (_, _api) = AwsClientFactory.Create(config, null, options);
    }

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>
    /// Deployment delay 10 s against pauses of 1, 2, 3 and 4 s: every wait takes exactly four polls (the
    /// answer comes as CloudFront reports Deployed, at 10 s). A delete waits as long again for the group to
    /// be gone, after one read at once. Delay 0: every write already answers Deployed, and a deleted group
    /// is gone at once, which gives the minimum counts.
    /// </summary>
    [Theory]
    [InlineData(0, 0)]
    [InlineData(10, 4)]
    public async Task EveryStep_ExactAwsCallCounts(int deploySeconds, int polls)
    {
        Emulator.Options.CloudFrontDeploymentDelay = TimeSpan.FromSeconds(deploySeconds);
        var handler = Handler();
        var program = Map(("name", "edge-prod"), ("tags", Tags(("team", "edge"), ("stage", "a"))));

        var inputs = (await Step("check", 0, () => handler.CheckAsync(Check(program), default))).Inputs;
        var preview = await Step("preview create", 0, () => handler.CreateAsync(new CreateRequest(Urn, inputs, Preview: true), default));
        Assert.True(preview.Outputs["etag"].IsComputed);
        Assert.True(preview.Outputs["routingEndpoint"].IsComputed);

        var created = await Step("create", 1 + polls, () => handler.CreateAsync(new CreateRequest(Urn, inputs, Preview: false), default));
        Assert.StartsWith("cg_", created.Id, StringComparison.Ordinal);
        Assert.Equal("Deployed", created.Outputs["status"].StringValue);
        Assert.EndsWith(":connection-group/" + created.Id, created.Outputs["arn"].StringValue, StringComparison.Ordinal);
        Assert.Equal("CreateConnectionGroup", Emulator.Calls[0].Operation);
        Assert.Equal(polls > 0, _logs.Any(l => l.Severity == LogSeverity.Info && l.Urn == Urn && l.Message.Contains("is deployed", StringComparison.Ordinal)));

        var noOp = await Step("no-op diff", 0, () => handler.DiffAsync(Diff(created.Id, created.Outputs, inputs, inputs), default));
        Assert.Equal(DiffChanges.None, noOp.Changes);

        var refreshed = await Step("refresh", 1, () => handler.ReadAsync(new ReadRequest(Urn, created.Id, created.Outputs, inputs), default));
        Assert.Equal(inputs, refreshed.Inputs);
        Assert.Equal(created.Outputs["etag"], refreshed.Outputs["etag"]);

        // In place: IPv6 off (UpdateConnectionGroup with If-Match, then the wait).
        var ipv6Off = inputs.Set("ipv6Enabled", false);
        Assert.Empty((await handler.DiffAsync(Diff(created.Id, refreshed.Outputs, inputs, ipv6Off), default)).Replaces);
        var updated = await Step("update ipv6Enabled", 1 + polls, () => handler.UpdateAsync(Update(created.Id, refreshed.Outputs, inputs, ipv6Off), default));
        Assert.NotEqual(refreshed.Outputs["etag"], updated.Outputs["etag"]);
        Assert.False(updated.Outputs["ipv6Enabled"].BoolValue);

        // Tags in place: one TagResource, one UntagResource, ETag unchanged.
        var retagged = ipv6Off.Set("tags", Tags(("team", "cdn"), ("env", "test")));
        var tagged = await Step("update tags", 2, () => handler.UpdateAsync(Update(created.Id, updated.Outputs, ipv6Off, retagged), default));
        Assert.Equal(updated.Outputs["etag"], tagged.Outputs["etag"]);

        // Changed outside Pulumi: the next update is refused with one call and changes nothing.
        var current = await Api.GetConnectionGroupAsync(new GetConnectionGroupRequest { Identifier = created.Id });
        await Api.UpdateConnectionGroupAsync(new UpdateConnectionGroupRequest { Id = created.Id, IfMatch = current.ETag!, Enabled = false });
        var list = await Api.CreateAnycastIpListAsync(new CreateAnycastIpListRequest { Name = "edge-ips", IpCount = 3 });
        var listId = list.AnycastIpList!.Id;
        var reEnable = retagged.Set("anycastIpListId", listId);
        var stale = await Step("update after out-of-band change", 1, () => Assert.ThrowsAsync<ResourceException>(() =>
            handler.UpdateAsync(Update(created.Id, tagged.Outputs, retagged, reEnable), default)));
        Assert.Contains("changed outside Pulumi", stale.Message, StringComparison.Ordinal);
        Assert.Contains("pulumi refresh", stale.Message, StringComparison.Ordinal);
        Assert.False((await Api.GetConnectionGroupAsync(new GetConnectionGroupRequest { Identifier = created.Id })).ConnectionGroup!.Enabled);

        // Refresh takes the change in; the same update then goes through.
        var afterOob = await Step("refresh after out-of-band change", 1, () => handler.ReadAsync(new ReadRequest(Urn, created.Id, tagged.Outputs, retagged), default));
        Assert.False(afterOob.Inputs["enabled"].BoolValue);
        var reEnabled = await Step("update after refresh", 1 + polls, () => handler.UpdateAsync(Update(created.Id, afterOob.Outputs, afterOob.Inputs, reEnable), default));
        Assert.True(reEnabled.Outputs["enabled"].BoolValue);
        Assert.Equal(listId, reEnabled.Outputs["anycastIpListId"].StringValue);

        // Rename: an explicit name is replaced delete-before-replace. The old group is enabled: tenant check,
        // disable, wait, delete, wait until gone (so the same name could be taken again at once).
        var renamed = (await handler.CheckAsync(Check(reEnable.Set("name", "edge-prod-2")), default)).Inputs;
        var replace = await Step("replace diff", 0, () => handler.DiffAsync(Diff(created.Id, reEnabled.Outputs, reEnable, renamed), default));
        Assert.Equal(["name"], replace.Replaces);
        Assert.True(replace.DeleteBeforeReplace);
        await Step("replace: delete old (enabled)", 4 + (2 * polls), async () =>
        {
            await handler.DeleteAsync(new DeleteRequest(Urn, created.Id, reEnabled.Outputs, reEnable), default);
            return true;
        });
        var replacement = await Step("replace: create new", 1 + polls, () => handler.CreateAsync(new CreateRequest(Urn, renamed, Preview: false), default));
        Assert.NotEqual(created.Id, replacement.Id);

        // Import by id: the program's inputs match what is read back.
        var imported = await Step("import", 1, () => handler.ReadAsync(new ReadRequest(Urn, replacement.Id, PropertyMap.Empty, PropertyMap.Empty), default));
        var importCheck = await handler.CheckAsync(Check(reEnable.Set("name", "edge-prod-2")) with { Olds = imported.Inputs }, default);
        Assert.Equal(DiffChanges.None, (await handler.DiffAsync(Diff(replacement.Id, imported.Outputs, imported.Inputs, importCheck.Inputs), default)).Changes);

        // A disabled group deletes in one call, then the wait until it is gone.
        var disabled = await handler.UpdateAsync(Update(replacement.Id, imported.Outputs, imported.Inputs, imported.Inputs.Set("enabled", false)), default);
        await Step("destroy (disabled)", 2 + polls, async () =>
        {
            await handler.DeleteAsync(new DeleteRequest(Urn, replacement.Id, disabled.Outputs, imported.Inputs.Set("enabled", false)), default);
            return true;
        });

        var gone = await Step("refresh after delete", 1, () => handler.ReadAsync(new ReadRequest(Urn, replacement.Id, disabled.Outputs, imported.Inputs), default));
        Assert.Null(gone.Id);
        await Step("destroy (already gone)", 1, async () =>
        {
            await handler.DeleteAsync(new DeleteRequest(Urn, replacement.Id, disabled.Outputs, imported.Inputs), default);
            return true;
        });
    }

    [Fact]
    public async Task Delete_ETagMovedOutsidePulumi_RetriesWithFreshETag()
    {
        var handler = Handler();
        var inputs = (await handler.CheckAsync(Check(Map(("name", "edge-race"))), default)).Inputs;
        var created = await handler.CreateAsync(new CreateRequest(Urn, inputs, Preview: false), default);
        var current = await Api.GetConnectionGroupAsync(new GetConnectionGroupRequest { Identifier = created.Id });
        await Api.UpdateConnectionGroupAsync(new UpdateConnectionGroupRequest { Id = created.Id, IfMatch = current.ETag!, Ipv6Enabled = false });

        // Tenant check, refused disable, fresh read, disable, delete, gone check.
        await Step("destroy with stale ETag", 6, async () =>
        {
            await handler.DeleteAsync(new DeleteRequest(Urn, created.Id, created.Outputs, inputs), default);
            return true;
        });
        Assert.Null((await handler.ReadAsync(new ReadRequest(Urn, created.Id, created.Outputs, inputs), default)).Id);
    }

    private ConnectionGroupHandler Handler()
    {
        var log = new Mock<IEngineLog>();
        log.Setup(l => l.LogAsync(It.IsAny<LogSeverity>(), It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<bool>()))
            .Callback<LogSeverity, string, string?, bool>((s, m, u, _) => _logs.Add((s, m, u)))
            .Returns(Task.CompletedTask);
        var config = ProviderConfiguration.Default with { DefaultTags = new Dictionary<string, string> { ["env"] = "test" } };
        var services = new ProviderServices(config, log.Object, Mock.Of<Provider.Aws.GroundStation.IGroundStationApi>(MockBehavior.Strict), Api) { Time = _clock };
        return new ConnectionGroupHandler(services);
    }

    private Task<T> Step<T>(string name, int expectedCalls, Func<Task<T>> action) =>
        CallCountSteps.Step(Emulator, _output, name, expectedCalls, action);

    private static PropertyMap Map(params (string Key, PropertyValue Value)[] entries) => new(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));

    private static PropertyValue Tags(params (string Key, string Value)[] tags) =>
        PropertyValue.Create(tags.Select(t => KeyValuePair.Create(t.Key, PropertyValue.Create(t.Value))));

    private static CheckRequest Check(PropertyMap news) => new(Urn, "edge", ConnectionGroupHandler.TypeToken, PropertyMap.Empty, news, new byte[32]);

    private static DiffRequest Diff(string id, PropertyMap state, PropertyMap olds, PropertyMap news) => new(Urn, id, state, olds, news, ImmutableArray<string>.Empty);

    private static UpdateRequest Update(string id, PropertyMap state, PropertyMap olds, PropertyMap news) =>
        new(Urn, id, state, olds, news, Preview: false, ImmutableArray<string>.Empty);
}
