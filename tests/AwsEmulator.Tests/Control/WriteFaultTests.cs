using System.Net;
using System.Xml.Linq;
using AwsEmulator.Control;
using AwsEmulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Tests.Control;

/// <summary>
/// Every write operation of both services under every fault that can hide its outcome, over real HTTP:
/// a drop after commit leaves the write done, a reset or a 5xx or a throttle before commit leaves it undone,
/// and the counters name the kind and the operation.
/// </summary>
public sealed class WriteFaultTests : IClassFixture<EmulatorFixture>, IDisposable
{
    private const string Cg = "/2020-05-31/connection-group";
    private const string Aip = "/2020-05-31/anycast-ip-list";
    private const string CfTagging = "/2020-05-31/tagging";
    private static readonly XNamespace Ns = AwsTestClient.CloudFrontNs;

    private readonly EmulatorFixture _fixture;
    private readonly AwsTestClient _client;

    public WriteFaultTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _client = fixture.NewClient();
    }

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        string[] writes =
        [
            "groundstation:CreateConfig", "groundstation:UpdateConfig", "groundstation:DeleteConfig",
            "groundstation:CreateDataflowEndpointGroup", "groundstation:CreateDataflowEndpointGroupV2", "groundstation:DeleteDataflowEndpointGroup",
            "groundstation:CreateMissionProfile", "groundstation:UpdateMissionProfile", "groundstation:DeleteMissionProfile",
            "groundstation:TagResource", "groundstation:UntagResource",
            "cloudfront:CreateConnectionGroup", "cloudfront:UpdateConnectionGroup", "cloudfront:DeleteConnectionGroup",
            "cloudfront:CreateAnycastIpList", "cloudfront:UpdateAnycastIpList", "cloudfront:DeleteAnycastIpList",
            "cloudfront:TagResource", "cloudfront:UntagResource",
        ];
        foreach (var write in writes)
        {
            var (service, operation) = (write.Split(':')[0], write.Split(':')[1]);
            foreach (var kind in new[] { FaultKinds.DropAfterCommit, FaultKinds.Status500AfterCommit, FaultKinds.ResetBeforeCommit, FaultKinds.Error5xx, FaultKinds.Throttle })
            {
                data.Add(service, operation, kind);
            }
        }

        return data;
    }

    public void Dispose() => _client.Dispose();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Write_UnderFault_CommitsExactlyWhenTheFaultComesAfterCommit(string service, string operation, string kind)
    {
        var write = await PrepareAsync(service, operation);
        _fixture.Host.AddFault(Rule(service, operation, kind));

        int? status;
        try
        {
            status = await write.Act();
        }
        catch (HttpRequestException)
        {
            status = null;
        }

        var committed = await write.Committed();

        var expected = kind switch
        {
            FaultKinds.DropAfterCommit or FaultKinds.ResetBeforeCommit => (int?)null,
            FaultKinds.Status500AfterCommit => 500,
            FaultKinds.Error5xx => 503,
            _ => 400,
        };
        Assert.Equal(expected, status);
        Assert.Equal(kind is FaultKinds.DropAfterCommit or FaultKinds.Status500AfterCommit, committed);
        var injected = _fixture.Host.InjectedFaults;
        Assert.Equal(1, injected.Total);
        Assert.Equal(1, injected.ByOperation[$"{service}:{operation}"][kind]);
    }

    private static FaultRule Rule(string service, string operation, string kind) => kind switch
    {
        FaultKinds.DropAfterCommit => new FaultRule { Service = service, Operation = operation, DropResponseAfterCommit = true, Count = 1 },
        FaultKinds.Status500AfterCommit => new FaultRule { Service = service, Operation = operation, DropResponseAfterCommit = true, DropStyle = "status500", Count = 1 },
        FaultKinds.ResetBeforeCommit => new FaultRule { Service = service, Operation = operation, ResetBeforeCommit = true, Count = 1 },
        FaultKinds.Error5xx => new FaultRule { Service = service, Operation = operation, ErrorCode = "ServiceUnavailable", HttpStatus = 503, Count = 1 },
        _ => new FaultRule { Service = service, Operation = operation, Throttle = true, Count = 1 },
    };

    /// <summary>Sets up what the write needs (fault-free) and returns the write and a probe of whether it took effect.</summary>
    private async Task<Write> PrepareAsync(string service, string operation)
    {
        switch (service, operation)
        {
            case ("groundstation", "CreateConfig"):
                return new Write(
                    () => GsStatus(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking", "made")),
                    async () => ((JArray)(await _client.Gs(HttpMethod.Get, "/config")).Body["configList"]!).Count == 1);
            case ("groundstation", "UpdateConfig"):
                {
                    var id = await GsConfig("tracking", "before");
                    var body = GsSamples.CreateConfig("tracking", "after");
                    return new Write(
                        () => GsStatus(HttpMethod.Put, $"/config/tracking/{id}", body),
                        async () => (string?)(await _client.Gs(HttpMethod.Get, $"/config/tracking/{id}")).Body["name"] == "after");
                }

            case ("groundstation", "DeleteConfig"):
                {
                    var id = await GsConfig("tracking", "doomed");
                    return new Write(
                        () => GsStatus(HttpMethod.Delete, $"/config/tracking/{id}"),
                        async () => (await _client.Gs(HttpMethod.Get, $"/config/tracking/{id}")).ErrorType == "ResourceNotFoundException");
                }

            case ("groundstation", "CreateDataflowEndpointGroup"):
                return new Write(() => GsStatus(HttpMethod.Post, "/dataflowEndpointGroup", GsSamples.EndpointGroupV1()), () => GroupCount(1));
            case ("groundstation", "CreateDataflowEndpointGroupV2"):
                return new Write(() => GsStatus(HttpMethod.Post, "/dataflowEndpointGroupV2", GsSamples.EndpointGroupV2()), () => GroupCount(1));
            case ("groundstation", "DeleteDataflowEndpointGroup"):
                {
                    var id = (string?)(await _client.Gs(HttpMethod.Post, "/dataflowEndpointGroup", GsSamples.EndpointGroupV1())).Body["dataflowEndpointGroupId"];
                    return new Write(() => GsStatus(HttpMethod.Delete, $"/dataflowEndpointGroup/{id}"), () => GroupCount(0));
                }

            case ("groundstation", "CreateMissionProfile"):
                {
                    var profile = await MissionProfileBody();
                    return new Write(
                        () => GsStatus(HttpMethod.Post, "/missionprofile", profile),
                        async () => ((JArray)(await _client.Gs(HttpMethod.Get, "/missionprofile")).Body["missionProfileList"]!).Count == 1);
                }

            case ("groundstation", "UpdateMissionProfile"):
                {
                    var id = await MissionProfile();
                    return new Write(
                        () => GsStatus(HttpMethod.Put, $"/missionprofile/{id}", new JObject { ["minimumViableContactDurationSeconds"] = 240 }),
                        async () => (int?)(await _client.Gs(HttpMethod.Get, $"/missionprofile/{id}")).Body["minimumViableContactDurationSeconds"] == 240);
                }

            case ("groundstation", "DeleteMissionProfile"):
                {
                    var id = await MissionProfile();
                    return new Write(
                        () => GsStatus(HttpMethod.Delete, $"/missionprofile/{id}"),
                        async () => (await _client.Gs(HttpMethod.Get, $"/missionprofile/{id}")).ErrorType == "ResourceNotFoundException");
                }

            case ("groundstation", "TagResource"):
                {
                    var arn = Uri.EscapeDataString(await GsConfigArn());
                    return new Write(
                        () => GsStatus(HttpMethod.Post, $"/tags/{arn}", new JObject { ["tags"] = new JObject { ["owner"] = "soak" } }),
                        async () => (string?)(await _client.Gs(HttpMethod.Get, $"/tags/{arn}")).Body["tags"]?["owner"] == "soak");
                }

            case ("groundstation", "UntagResource"):
                {
                    var arn = Uri.EscapeDataString(await GsConfigArn(new JObject { ["owner"] = "soak" }));
                    return new Write(
                        () => GsStatus(HttpMethod.Delete, $"/tags/{arn}?tagKeys=owner"),
                        async () => (await _client.Gs(HttpMethod.Get, $"/tags/{arn}")).Body["tags"]?["owner"] is null);
                }

            case ("cloudfront", "CreateConnectionGroup"):
                return new Write(
                    () => CfStatus(HttpMethod.Post, Cg, new XElement(Ns + "CreateConnectionGroupRequest", new XElement(Ns + "Name", "made"))),
                    async () => (await _client.Cf(HttpMethod.Get, $"{Cg}/made")).Status == HttpStatusCode.OK);
            case ("cloudfront", "UpdateConnectionGroup"):
                {
                    var created = await Group("changing", enabled: true);
                    return new Write(
                        () => CfStatus(HttpMethod.Put, $"{Cg}/{created.Value("Id")}", new XElement(Ns + "UpdateConnectionGroupRequest", new XElement(Ns + "Enabled", "false")), created.ETag),
                        async () => (await _client.Cf(HttpMethod.Get, $"{Cg}/{created.Value("Id")}")).Value("Enabled") == "false");
                }

            case ("cloudfront", "DeleteConnectionGroup"):
                {
                    var created = await Group("doomed", enabled: false);
                    var deployed = await WaitDeployed(Cg, created.Value("Id")!);

                    // A group being deleted is still found by Get until the delete rolls out; a second delete is not.
                    return new Write(
                        () => CfStatus(HttpMethod.Delete, $"{Cg}/{created.Value("Id")}", null, deployed.ETag),
                        async () => (await _client.Cf(HttpMethod.Delete, $"{Cg}/{created.Value("Id")}", ifMatch: deployed.ETag)).Status == HttpStatusCode.NotFound);
                }

            case ("cloudfront", "CreateAnycastIpList"):
                return new Write(
                    () => CfStatus(HttpMethod.Post, Aip, AnycastList("made")),
                    async () => (await _client.Cf(HttpMethod.Get, Aip + "?MaxItems=100")).Body!.Descendants(Ns + "Name").Any(n => n.Value == "made"));
            case ("cloudfront", "UpdateAnycastIpList"):
                {
                    var created = await _client.Cf(HttpMethod.Post, Aip, AnycastList("changing"));
                    var id = created.Value("Id")!;
                    return new Write(
                        () => CfStatus(HttpMethod.Put, $"{Aip}/{id}", new XElement(Ns + "UpdateAnycastIpListRequest", new XElement(Ns + "IpAddressType", "dualstack")), created.ETag),
                        async () => (await _client.Cf(HttpMethod.Get, $"{Aip}/{id}")).Value("IpAddressType") == "dualstack");
                }

            case ("cloudfront", "DeleteAnycastIpList"):
                {
                    var id = (await _client.Cf(HttpMethod.Post, Aip, AnycastList("doomed"))).Value("Id")!;
                    var deployed = await WaitDeployed(Aip, id);
                    return new Write(
                        () => CfStatus(HttpMethod.Delete, $"{Aip}/{id}", null, deployed.ETag),
                        async () => (await _client.Cf(HttpMethod.Get, $"{Aip}/{id}")).Status == HttpStatusCode.NotFound);
                }

            case ("cloudfront", "TagResource"):
                {
                    var arn = Uri.EscapeDataString((await Group("tagged", enabled: true)).Value("Arn")!);
                    return new Write(
                        () => CfStatus(HttpMethod.Post, $"{CfTagging}?Operation=Tag&Resource={arn}", Tags(("owner", "soak"))),
                        async () => (await _client.Cf(HttpMethod.Get, $"{CfTagging}?Resource={arn}")).Body!.Descendants(Ns + "Key").Any(k => k.Value == "owner"));
                }

            case ("cloudfront", "UntagResource"):
                {
                    var arn = Uri.EscapeDataString((await Group("untagged", enabled: true)).Value("Arn")!);
                    await _client.Cf(HttpMethod.Post, $"{CfTagging}?Operation=Tag&Resource={arn}", Tags(("owner", "soak")));
                    return new Write(
                        () => CfStatus(HttpMethod.Post, $"{CfTagging}?Operation=Untag&Resource={arn}", new XElement(Ns + "TagKeys", new XElement(Ns + "Items", new XElement(Ns + "Key", "owner")))),
                        async () => !(await _client.Cf(HttpMethod.Get, $"{CfTagging}?Resource={arn}")).Body!.Descendants(Ns + "Key").Any(k => k.Value == "owner"));
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(operation), $"{service}:{operation} has no case.");
        }
    }

    private async Task<int?> GsStatus(HttpMethod method, string path, JObject? body = null) => (int)(await _client.Gs(method, path, body)).Status;

    private async Task<int?> CfStatus(HttpMethod method, string path, XElement? body, string? ifMatch = null) =>
        (int)(await _client.Cf(method, path, body, ifMatch)).Status;

    private async Task<string> GsConfig(string type, string name) =>
        (string)(await _client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig(type, name))).Body["configId"]!;

    private async Task<string> GsConfigArn(JObject? tags = null) =>
        (string)(await _client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig("tracking", "tagged", tags))).Body["configArn"]!;

    private async Task<bool> GroupCount(int expected) =>
        ((JArray)(await _client.Gs(HttpMethod.Get, "/dataflowEndpointGroup")).Body["dataflowEndpointGroupList"]!).Count == expected;

    private async Task<JObject> MissionProfileBody()
    {
        async Task<string> Arn(string type) => (string)(await _client.Gs(HttpMethod.Post, "/config", GsSamples.CreateConfig(type, type))).Body["configArn"]!;
        var tracking = await Arn("tracking");
        var source = await Arn("antenna-downlink-demod-decode");
        var destination = await Arn("dataflow-endpoint");
        return GsSamples.MissionProfile(tracking, GsSamples.Edges(new JArray(source, destination)));
    }

    private async Task<string> MissionProfile() =>
        (string)(await _client.Gs(HttpMethod.Post, "/missionprofile", await MissionProfileBody())).Body["missionProfileId"]!;

    private async Task<CfResponse> Group(string name, bool enabled)
    {
        var created = await _client.Cf(HttpMethod.Post, Cg, new XElement(Ns + "CreateConnectionGroupRequest",
            new XElement(Ns + "Name", name), new XElement(Ns + "Enabled", enabled ? "true" : "false")));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        return created;
    }

    private static XElement AnycastList(string name) =>
        new(Ns + "CreateAnycastIpListRequest", new XElement(Ns + "Name", name), new XElement(Ns + "IpCount", 3));

    private static XElement Tags(params (string Key, string Value)[] tags) =>
        new(Ns + "Tags", new XElement(Ns + "Items", tags.Select(t => new XElement(Ns + "Tag", new XElement(Ns + "Key", t.Key), new XElement(Ns + "Value", t.Value)))));

    private async Task<CfResponse> WaitDeployed(string collection, string id)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var got = await _client.Cf(HttpMethod.Get, $"{collection}/{id}");
            if (got.Value("Status") == "Deployed")
            {
                return got;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"{collection}/{id} never reported Deployed");
    }

    private sealed record Write(Func<Task<int?>> Act, Func<Task<bool>> Committed);
}
