using System.Text;
using Awsdirect.Provider.Aws.Core;

namespace Awsdirect.Provider.Aws.GroundStation;

/// <summary>rest-json marshalling of the Ground Station operations, per the 2019-05-23 model's http bindings.</summary>
internal sealed class GroundStationClient : IGroundStationApi
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();
    private static readonly IReadOnlyList<KeyValuePair<string, string>> NoQuery = [];

    private readonly AwsHttpSender _sender;

    public GroundStationClient(AwsHttpSender sender)
    {
        _sender = sender;
    }

    public Task<ConfigIdResponse> CreateConfigAsync(CreateConfigRequest request, CancellationToken cancellationToken = default) =>
        CallAsync<ConfigIdResponse>("CreateConfig", HttpMethod.Post, "/config", NoQuery, request, idempotent: false, cancellationToken);

    public Task<GetConfigResponse> GetConfigAsync(GetConfigRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CallAsync<GetConfigResponse>("GetConfig", HttpMethod.Get, ConfigPath(request.ConfigType, request.ConfigId), NoQuery, null, idempotent: true, cancellationToken);
    }

    public Task<ConfigIdResponse> UpdateConfigAsync(UpdateConfigRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CallAsync<ConfigIdResponse>("UpdateConfig", HttpMethod.Put, ConfigPath(request.ConfigType, request.ConfigId), NoQuery, request, idempotent: true, cancellationToken);
    }

    public Task<ConfigIdResponse> DeleteConfigAsync(DeleteConfigRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CallAsync<ConfigIdResponse>("DeleteConfig", HttpMethod.Delete, ConfigPath(request.ConfigType, request.ConfigId), NoQuery, null, idempotent: true, cancellationToken);
    }

    public Task<ListConfigsResponse> ListConfigsAsync(ListConfigsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CallAsync<ListConfigsResponse>("ListConfigs", HttpMethod.Get, "/config", PageQuery(request.MaxResults, request.NextToken), null, idempotent: true, cancellationToken);
    }

    public Task<DataflowEndpointGroupIdResponse> CreateDataflowEndpointGroupAsync(CreateDataflowEndpointGroupRequest request, CancellationToken cancellationToken = default) =>
        CallAsync<DataflowEndpointGroupIdResponse>("CreateDataflowEndpointGroup", HttpMethod.Post, "/dataflowEndpointGroup", NoQuery, request, idempotent: false, cancellationToken);

    public Task<CreateDataflowEndpointGroupV2Response> CreateDataflowEndpointGroupV2Async(CreateDataflowEndpointGroupV2Request request, CancellationToken cancellationToken = default) =>
        CallAsync<CreateDataflowEndpointGroupV2Response>("CreateDataflowEndpointGroupV2", HttpMethod.Post, "/dataflowEndpointGroupV2", NoQuery, request, idempotent: false, cancellationToken);

    public Task<GetDataflowEndpointGroupResponse> GetDataflowEndpointGroupAsync(GetDataflowEndpointGroupRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CallAsync<GetDataflowEndpointGroupResponse>("GetDataflowEndpointGroup", HttpMethod.Get, "/dataflowEndpointGroup/" + Label(request.DataflowEndpointGroupId, nameof(request.DataflowEndpointGroupId)), NoQuery, null, idempotent: true, cancellationToken);
    }

    public Task<DataflowEndpointGroupIdResponse> DeleteDataflowEndpointGroupAsync(DeleteDataflowEndpointGroupRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CallAsync<DataflowEndpointGroupIdResponse>("DeleteDataflowEndpointGroup", HttpMethod.Delete, "/dataflowEndpointGroup/" + Label(request.DataflowEndpointGroupId, nameof(request.DataflowEndpointGroupId)), NoQuery, null, idempotent: true, cancellationToken);
    }

    public Task<ListDataflowEndpointGroupsResponse> ListDataflowEndpointGroupsAsync(ListDataflowEndpointGroupsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CallAsync<ListDataflowEndpointGroupsResponse>("ListDataflowEndpointGroups", HttpMethod.Get, "/dataflowEndpointGroup", PageQuery(request.MaxResults, request.NextToken), null, idempotent: true, cancellationToken);
    }

    public Task<MissionProfileIdResponse> CreateMissionProfileAsync(CreateMissionProfileRequest request, CancellationToken cancellationToken = default) =>
        CallAsync<MissionProfileIdResponse>("CreateMissionProfile", HttpMethod.Post, "/missionprofile", NoQuery, request, idempotent: false, cancellationToken);

    public Task<GetMissionProfileResponse> GetMissionProfileAsync(GetMissionProfileRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CallAsync<GetMissionProfileResponse>("GetMissionProfile", HttpMethod.Get, "/missionprofile/" + Label(request.MissionProfileId, nameof(request.MissionProfileId)), NoQuery, null, idempotent: true, cancellationToken);
    }

    public Task<MissionProfileIdResponse> UpdateMissionProfileAsync(UpdateMissionProfileRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CallAsync<MissionProfileIdResponse>("UpdateMissionProfile", HttpMethod.Put, "/missionprofile/" + Label(request.MissionProfileId, nameof(request.MissionProfileId)), NoQuery, request, idempotent: true, cancellationToken);
    }

    public Task<MissionProfileIdResponse> DeleteMissionProfileAsync(DeleteMissionProfileRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CallAsync<MissionProfileIdResponse>("DeleteMissionProfile", HttpMethod.Delete, "/missionprofile/" + Label(request.MissionProfileId, nameof(request.MissionProfileId)), NoQuery, null, idempotent: true, cancellationToken);
    }

    public Task<ListMissionProfilesResponse> ListMissionProfilesAsync(ListMissionProfilesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CallAsync<ListMissionProfilesResponse>("ListMissionProfiles", HttpMethod.Get, "/missionprofile", PageQuery(request.MaxResults, request.NextToken), null, idempotent: true, cancellationToken);
    }

    public Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CallAsync<TagResourceResponse>("TagResource", HttpMethod.Post, TagsPath(request.ResourceArn), NoQuery, request, idempotent: true, cancellationToken);
    }

    public Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.TagKeys.Select(k => new KeyValuePair<string, string>("tagKeys", k)).ToList();
        return CallAsync<UntagResourceResponse>("UntagResource", HttpMethod.Delete, TagsPath(request.ResourceArn), query, null, idempotent: true, cancellationToken);
    }

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CallAsync<ListTagsForResourceResponse>("ListTagsForResource", HttpMethod.Get, TagsPath(request.ResourceArn), NoQuery, null, idempotent: true, cancellationToken);
    }

    private static string ConfigPath(string configType, string configId) =>
        $"/config/{Label(configType, "ConfigType")}/{Label(configId, "ConfigId")}";

    private static string TagsPath(string resourceArn) => "/tags/" + Label(resourceArn, "ResourceArn");

    // An empty label would silently address the collection (e.g. DELETE /config//) instead of failing.
    private static string Label(string value, string member) =>
        string.IsNullOrEmpty(value)
            ? throw new ArgumentException($"{member} is required and must not be empty", member)
            : AwsUriEncoding.Encode(value);

    private static List<KeyValuePair<string, string>> PageQuery(int? maxResults, string? nextToken)
    {
        var query = new List<KeyValuePair<string, string>>();
        if (maxResults is { } max)
        {
            query.Add(new("maxResults", max.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (!string.IsNullOrEmpty(nextToken))
        {
            query.Add(new("nextToken", nextToken));
        }

        return query;
    }

    private async Task<TResponse> CallAsync<TResponse>(
        string operation,
        HttpMethod method,
        string path,
        IReadOnlyList<KeyValuePair<string, string>> query,
        object? body,
        bool idempotent,
        CancellationToken cancellationToken)
        where TResponse : new()
    {
        var payload = body is null ? null : Encoding.UTF8.GetBytes(GroundStationJson.Serialize(body));
        var request = new AwsHttpRequest(operation, method, path, query, NoHeaders, payload, payload is null ? null : "application/json", idempotent);
        var response = await _sender.SendAsync(request, cancellationToken);
        if (response.Body.Length == 0)
        {
            return new TResponse();
        }

        return GroundStationJson.Deserialize<TResponse>(Encoding.UTF8.GetString(response.Body)) ?? new TResponse();
    }
}
