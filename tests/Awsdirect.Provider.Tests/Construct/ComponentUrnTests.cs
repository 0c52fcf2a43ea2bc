using Awsdirect.Provider.Construct;

namespace Awsdirect.Provider.Tests.Construct;

public sealed class ComponentUrnTests
{
    [Fact]
    public void Predict_UnderTheStack_LeavesTheStackTypeOut() =>
        Assert.Equal(
            "urn:pulumi:dev::proj::awsdirect:missions:DownlinkMission::dl",
            ComponentUrn.Predict("dev", "proj", FakeResourceMonitor.StackUrn, "awsdirect:missions:DownlinkMission", "dl"));

    [Fact]
    public void Predict_UnderAnotherComponent_QualifiesTheTypeWithTheParents()
    {
        const string parent = "urn:pulumi:dev::proj::my:index:Station$other:index:Site::a::b";

        Assert.Equal(
            "urn:pulumi:dev::proj::my:index:Station$other:index:Site$awsdirect:missions:DownlinkMission::dl",
            ComponentUrn.Predict("dev", "proj", parent, "awsdirect:missions:DownlinkMission", "dl"));
    }

    [Fact]
    public void Predict_WithoutParent_UsesTheTypeAlone() =>
        Assert.Equal("urn:pulumi:dev::proj::t:m:T::n", ComponentUrn.Predict("dev", "proj", string.Empty, "t:m:T", "n"));
}
