namespace Awsdirect.Provider.Tests.Examples;

public sealed class YamlSubsetTests
{
    [Fact]
    public void Parse_NestedMappingsAndSequences_KeepOrderAndStructure()
    {
        var root = Map(YamlSubset.Parse("""
            name: demo   # trailing comment
            # a comment line
            resources:
              first:
                type: a:b:C
                properties:
                  list:
                    - one
                    - key: value
                      other: 2
                    - - nested
                      - items
              second:
                type: a:b:D
            """));

        Assert.Equal(["name", "resources"], root.Entries.Select(e => e.Key));
        Assert.Equal("demo", Scalar(root.Get("name")).Text);
        var resources = Map(root.Get("resources"));
        Assert.Equal(["first", "second"], resources.Entries.Select(e => e.Key));
        var list = Assert.IsType<YamlSequence>(Map(Map(resources.Get("first")).Get("properties")).Get("list"));
        Assert.Equal(3, list.Items.Count);
        Assert.Equal("one", Scalar(list.Items[0]).Text);
        var entry = Map(list.Items[1]);
        Assert.Equal("value", Scalar(entry.Get("key")).Text);
        Assert.Equal(2.0, Scalar(entry.Get("other")).Value);
        Assert.Equal(["nested", "items"], Assert.IsType<YamlSequence>(list.Items[2]).Items.Select(i => Scalar(i).Text));
    }

    [Fact]
    public void Parse_SequenceAtTheKeysIndentation_BelongsToTheKey()
    {
        var root = Map(YamlSubset.Parse("""
            items:
            - a
            - b
            after: c
            """));

        Assert.Equal(["a", "b"], Assert.IsType<YamlSequence>(root.Get("items")).Items.Select(i => Scalar(i).Text));
        Assert.Equal("c", Scalar(root.Get("after")).Text);
    }

    [Theory]
    [InlineData("v: 42", 42.0)]
    [InlineData("v: -7.5", -7.5)]
    [InlineData("v: 0.75", 0.75)]
    [InlineData("v: 1e3", 1000.0)]
    [InlineData("v: 0x1F", 31.0)]
    [InlineData("v: true", true)]
    [InlineData("v: False", false)]
    [InlineData("v: ~", null)]
    [InlineData("v: null", null)]
    [InlineData("v:", null)]
    [InlineData("v: 1.2.3", "1.2.3")]
    [InlineData("v: '42'", "42")]
    [InlineData("v: \"true\"", "true")]
    [InlineData("v: arn:aws:iam::123456789012:role/r", "arn:aws:iam::123456789012:role/r")]
    [InlineData("v: http://127.0.0.1:4599", "http://127.0.0.1:4599")]
    [InlineData("v: ${res.arn}", "${res.arn}")]
    public void Parse_PlainAndQuotedScalars_ResolveAsTheCoreSchema(string text, object? expected)
    {
        Assert.Equal(expected, Scalar(Map(YamlSubset.Parse(text)).Get("v")).Value);
    }

    [Theory]
    [InlineData("""v: "a\"b\\c\n\u00e9\t" """, "a\"b\\c\n\u00e9\t")]
    [InlineData("v: 'it''s # not a comment'", "it's # not a comment")]
    [InlineData("v: \"{satellite_id}/{year}\"", "{satellite_id}/{year}")]
    public void Parse_QuotedScalars_UnescapeAndKeepHashes(string text, string expected)
    {
        Assert.Equal(expected, Scalar(Map(YamlSubset.Parse(text)).Get("v")).Text);
    }

    [Fact]
    public void Parse_FlowCollections_OnOneLine()
    {
        var root = Map(YamlSubset.Parse("""
            list: [subnet-1, "sg-2", 3]
            map: { a: 1, b: [x, y], c: "q" }
            empty: []
            none: {}
            """));

        Assert.Equal(["subnet-1", "sg-2", "3"], Assert.IsType<YamlSequence>(root.Get("list")).Items.Select(i => Scalar(i).Text));
        var map = Map(root.Get("map"));
        Assert.Equal(1.0, Scalar(map.Get("a")).Value);
        Assert.Equal(["x", "y"], Assert.IsType<YamlSequence>(map.Get("b")).Items.Select(i => Scalar(i).Text));
        Assert.Equal("q", Scalar(map.Get("c")).Text);
        Assert.Empty(Assert.IsType<YamlSequence>(root.Get("empty")).Items);
        Assert.Empty(Map(root.Get("none")).Entries);
    }

    [Fact]
    public void Parse_LiteralAndFoldedBlockScalars_KeepOrFoldLines()
    {
        var root = Map(YamlSubset.Parse("""
            literal: |
              {"a": 1,
                "b": 2}
            stripped: |-
              one
              two
            folded: >-
              one
              two

              three
            after: x
            """));

        Assert.Equal("{\"a\": 1,\n  \"b\": 2}\n", Scalar(root.Get("literal")).Text);
        Assert.Equal("one\ntwo", Scalar(root.Get("stripped")).Text);
        Assert.Equal("one two\nthree", Scalar(root.Get("folded")).Text);
        Assert.Equal("x", Scalar(root.Get("after")).Text);
    }

    [Theory]
    [InlineData("a: &anchor 1", "anchors, aliases, tags")]
    [InlineData("a: *alias", "anchors, aliases, tags")]
    [InlineData("a: !Ref b", "anchors, aliases, tags")]
    [InlineData("a: 1\na: 2", "duplicate key 'a'")]
    [InlineData("a:\n\tb: 1", "tabs cannot indent")]
    [InlineData("a: one\n  two", "multi-line plain scalars")]
    [InlineData("a: [1, 2", "unterminated flow sequence")]
    [InlineData("a: \"open", "unterminated quoted scalar")]
    [InlineData("a: {b: 1", "unterminated flow mapping")]
    [InlineData("a: 1\n  b: 2", "multi-line plain scalars")]
    [InlineData("a:\n  b: 1\n c: 2", "unexpected")]
    [InlineData("a: b: c", "unexpected ': c'")]
    [InlineData("a: [x{y]", "inside a plain scalar in a flow collection")]
    [InlineData("a: 1\n---\nb: 2", "only one document")]
    public void Parse_OutsideTheSubset_FailsWithTheLine(string text, string reason)
    {
        var ex = Assert.Throws<YamlSubsetException>(() => YamlSubset.Parse(text));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Line >= 1);
    }

    [Fact]
    public void Parse_ErrorLine_PointsAtTheOffendingLine()
    {
        var ex = Assert.Throws<YamlSubsetException>(() => YamlSubset.Parse("a: 1\nb: 2\nb: 3\n"));

        Assert.Equal(3, ex.Line);
    }

    private static YamlMapping Map(YamlNode? node) => Assert.IsType<YamlMapping>(node);

    private static YamlScalar Scalar(YamlNode? node) => Assert.IsType<YamlScalar>(node);
}
