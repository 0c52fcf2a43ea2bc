using Newtonsoft.Json.Linq;
using static Awsdirect.Components.Schema.SchemaJson;

namespace Awsdirect.Components.Missions;

/// <summary>Schema of <see cref="S3DataDelivery"/>.</summary>
internal static class S3DataDeliverySchema
{
    public static JObject Spec()
    {
        var inputs = new JObject();
        MissionSchema.AddCommonInputs(inputs);
        inputs["demodulationConfig"] = Any("Demodulation settings (Ground Station `unvalidatedJSON`), as an object or a JSON string, e.g. the QPSK settings published for the satellite.");
        inputs["decodeConfig"] = Any("Decode settings (Ground Station `unvalidatedJSON`), as an object or a JSON string.");
        inputs["accountId"] = Str("The 12-digit AWS account id that owns the recording configs. The role's trust policy only lets Ground Station assume it on behalf of this account (`aws:SourceAccount`).");
        inputs["region"] = Str("Region of the recording configs, used in the trust policy's `aws:SourceArn` condition. Defaults to the stack's `awsdirect:region`, then `aws:region`.");
        inputs["bucketName"] = Str("Name of the bucket to create; must start with `aws-groundstation-`, which Ground Station requires. By default a unique name with that prefix is generated.");
        inputs["forceDestroy"] = Bool("Delete the recordings with the bucket when the stack is destroyed. Defaults to false, so a destroy fails rather than losing data.");
        inputs["prefix"] = Str("S3 key prefix of the recordings. May use `{satellite_id}`, `{config-name}`, `{s3-config-id}`, `{year}`, `{month}` and `{day}`, e.g. `{satellite_id}/{year}/{month}/{day}`.");
        return Component(
            "Records a demodulated, decoded downlink straight to Amazon S3: an `aws-groundstation-` bucket with public access blocked, an IAM role only Ground Station can assume for this account's s3-recording configs (aws:SourceAccount and aws:SourceArn conditions) with a write-only policy on the bucket, the tracking, demod/decode and s3-recording configs, and the mission profile that joins them. The bucket and role are Pulumi AWS classic resources, so the `aws` plugin (v7) is used alongside this one.",
            inputs,
            ["centerFrequency", "bandwidth", "demodulationConfig", "decodeConfig", "accountId"],
            new JObject
            {
                ["bucketName"] = Str("Name of the bucket the recordings land in."),
                ["bucketArn"] = Str("ARN of that bucket."),
                ["roleArn"] = Str("ARN of the role Ground Station assumes to write the recordings."),
                ["trackingConfigArn"] = Str("ARN of the tracking config."),
                ["demodDecodeConfigArn"] = Str("ARN of the antenna downlink demod/decode config."),
                ["s3RecordingConfigArn"] = Str("ARN of the s3-recording config."),
                ["missionProfileArn"] = Str("ARN of the mission profile: use it to reserve contacts."),
            });
    }

    public static IReadOnlyDictionary<string, JObject> Types()
    {
        var types = new Dictionary<string, JObject>(StringComparer.Ordinal);
        MissionSchema.AddSharedTypes(types);
        return types;
    }
}
