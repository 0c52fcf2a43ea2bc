using System.Text;
using System.Text.RegularExpressions;
using Awsdirect.Components.Hosting;
using Awsdirect.Components.Values;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Components.Missions;

/// <summary>
/// Delivery of a demodulated, decoded downlink straight to S3: an <c>aws-groundstation-</c> bucket
/// (public access blocked), a role only Ground Station can assume for this account, its write policy,
/// the tracking, demod/decode and s3-recording configs, and the mission profile joining them.
/// </summary>
internal sealed partial class S3DataDelivery : IComponent
{
    public const string TypeToken = "awsdirect:missions:S3DataDelivery";

    /// <summary>Ground Station only records to buckets whose name starts with this.</summary>
    public const string BucketNamePrefix = "aws-groundstation-";

    // AWS classic generates a 26-character suffix after bucketPrefix; S3 names are at most 63.
    private const int MaxBucketPrefixLength = 37;

    public string Token => TypeToken;

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex AccountId();

    [GeneratedRegex("^aws-groundstation-[a-z0-9.-]{1,45}$")]
    private static partial Regex BucketName();

    [GeneratedRegex(@"^([a-zA-Z0-9_\-=/]|\{satellite_id\}|\{config\-name}|\{s3\-config-id}|\{year\}|\{month\}|\{day\}){1,900}$")]
    private static partial Regex KeyPrefix();

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]$")]
    private static partial Regex Region();

    public JObject SchemaSpec() => S3DataDeliverySchema.Spec();

    public IReadOnlyDictionary<string, JObject> SchemaTypes() => S3DataDeliverySchema.Types();

    public async Task<IReadOnlyDictionary<string, ComponentValue>> ConstructAsync(
        ComponentContext context,
        ComponentInputs inputs,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(inputs);
        var common = MissionCommon.Read(inputs, context.Name);
        var demodDecode = ReadDemodDecode(inputs);
        var accountId = inputs.String("accountId", required: true, pattern: AccountId()) ?? ComponentValue.Null;
        var region = ReadRegion(inputs, context);
        var bucketName = inputs.String("bucketName", pattern: BucketName());
        var forceDestroy = inputs.Bool("forceDestroy") ?? ComponentValue.Of(false);
        var keyPrefix = inputs.String("prefix", pattern: KeyPrefix());
        inputs.ThrowIfInvalid(TypeToken);

        var bucketInputs = common.WithTags(("forceDestroy", forceDestroy));
        if (bucketName is null)
        {
            bucketInputs["bucketPrefix"] = common.NamePrefix.Select(prefix => ComponentValue.Of(GeneratedBucketPrefix(prefix.StringValue)));
        }
        else
        {
            bucketInputs["bucket"] = bucketName;
        }

        var bucket = Aws(context, AwsClassicTokens.Bucket, "bucket", bucketInputs, [], cancellationToken);
        var role = Aws(
            context,
            AwsClassicTokens.Role,
            "role",
            common.WithTags(
                ("assumeRolePolicy", S3DeliveryPolicies.TrustPolicy(accountId, region)),
                ("description", ComponentValue.Format("Lets AWS Ground Station record contacts of {0} to S3.", common.NamePrefix))),
            [],
            cancellationToken);
        var tracking = common.ConfigAsync(context, "tracking", "trackingConfig", ComponentValue.Object(("autotrack", common.Autotrack)), cancellationToken);
        var demod = common.ConfigAsync(context, "demod-decode", "antennaDownlinkDemodDecodeConfig", demodDecode, cancellationToken);
        await Task.WhenAll(bucket, role);

        var bucketArn = bucket.Result.Output("arn");
        var publicAccess = Aws(
            context,
            AwsClassicTokens.BucketPublicAccessBlock,
            "bucket-public-access",
            new Dictionary<string, ComponentValue>(StringComparer.Ordinal)
            {
                ["bucket"] = bucket.Result.Output("bucket"),
                ["blockPublicAcls"] = ComponentValue.Of(true),
                ["blockPublicPolicy"] = ComponentValue.Of(true),
                ["ignorePublicAcls"] = ComponentValue.Of(true),
                ["restrictPublicBuckets"] = ComponentValue.Of(true),
            },
            [],
            cancellationToken);
        var rolePolicy = Aws(
            context,
            AwsClassicTokens.RolePolicy,
            "role-policy",
            new Dictionary<string, ComponentValue>(StringComparer.Ordinal)
            {
                ["role"] = role.Result.Output("name"),
                ["policy"] = S3DeliveryPolicies.WritePolicy(bucketArn),
            },
            [],
            cancellationToken);
        await rolePolicy;

        // Ground Station checks it can use the role when the config is created: the policy must exist first.
        var recordingBody = keyPrefix is null
            ? ComponentValue.Object(("bucketArn", bucketArn), ("roleArn", role.Result.Output("arn")))
            : ComponentValue.Object(("bucketArn", bucketArn), ("roleArn", role.Result.Output("arn")), ("prefix", keyPrefix));
        var recording = await context.Registrar.RegisterChildAsync(
            new ChildResourceArgs(
                GroundStationTokens.Config,
                context.Name + "-recording",
                common.WithTags(
                    ("name", common.AwsName("recording")),
                    ("configData", ComponentValue.Object(("s3RecordingConfig", recordingBody)))),
                new ChildResourceOptions(context.Urn, [rolePolicy.Result.Urn])),
            cancellationToken);
        await Task.WhenAll(tracking, demod, publicAccess);

        var profile = await context.Registrar.RegisterChildAsync(
            new ChildResourceArgs(
                GroundStationTokens.MissionProfile,
                context.Name + "-profile",
                common.WithTags(
                    ("name", common.AwsName("profile")),
                    ("contactPrePassDurationSeconds", common.PrePass),
                    ("contactPostPassDurationSeconds", common.PostPass),
                    ("minimumViableContactDurationSeconds", common.MinimumViable),
                    ("dataflowEdges", ComponentValue.Array(ComponentValue.Object(
                        ("source", demod.Result.Output("arn")),
                        ("destination", recording.Output("arn"))))),
                    ("trackingConfigArn", tracking.Result.Output("arn"))),
                ChildResourceOptions.WithParent(context.Urn)),
            cancellationToken);

        return new Dictionary<string, ComponentValue>(StringComparer.Ordinal)
        {
            ["bucketName"] = bucket.Result.Output("bucket"),
            ["bucketArn"] = bucketArn,
            ["roleArn"] = role.Result.Output("arn"),
            ["trackingConfigArn"] = tracking.Result.Output("arn"),
            ["demodDecodeConfigArn"] = demod.Result.Output("arn"),
            ["s3RecordingConfigArn"] = recording.Output("arn"),
            ["missionProfileArn"] = profile.Output("arn"),
        };
    }

    /// <summary>A valid S3 bucket prefix from a Ground Station name: lower case, dashes for the rest.</summary>
    internal static string GeneratedBucketPrefix(string namePrefix)
    {
        var builder = new StringBuilder(BucketNamePrefix);
        foreach (var c in namePrefix.ToLowerInvariant())
        {
            builder.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-');
        }

        var text = builder.ToString();
        text = text[..Math.Min(text.Length, MaxBucketPrefixLength - 1)].TrimEnd('-');
        return text + "-";
    }

    private static ComponentValue ReadDemodDecode(ComponentInputs inputs)
    {
        var center = SpectrumInputs.Read(inputs, "centerFrequency", required: true);
        var bandwidth = SpectrumInputs.Read(inputs, "bandwidth", required: true);
        var polarization = inputs.String("polarization", allowed: SpectrumInputs.Polarizations) ?? ComponentValue.Of("RIGHT_HAND");
        SpectrumInputs.CheckCenterFrequency(inputs, "centerFrequency", center);
        SpectrumInputs.CheckBandwidth(inputs, "bandwidth", bandwidth, SpectrumInputs.DemodDecodeBandwidthMhz, "a demod/decode downlink config");
        var demodulation = UnvalidatedJsonInput.Read(inputs, "demodulationConfig", required: true) ?? ComponentValue.Null;
        var decode = UnvalidatedJsonInput.Read(inputs, "decodeConfig", required: true) ?? ComponentValue.Null;
        return ComponentValue.Object(
            ("spectrumConfig", SpectrumInputs.SpectrumConfig(center ?? ComponentValue.Null, bandwidth ?? ComponentValue.Null, polarization)),
            ("demodulationConfig", ComponentValue.Object(("unvalidatedJSON", demodulation))),
            ("decodeConfig", ComponentValue.Object(("unvalidatedJSON", decode))));
    }

    /// <summary>The region of the input, else of the stack's AWS configuration.</summary>
    private static ComponentValue ReadRegion(ComponentInputs inputs, ComponentContext context)
    {
        var region = inputs.String("region", pattern: Region());
        if (region is not null)
        {
            return region;
        }

        foreach (var key in new[] { "awsdirect:region", "aws:region" })
        {
            if (context.Config.TryGetValue(key, out var configured) && !string.IsNullOrEmpty(configured))
            {
                return ComponentValue.Of(configured);
            }
        }

        inputs.Fail("region", "is required when neither awsdirect:region nor aws:region is configured: the role's trust policy names the region of the recording configs");
        return ComponentValue.Null;
    }

    private static Task<ChildResource> Aws(
        ComponentContext context,
        string type,
        string suffix,
        Dictionary<string, ComponentValue> inputs,
        IReadOnlyList<string> dependsOn,
        CancellationToken cancellationToken) =>
        context.Registrar.RegisterChildAsync(
            new ChildResourceArgs(type, context.Name + "-" + suffix, inputs, new ChildResourceOptions(context.Urn, dependsOn, AwsClassicTokens.Version)),
            cancellationToken);
}
