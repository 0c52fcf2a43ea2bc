using System.Collections.Immutable;
using Awsdirect.Provider.Protocol.Properties;

namespace Awsdirect.Provider.Tests.Common;

public class PropertyValueTests
{
    [Fact]
    public void Equals_IsStructuralForNestedValues()
    {
        var a = PropertyValue.Create(new PropertyMap().Set("list", PropertyValue.Create([1.0, "x"])));
        var b = PropertyValue.Create(new PropertyMap().Set("list", PropertyValue.Create([1.0, "x"])));
        var c = PropertyValue.Create(new PropertyMap().Set("list", PropertyValue.Create(["x", 1.0])));

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Unwrap_RemovesSecretAndOutputWrappers()
    {
        var value = PropertyValue.Output(new OutputReference(PropertyValue.Secret("s"), true, ImmutableArray<string>.Empty));

        Assert.Equal("s", value.Unwrap().StringValue);
        Assert.True(value.IsSecret);
    }

    [Fact]
    public void Unwrap_UnknownOutput_IsComputed()
    {
        var value = PropertyValue.Output(new OutputReference(null, false, ["urn:a"]));

        Assert.True(value.Unwrap().IsComputed);
        Assert.True(value.ContainsUnknowns());
    }

    [Fact]
    public void ContainsUnknowns_FindsNestedComputed()
    {
        var value = PropertyValue.Create(new PropertyMap().Set("a", PropertyValue.Create([PropertyValue.Secret(PropertyValue.Computed)])));

        Assert.True(value.ContainsUnknowns());
        Assert.True(value.ContainsSecrets());
    }

    [Fact]
    public void Secret_OfSecret_IsNotDoubleWrapped()
    {
        var secret = PropertyValue.Secret("x");

        Assert.Same(secret, PropertyValue.Secret(secret));
    }

    [Fact]
    public void Accessor_WrongKind_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => PropertyValue.Create("x").NumberValue);
    }

    [Fact]
    public void Reference_UnwrapsToIdOrUrn()
    {
        var custom = PropertyValue.Reference(new ResourceReference("urn:x", "id-1", ""));
        var component = PropertyValue.Reference(new ResourceReference("urn:y", null, ""));

        Assert.Equal("id-1", custom.Unwrap().StringValue);
        Assert.Equal("urn:y", component.Unwrap().StringValue);
    }
}
