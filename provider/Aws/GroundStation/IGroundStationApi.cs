namespace Awsdirect.Provider.Aws.GroundStation;

/// <summary>
/// The AWS Ground Station operations the provider uses, one method per API operation (rest-json,
/// API version 2019-05-23). Failures surface as <see cref="Core.AwsServiceException"/> carrying AWS's
/// error code (e.g. <c>ResourceNotFoundException</c>), message and request id; retryable errors have
/// already been retried. Paging helpers live in <see cref="GroundStationPagination"/>.
/// </summary>
public interface IGroundStationApi
{
    Task<ConfigIdResponse> CreateConfigAsync(CreateConfigRequest request, CancellationToken cancellationToken = default);

    Task<GetConfigResponse> GetConfigAsync(GetConfigRequest request, CancellationToken cancellationToken = default);

    Task<ConfigIdResponse> UpdateConfigAsync(UpdateConfigRequest request, CancellationToken cancellationToken = default);

    Task<ConfigIdResponse> DeleteConfigAsync(DeleteConfigRequest request, CancellationToken cancellationToken = default);

    Task<ListConfigsResponse> ListConfigsAsync(ListConfigsRequest request, CancellationToken cancellationToken = default);

    Task<DataflowEndpointGroupIdResponse> CreateDataflowEndpointGroupAsync(CreateDataflowEndpointGroupRequest request, CancellationToken cancellationToken = default);

    Task<CreateDataflowEndpointGroupV2Response> CreateDataflowEndpointGroupV2Async(CreateDataflowEndpointGroupV2Request request, CancellationToken cancellationToken = default);

    Task<GetDataflowEndpointGroupResponse> GetDataflowEndpointGroupAsync(GetDataflowEndpointGroupRequest request, CancellationToken cancellationToken = default);

    Task<DataflowEndpointGroupIdResponse> DeleteDataflowEndpointGroupAsync(DeleteDataflowEndpointGroupRequest request, CancellationToken cancellationToken = default);

    Task<ListDataflowEndpointGroupsResponse> ListDataflowEndpointGroupsAsync(ListDataflowEndpointGroupsRequest request, CancellationToken cancellationToken = default);

    Task<MissionProfileIdResponse> CreateMissionProfileAsync(CreateMissionProfileRequest request, CancellationToken cancellationToken = default);

    Task<GetMissionProfileResponse> GetMissionProfileAsync(GetMissionProfileRequest request, CancellationToken cancellationToken = default);

    Task<MissionProfileIdResponse> UpdateMissionProfileAsync(UpdateMissionProfileRequest request, CancellationToken cancellationToken = default);

    Task<MissionProfileIdResponse> DeleteMissionProfileAsync(DeleteMissionProfileRequest request, CancellationToken cancellationToken = default);

    Task<ListMissionProfilesResponse> ListMissionProfilesAsync(ListMissionProfilesRequest request, CancellationToken cancellationToken = default);

    Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default);

    Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default);

    Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default);
}
