using System.Collections.Immutable;
using System.Net;
using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Configuration;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.CloudFront.ConnectionGroups;
using Awsdirect.Provider.Resources.Common;
using Awsdirect.Provider.Tests.Time;
using Moq;

namespace Awsdirect.Provider.Tests.CloudFront;

/// <summary>A connection group handler over a strict ICloudFrontApi mock, a recording engine log and a waiter that never sleeps.</summary>
internal sealed class ConnectionGroupHarness
{
    public const string Urn = "urn:pulumi:dev::edge::awsdirect:cloudfront:ConnectionGroup::edge";
    public const string Id = "cg_2abcDEF456ghiJKL789mnoPQR01";
    public const string Arn = "arn:aws:cloudfront::123456789012:connection-group/" + Id;
    public const string Endpoint = "abc123def456.cloudfront.net";

    public ConnectionGroupHarness(IReadOnlyDictionary<string, string>? defaultTags = null, TimeSpan? defaultTimeout = null)
    {
        var config = ProviderConfiguration.Default with { DefaultTags = defaultTags ?? new Dictionary<string, string>() };
        Log.Setup(l => l.LogAsync(It.IsAny<LogSeverity>(), It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<bool>()))
            .Callback<LogSeverity, string, string?, bool>((s, m, u, _) => Logs.Add((s, m, u)))
            .Returns(Task.CompletedTask);
        // Time passes only when the waiter sleeps, so timeouts are reached by poll count, not wall clock.
        var services = new ProviderServices(config, Log.Object, Mock.Of<IGroundStationApi>(MockBehavior.Strict), Api.Object) { Time = Clock };
        Handler = new ConnectionGroupHandler(services, new StatusWaiterOptions
        {
            DefaultTimeout = defaultTimeout ?? TimeSpan.FromMinutes(30),
        });
        Api.Setup(a => a.ListDistributionTenantsAsync(
                It.Is<ListDistributionTenantsRequest>(r => r.AssociationFilter != null && r.AssociationFilter.ConnectionGroupId == Id), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new ListDistributionTenantsResult { DistributionTenantList = [.. Tenants] });
    }

    public Mock<ICloudFrontApi> Api { get; } = new(MockBehavior.Strict);

    /// <summary>What ListDistributionTenants answers for this group (none unless a test adds some).</summary>
    public List<DistributionTenantSummary> Tenants { get; } = [];

    public Mock<IEngineLog> Log { get; } = new();

    public List<(LogSeverity Severity, string Message, string? Urn)> Logs { get; } = [];

    /// <summary>The waiter's sleeps, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays => Clock.Sleeps;

    public SleeplessTime Clock { get; } = new();

    public ConnectionGroupHandler Handler { get; }

    public static ConnectionGroup Group(string status = "Deployed", bool enabled = true, bool ipv6 = true, string? anycast = null,
        IReadOnlyDictionary<string, string>? tags = null, string name = "edge-prod") => new()
        {
            Id = Id,
            Name = name,
            Arn = Arn,
            RoutingEndpoint = Endpoint,
            Status = status,
            Enabled = enabled,
            Ipv6Enabled = ipv6,
            AnycastIpListId = anycast,
            IsDefault = false,
            CreatedTime = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero),
            LastModifiedTime = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero),
            Tags = Tags.FromDictionary(tags ?? new Dictionary<string, string>()),
        };

    public static AwsServiceException Error(string code, HttpStatusCode status, string message = "from CloudFront") =>
        new("CloudFront", code, message, status, "req-1");

    public static PropertyMap Map(params (string Key, PropertyValue Value)[] entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));

    public static PropertyValue TagValue(params (string Key, string Value)[] tags) =>
        PropertyValue.Create(tags.Select(t => KeyValuePair.Create(t.Key, PropertyValue.Create(t.Value))));

    public static CheckRequest Check(PropertyMap news, PropertyMap? olds = null, byte[]? seed = null) =>
        new(Urn, "edge", ConnectionGroupHandler.TypeToken, olds ?? PropertyMap.Empty, news, seed ?? new byte[32]);

    public static DiffRequest Diff(PropertyMap olds, PropertyMap news, PropertyMap? state = null, params string[] ignore) =>
        new(Urn, Id, state ?? olds, olds, news, [.. ignore]);

    public static UpdateRequest Update(PropertyMap oldState, PropertyMap oldInputs, PropertyMap news, bool preview = false) =>
        new(Urn, Id, oldState, oldInputs, news, preview, ImmutableArray<string>.Empty);

    /// <summary>State as a create of <paramref name="inputs"/> would have recorded it.</summary>
    public static PropertyMap State(PropertyMap inputs, string etag = "E1AAAAAAAAAAAA", string status = "Deployed", bool enabled = true) =>
        ConnectionGroupState.Outputs(inputs, Group(status: status, enabled: enabled), etag, inputs.GetNonNull("tags"));

    /// <summary>From now on GetConnectionGroup answers EntityNotFound, as after a delete has rolled out.</summary>
    public void SetupGone() =>
        Api.Setup(a => a.GetConnectionGroupAsync(It.Is<GetConnectionGroupRequest>(r => r.Identifier == Id), It.IsAny<CancellationToken>()))
            .ThrowsAsync(Error(AwsErrorCodes.EntityNotFound, HttpStatusCode.NotFound, "The connection group does not exist."));

    public void SetupGet(params (ConnectionGroup Group, string ETag)[] answers)
    {
        var queue = new Queue<(ConnectionGroup, string)>(answers);
        Api.Setup(a => a.GetConnectionGroupAsync(It.Is<GetConnectionGroupRequest>(r => r.Identifier == Id), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() =>
            {
                var (group, etag) = queue.Count > 1 ? queue.Dequeue() : queue.Peek();
                return new GetConnectionGroupResult { ConnectionGroup = group, ETag = etag };
            });
    }
}
