using Awsdirect.Components.Hosting;
using Awsdirect.Components.Values;

namespace Awsdirect.Components.Tests.Hosting;

public class ComponentInputsTests
{
    private const string Eip = "urn:pulumi:dev::gs::aws:ec2/eip:Eip::rx";
    private const string Subnet = "urn:pulumi:dev::gs::aws:ec2/subnet:Subnet::a";

    private static ComponentValue Endpoints() => ComponentValue.Array(
        ComponentValue.Object(("name", ComponentValue.Of("rx")), ("address", ComponentValue.Of("10.0.0.9"))),
        ComponentValue.Object(("name", ComponentValue.Of("tx")), ("port", ComponentValue.Of(5000))));

    [Fact]
    public void Get_PartOfAnInputWithDependencies_CarriesThemAll()
    {
        var inputs = new ComponentInputs(new Dictionary<string, ComponentValue>
        {
            ["endpoints"] = Endpoints().DependingOn([Eip]),
            ["subnetIds"] = ComponentValue.Array(ComponentValue.Of("subnet-1")).DependingOn([Subnet]),
        });

        Assert.Equal([Eip], inputs.Get("endpoints[0].address")!.Dependencies);
        Assert.Equal([Eip], inputs.Get("endpoints[1].port")!.Dependencies);
        Assert.Equal([Subnet], inputs.Get("subnetIds[0]")!.Dependencies);
    }

    [Fact]
    public void Get_SiblingOfAnOutputValueDeepInAnInput_CarriesItsDependency()
    {
        // The output-value form: only endpoints[1].port came from the EIP's stack, yet all of `endpoints` did.
        var endpoints = ComponentValue.Array(
            ComponentValue.Object(("name", ComponentValue.Of("rx"))),
            ComponentValue.Object(("port", ComponentValue.Of(5000).DependingOn([Eip]))));

        var inputs = new ComponentInputs(new Dictionary<string, ComponentValue> { ["endpoints"] = endpoints });

        Assert.Equal([Eip], inputs.Get("endpoints[0].name")!.Dependencies);
        Assert.Equal([Eip], inputs.Get("endpoints")!.Dependencies);
    }

    [Fact]
    public void Get_PartOfASecretInput_IsSecret()
    {
        var inputs = new ComponentInputs(new Dictionary<string, ComponentValue> { ["endpoints"] = Endpoints().AsSecret() });

        Assert.True(inputs.Get("endpoints[0].name")!.IsSecret);
        Assert.True(inputs.Get("endpoints[1]")!.IsSecret);
    }

    [Fact]
    public void Get_UnknownPartOfAnInput_IsUnknownWithTheInputsDependencies()
    {
        var endpoints = ComponentValue.Array(ComponentValue.Object(("address", ComponentValue.Unknown)));

        var inputs = new ComponentInputs(new Dictionary<string, ComponentValue> { ["endpoints"] = endpoints.DependingOn([Eip]) });

        var address = inputs.Get("endpoints[0].address")!;
        Assert.True(address.IsUnknown);
        Assert.Equal([Eip], address.Dependencies);
    }

    [Fact]
    public void Get_OtherInputs_DoNotTakeAnInputsDependencies()
    {
        var inputs = new ComponentInputs(new Dictionary<string, ComponentValue>
        {
            ["endpoints"] = Endpoints().DependingOn([Eip]),
            ["roleArn"] = ComponentValue.Of("arn:aws:iam::123456789012:role/r"),
        });

        Assert.Empty(inputs.Get("roleArn")!.AllDependencies());
    }

    [Fact]
    public void Fallback_ForAPartLeftOut_CarriesTheInputsDependenciesAndSecrecy()
    {
        var inputs = new ComponentInputs(new Dictionary<string, ComponentValue> { ["endpoints"] = Endpoints().DependingOn([Eip]).AsSecret() });

        var mtu = inputs.Fallback("endpoints[0].mtu", ComponentValue.Of(1500));

        Assert.Equal((1500.0, true), (mtu.NumberValue, mtu.IsSecret));
        Assert.Equal([Eip], mtu.Dependencies);
    }

    [Fact]
    public void Fallback_ForATopLevelInputLeftOut_IsTheFallbackAsItIs()
    {
        var inputs = new ComponentInputs(new Dictionary<string, ComponentValue> { ["endpoints"] = Endpoints().DependingOn([Eip]) });

        var polarization = inputs.Fallback("polarization", ComponentValue.Of("RIGHT_HAND"));

        Assert.Equal(ComponentValue.Of("RIGHT_HAND"), polarization);
    }

    [Fact]
    public void Select_OnAnInputPart_KeepsDependenciesSecrecyAndUnknowns()
    {
        var name = ComponentValue.Of("rx").DependingOn([Eip]).AsSecret();

        var upper = name.Select(v => ComponentValue.Of(v.StringValue.ToUpperInvariant()));
        var unknown = ComponentValue.Unknown.DependingOn([Eip]).Select(v => ComponentValue.Of("never"));

        Assert.Equal(("RX", true), (upper.StringValue, upper.IsSecret));
        Assert.Equal([Eip], upper.Dependencies);
        Assert.True(unknown.IsUnknown);
        Assert.Equal([Eip], unknown.Dependencies);
    }
}
