using Awsdirect.Components.Hosting;
using Awsdirect.Components.Values;
using Awsdirect.Provider.Construct;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace Awsdirect.Provider.Tests.Construct;

public sealed class ChildOutputDecoderTests
{
    private const string Urn = "urn:pulumi:dev::proj::awsdirect:missions:DownlinkMission$awsdirect:groundstation:Config::dl-tracking";

    private static readonly ChildResourceArgs Args = new(
        "awsdirect:groundstation:Config",
        "dl-tracking",
        new Dictionary<string, ComponentValue> { ["name"] = ComponentValue.Of("dl-tracking") },
        ChildResourceOptions.WithParent("urn:parent"));

    [Fact]
    public void Update_OutputTheAnswerLacks_TakesTheInputElseNull()
    {
        var child = ChildOutputDecoder.Decode(new RegisterResourceResponse { Urn = Urn, Id = "c-1", Object = new Struct() }, Args, isPreview: false);

        Assert.Equal(ComponentValue.Of("dl-tracking").DependingOn([Urn]), child.Output("name"));
        Assert.True(child.Output("arn").IsNull);
        Assert.Equal(ComponentValue.Of("c-1"), child.Id);
    }

    [Fact]
    public void Preview_OutputTheAnswerLacks_IsUnknownAndCreatedResourceHasUnknownId()
    {
        var child = ChildOutputDecoder.Decode(new RegisterResourceResponse { Urn = Urn, Object = new Struct() }, Args, isPreview: true);

        Assert.True(child.Output("arn").IsUnknown);
        Assert.True(child.Output("name").IsUnknown);
        Assert.True(child.Id.IsUnknown);
        Assert.Equal([Urn], child.Output("arn").Dependencies);
    }

    [Fact]
    public void SecretOutput_StaysSecret()
    {
        var answer = new Struct();
        answer.Fields["arn"] = Value.ForStruct(new Struct
        {
            Fields =
            {
                ["4dabf18193072939515e22adb298388d"] = Value.ForString("1b47061264138c4ac30d75fd1eb44270"),
                ["value"] = Value.ForString("arn:x"),
            },
        });

        var child = ChildOutputDecoder.Decode(new RegisterResourceResponse { Urn = Urn, Id = "c-1", Object = answer }, Args, isPreview: false);

        Assert.True(child.Output("arn").IsSecret);
        Assert.Equal("arn:x", child.Output("arn").StringValue);
    }
}
