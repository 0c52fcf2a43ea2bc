using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Protocol.Properties;
using Newtonsoft.Json.Linq;
using static Awsdirect.Provider.Resources.GroundStation.EndpointGroups.EndpointGroupProperties;

namespace Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

/// <summary>
/// <c>awsdirect:groundstation:DataflowEndpointGroup</c>: a group created with CreateDataflowEndpointGroup,
/// holding either dataflow endpoints (with VPC security details) or AWS Ground Station Agent endpoints.
/// </summary>
internal sealed class DataflowEndpointGroupHandler(ProviderServices services) : EndpointGroupHandler(services)
{
    public const string TypeToken = "awsdirect:groundstation:DataflowEndpointGroup";

    private static readonly string[] Members = [EndpointKey, SecurityDetailsKey, AgentEndpointKey];

    public override string Token => TypeToken;

    protected override string EndpointsProperty => EndpointDetailsKey;

    protected override string TypeName => "Dataflow endpoint group";

    protected override IReadOnlyCollection<string> EntryMembers => Members;

    protected override IReadOnlyList<CheckFailure> Validate(PropertyMap inputs)
    {
        return EndpointGroupModel.Merge(
            EndpointGroupModel.Validate("CreateDataflowEndpointGroupRequest", inputs),
            DataflowEndpointGroupRules.Check(inputs.GetNonNull(EndpointDetailsKey)));
    }

    protected override async Task<string?> CreateGroupAsync(JObject body, CancellationToken cancellationToken)
    {
        var request = GroundStationJson.FromJToken<CreateDataflowEndpointGroupRequest>(body)
            ?? throw new ResourceException("The endpoint group inputs could not be turned into a CreateDataflowEndpointGroup request.");
        var response = await Api.CreateDataflowEndpointGroupAsync(request, cancellationToken);
        return response.DataflowEndpointGroupId;
    }

    protected override string? OtherVersionReason(string id, IReadOnlySet<string> kinds) =>
        kinds.Contains(UplinkAgentEndpointKey) || kinds.Contains(DownlinkAgentEndpointKey)
            ? $"Dataflow endpoint group {id} holds uplink/downlink agent endpoints, which only CreateDataflowEndpointGroupV2 makes; " +
              $"import it as {DataflowEndpointGroupV2Handler.TypeToken}."
            : null;
}
