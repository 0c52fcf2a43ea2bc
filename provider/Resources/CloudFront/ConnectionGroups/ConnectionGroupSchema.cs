using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Resources.Common;
using Awsdirect.Provider.Schema;
using Newtonsoft.Json.Linq;
using static Awsdirect.Provider.Resources.CloudFront.ConnectionGroups.ConnectionGroupProperties;

namespace Awsdirect.Provider.Resources.CloudFront.ConnectionGroups;

/// <summary>
/// Package schema for <c>awsdirect:cloudfront:ConnectionGroup</c>. Descriptions start from the CloudFront
/// model's documentation of each member (so they follow AWS's wording after a model refresh) and add
/// what the provider decides: defaults, what replaces, what changes in place.
/// </summary>
internal static class ConnectionGroupSchema
{
    private const string Request = "CreateConnectionGroupRequest";

    public static ResourceSchema Build()
    {
        var model = ServiceModels.CloudFront;
        string Doc(string member, string fallback) => model.Doc(Request, member) ?? fallback;

        var inputs = new JObject
        {
            [Name] = Prop("string", Doc("Name", "The name of the connection group.") +
                " Optional here: left out, it is `<logical name>-<7 random characters>`, kept across updates. Changing it replaces the group " +
                "(the old one is deleted first when the name was written in the program, created-before-deleted when auto-named)."),
            [Enabled] = Prop("boolean", Doc("Enabled", "Whether the connection group is enabled.") + " Default true. Changes in place."),
            [Ipv6Enabled] = Prop("boolean", Doc("Ipv6Enabled", "Enable IPv6 for the connection group.") + " Changes in place."),
            [AnycastIpListId] = Prop("string", Doc("AnycastIpListId", "The ID of the Anycast static IP list.") +
                " Changes in place; leave it out for no Anycast static IP list."),
            [AnycastIpListIpAddressType] = Prop("string",
                "The `ipAddressType` of the list `anycastIpListId` names (`ipv4`, `ipv6` or `dualstack`), wired from an `awsdirect:cloudfront:AnycastIpList` " +
                "of the same stack (`${list.ipAddressType}`), so preview knows it: CloudFront accepts IPv6 on a group only when its list is `dualstack`, and " +
                "`ipv6Enabled` defaults to whether it is. Never sent to AWS; left out, the group looks the list up before any write."),
            [Tags] = new JObject
            {
                ["type"] = "object",
                ["additionalProperties"] = new JObject { ["type"] = "string" },
                ["description"] = $"Tags on the connection group. {TagRules.Description} Provider `defaultTags` are merged in (these win). Changes in place.",
            },
            [WaitForDeployment] = Prop("boolean",
                "Wait, after a create or an update, until CloudFront reports the group `Deployed` (default true). " +
                "The wait follows the resource's custom timeouts, or 30 minutes. Deleting always waits, because CloudFront only deletes a disabled, deployed group."),
        };

        var outputs = (JObject)inputs.DeepClone();
        outputs[Arn] = Prop("string", "The connection group's ARN (arn:aws:cloudfront::<account>:connection-group/<id>).");
        outputs[ETag] = Prop("string", "The ETag of the group's current version, sent as If-Match on update and delete so a change made outside Pulumi is never overwritten.");
        outputs[RoutingEndpoint] = Prop("string", model.Doc("ConnectionGroup", "RoutingEndpoint") ?? "The routing endpoint (DNS name) of the group.");
        outputs[Status] = Prop("string", (model.Doc("ConnectionGroup", "Status") ?? "The status of the connection group.") + " `InProgress` while a change deploys, then `Deployed`.");
        outputs[IsDefault] = Prop("boolean", model.Doc("ConnectionGroup", "IsDefault") ?? "Whether this is the default connection group.");
        outputs[CreatedTime] = Prop("string", "When the group was created (ISO 8601, UTC).");
        outputs[LastModifiedTime] = Prop("string", "When the group was last changed (ISO 8601, UTC).");

        var spec = new JObject
        {
            ["description"] = (model.Doc("ConnectionGroup") ?? "A CloudFront connection group.") +
                " The Pulumi id is the CloudFront Id; import with `pulumi import " + ConnectionGroupHandler.TypeToken + " <name> <Id>`.",
            ["inputProperties"] = inputs,
            ["requiredInputs"] = new JArray(),
            ["properties"] = outputs,
            ["required"] = new JArray(Name, Enabled, Ipv6Enabled, Tags, WaitForDeployment, Arn, ETag, RoutingEndpoint, Status, IsDefault, CreatedTime, LastModifiedTime),
        };
        return new ResourceSchema(ConnectionGroupHandler.TypeToken, spec, new Dictionary<string, JObject>());
    }

    private static JObject Prop(string type, string description) => ModelSchemaTypes.Scalar(type, description);
}
