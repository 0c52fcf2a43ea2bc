using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Protocol.Properties;
using Newtonsoft.Json.Linq;
using static Awsdirect.Provider.Resources.GroundStation.EndpointGroups.EndpointGroupProperties;

namespace Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

/// <summary>
/// <c>awsdirect:groundstation:DataflowEndpointGroupV2</c>: a group created with
/// CreateDataflowEndpointGroupV2, holding uplink and/or downlink AWS Ground Station Agent endpoints.
/// AWS reads it back through the same GetDataflowEndpointGroup as v1 groups.
/// </summary>
internal sealed class DataflowEndpointGroupV2Handler(ProviderServices services) : EndpointGroupHandler(services)
{
    public const string TypeToken = "awsdirect:groundstation:DataflowEndpointGroupV2";

    private static readonly string[] Members = [UplinkAgentEndpointKey, DownlinkAgentEndpointKey];

    public override string Token => TypeToken;

    protected override string EndpointsProperty => EndpointsKey;

    protected override string TypeName => "Dataflow endpoint group (V2)";

    protected override IReadOnlyCollection<string> EntryMembers => Members;

    protected override IReadOnlyList<CheckFailure> Validate(PropertyMap inputs)
    {
        return EndpointGroupModel.Merge(
            EndpointGroupModel.Validate("CreateDataflowEndpointGroupV2Request", inputs),
            DataflowEndpointGroupV2Rules.Check(inputs.GetNonNull(EndpointsKey)));
    }

    protected override async Task<string?> CreateGroupAsync(JObject body, CancellationToken cancellationToken)
    {
        var request = GroundStationJson.FromJToken<CreateDataflowEndpointGroupV2Request>(body)
            ?? throw new ResourceException("The endpoint group inputs could not be turned into a CreateDataflowEndpointGroupV2 request.");
        var response = await Api.CreateDataflowEndpointGroupV2Async(request, cancellationToken);
        return response.DataflowEndpointGroupId;
    }

    protected override string? OtherVersionReason(string id, IReadOnlySet<string> kinds) =>
        kinds.Contains(EndpointKey) || kinds.Contains(AgentEndpointKey)
            ? $"Dataflow endpoint group {id} holds dataflow endpoints or (v1) agent endpoints, which CreateDataflowEndpointGroup makes; " +
              $"import it as {DataflowEndpointGroupHandler.TypeToken}."
            : null;
}
