using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.GroundStation;
using Moq;

namespace Awsdirect.Provider.Tests.Aws;

public class PaginationTests
{
    [Fact]
    public async Task ListAllConfigs_FollowsNextTokenUntilAbsent()
    {
        var api = new Mock<IGroundStationApi>(MockBehavior.Strict);
        api.Setup(a => a.ListConfigsAsync(It.Is<ListConfigsRequest>(r => r.NextToken == null && r.MaxResults == 2), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListConfigsResponse { ConfigList = [new ConfigListItem { ConfigId = "a" }, new ConfigListItem { ConfigId = "b" }], NextToken = "t1" });
        api.Setup(a => a.ListConfigsAsync(It.Is<ListConfigsRequest>(r => r.NextToken == "t1"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListConfigsResponse { ConfigList = [new ConfigListItem { ConfigId = "c" }] });

        var ids = new List<string?>();
        await foreach (var item in api.Object.ListAllConfigsAsync(pageSize: 2))
        {
            ids.Add(item.ConfigId);
        }

        Assert.Equal(["a", "b", "c"], ids);
    }

    [Fact]
    public async Task ListAllMissionProfiles_RepeatedToken_StopsInsteadOfLooping()
    {
        var api = new Mock<IGroundStationApi>();
        api.Setup(a => a.ListMissionProfilesAsync(It.IsAny<ListMissionProfilesRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListMissionProfilesResponse { MissionProfileList = [new MissionProfileListItem { MissionProfileId = "m" }], NextToken = "same" });

        var count = 0;
        await foreach (var unused in api.Object.ListAllMissionProfilesAsync())
        {
            count++;
        }

        Assert.Equal(2, count);
        api.Verify(a => a.ListMissionProfilesAsync(It.IsAny<ListMissionProfilesRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task ListAllDataflowEndpointGroups_NullListIsEmpty()
    {
        var api = new Mock<IGroundStationApi>();
        api.Setup(a => a.ListDataflowEndpointGroupsAsync(It.IsAny<ListDataflowEndpointGroupsRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListDataflowEndpointGroupsResponse());

        var items = new List<DataflowEndpointListItem>();
        await foreach (var item in api.Object.ListAllDataflowEndpointGroupsAsync())
        {
            items.Add(item);
        }

        Assert.Empty(items);
    }

    [Fact]
    public async Task ListAllConnectionGroups_FollowsNextMarkerAndKeepsFilter()
    {
        var filter = new ConnectionGroupAssociationFilter { AnycastIpListId = "aip" };
        var api = new Mock<ICloudFrontApi>(MockBehavior.Strict);
        api.Setup(a => a.ListConnectionGroupsAsync(It.Is<ListConnectionGroupsRequest>(r => r.Marker == null && r.AssociationFilter == filter), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListConnectionGroupsResult { ConnectionGroups = [new ConnectionGroupSummary { Id = "1" }], NextMarker = "m" });
        api.Setup(a => a.ListConnectionGroupsAsync(It.Is<ListConnectionGroupsRequest>(r => r.Marker == "m" && r.AssociationFilter == filter), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListConnectionGroupsResult { ConnectionGroups = [new ConnectionGroupSummary { Id = "2" }] });

        var ids = new List<string>();
        await foreach (var g in api.Object.ListAllConnectionGroupsAsync(filter))
        {
            ids.Add(g.Id);
        }

        Assert.Equal(["1", "2"], ids);
    }
}
