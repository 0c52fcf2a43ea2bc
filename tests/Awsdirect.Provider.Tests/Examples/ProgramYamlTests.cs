using YamlDotNet.RepresentationModel;

namespace Awsdirect.Provider.Tests.Examples;

public sealed class ProgramYamlTests
{
    [Theory]
    [InlineData("v: 42", 42.0)]
    [InlineData("v: -7.5", -7.5)]
    [InlineData("v: 0.1", 0.1)]
    [InlineData("v: 1e3", 1000.0)]
    [InlineData("v: 0x1F", 31.0)]
    [InlineData("v: 0o17", 15.0)]
    [InlineData("v: true", true)]
    [InlineData("v: False", false)]
    [InlineData("v: ~", null)]
    [InlineData("v: null", null)]
    [InlineData("v:", null)]
    [InlineData("v: 1.2.3", "1.2.3")]
    [InlineData("v: yes", "yes")]
    [InlineData("v: 1_000", "1_000")]
    [InlineData("v: '42'", "42")]
    [InlineData("v: \"true\"", "true")]
    [InlineData("v: |-\n  42", "42")]
    [InlineData("v: arn:aws:iam::123456789012:role/r", "arn:aws:iam::123456789012:role/r")]
    [InlineData("v: http://127.0.0.1:4599", "http://127.0.0.1:4599")]
    [InlineData("v: ${res.arn}", "${res.arn}")]
    public void Value_PlainScalarsTypedAsTheCoreSchema_QuotedAndBlockScalarsStayStrings(string text, object? expected)
    {
        var scalar = Assert.IsType<YamlScalarNode>(Root(text).Get("v"));

        Assert.Equal(expected, scalar.Value());
    }

    [Fact]
    public void Load_KeepsKeyOrderAndLines()
    {
        var root = Root("""
            name: demo   # a comment
            # a comment line
            resources:
              second:
                type: a:b:D
              first:
                type: a:b:C
            """);

        var resources = Assert.IsType<YamlMappingNode>(root.Get("resources"));
        Assert.Equal(["second", "first"], resources.Entries().Select(e => e.Key));
        Assert.Equal(7, resources.Get("first")!.Line());
    }

    [Theory]
    [InlineData("a: &anchor 1\nb: 2", 1, "anchors and aliases")]
    [InlineData("a: &anchor 1\nb: *anchor", 1, "anchors and aliases")]
    [InlineData("a: 1\nb: !Ref a", 2, "explicit tags")]
    [InlineData("a: 1\n? [x, y]\n: 2", 2, "keys are scalars")]
    [InlineData("a: 1\n---\nb: 2", 3, "only one document")]
    [InlineData("a: 1\nb: 2\nb: 3", 3, "Duplicate key")]
    public void Load_WhatTheExamplesMustNotUse_FailsNamingTheLine(string text, int line, string reason)
    {
        var e = Assert.Throws<ProgramYamlException>(() => ProgramYaml.Load(text));

        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Equal(line, e.Line);
    }

    [Theory]
    [InlineData("a:\n\tb: 1", "tab")]
    [InlineData("a: [1, 2", "flow sequence")]
    public void Load_InvalidYaml_FailsWithTheReadersReason(string text, string reason)
    {
        var e = Assert.Throws<ProgramYamlException>(() => ProgramYaml.Load(text));

        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.InRange(e.Line, 1, 2);
    }

    private static YamlMappingNode Root(string text) => Assert.IsType<YamlMappingNode>(ProgramYaml.Load(text));
}
