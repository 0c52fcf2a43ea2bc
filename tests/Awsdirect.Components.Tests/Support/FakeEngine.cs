using System.Security.Cryptography;
using System.Text;
using Awsdirect.Components.Hosting;
using Awsdirect.Components.Values;
using Moq;

namespace Awsdirect.Components.Tests.Support;

/// <summary>One child registration as the engine saw it, with what it answered.</summary>
internal sealed record Registration(int Order, ChildResourceArgs Args, ChildResource Result)
{
    public string Type => Args.Type;

    public string Name => Args.Name;

    public ComponentValue Input(string key) => Args.Inputs.TryGetValue(key, out var value) ? value : ComponentValue.Null;

    /// <summary>The output as the engine reported it (no dependency on the child added).</summary>
    public ComponentValue Reported(string key) => Result.Outputs[key];
}

/// <summary>
/// A Moq'd <see cref="IComponentRegistrar"/> answering as the engine would: during an update with the
/// outputs AWS (or the AWS classic provider) would report, derived from the child's inputs; during a
/// preview with the inputs echoed back and every computed output left unknown.
/// </summary>
internal sealed class FakeEngine
{
    public const string Account = "123456789012";
    public const string Region = "us-east-2";
    public const string Stack = "urn:pulumi:dev::groundstation::";

    private readonly object _gate = new();
    private readonly List<Registration> _registrations = [];
    private readonly bool _preview;

    public FakeEngine(bool preview = false)
    {
        _preview = preview;
        Registrar.Setup(r => r.RegisterChildAsync(It.IsAny<ChildResourceArgs>(), It.IsAny<CancellationToken>()))
            .Returns((ChildResourceArgs args, CancellationToken _) => Task.FromResult(Register(args).Result));
    }

    public Mock<IComponentRegistrar> Registrar { get; } = new(MockBehavior.Strict);

    public IReadOnlyList<Registration> Registrations
    {
        get
        {
            lock (_gate)
            {
                return [.. _registrations];
            }
        }
    }

    public static string ComponentUrn(string token, string name) => Stack + token + "::" + name;

    public ComponentContext Context(string token, string name, IReadOnlyDictionary<string, string>? config = null) =>
        new(name, ComponentUrn(token, name), _preview, config ?? new Dictionary<string, string>(StringComparer.Ordinal), Registrar.Object);

    public Registration Child(string name) => Registrations.Single(r => r.Name == name);

    public IReadOnlyList<Registration> OfType(string type) => [.. Registrations.Where(r => r.Type == type)];

    public void VerifyNothingRegistered() =>
        Registrar.Verify(r => r.RegisterChildAsync(It.IsAny<ChildResourceArgs>(), It.IsAny<CancellationToken>()), Times.Never);

    /// <summary>The configType Ground Station reports for a configData member.</summary>
    public static string ConfigType(string configDataKey) => configDataKey switch
    {
        "antennaDownlinkConfig" => "antenna-downlink",
        "antennaDownlinkDemodDecodeConfig" => "antenna-downlink-demod-decode",
        "antennaUplinkConfig" => "antenna-uplink",
        "dataflowEndpointConfig" => "dataflow-endpoint",
        "trackingConfig" => "tracking",
        "uplinkEchoConfig" => "uplink-echo",
        "s3RecordingConfig" => "s3-recording",
        "telemetrySinkConfig" => "telemetry-sink",
        _ => throw new ArgumentException($"unknown configData member {configDataKey}"),
    };

    private Registration Register(ChildResourceArgs args)
    {
        var urn = Stack + TypeChain(args) + "::" + args.Name;
        var result = _preview
            ? new ChildResource(urn, ComponentValue.Unknown, Echo(args.Inputs), ComponentValue.Unknown)
            : Created(urn, args);
        lock (_gate)
        {
            var registration = new Registration(_registrations.Count, args, result);
            _registrations.Add(registration);
            return registration;
        }
    }

    private static string TypeChain(ChildResourceArgs args)
    {
        var parentType = args.Options.Parent.Split("::")[2];
        return parentType + "$" + args.Type;
    }

    // A preview reports a new resource's known inputs as its outputs; everything AWS computes is absent.
    private static Dictionary<string, ComponentValue> Echo(IReadOnlyDictionary<string, ComponentValue> inputs) =>
        inputs.Where(i => !i.Value.ContainsUnknowns()).ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);

    private static ChildResource Created(string urn, ChildResourceArgs args)
    {
        foreach (var (key, value) in args.Inputs)
        {
            Assert.False(value.ContainsUnknowns(), $"{args.Name}.{key} is unknown outside a preview");
        }

        var id = StableId(args.Name);
        var outputs = Echo(args.Inputs);
        switch (args.Type)
        {
            case "awsdirect:groundstation:Config":
                var configType = ConfigType(args.Inputs["configData"].ObjectValue.Keys.Single());
                outputs["arn"] = ComponentValue.Of($"arn:aws:groundstation:{Region}:{Account}:config/{configType}/{id}");
                outputs["configId"] = ComponentValue.Of(id);
                outputs["configType"] = ComponentValue.Of(configType);
                break;
            case "awsdirect:groundstation:DataflowEndpointGroup":
                outputs["arn"] = ComponentValue.Of($"arn:aws:groundstation:{Region}:{Account}:dataflow-endpoint-group/{id}");
                break;
            case "awsdirect:groundstation:MissionProfile":
                outputs["arn"] = ComponentValue.Of($"arn:aws:groundstation:{Region}:{Account}:mission-profile/{id}");
                break;
            case "aws:s3/bucket:Bucket":
                var bucket = outputs.TryGetValue("bucket", out var given) ? given.StringValue : outputs["bucketPrefix"].StringValue + id[..26];
                outputs["bucket"] = ComponentValue.Of(bucket);
                outputs["arn"] = ComponentValue.Of("arn:aws:s3:::" + bucket);
                id = bucket;
                break;
            case "aws:iam/role:Role":
                var roleName = args.Name + "-" + id[..7];
                outputs["name"] = ComponentValue.Of(roleName);
                outputs["arn"] = ComponentValue.Of($"arn:aws:iam::{Account}:role/{roleName}");
                id = roleName;
                break;
            case "awsdirect:cloudfront:ConnectionGroup":
                id = "cg_" + id.Replace("-", string.Empty, StringComparison.Ordinal)[..27];
                outputs["arn"] = ComponentValue.Of($"arn:aws:cloudfront::{Account}:connection-group/{id}");
                outputs["routingEndpoint"] = ComponentValue.Of("d" + id[3..16] + ".cloudfront.net");
                outputs["etag"] = ComponentValue.Of("E" + id[3..15].ToUpperInvariant());
                outputs["status"] = ComponentValue.Of("Deployed");
                break;
            case "awsdirect:cloudfront:AnycastIpList":
                id = "aip_" + id.Replace("-", string.Empty, StringComparison.Ordinal)[..20];
                outputs["arn"] = ComponentValue.Of($"arn:aws:cloudfront::{Account}:anycast-ip-list/{id}");
                outputs["anycastIps"] = ComponentValue.Array(Enumerable.Range(1, (int)args.Inputs["ipCount"].NumberValue).Select(i => ComponentValue.Of($"198.51.100.{i}")));
                outputs["status"] = ComponentValue.Of("Deployed");
                break;
            default:
                break;
        }

        return new ChildResource(urn, ComponentValue.Of(id), outputs, ComponentValue.Null);
    }

    // Distinct per child, the same on every run, shaped like the UUIDs AWS returns.
    private static string StableId(string name) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16)).ToString();
}
