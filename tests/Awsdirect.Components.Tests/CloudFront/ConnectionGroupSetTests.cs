using Awsdirect.Components.CloudFront;
using Awsdirect.Components.Hosting;
using Awsdirect.Components.Tests.Support;
using Awsdirect.Components.Values;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Components.Tests.CloudFront;

public class ConnectionGroupSetTests
{
    private const string Name = "edge";
    private const string GroupToken = "awsdirect:cloudfront:ConnectionGroup";

    internal const string Base = """
        {
          "anycastIpListId": "aip_0123456789abcdef",
          "anycastIpListIpAddressType": "dualstack",
          "tags": { "team": "media", "cost-center": "42" },
          "environments": [
            { "name": "dev", "enabled": false },
            { "name": "staging" },
            { "name": "prod", "ipv6Enabled": false, "tags": { "cost-center": "7" } }
          ]
        }
        """;

    [Fact]
    public async Task Construct_ThreeEnvironments_OneConnectionGroupEachParentedByTheSet()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Parse(Base));

        Assert.Equal(new[] { "edge-dev", "edge-prod", "edge-staging" }, engine.Registrations.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(engine.Registrations, r => Assert.Equal(GroupToken, r.Type));
        Assert.All(engine.Registrations, r => Assert.Equal(FakeEngine.ComponentUrn(ConnectionGroupSet.TypeToken, Name), r.Args.Options.Parent));
        Assert.Equal("edge-prod", engine.Child("edge-prod").Input("name").StringValue);
    }

    [Fact]
    public async Task Construct_EveryGroup_SharesTheAnycastListAndHonoursPerEnvironmentSwitches()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Parse(Base));

        Assert.All(engine.Registrations, r => Assert.Equal("aip_0123456789abcdef", r.Input("anycastIpListId").StringValue));
        Assert.False(engine.Child("edge-dev").Input("enabled").BoolValue);
        Assert.True(engine.Child("edge-staging").Input("enabled").BoolValue);
        Assert.True(engine.Child("edge-staging").Input("ipv6Enabled").BoolValue);
        Assert.False(engine.Child("edge-prod").Input("ipv6Enabled").BoolValue);
    }

    [Fact]
    public async Task Construct_Tags_SharedThenEnvironmentThenEnvironmentTag()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Parse(Base));

        var prod = engine.Child("edge-prod").Input("tags").ObjectValue;
        Assert.Equal("media", prod["team"].StringValue);
        Assert.Equal("7", prod["cost-center"].StringValue);
        Assert.Equal("prod", prod[ConnectionGroupSet.EnvironmentTagKey].StringValue);
        Assert.Equal("42", engine.Child("edge-dev").Input("tags").ObjectValue["cost-center"].StringValue);
    }

    [Fact]
    public async Task Construct_NamePrefixAndWaitForDeployment_ReachEveryGroup()
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Base, o =>
        {
            o["namePrefix"] = "media-edge";
            o["waitForDeployment"] = false;
        });

        await ConstructAsync(engine, inputs);

        Assert.Equal("media-edge-dev", engine.Child("edge-dev").Input("name").StringValue);
        Assert.All(engine.Registrations, r => Assert.False(r.Input("waitForDeployment").BoolValue));
    }

    [Fact]
    public async Task Construct_Outputs_ByEnvironmentFromEachGroup()
    {
        var engine = new FakeEngine();

        var outputs = await ConstructAsync(engine, Inputs.Parse(Base));

        foreach (var environment in new[] { "dev", "staging", "prod" })
        {
            var group = engine.Child("edge-" + environment);
            Assert.Equal(group.Reported("arn").StringValue, outputs["arns"].ObjectValue[environment].StringValue);
            Assert.Equal(group.Reported("routingEndpoint").StringValue, outputs["routingEndpoints"].ObjectValue[environment].StringValue);
            Assert.Equal(group.Result.Id.StringValue, outputs["ids"].ObjectValue[environment].StringValue);
            Assert.Contains(group.Result.Urn, outputs["ids"].ObjectValue[environment].Dependencies);
        }
    }

    [Fact]
    public async Task Construct_PreviewWithUnknownAnycastList_PassesItThroughAndLeavesOutputsUnknown()
    {
        var engine = new FakeEngine(preview: true);
        var inputs = Inputs.Edit(Base, o => o["anycastIpListId"] = Inputs.UnknownMarker);

        var outputs = await ConstructAsync(engine, inputs);

        Assert.All(engine.Registrations, r => Assert.True(r.Input("anycastIpListId").IsUnknown));
        Assert.True(outputs["arns"].ObjectValue["prod"].IsUnknown);
        Assert.Contains(engine.Child("edge-prod").Result.Urn, outputs["arns"].ObjectValue["prod"].Dependencies);
    }

    [Fact]
    public async Task Construct_NoAnycastList_LeavesTheInputOutSoCloudFrontUsesItsSharedIps()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Edit(Base, o =>
        {
            o.Remove("anycastIpListId");
            o.Remove("anycastIpListIpAddressType");
        }));

        Assert.All(engine.Registrations, r => Assert.False(r.Args.Inputs.ContainsKey("anycastIpListId")));
        Assert.All(engine.Registrations, r => Assert.False(r.Args.Inputs.ContainsKey("anycastIpListIpAddressType")));
    }

    private const string ListToken = "awsdirect:cloudfront:AnycastIpList";

    /// <summary>A set that creates its own list; no group sets IPv6, so the list type decides.</summary>
    private const string WithList = """
        {
          "namePrefix": "media-edge",
          "tags": { "team": "media" },
          "anycastIpList": { "name": "media-edge-ips", "ipCount": 21, "ipAddressType": "dualstack", "tags": { "allow-list": "partners" } },
          "environments": [ { "name": "staging", "enabled": false }, { "name": "prod" } ]
        }
        """;

    [Fact]
    public async Task Construct_AnycastIpList_CreatedFirstAndEveryGroupUsesItsId()
    {
        var engine = new FakeEngine();

        var outputs = await ConstructAsync(engine, Inputs.Parse(WithList));

        var list = Assert.Single(engine.OfType(ListToken));
        Assert.Equal(0, list.Order);
        Assert.Equal("edge-anycast-ips", list.Name);
        Assert.Equal(FakeEngine.ComponentUrn(ConnectionGroupSet.TypeToken, Name), list.Args.Options.Parent);
        Assert.Equal("media-edge-ips", list.Input("name").StringValue);
        Assert.Equal(21, list.Input("ipCount").NumberValue);
        Assert.Equal("dualstack", list.Input("ipAddressType").StringValue);
        Assert.Equal(new[] { "allow-list", "team" }, list.Input("tags").ObjectValue.Keys);
        foreach (var group in engine.OfType(GroupToken))
        {
            Assert.Equal(list.Result.Id.StringValue, group.Input("anycastIpListId").StringValue);
            Assert.Contains(list.Result.Urn, group.Input("anycastIpListId").Dependencies);
            Assert.Equal("dualstack", group.Input("anycastIpListIpAddressType").StringValue);
        }

        Assert.Equal(list.Result.Id.StringValue, outputs["anycastIpListId"].StringValue);
        Assert.Equal(21, outputs["anycastIps"].ArrayValue.Length);
        Assert.Contains(list.Result.Urn, outputs["anycastIps"].Dependencies);
    }

    [Fact]
    public async Task Construct_DualStackList_GroupsDefaultToIpv6()
    {
        var engine = new FakeEngine();

        await ConstructAsync(engine, Inputs.Parse(WithList));

        Assert.All(engine.OfType(GroupToken), g => Assert.True(g.Input("ipv6Enabled").BoolValue));
    }

    [Theory]
    [InlineData("ipv4")]
    [InlineData("ipv6")]
    [InlineData(null)]
    public async Task Construct_SingleStackList_GroupsDefaultToNoIpv6AndCarryTheListType(string? type)
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(WithList, o =>
        {
            var list = (JObject)o["anycastIpList"]!;
            list.Remove("ipAddressType");
            if (type is not null)
            {
                list["ipAddressType"] = type;
            }
        });

        await ConstructAsync(engine, inputs);

        Assert.All(engine.OfType(GroupToken), g => Assert.False(g.Input("ipv6Enabled").BoolValue));
        Assert.All(engine.OfType(GroupToken), g => Assert.Equal(type ?? "ipv4", g.Input("anycastIpListIpAddressType").StringValue));
        Assert.Equal(type is not null, engine.OfType(ListToken).Single().Args.Inputs.ContainsKey("ipAddressType"));
    }

    [Fact]
    public async Task Construct_ExistingListWithoutItsType_GroupsDefaultToNoIpv6()
    {
        var engine = new FakeEngine();

        var outputs = await ConstructAsync(engine, Inputs.Edit(Base, o => o.Remove("anycastIpListIpAddressType")));

        Assert.False(engine.Child("edge-staging").Input("ipv6Enabled").BoolValue);
        Assert.All(engine.Registrations, r => Assert.False(r.Args.Inputs.ContainsKey("anycastIpListIpAddressType")));
        Assert.Empty(engine.OfType(ListToken));
        Assert.Equal("aip_0123456789abcdef", outputs["anycastIpListId"].StringValue);
        Assert.True(outputs["anycastIps"].IsNull);
    }

    [Fact]
    public async Task Construct_NoList_GroupsDefaultToIpv6AsCloudFrontDoes()
    {
        var engine = new FakeEngine();

        var outputs = await ConstructAsync(engine, Inputs.Edit(Base, o =>
        {
            o.Remove("anycastIpListId");
            o.Remove("anycastIpListIpAddressType");
        }));

        Assert.True(engine.Child("edge-staging").Input("ipv6Enabled").BoolValue);
        Assert.True(outputs["anycastIpListId"].IsNull);
    }

    [Fact]
    public async Task Construct_PreviewOfNewList_GroupsGetUnknownIdButKnownTypeDependingOnTheList()
    {
        var engine = new FakeEngine(preview: true);

        await ConstructAsync(engine, Inputs.Parse(WithList));

        var list = engine.OfType(ListToken).Single();
        var prod = engine.Child("edge-prod");
        Assert.True(prod.Input("anycastIpListId").IsUnknown);
        Assert.Contains(list.Result.Urn, prod.Input("anycastIpListId").Dependencies);
        Assert.Equal("dualstack", prod.Input("anycastIpListIpAddressType").StringValue);
        Assert.True(prod.Input("ipv6Enabled").BoolValue);
    }

    public static TheoryData<string, string> Ipv6OnSingleStackList() => new()
    {
        { """{ "set": { "ipv6Enabled": true } }""", "ipv6Enabled" },
        { """{ "set": { "environments": [ { "name": "prod", "ipv6Enabled": true } ] } }""", "environments[0].ipv6Enabled" },
        { """{ "set": { "ipv6Enabled": true, "environments": [ { "name": "dev", "ipv6Enabled": false }, { "name": "prod", "ipv6Enabled": true } ] } }""", "environments[1].ipv6Enabled" },
    };

    [Theory]
    [MemberData(nameof(Ipv6OnSingleStackList))]
    public async Task Construct_Ipv6OnListNotDualStack_RefusedAtPreviewNamingTheProperty(string edit, string path)
    {
        foreach (var listed in new[] { "created", "given" })
        {
            var engine = new FakeEngine(preview: true);
            var inputs = Inputs.Edit(WithList, o =>
            {
                if (listed == "created")
                {
                    o["anycastIpList"]!["ipAddressType"] = "ipv4";
                }
                else
                {
                    o.Remove("anycastIpList");
                    o["anycastIpListId"] = "aip_0123456789abcdef";
                    o["anycastIpListIpAddressType"] = "ipv6";
                }

                Missions.DownlinkMissionTests.Apply(o, JObject.Parse(edit));
            });

            var error = await Assert.ThrowsAsync<ComponentInputException>(() => ConstructAsync(engine, inputs));

            var failure = Assert.Single(error.Errors);
            Assert.Equal(path, failure.Path);
            Assert.Contains("not dualstack", failure.Reason, StringComparison.Ordinal);
            engine.VerifyNothingRegistered();
        }
    }

    [Fact]
    public async Task Construct_Ipv6OnSetButEveryEnvironmentOptsOut_Accepted()
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(WithList, o =>
        {
            o["anycastIpList"]!["ipAddressType"] = "ipv4";
            o["ipv6Enabled"] = true;
            o["environments"] = JArray.Parse("""[ { "name": "prod", "ipv6Enabled": false } ]""");
        });

        await ConstructAsync(engine, inputs);

        Assert.False(engine.Child("edge-prod").Input("ipv6Enabled").BoolValue);
    }

    public static TheoryData<string, string> BadInputs() => new()
    {
        { """{ "set": { "anycastIpList": { "ipCount": 3 } } }""", "anycastIpList" },
        { """{ "remove": "anycastIpListId" }""", "anycastIpListIpAddressType" },
        { """{ "set": { "anycastIpListIpAddressType": "dual" } }""", "anycastIpListIpAddressType" },
        { """{ "set": { "anycastIpListId": "" } }""", "anycastIpListId" },
        { """{ "remove": "environments" }""", "environments" },
        { """{ "set": { "environments": [] } }""", "environments" },
        { """{ "set": { "environments": "<unknown>" } }""", "environments" },
        { """{ "set": { "environments": [ { "name": "prod" }, { "name": "prod" } ] } }""", "environments[1].name" },
        { """{ "set": { "environments": [ { "name": "prod east" } ] } }""", "environments[0].name" },
        { """{ "set": { "environments": [ { "enabled": true } ] } }""", "environments[0].name" },
        { """{ "set": { "environments": [ { "name": "prod", "enabled": "yes" } ] } }""", "environments[0].enabled" },
        { """{ "set": { "environments": [ { "name": "prod", "tags": { "tier": 1 } } ] } }""", "environments[0].tags.tier" },
        { """{ "set": { "namePrefix": "<unknown>" } }""", "namePrefix" },
        { """{ "set": { "ipv6Enabled": "true" } }""", "ipv6Enabled" },
    };

    public static TheoryData<string, string> BadListInputs() => new()
    {
        { """{ "set": { "anycastIpList": { "ipCount": 5 } } }""", "anycastIpList.ipCount" },
        { """{ "set": { "anycastIpList": { "ipCount": 3.5 } } }""", "anycastIpList.ipCount" },
        { """{ "set": { "anycastIpList": { "name": "x" } } }""", "anycastIpList.ipCount" },
        { """{ "set": { "anycastIpList": { "ipCount": 3, "name": "media edge" } } }""", "anycastIpList.name" },
        { """{ "set": { "anycastIpList": { "ipCount": 3, "ipAddressType": "IPV4" } } }""", "anycastIpList.ipAddressType" },
        { """{ "set": { "anycastIpList": { "ipCount": 3, "ipAddressType": "<unknown>" } } }""", "anycastIpList.ipAddressType" },
        { """{ "set": { "anycastIpList": { "ipCount": 3, "ipamCidrConfigs": [ { "cidr": "203.0.113.0/24" } ] } } }""", "anycastIpList.ipamCidrConfigs[0].ipamPoolArn" },
        { """{ "set": { "anycastIpList": { "ipCount": 3, "tags": { "a": 1 } } } }""", "anycastIpList.tags.a" },
        { """{ "set": { "anycastIpList": "<unknown>" } }""", "anycastIpList" },
        { """{ "set": { "anycastIpListIpAddressType": "ipv4" } }""", "anycastIpListIpAddressType" },
    };

    [Theory]
    [MemberData(nameof(BadListInputs))]
    public async Task Construct_BadListInput_RejectedNamingThePathBeforeRegisteringAnything(string edit, string path)
    {
        var engine = new FakeEngine(preview: true);
        var inputs = Inputs.Edit(WithList, o => Missions.DownlinkMissionTests.Apply(o, JObject.Parse(edit)));

        var error = await Assert.ThrowsAsync<ComponentInputException>(() => ConstructAsync(engine, inputs));

        Assert.Contains(error.Errors, e => e.Path == path);
        engine.VerifyNothingRegistered();
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Construct_BadInput_RejectedNamingTheInputBeforeRegisteringAnything(string edit, string path)
    {
        var engine = new FakeEngine();
        var inputs = Inputs.Edit(Base, o => Missions.DownlinkMissionTests.Apply(o, JObject.Parse(edit)));

        var error = await Assert.ThrowsAsync<ComponentInputException>(() => ConstructAsync(engine, inputs));

        Assert.Contains(error.Errors, e => e.Path == path);
        engine.VerifyNothingRegistered();
    }

    private static Task<IReadOnlyDictionary<string, ComponentValue>> ConstructAsync(FakeEngine engine, ComponentInputs inputs) =>
        new ConnectionGroupSet().ConstructAsync(engine.Context(ConnectionGroupSet.TypeToken, Name), inputs, CancellationToken.None);
}
