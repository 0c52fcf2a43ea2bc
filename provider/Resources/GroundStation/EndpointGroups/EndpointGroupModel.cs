using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Protocol.Properties;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

/// <summary>The Ground Station model's rules and shapes for the two endpoint group create requests.</summary>
internal static class EndpointGroupModel
{
    public static JObject Shape(string name) => ServiceModels.GroundStation.Shape(name);

    public static IReadOnlyList<CheckFailure> Validate(string requestShape, PropertyMap inputs) =>
        ModelRules.Validate(ServiceModels.GroundStation, requestShape, inputs);

    public static IReadOnlyList<CheckFailure> Merge(IReadOnlyList<CheckFailure> model, IReadOnlyList<CheckFailure> rules) =>
        ModelRules.Merge(model, rules);
}
