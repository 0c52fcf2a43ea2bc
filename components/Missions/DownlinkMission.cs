using System.Text.RegularExpressions;
using Awsdirect.Components.Hosting;
using Awsdirect.Components.Values;
using Newtonsoft.Json.Linq;

namespace Awsdirect.Components.Missions;

/// <summary>
/// A downlink to EC2: tracking config, antenna downlink (or demod/decode) config, one dataflow
/// endpoint config per endpoint, the dataflow endpoint group that hosts those endpoints, and the
/// mission profile whose edges run from the downlink config to every endpoint config.
/// </summary>
internal sealed partial class DownlinkMission : IComponent
{
    public const string TypeToken = "awsdirect:missions:DownlinkMission";

    /// <summary>Component inputs for the endpoint group's own PREPASS/POSTPASS windows, and their API names.</summary>
    private static readonly (string Input, string ApiName)[] GroupDurations =
    [
        ("endpointGroupPrePassDurationSeconds", "contactPrePassDurationSeconds"),
        ("endpointGroupPostPassDurationSeconds", "contactPostPassDurationSeconds"),
    ];

    public string Token => TypeToken;

    [GeneratedRegex(@"^arn:[a-z0-9-.]{1,63}:iam::[0-9]{12}:role/[\w+=,.@-]{1,64}$")]
    private static partial Regex RoleArn();

    [GeneratedRegex(@"^[\w-]{1,128}$")]
    private static partial Regex AwsRegion();

    public JObject SchemaSpec() => DownlinkMissionSchema.Spec();

    public IReadOnlyDictionary<string, JObject> SchemaTypes() => DownlinkMissionSchema.Types();

    public async Task<IReadOnlyDictionary<string, ComponentValue>> ConstructAsync(
        ComponentContext context,
        ComponentInputs inputs,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(inputs);
        var common = MissionCommon.Read(inputs, context.Name);
        var downlinkBody = ReadDownlink(inputs);
        var endpoints = ReadEndpoints(inputs);
        var security = ComponentValue.Object(
            ("subnetIds", inputs.StringList("subnetIds", required: true, minItems: 1) ?? ComponentValue.Null),
            ("securityGroupIds", inputs.StringList("securityGroupIds", required: true, minItems: 1) ?? ComponentValue.Null),
            ("roleArn", inputs.String("roleArn", required: true, pattern: RoleArn()) ?? ComponentValue.Null));
        var region = inputs.String("dataflowEndpointRegion", pattern: AwsRegion());
        var groupInputs = common.WithTags();
        foreach (var (input, apiName) in GroupDurations)
        {
            if (inputs.Number(input, min: 30, max: 480, integer: true) is { } seconds)
            {
                groupInputs[apiName] = seconds;
            }
        }

        inputs.ThrowIfInvalid(TypeToken);

        // Everything but the mission profile is independent: register together so the engine can
        // create them in parallel.
        var tracking = common.ConfigAsync(context, "tracking", "trackingConfig", ComponentValue.Object(("autotrack", common.Autotrack)), cancellationToken);
        var downlink = common.ConfigAsync(context, "downlink", downlinkBody.Key, downlinkBody.Value, cancellationToken);
        var endpointConfigs = endpoints
            .Select(e => common.ConfigAsync(
                context,
                "endpoint-" + e.Name.StringValue,
                common.AwsName(ComponentValue.Format("endpoint-{0}", e.Name)),
                "dataflowEndpointConfig",
                EndpointConfig(e.Name, region),
                cancellationToken))
            .ToList();
        var group = context.Registrar.RegisterChildAsync(
            new ChildResourceArgs(
                GroundStationTokens.DataflowEndpointGroup,
                context.Name + "-endpoint-group",
                new Dictionary<string, ComponentValue>(groupInputs, StringComparer.Ordinal)
                {
                    ["endpointDetails"] = ComponentValue.Array(endpoints.Select(e => EndpointDetails(e, security))),
                },
                ChildResourceOptions.WithParent(context.Urn)),
            cancellationToken);
        await Task.WhenAll([tracking, downlink, group, .. endpointConfigs]);

        var source = downlink.Result.Output("arn");
        var edges = endpointConfigs.Select(c => ComponentValue.Object(("source", source), ("destination", c.Result.Output("arn"))));

        // The profile names no endpoint group, yet a contact needs the group to exist: depend on it.
        var profile = await context.Registrar.RegisterChildAsync(
            new ChildResourceArgs(
                GroundStationTokens.MissionProfile,
                context.Name + "-profile",
                common.WithTags(
                    ("name", common.AwsName("profile")),
                    ("contactPrePassDurationSeconds", common.PrePass),
                    ("contactPostPassDurationSeconds", common.PostPass),
                    ("minimumViableContactDurationSeconds", common.MinimumViable),
                    ("dataflowEdges", ComponentValue.Array(edges)),
                    ("trackingConfigArn", tracking.Result.Output("arn"))),
                new ChildResourceOptions(context.Urn, [group.Result.Urn])),
            cancellationToken);

        return new Dictionary<string, ComponentValue>(StringComparer.Ordinal)
        {
            ["missionProfileArn"] = profile.Output("arn"),
            ["trackingConfigArn"] = tracking.Result.Output("arn"),
            ["downlinkConfigArn"] = source,
            ["dataflowEndpointConfigArns"] = ComponentValue.Array(endpointConfigs.Select(c => c.Result.Output("arn"))),
            ["dataflowEndpointGroupArn"] = group.Result.Output("arn"),
        };
    }

    private static KeyValuePair<string, ComponentValue> ReadDownlink(ComponentInputs inputs)
    {
        var center = SpectrumInputs.Read(inputs, "centerFrequency", required: true);
        var bandwidth = SpectrumInputs.Read(inputs, "bandwidth", required: true);
        var polarization = inputs.String("polarization", allowed: SpectrumInputs.Polarizations) ?? ComponentValue.Of("RIGHT_HAND");
        var demodulationGiven = inputs.Get("demodulationConfig") is not null;
        var decodeGiven = inputs.Get("decodeConfig") is not null;
        var demodulation = UnvalidatedJsonInput.Read(inputs, "demodulationConfig", required: false);
        var decode = UnvalidatedJsonInput.Read(inputs, "decodeConfig", required: false);
        SpectrumInputs.CheckCenterFrequency(inputs, "centerFrequency", center);
        var spectrum = SpectrumInputs.SpectrumConfig(center ?? ComponentValue.Null, bandwidth ?? ComponentValue.Null, polarization);
        if (!demodulationGiven && !decodeGiven)
        {
            SpectrumInputs.CheckBandwidth(inputs, "bandwidth", bandwidth, SpectrumInputs.DownlinkBandwidthMhz, "an antenna downlink config");
            return KeyValuePair.Create("antennaDownlinkConfig", ComponentValue.Object(("spectrumConfig", spectrum)));
        }

        if (demodulationGiven != decodeGiven)
        {
            inputs.Fail(demodulationGiven ? "decodeConfig" : "demodulationConfig", "demodulationConfig and decodeConfig go together: give both for a demod/decode downlink, or neither");
        }

        SpectrumInputs.CheckBandwidth(inputs, "bandwidth", bandwidth, SpectrumInputs.DemodDecodeBandwidthMhz, "a demod/decode downlink config");
        return KeyValuePair.Create("antennaDownlinkDemodDecodeConfig", ComponentValue.Object(
            ("spectrumConfig", spectrum),
            ("demodulationConfig", ComponentValue.Object(("unvalidatedJSON", demodulation ?? ComponentValue.Null))),
            ("decodeConfig", ComponentValue.Object(("unvalidatedJSON", decode ?? ComponentValue.Null)))));
    }

    private static List<DownlinkEndpoint> ReadEndpoints(ComponentInputs inputs)
    {
        var list = inputs.List("endpoints", required: true, minItems: 1);
        var result = new List<DownlinkEndpoint>();
        if (list is null)
        {
            return result;
        }

        if (list.IsUnknown)
        {
            inputs.Fail("endpoints", "must be known when the component is created: one config is created per endpoint");
            return result;
        }

        for (var i = 0; i < list.ArrayValue.Length; i++)
        {
            var path = $"endpoints[{i}]";
            var name = inputs.String(path + ".name", required: true, pattern: MissionCommon.SafeName());
            var address = inputs.String(path + ".address", required: true);
            var port = inputs.Number(path + ".port", required: true, min: 1, max: 65535, integer: true);
            var mtu = inputs.Number(path + ".mtu", min: 1400, max: 1500, integer: true);
            if (name is { IsUnknown: true })
            {
                inputs.Fail(path + ".name", "must be known when the component is created: child names derive from it");
            }
            else if (name is { Kind: ComponentValueKind.String } && result.Any(e => e.Name.StringValue == name.StringValue))
            {
                inputs.Fail(path + ".name", $"\"{name.StringValue}\" is used by another endpoint; endpoint names must be unique");
            }
            else if (name is { Kind: ComponentValueKind.String } && address is not null && port is not null)
            {
                result.Add(new DownlinkEndpoint(name, address, port, mtu));
            }
        }

        return result;
    }

    private static ComponentValue EndpointConfig(ComponentValue name, ComponentValue? region) =>
        region is null
            ? ComponentValue.Object(("dataflowEndpointName", name))
            : ComponentValue.Object(("dataflowEndpointName", name), ("dataflowEndpointRegion", region));

    private static ComponentValue EndpointDetails(DownlinkEndpoint endpoint, ComponentValue security)
    {
        var fields = new List<(string, ComponentValue)>
        {
            ("name", endpoint.Name),
            ("address", ComponentValue.Object(("name", endpoint.Address), ("port", endpoint.Port))),
        };
        if (endpoint.Mtu is not null)
        {
            fields.Add(("mtu", endpoint.Mtu));
        }

        return ComponentValue.Object(("endpoint", ComponentValue.Object([.. fields])), ("securityDetails", security));
    }

    /// <param name="Name">Known (child names derive from it), and carrying the dependencies of <c>endpoints</c>.</param>
    private sealed record DownlinkEndpoint(ComponentValue Name, ComponentValue Address, ComponentValue Port, ComponentValue? Mtu);
}
