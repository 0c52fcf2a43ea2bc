using Awsdirect.Provider.Resources.GroundStation.Configs;

namespace Awsdirect.Provider.Tests.GroundStation.Configs;

public class ConfigJsonTests
{
    [Theory]
    [InlineData("""{"type":"QPSK"}""")]
    [InlineData("""{ "a": [1, 2.5, -3, 1e300], "b": { "c": true, "d": null } }""")]
    [InlineData("""{"a":{"a":{"a":1}},"b":"a"}""")]
    public void Problem_AcceptedJson_Null(string text) => Assert.Null(ConfigJson.Problem(text));

    [Theory]
    [InlineData("""{"type": "QPSK" """, "valid JSON")]
    [InlineData("""{type: QPSK}""", "valid JSON")]
    [InlineData("""{"a":1,}""", "valid JSON")]
    [InlineData("""{"a":1} {"b":2}""", "valid JSON")]
    [InlineData("""[1, 2]""", "JSON object")]
    [InlineData("""  "text" """, "JSON object")]
    [InlineData("", "valid JSON")]
    [InlineData("""{"a":1,"a":2}""", "duplicate member")]
    [InlineData("""{"x":{"a":1,"b":{"a":2},"a":3}}""", "duplicate member")]
    [InlineData("""{"a":1e400}""", "number range")]
    [InlineData("""{"a":-1e309}""", "number range")]
    public void Problem_RefusedJson_NamesRule(string text, string rule)
    {
        var problem = ConfigJson.Problem(text);

        Assert.NotNull(problem);
        Assert.StartsWith(rule, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_NestingBeyondLimit_Refused()
    {
        var atLimit = "{\"a\":" + string.Concat(Enumerable.Repeat("[", ConfigJson.MaxDepth - 1)) + string.Concat(Enumerable.Repeat("]", ConfigJson.MaxDepth - 1)) + "}";
        var over = "{\"a\":" + string.Concat(Enumerable.Repeat("[", ConfigJson.MaxDepth)) + string.Concat(Enumerable.Repeat("]", ConfigJson.MaxDepth)) + "}";

        Assert.Null(ConfigJson.Problem(atLimit));
        Assert.StartsWith("nesting depth", ConfigJson.Problem(over), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"b":1,"a":[2,3]}""", """{ "a" : [2.0, 3], "b" : 1.0 }""")]
    [InlineData("""{"a":12345678901234567890}""", """{"a":1.2345678901234567890e19}""")]
    public void Canonical_SameMeaning_SameText(string left, string right) =>
        Assert.Equal(ConfigJson.Canonical(left), ConfigJson.Canonical(right));

    [Theory]
    [InlineData("""{"a":1,"a":2}""")]
    [InlineData("""{"a":1e400}""")]
    [InlineData("""{"a":""")]
    [InlineData("not json")]
    [InlineData(null)]
    public void Canonical_AnyText_NeverThrows(string? text)
    {
        var canonical = ConfigJson.Canonical(text);

        Assert.True(canonical is null || canonical.Length > 0);
    }

    [Fact]
    public void Canonical_OutOfRangeNumbers_CompareByDigits()
    {
        Assert.NotEqual(ConfigJson.Canonical("""{"a":1e400}"""), ConfigJson.Canonical("""{"a":2e400}"""));
        Assert.Equal(ConfigJson.Canonical("""{"a":1e400}"""), ConfigJson.Canonical("""{ "a": 1e400 }"""));
    }
}
