using Awsdirect.Components.Values;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Components.Missions;

/// <summary>
/// IAM documents for S3 data delivery. The trust policy lets only Ground Station assume the role, and
/// only on behalf of this account's s3-recording configs in one region (aws:SourceAccount and
/// aws:SourceArn), which closes the confused-deputy hole a bare service principal leaves open.
/// </summary>
internal static class S3DeliveryPolicies
{
    public const string ServicePrincipal = "groundstation.amazonaws.com";

    public static ComponentValue TrustPolicy(ComponentValue accountId, ComponentValue region) =>
        ComponentValue.Combine([accountId, region], known =>
        {
            var account = known[0].StringValue;
            var document = Document(new JObject
            {
                ["Effect"] = "Allow",
                ["Principal"] = new JObject { ["Service"] = ServicePrincipal },
                ["Action"] = "sts:AssumeRole",
                ["Condition"] = new JObject
                {
                    ["StringEquals"] = new JObject { ["aws:SourceAccount"] = account },
                    ["ArnLike"] = new JObject { ["aws:SourceArn"] = RecordingConfigArnPattern(account, known[1].StringValue) },
                },
            });
            return ComponentValue.Of(document);
        });

    /// <summary>Writing objects and locating the bucket is all Ground Station needs.</summary>
    public static ComponentValue WritePolicy(ComponentValue bucketArn) =>
        ComponentValue.Combine([bucketArn], known =>
        {
            var arn = known[0].StringValue;
            var document = Document(
                new JObject { ["Effect"] = "Allow", ["Action"] = new JArray("s3:GetBucketLocation"), ["Resource"] = arn },
                new JObject { ["Effect"] = "Allow", ["Action"] = new JArray("s3:PutObject"), ["Resource"] = arn + "/*" });
            return ComponentValue.Of(document);
        });

    public static string RecordingConfigArnPattern(string account, string region) =>
        $"arn:aws:groundstation:{region}:{account}:config/s3-recording/*";

    private static string Document(params JObject[] statements) =>
        new JObject { ["Version"] = "2012-10-17", ["Statement"] = new JArray(statements) }.ToString(Formatting.None);
}
