using System.Collections.Immutable;
using Awsdirect.Provider.Protocol.Properties;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Awsdirect.Provider.Tests.Properties;

public class PropertyCodecTests
{
    private const string Sig = PropertyCodecSignatures.SignatureKey;
    private const string Unknown = PropertyCodecSignatures.UnknownValue;
    private static readonly PropertyCodecOptions KeepAll = new(KeepOutputValues: true);

    [Fact]
    public void FromStruct_Null_IsEmptyMap()
    {
        Assert.Empty(PropertyCodec.FromStruct(null));
    }

    [Fact]
    public void Default_KeepsSecretsUnknownsAndResourcesButNotOutputValues()
    {
        Assert.Equal(new PropertyCodecOptions(true, true, true, false), PropertyCodecOptions.Default);
    }

    [Fact]
    public void PlainValues_DecodeToTheirKinds()
    {
        var map = Decode($$$"""{"n": null, "t": true, "f": false, "i": 42, "d": -0.5, "s": "text", "u": "{{{Unknown}}}"}""");

        Assert.True(map["n"].IsNull);
        Assert.True(map["t"].BoolValue);
        Assert.False(map["f"].BoolValue);
        Assert.Equal(42d, map["i"].NumberValue);
        Assert.Equal(-0.5, map["d"].NumberValue);
        Assert.Equal("text", map["s"].StringValue);
        Assert.True(map["u"].IsComputed);
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(-1d)]
    [InlineData(0.1)]
    [InlineData(1e300)]
    [InlineData(9007199254740993d)]
    [InlineData(double.Epsilon)]
    public void Numbers_RoundTripExactly(double number)
    {
        var decoded = RoundTrip(PropertyValue.Create(number), PropertyCodecOptions.Default);

        Assert.Equal(number, decoded.NumberValue);
    }

    [Fact]
    public void Null_EncodesAsNullValue_AndRoundTrips()
    {
        var encoded = PropertyCodec.ToValue(PropertyValue.Null, PropertyCodecOptions.Default);

        Assert.Equal(Value.KindOneofCase.NullValue, encoded.KindCase);
        Assert.True(PropertyCodec.FromValue(encoded).IsNull);
    }

    [Fact]
    public void UnsetProtobufValue_DecodesAsNull()
    {
        Assert.True(PropertyCodec.FromValue(new Value()).IsNull);
    }

    [Fact]
    public void NestedListsAndObjects_RoundTrip()
    {
        var value = PropertyValue.Create(new PropertyMap()
            .Set("list", PropertyValue.Create([1.0, "two", PropertyValue.Null, PropertyValue.Create([true, PropertyValue.Create(new PropertyMap().Set("deep", "x"))])]))
            .Set("object", PropertyValue.Create(new PropertyMap().Set("inner", PropertyValue.Create(new PropertyMap().Set("empty", PropertyValue.Create(ImmutableArray<PropertyValue>.Empty)))))));

        Assert.Equal(value, RoundTrip(value, PropertyCodecOptions.Default));
    }

    [Fact]
    public void ToStruct_ThenFromStruct_PreservesEveryKind()
    {
        var map = new PropertyMap()
            .Set("null", PropertyValue.Null)
            .Set("bool", true)
            .Set("number", 3.25)
            .Set("string", "s")
            .Set("unknown", PropertyValue.Computed)
            .Set("array", PropertyValue.Create(["a", PropertyValue.Secret("b")]))
            .Set("object", PropertyValue.Create(new PropertyMap().Set("k", "v")))
            .Set("secret", PropertyValue.Secret(PropertyValue.Computed))
            .Set("ref", PropertyValue.Reference(new ResourceReference("urn:pulumi:s::p::t::n", "id-1", "1.2.3")))
            .Set("output", PropertyValue.Output(new OutputReference("v", true, ["urn:a", "urn:b"])));

        var decoded = PropertyCodec.FromStruct(PropertyCodec.ToStruct(map, KeepAll));

        Assert.Equal(map, decoded);
    }

    [Fact]
    public void Secret_WireForm_DecodesAndEncodesIdentically()
    {
        var json = $$$"""{"password": {"{{{Sig}}}": "{{{PropertyCodecSignatures.Secret}}}", "value": "hunter2"}}""";

        var map = Decode(json);

        Assert.Equal(PropertyValueKind.Secret, map["password"].Kind);
        Assert.Equal("hunter2", map["password"].SecretValue.StringValue);
        Assert.Equal(Parse(json), PropertyCodec.ToStruct(map, PropertyCodecOptions.Default));
    }

    [Fact]
    public void UnknownInsideSecret_RoundTrips()
    {
        var json = $$$"""{"x": {"{{{Sig}}}": "{{{PropertyCodecSignatures.Secret}}}", "value": "{{{Unknown}}}"}}""";

        var map = Decode(json);

        Assert.True(map["x"].SecretValue.IsComputed);
        Assert.True(map["x"].ContainsUnknowns());
        Assert.Equal(Parse(json), PropertyCodec.ToStruct(map, PropertyCodecOptions.Default));
    }

    [Fact]
    public void SecretInsideList_RoundTrips()
    {
        var json = $$$"""{"xs": ["plain", {"{{{Sig}}}": "{{{PropertyCodecSignatures.Secret}}}", "value": {"k": 1}}]}""";

        var map = Decode(json);

        var items = map["xs"].ArrayValue;
        Assert.Equal("plain", items[0].StringValue);
        Assert.Equal(1d, items[1].SecretValue.ObjectValue["k"].NumberValue);
        Assert.Equal(Parse(json), PropertyCodec.ToStruct(map, PropertyCodecOptions.Default));
    }

    [Fact]
    public void Reference_WithKnownId_RoundTrips()
    {
        var json = $$$"""{"r": {"{{{Sig}}}": "{{{PropertyCodecSignatures.ResourceReference}}}", "urn": "urn:pulumi:dev::p::aws:s3/bucket:Bucket::b", "id": "bucket-1", "packageVersion": "7.0.0"}}""";

        var reference = Decode(json)["r"].ReferenceValue;

        Assert.Equal("urn:pulumi:dev::p::aws:s3/bucket:Bucket::b", reference.Urn);
        Assert.Equal("bucket-1", reference.Id!.StringValue);
        Assert.Equal("7.0.0", reference.PackageVersion);
        Assert.Equal(Parse(json), PropertyCodec.ToStruct(Decode(json), PropertyCodecOptions.Default));
    }

    [Fact]
    public void Reference_WithUnknownId_RoundTrips()
    {
        var json = $$$"""{"r": {"{{{Sig}}}": "{{{PropertyCodecSignatures.ResourceReference}}}", "urn": "urn:x", "id": "{{{Unknown}}}"}}""";

        var reference = Decode(json)["r"].ReferenceValue;

        Assert.True(reference.Id!.IsComputed);
        Assert.Equal(string.Empty, reference.PackageVersion);
        Assert.Equal(Parse(json), PropertyCodec.ToStruct(Decode(json), PropertyCodecOptions.Default));
    }

    [Fact]
    public void Reference_WithoutId_IsAComponentReference_AndRoundTrips()
    {
        var json = $$$"""{"r": {"{{{Sig}}}": "{{{PropertyCodecSignatures.ResourceReference}}}", "urn": "urn:component"}}""";

        var reference = Decode(json)["r"].ReferenceValue;

        Assert.Null(reference.Id);
        Assert.Equal(Parse(json), PropertyCodec.ToStruct(Decode(json), PropertyCodecOptions.Default));
    }

    [Fact]
    public void OutputValue_WithValueSecretAndDependencies_RoundTripsWhenKept()
    {
        var json = $$$"""{"o": {"{{{Sig}}}": "{{{PropertyCodecSignatures.OutputValue}}}", "value": [1, 2], "secret": true, "dependencies": ["urn:a", "urn:b"]}}""";

        var output = Decode(json)["o"].OutputValue;

        Assert.Equal(PropertyValue.Create([1.0, 2.0]), output.Value);
        Assert.True(output.IsSecret);
        Assert.Equal(new[] { "urn:a", "urn:b" }, output.Dependencies.ToArray());
        Assert.Equal(Parse(json), PropertyCodec.ToStruct(Decode(json), KeepAll));
    }

    [Fact]
    public void OutputValue_WithoutValue_IsUnknown_AndRoundTripsWhenKept()
    {
        var json = $$$"""{"o": {"{{{Sig}}}": "{{{PropertyCodecSignatures.OutputValue}}}", "dependencies": ["urn:a"]}}""";

        var output = Decode(json)["o"].OutputValue;

        Assert.False(output.IsKnown);
        Assert.False(output.IsSecret);
        Assert.Equal(new[] { "urn:a" }, output.Dependencies.ToArray());
        Assert.Equal(Parse(json), PropertyCodec.ToStruct(Decode(json), KeepAll));
    }

    [Fact]
    public void OutputValue_WithNullValue_IsKnownNull()
    {
        var json = $$$"""{"o": {"{{{Sig}}}": "{{{PropertyCodecSignatures.OutputValue}}}", "value": null}}""";

        var output = Decode(json)["o"].OutputValue;

        Assert.True(output.IsKnown);
        Assert.True(output.Value!.IsNull);
        Assert.Empty(output.Dependencies);
    }

    [Fact]
    public void OutputValues_NotKept_BecomeTheirValue()
    {
        var map = new PropertyMap()
            .Set("known", PropertyValue.Output(new OutputReference("v", false, ["urn:a"])))
            .Set("unknown", PropertyValue.Output(new OutputReference(null, false, ["urn:a"])))
            .Set("secret", PropertyValue.Output(new OutputReference("s", true, [])))
            .Set("unknownSecret", PropertyValue.Output(new OutputReference(null, true, [])));

        var encoded = PropertyCodec.ToStruct(map, PropertyCodecOptions.Default);

        var expected = Parse($$$"""
            {
              "known": "v",
              "unknown": "{{{Unknown}}}",
              "secret": {"{{{Sig}}}": "{{{PropertyCodecSignatures.Secret}}}", "value": "s"},
              "unknownSecret": {"{{{Sig}}}": "{{{PropertyCodecSignatures.Secret}}}", "value": "{{{Unknown}}}"}
            }
            """);
        Assert.Equal(expected, encoded);
    }

    [Fact]
    public void SecretOutput_NotKept_AndSecretsNotKept_IsPlainValue()
    {
        var value = PropertyValue.Output(new OutputReference("s", true, []));

        var encoded = PropertyCodec.ToValue(value, new PropertyCodecOptions(KeepSecrets: false));

        Assert.Equal(Value.ForString("s"), encoded);
    }

    [Fact]
    public void Secrets_NotKept_BecomePlainValuesAtAnyDepth()
    {
        var map = new PropertyMap()
            .Set("top", PropertyValue.Secret("a"))
            .Set("list", PropertyValue.Create([PropertyValue.Secret(1.0)]))
            .Set("outputInner", PropertyValue.Output(new OutputReference(PropertyValue.Secret("b"), false, [])));

        var encoded = PropertyCodec.ToStruct(map, new PropertyCodecOptions(KeepSecrets: false, KeepOutputValues: true));

        var expected = Parse($$$"""{"top": "a", "list": [1], "outputInner": {"{{{Sig}}}": "{{{PropertyCodecSignatures.OutputValue}}}", "value": "b"}}""");
        Assert.Equal(expected, encoded);
    }

    [Fact]
    public void References_NotKept_BecomeIdForCustomAndUrnForComponent()
    {
        var map = new PropertyMap()
            .Set("custom", PropertyValue.Reference(new ResourceReference("urn:custom", "id-1", "")))
            .Set("pending", PropertyValue.Reference(new ResourceReference("urn:pending", PropertyValue.Computed, "")))
            .Set("component", PropertyValue.Reference(new ResourceReference("urn:component", null, "")));

        var encoded = PropertyCodec.ToStruct(map, new PropertyCodecOptions(KeepResources: false));

        Assert.Equal(Parse($$$"""{"custom": "id-1", "pending": "{{{Unknown}}}", "component": "urn:component"}"""), encoded);
    }

    [Fact]
    public void Unknowns_AreSentEvenWhenNotKept()
    {
        var map = new PropertyMap().Set("u", PropertyValue.Computed).Set("l", PropertyValue.Create([PropertyValue.Computed]));

        var encoded = PropertyCodec.ToStruct(map, new PropertyCodecOptions(KeepUnknowns: false));

        Assert.Equal(Parse($$$"""{"u": "{{{Unknown}}}", "l": ["{{{Unknown}}}"]}"""), encoded);
    }

    [Theory]
    [InlineData(PropertyCodecSignatures.Asset, """{"text": "hello"}""")]
    [InlineData(PropertyCodecSignatures.Archive, """{"assets": {"a.txt": {"4dabf18193072939515e22adb298388d": "c44067f5952c0a294b673a41bacd8c17", "path": "./a.txt"}}}""")]
    [InlineData("ffffffffffffffffffffffffffffffff", """{"future": [1, 2]}""")]
    public void AssetsArchivesAndUnknownSignatures_AreOpaqueObjects_ThatRoundTripUnchanged(string signature, string body)
    {
        var inner = Parse(body);
        inner.Fields[Sig] = Value.ForString(signature);
        var original = new Struct { Fields = { ["thing"] = Value.ForStruct(inner) } };

        var map = PropertyCodec.FromStruct(original);

        Assert.Equal(PropertyValueKind.Object, map["thing"].Kind);
        Assert.Equal(original, PropertyCodec.ToStruct(map, PropertyCodecOptions.Default));
    }

    [Theory]
    [InlineData("""{"outer": {"inner": [0, {"SIG": "1b47061264138c4ac30d75fd1eb44270"}]}}""", "outer.inner[1]", "'value'")]
    [InlineData("""{"r": {"SIG": "5cf8f73096256a8f31e491e813e4eb8e", "id": "i"}}""", "r", "'urn'")]
    [InlineData("""{"r": {"SIG": "5cf8f73096256a8f31e491e813e4eb8e", "urn": 5}}""", "r", "'urn'")]
    [InlineData("""{"r": {"SIG": "5cf8f73096256a8f31e491e813e4eb8e", "urn": "u", "id": 1}}""", "r", "'id'")]
    [InlineData("""{"o": {"SIG": "d0e6a833031e9bbcd3f4e8bde6ca49a4", "secret": "yes"}}""", "o", "'secret'")]
    [InlineData("""{"o": {"SIG": "d0e6a833031e9bbcd3f4e8bde6ca49a4", "dependencies": [1]}}""", "o", "'dependencies'")]
    [InlineData("""{"x": {"SIG": 1}}""", "x", "signature")]
    public void MalformedSpecialValue_ThrowsNamingPathAndField(string json, string path, string fragment)
    {
        var s = Parse(json.Replace("SIG", Sig, StringComparison.Ordinal));

        var error = Assert.Throws<PropertyCodecException>(() => PropertyCodec.FromStruct(s));

        Assert.Equal(path, error.Path);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secret_OfSecret_CollapsesToOneSecret()
    {
        var json = $$$"""{"x": {"{{{Sig}}}": "{{{PropertyCodecSignatures.Secret}}}", "value": {"{{{Sig}}}": "{{{PropertyCodecSignatures.Secret}}}", "value": "v"} } }""";

        var value = Decode(json)["x"];

        Assert.Equal("v", value.SecretValue.StringValue);
    }

    [Fact]
    public void OutputWithDefaultDependencies_EncodesWithoutDependencies()
    {
        var value = PropertyValue.Output(new OutputReference("v", false, default));

        var encoded = PropertyCodec.ToValue(value, KeepAll);

        Assert.False(encoded.StructValue.Fields.ContainsKey("dependencies"));
    }

    private static PropertyValue RoundTrip(PropertyValue value, PropertyCodecOptions options) =>
        PropertyCodec.FromValue(Value.Parser.ParseFrom(PropertyCodec.ToValue(value, options).ToByteArray()));

    private static PropertyMap Decode(string json) => PropertyCodec.FromStruct(Parse(json));

    private static Struct Parse(string json) => JsonParser.Default.Parse<Struct>(json);
}
