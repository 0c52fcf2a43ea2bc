using Amazon.Runtime;
using Awsdirect.Provider.Aws;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Configuration;
using AwsEmulator;
using AwsEmulator.Http;
using Microsoft.Extensions.Time.Testing;

namespace Awsdirect.Integration.Tests.Aws;

/// <summary>
/// assumeRole over real HTTP with one fake clock for the provider and the emulator: the role's 15-minute
/// credentials are renewed inside their last five minutes, before they expire, so a call after a long wait
/// is signed with fresh keys, which the emulator verifies (it refuses expired ones with ExpiredTokenException).
/// </summary>
public sealed class AssumeRoleRefreshTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
    private EmulatorHost? _emulator;

    public async Task InitializeAsync() => _emulator = await EmulatorHost.StartAsync(new EmulatorOptions { Clock = _clock });

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    [Fact]
    public async Task LongWait_IntoTheLastFiveMinutes_RenewsBeforeExpiry()
    {
        var emulator = _emulator!;
        emulator.Credentials.Register("AKIAREFRESHSOURCE001", "refresh-source-secret-000000000000000");
        var config = ProviderConfiguration.Default with
        {
            Region = "us-east-2",
            Endpoints = new ServiceEndpoints(emulator.BaseAddress, emulator.BaseAddress) { Sts = emulator.BaseAddress },
            AssumeRole = new AssumeRoleSettings("arn:aws:iam::210987654321:role/deployer", "refresh", null, 900, null, new Dictionary<string, string>()),
        };
        var (groundStation, _) = AwsClientFactory.Create(config, null, new AwsClientOptions
        {
            Credentials = new StaticCredentialSource(new ImmutableCredentials("AKIAREFRESHSOURCE001", "refresh-source-secret-000000000000000", null)),
            Time = _clock,
        });

        await groundStation.ListConfigsAsync(new ListConfigsRequest());
        _clock.Advance(TimeSpan.FromMinutes(8));
        await groundStation.ListConfigsAsync(new ListConfigsRequest());
        // 11 minutes in: 4 minutes left, inside the renewal window though the old keys still work.
        _clock.Advance(TimeSpan.FromMinutes(3));
        await groundStation.ListConfigsAsync(new ListConfigsRequest());

        var lists = emulator.Calls.Where(c => c.Operation == "ListConfigs").ToList();
        var roles = emulator.Credentials.RoleRequests;
        Assert.Equal(2, roles.Count);
        Assert.Equal([roles[0].IssuedAccessKeyId, roles[0].IssuedAccessKeyId, roles[1].IssuedAccessKeyId], lists.Select(c => c.AccessKeyId));
        Assert.All(lists, c => Assert.Equal(SignatureCheck.Verified, c.Signature));
    }
}
