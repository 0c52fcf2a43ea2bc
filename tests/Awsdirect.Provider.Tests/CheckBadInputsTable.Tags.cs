using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.Common;
using Awsdirect.Provider.Tests.CloudFront;
using Cfg = Awsdirect.Provider.Tests.GroundStation.Configs.ConfigFixtures;
using Eg = Awsdirect.Provider.Tests.GroundStation.EndpointGroups.EndpointGroupFixtures;
using Mp = Awsdirect.Provider.Tests.GroundStation.MissionProfiles.MissionProfileFixtures;

namespace Awsdirect.Provider.Tests.GroundStation;

/// <summary>
/// The tag part of the bad-input table, for every one of the five types: one tag rule set, so each
/// mistake is refused by each type at Check, naming the tag's path and the rule, with no AWS call.
/// </summary>
public partial class CheckBadInputsTable
{
    private static readonly Dictionary<string, (Func<PropertyValue> Tags, string Path, string Rule)> TagBadInputs = new()
    {
        ["tag key of 129 characters"] = (() => Tags((new string('k', 129), "v")), "tags." + new string('k', 129), "tag key length"),
        ["tag value of 257 characters"] = (() => Tags(("team", new string('v', 257))), "tags.team", "tag value length"),
        ["empty tag key"] = (() => Tags(("", "v")), "tags[\"\"]", "tag key length"),
        ["tag key reserved for AWS"] = (() => Tags(("aws:owner", "ops")), "tags[\"aws:owner\"]", "reserved tag key"),
        ["tag key reserved for AWS in upper case"] = (() => Tags(("AWS:owner", "ops")), "tags[\"AWS:owner\"]", "reserved tag key"),
        ["tag key reserved for the provider"] = (() => Tags(("awsdirect:createToken", "t")), "tags[\"awsdirect:createToken\"]", "reserved tag key"),
        ["tag key ending in a newline"] = (() => Tags(("team\n", "v")), "tags[\"team\n\"]", "tag key characters"),
        ["tag value with a semicolon"] = (() => Tags(("team", "a;b")), "tags.team", "tag value characters"),
        ["tag value is a number"] = (() => PropertyValue.Create(new PropertyMap().Set("team", 7)), "tags.team", "type"),
        ["tags is a list"] = (() => PropertyValue.Create([PropertyValue.Create("mission")]), "tags", "type"),
        ["one tag more than the user limit"] = (() => Tags([.. Enumerable.Range(0, TagRules.MaxUserTags + 1).Select(i => ($"k{i}", "v"))]), "tags", "tag count"),
    };

    private static readonly Dictionary<string, (Func<PropertyMap> Inputs, Func<PropertyMap, Task<CheckResult>> Check)> TaggedTypes = new()
    {
        ["Config"] = (() => Cfg.Inputs(), inputs => CheckWithoutCalls(Cfg.Handler(), Cfg.Check(inputs))),
        ["DataflowEndpointGroup"] = (() => Eg.V1(Eg.DataflowEndpointJson), inputs => CheckWithoutCalls(Eg.Handler(), Eg.Check(inputs))),
        ["DataflowEndpointGroupV2"] = (() => Eg.V2(Eg.DownlinkV2Json), inputs => CheckWithoutCalls(Eg.Handler(v2: true), Eg.Check(inputs))),
        ["MissionProfile"] = (() => Mp.Inputs(), inputs => CheckWithoutCalls(Mp.Handler(), Mp.Check(inputs))),
        ["ConnectionGroup"] = (() => ConnectionGroupHarness.Map(("name", "edge-prod")), async inputs =>
        {
            var harness = new ConnectionGroupHarness();
            var result = await harness.Handler.CheckAsync(ConnectionGroupHarness.Check(inputs), CancellationToken.None);
            harness.Api.VerifyNoOtherCalls();
            return result;
        }
        ),
    };

    public static TheoryData<string, string> TagBadInputCases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var type in TaggedTypes.Keys)
            {
                foreach (var mistake in TagBadInputs.Keys)
                {
                    data.Add(type, mistake);
                }
            }

            return data;
        }
    }

    public static TheoryData<string> TaggedTypeNames => new(TaggedTypes.Keys);

    [Theory]
    [MemberData(nameof(TagBadInputCases))]
    public async Task Check_TagBadInput_EveryTypeNamesPathAndRuleWithoutAwsCalls(string type, string caseName)
    {
        var (inputs, check) = TaggedTypes[type];
        var (tags, path, rule) = TagBadInputs[caseName];

        var result = await check(inputs().Set("tags", tags()));

        Assert.Contains(result.Failures, f => f.Property == path && f.Reason.StartsWith(rule, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TaggedTypeNames))]
    public async Task Check_TagsAtEveryLimit_AcceptedByEveryType(string type)
    {
        var (inputs, check) = TaggedTypes[type];

        // 65 characters outside the BMP are 130 UTF-16 units: AWS counts 65, so the key is fine.
        var astral = string.Concat(Enumerable.Repeat("\U0001D400", 65));
        var tags = Enumerable.Range(0, TagRules.MaxUserTags - 4).Select(i => ($"k{i}", "v"))
            .Append((new string('k', 128), new string('v', 256)))
            .Append((astral, string.Concat(Enumerable.Repeat("\U00020000", 256))))
            .Append(("Größe ünd Maß", "日本語 テキスト"))
            .Append(("empty", ""));
        var result = await check(inputs().Set("tags", Tags([.. tags])));

        Assert.DoesNotContain(result.Failures, f => f.Property.StartsWith("tags", StringComparison.Ordinal));
        Assert.Empty(result.Failures);
    }

    private static PropertyValue Tags(params (string Key, string Value)[] tags) =>
        PropertyValue.Create(tags.Select(t => new KeyValuePair<string, PropertyValue>(t.Key, t.Value)));

    private static async Task<CheckResult> CheckWithoutCalls(GroundStationHarness harness, CheckRequest request)
    {
        var result = await harness.Handler.CheckAsync(request, CancellationToken.None);
        harness.Api.VerifyNoOtherCalls();
        return result;
    }
}
