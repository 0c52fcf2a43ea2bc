using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Resources.Common;
using Awsdirect.Provider.Schema;
using Newtonsoft.Json.Linq;
using static Awsdirect.Provider.Resources.CloudFront.AnycastIpLists.AnycastIpListProperties;

namespace Awsdirect.Provider.Resources.CloudFront.AnycastIpLists;

/// <summary>
/// Package schema for <c>awsdirect:cloudfront:AnycastIpList</c>: descriptions start from the CloudFront
/// model's documentation and add what the provider decides (defaults, what replaces, what changes in place).
/// </summary>
internal static class AnycastIpListSchema
{
    private const string Request = "CreateAnycastIpListRequest";

    public static ResourceSchema Build()
    {
        var model = ServiceModels.CloudFront;
        var types = new ModelSchemaTypes(model, "awsdirect:cloudfront:", (shape, member) => !(shape == "IpamCidrConfig" && member == "Status"));
        string Doc(string member, string fallback) => model.Doc(Request, member) ?? fallback;
        var ipamItems = types.Property("IpamCidrConfig");
        var addressType = types.Property("IpAddressType");
        addressType["description"] = Doc("IpAddressType", "The IP address type.") +
            $" Default `{DefaultIpAddressType}` (AWS documents no default; a list created without it is IPv4). A connection group with IPv6 enabled needs `dualstack`. Changes in place.";

        var inputs = new JObject
        {
            [Name] = Prop("string", Doc("Name", "Name of the Anycast static IP list.") +
                " 1-64 characters of letters, digits, `-` and `_`. Optional here: left out, it is `<logical name>-<7 random characters>`. Changing it replaces the list."),
            [IpCount] = Prop("integer", Doc("IpCount", "The number of static IP addresses.") + " Changing it replaces the list."),
            [IpAddressType] = addressType,
            [IpamCidrConfigs] = new JObject
            {
                ["type"] = "array",
                ["items"] = ipamItems,
                ["description"] = Doc("IpamCidrConfigs", "IPAM CIDR configurations (bring your own IP).") + " Changes in place.",
            },
            [Tags] = new JObject
            {
                ["type"] = "object",
                ["additionalProperties"] = new JObject { ["type"] = "string" },
                ["description"] = $"Tags on the list. {TagRules.Description} Provider `defaultTags` are merged in (these win). Changes in place.",
            },
            [WaitForDeployment] = Prop("boolean",
                "Wait, after a create or an update, until CloudFront reports the list `Deployed` (default true). The wait follows the resource's custom timeouts, or 30 minutes."),
        };

        var outputs = (JObject)inputs.DeepClone();
        outputs[Arn] = Prop("string", model.Doc("AnycastIpList", "Arn") ?? "The ARN of the list.");
        outputs[ETag] = Prop("string", "The ETag of the list's current version, sent as If-Match on update and delete so a change made outside Pulumi is never overwritten.");
        outputs[Status] = Prop("string", model.Doc("AnycastIpList", "Status") ?? "The status of the list.");
        outputs[AnycastIps] = new JObject
        {
            ["type"] = "array",
            ["items"] = new JObject { ["type"] = "string" },
            ["description"] = (model.Doc("AnycastIpList", "AnycastIps") ?? "The static IP addresses of the list.") + " Give these to partners to allow-list.",
        };
        outputs[LastModifiedTime] = Prop("string", "When the list was last changed (ISO 8601, UTC).");

        var spec = new JObject
        {
            ["description"] = (model.Doc("AnycastIpList") ?? "An Anycast static IP list.") +
                " The Pulumi id is the CloudFront Id (`aip_...`); import with `pulumi import " + AnycastIpListHandler.TypeToken + " <name> <Id>`. " +
                "Deleting refuses, changing nothing, while connection groups or distributions still use the list.",
            ["inputProperties"] = inputs,
            ["requiredInputs"] = new JArray(IpCount),
            ["properties"] = outputs,
            ["required"] = new JArray(Name, IpCount, IpAddressType, Tags, WaitForDeployment, Arn, ETag, Status, AnycastIps, LastModifiedTime),
        };
        return new ResourceSchema(AnycastIpListHandler.TypeToken, spec, types.Types);
    }

    private static JObject Prop(string type, string description) => ModelSchemaTypes.Scalar(type, description);
}
