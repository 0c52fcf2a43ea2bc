using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Resources.Common;
using Newtonsoft.Json.Linq;
using Model = Awsdirect.Provider.Aws.ServiceModel.ServiceModel;

namespace Awsdirect.Integration.Tests.PropertyBased;

/// <summary>
/// Valid programs for every type and config kind, built from the service models: which members are
/// required (always present) or optional (present or absent), enum values, integer ranges and string
/// lengths come from the model shapes; values the models leave to prose (frequency bands, ports, bucket
/// names, ARNs of existing configs) follow the Ground Station rules the provider documents. Text uses
/// non-ASCII and supplementary-plane characters wherever the pattern allows them, and lengths and
/// numbers favour their boundaries.
/// </summary>
public sealed class ModelCases(CaseRandom r, ConfigPool pool)
{
    public const string Account = "123456789012";

    private const string SafeNameChars = " abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:-";
    private const string RoleNameChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+=,.@-";

    private static readonly Model Gs = ServiceModels.GroundStation;

    public static readonly string[] Kinds =
    [
        "antennaDownlinkConfig", "antennaDownlinkDemodDecodeConfig", "antennaUplinkConfig", "trackingConfig",
        "dataflowEndpointConfig", "uplinkEchoConfig", "s3RecordingConfig", "telemetrySinkConfig",
    ];

    /// <summary>A config of <paramref name="kind"/>; its name is absent (auto-named) one time in five.</summary>
    public JObject Config(string kind, int index)
    {
        var data = kind switch
        {
            "antennaDownlinkConfig" => Optional("AntennaDownlinkConfig", new JObject { ["spectrumConfig"] = Spectrum(downlink: true, demod: false) }),
            "antennaDownlinkDemodDecodeConfig" => new JObject
            {
                ["spectrumConfig"] = Spectrum(downlink: true, demod: true),
                ["demodulationConfig"] = new JObject { ["unvalidatedJSON"] = Json() },
                ["decodeConfig"] = new JObject { ["unvalidatedJSON"] = Json() },
            },
            "antennaUplinkConfig" => Optional("AntennaUplinkConfig", new JObject
            {
                ["transmitDisabled"] = r.Bool(),
                ["spectrumConfig"] = Optional("UplinkSpectrumConfig", new JObject
                {
                    ["centerFrequency"] = Frequency(2025, 2120),
                    ["polarization"] = Enum("Polarization"),
                }),
                ["targetEirp"] = new JObject { ["value"] = r.Double(20, 50, 1), ["units"] = Enum("EirpUnits") },
            }),
            "trackingConfig" => new JObject { ["autotrack"] = Enum("Criticality") },
            "dataflowEndpointConfig" => Optional("DataflowEndpointConfig", new JObject
            {
                ["dataflowEndpointName"] = SafeName(),
                ["dataflowEndpointRegion"] = r.Pick(new[] { "us-east-2", "us-west-2", "eu-central-1", "ap-southeast-2" }),
            }),
            "uplinkEchoConfig" => new JObject { ["enabled"] = r.Bool(), ["antennaUplinkConfigArn"] = pool.Arn("antenna-uplink") },
            "s3RecordingConfig" => Optional("S3RecordingConfig", new JObject
            {
                ["bucketArn"] = "arn:aws:s3:::aws-groundstation-" + r.Chars("abcdefghijklmnopqrstuvwxyz0123456789", r.Int(1, 40)),
                ["roleArn"] = RoleArn(),
                ["prefix"] = S3Prefix(),
            }),
            "telemetrySinkConfig" => new JObject
            {
                ["telemetrySinkType"] = Enum("TelemetrySinkType"),
                ["telemetrySinkData"] = new JObject
                {
                    ["kinesisDataStreamData"] = new JObject
                    {
                        ["kinesisRoleArn"] = RoleArn(),
                        ["kinesisDataStreamArn"] = $"arn:aws:kinesis:us-east-2:{Account}:stream/" + r.Chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-", r.Int(1, 128)),
                    },
                },
            },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        var program = new JObject { ["configData"] = new JObject { [kind] = data } };
        if (!r.Chance(20))
        {
            program["name"] = $"c{index} " + SafeName(maxLength: 250);
        }

        return WithTags(program);
    }

    /// <summary>A v1 group: one to three endpoints of one kind, unique names, ports that do not overlap.</summary>
    public JObject EndpointGroup(int index)
    {
        var dataflow = r.Bool();
        var entries = new JArray();
        var count = r.Int(1, 3);
        for (var i = 0; i < count; i++)
        {
            var name = $"e{index}-{i}-" + SafeName(maxLength: 200);
            entries.Add(dataflow
                ? Optional("EndpointDetails", new JObject
                {
                    ["endpoint"] = Optional("DataflowEndpoint", new JObject
                    {
                        ["name"] = name,
                        ["address"] = new JObject { ["name"] = Ipv4(), ["port"] = r.Int(1, 65535) },
                        ["mtu"] = IntIn("DataflowEndpointMtuInteger"),
                    }, keep: ["name", "address"]),
                    ["securityDetails"] = Security(),
                }, keep: ["endpoint", "securityDetails"])
                : new JObject
                {
                    ["awsGroundStationAgentEndpoint"] = new JObject
                    {
                        ["name"] = name,
                        ["egressAddress"] = Connection(),
                        ["ingressAddress"] = Ranged(40000 + (i * 1000)),
                    },
                });
        }

        return WithDurations(new JObject { ["endpointDetails"] = entries }, "DataflowEndpointGroupDurationInSeconds");
    }

    /// <summary>A V2 group: one to three uplink or downlink agent endpoints (both may share a group).</summary>
    public JObject EndpointGroupV2(int index)
    {
        var entries = new JArray();
        var count = r.Int(1, 3);
        for (var i = 0; i < count; i++)
        {
            var name = $"v{index}-{i}-" + SafeName(maxLength: 200);
            var ranged = Ranged(40000 + (i * 1000));
            entries.Add(r.Bool()
                ? new JObject
                {
                    ["uplinkAwsGroundStationAgentEndpoint"] = new JObject
                    {
                        ["name"] = name,
                        ["dataflowDetails"] = new JObject
                        {
                            ["agentConnectionDetails"] = new JObject { ["ingressAddressAndPort"] = Connection(), ["agentIpAndPortAddress"] = ranged },
                        },
                    },
                }
                : new JObject
                {
                    ["downlinkAwsGroundStationAgentEndpoint"] = new JObject
                    {
                        ["name"] = name,
                        ["dataflowDetails"] = new JObject
                        {
                            ["agentConnectionDetails"] = new JObject { ["agentIpAndPortAddress"] = ranged, ["egressAddressAndPort"] = Connection() },
                        },
                    },
                });
        }

        return WithDurations(new JObject { ["endpoints"] = entries }, "DataflowEndpointGroupDurationInSeconds");
    }

    /// <summary>A profile over the pool's configs: valid edge roles, no duplicate edges, KMS key and role together.</summary>
    public JObject MissionProfile(int index)
    {
        var sources = new[] { "antenna-downlink", "antenna-downlink-demod-decode", "uplink-echo", "dataflow-endpoint" };
        var destinations = new[] { "dataflow-endpoint", "s3-recording", "antenna-uplink" };
        var edges = new JArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var wanted = r.Int(1, 4);
        for (var attempt = 0; edges.Count < wanted && attempt < 20; attempt++)
        {
            var source = r.Pick(sources);
            var destination = r.Pick(destinations);
            var sourceArn = pool.Arn(source);
            var destinationArn = pool.Arn(destination, second: source == "dataflow-endpoint");
            if (source == "antenna-downlink-demod-decode" && r.Bool())
            {
                sourceArn += "/UncodedFramesEgress";
            }

            if (sourceArn == destinationArn || !seen.Add(sourceArn + ">" + destinationArn))
            {
                continue;
            }

            edges.Add(new JObject { ["source"] = sourceArn, ["destination"] = destinationArn });
        }

        var program = new JObject
        {
            ["minimumViableContactDurationSeconds"] = IntIn("PositiveDurationInSeconds"),
            ["dataflowEdges"] = edges,
            ["trackingConfigArn"] = pool.Arn("tracking"),
        };
        program = WithDurations(program, "DurationInSeconds");
        if (r.Bool())
        {
            program["telemetrySinkConfigArn"] = pool.Arn("telemetry-sink");
        }

        if (r.Chance(30))
        {
            program["streamsKmsRole"] = RoleArn();
            program["streamsKmsKey"] = r.Int(0, 2) switch
            {
                0 => new JObject { ["kmsKeyArn"] = $"arn:aws:kms:us-east-2:{Account}:key/{r.Uuid()}" },
                1 => new JObject { ["kmsAliasArn"] = $"arn:aws:kms:us-east-2:{Account}:alias/" + r.Chars("abcdefghijklmnopqrstuvwxyz0123456789:/_-", r.Int(1, 60)) },
                _ => new JObject { ["kmsAliasName"] = "alias/" + r.Chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:/_-", r.Int(1, 60)) },
            };
        }

        if (!r.Chance(20))
        {
            program["name"] = $"p{index} " + SafeName(maxLength: 250);
        }

        return WithTags(program);
    }

    /// <summary>A connection group: a unique name (CloudFront names are unique per account), optional flags.</summary>
    public JObject ConnectionGroup(int index)
    {
        var program = new JObject();
        if (!r.Chance(20))
        {
            program["name"] = $"cg-{index}-" + r.Chars("abcdefghijklmnopqrstuvwxyz0123456789-", r.Int(1, 40));
        }

        foreach (var flag in new[] { "enabled", "ipv6Enabled" })
        {
            if (r.Bool())
            {
                program[flag] = r.Bool();
            }
        }

        // The group is deleted at the end of each case, which waits for Deployed anyway.
        program["waitForDeployment"] = r.Bool();
        return WithTags(program);
    }

    /// <summary>Tags within every limit: up to the user limit, keys and values at their length boundaries, any script.</summary>
    public JObject Tags()
    {
        var tags = new JObject();
        var count = r.Chance(10) ? TagRules.MaxUserTags : r.Int(0, 4);
        while (tags.Count < count)
        {
            var key = TagText(r.Int(TagRules.MinKeyLength, TagRules.MaxKeyLength));
            if (key.StartsWith("aws", StringComparison.OrdinalIgnoreCase) || key.Trim().Length == 0 || tags.ContainsKey(key))
            {
                continue;
            }

            tags[key] = TagText(r.Int(0, TagRules.MaxValueLength));
        }

        return tags;
    }

    private JObject WithTags(JObject program)
    {
        if (r.Chance(70))
        {
            program["tags"] = Tags();
        }

        return program;
    }

    private JObject WithDurations(JObject program, string shape)
    {
        foreach (var member in new[] { "contactPrePassDurationSeconds", "contactPostPassDurationSeconds" })
        {
            if (r.Bool())
            {
                program[member] = IntIn(shape);
            }
        }

        return WithTags(program);
    }

    private string TagText(int length)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < length; i++)
        {
            builder.Append(r.Int(0, 9) switch
            {
                0 => r.Pick(CaseRandom.NonAsciiLetters),
                1 => r.Pick(new[] { " ", "_", ".", ":", "/", "=", "+", "-", "@", "\u00A0" }),
                2 => r.Pick(new[] { "٣", "Ⅳ", "²" }),
                _ => r.Chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 1),
            });
        }

        return builder.ToString();
    }

    private JObject Spectrum(bool downlink, bool demod)
    {
        var bandwidth = demod ? (0.125, 650.0) : (0.010, 54.0);
        var spectrum = new JObject
        {
            ["centerFrequency"] = r.Bool() ? Frequency(2200, 2300) : Frequency(7750, 8400),
            ["bandwidth"] = Bandwidth(bandwidth.Item1, bandwidth.Item2),
            ["polarization"] = Enum("Polarization"),
        };
        return downlink ? Optional("SpectrumConfig", spectrum) : spectrum;
    }

    /// <summary>A frequency between two MHz bounds, written in MHz, GHz or kHz.</summary>
    private JObject Frequency(double lowMHz, double highMHz)
    {
        var mhz = r.Double(lowMHz, highMHz, 2);
        return r.Int(0, 2) switch
        {
            0 => new JObject { ["value"] = mhz, ["units"] = "MHz" },
            1 => new JObject { ["value"] = Math.Clamp(Math.Round(mhz / 1000, 5), lowMHz / 1000, highMHz / 1000), ["units"] = "GHz" },
            _ => new JObject { ["value"] = Math.Round(mhz * 1000), ["units"] = "kHz" },
        };
    }

    private JObject Bandwidth(double lowMHz, double highMHz)
    {
        var mhz = r.Double(lowMHz, highMHz, 3);
        return r.Bool()
            ? new JObject { ["value"] = mhz, ["units"] = "MHz" }
            : new JObject { ["value"] = Math.Clamp(Math.Round(mhz * 1000), lowMHz * 1000, highMHz * 1000), ["units"] = "kHz" };
    }

    private JObject Security() => new()
    {
        ["subnetIds"] = new JArray(Enumerable.Range(0, r.Int(1, 3)).Select(i => $"subnet-{i}{r.Hex(16)}").Distinct()),
        ["securityGroupIds"] = new JArray(Enumerable.Range(0, r.Int(1, 2)).Select(i => r.Bool() ? $"sg-{i}{r.Hex(16)}" : $"sg-{i}{r.Hex(7)}").Distinct()),
        ["roleArn"] = RoleArn(),
    };

    private JObject Connection() => Optional("ConnectionDetails", new JObject
    {
        ["socketAddress"] = new JObject { ["name"] = Ipv4(), ["port"] = r.Int(1, 65535) },
        ["mtu"] = r.Chance(20) ? int.MaxValue : r.Int(1400, 9001),
    });

    /// <summary>A ranged address whose ports start at <paramref name="basePort"/>, so entries of one group never overlap.</summary>
    private JObject Ranged(int basePort)
    {
        var low = basePort + r.Int(0, 400);
        return Optional("RangedConnectionDetails", new JObject
        {
            ["socketAddress"] = new JObject { ["name"] = Ipv4(), ["portRange"] = new JObject { ["minimum"] = low, ["maximum"] = low + r.Int(0, 500) } },
            ["mtu"] = IntIn("RangedConnectionDetailsMtuInteger"),
        });
    }

    private string Ipv4() => string.Join('.', Enumerable.Range(0, 4).Select(_ => r.Int(0, 255).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private string SafeName(int maxLength = 256)
    {
        var shape = Gs.Shape("SafeName");
        var length = r.Int((int)shape["min"]!, Math.Min((int)shape["max"]!, maxLength));
        return r.Chars(SafeNameChars, length);
    }

    private string RoleArn() => $"arn:aws:iam::{Account}:role/" + r.Chars(RoleNameChars, r.Int(1, 64));

    private string S3Prefix()
    {
        var tokens = new[] { "{satellite_id}", "{config-name}", "{s3-config-id}", "{year}", "{month}", "{day}", "/", "-", "=", "_" };
        var parts = Enumerable.Range(0, r.Int(1, 8)).Select(_ => r.Chance(40) ? r.Pick(tokens) : r.Chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", r.Int(1, 12)));
        return string.Concat(parts);
    }

    /// <summary>A JSON object in the characters the model's JsonString allows (no '+', no escapes), with whitespace between tokens.</summary>
    private string Json()
    {
        var text = Value(depth: 0, forceObject: true);
        return text.Length >= 2 ? text : "{}";
    }

    private string Space() => r.Chance(30) ? r.Pick(new[] { " ", "\n", "\t", "\r\n", "  " }) : string.Empty;

    private string Value(int depth, bool forceObject = false)
    {
        var kind = forceObject ? 0 : r.Int(0, depth >= 3 ? 5 : 6);
        switch (kind)
        {
            case 0:
                var names = Enumerable.Range(0, r.Int(0, 4)).Select(_ => r.Chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", r.Int(1, 12))).Distinct().ToList();
                return "{" + Space() + string.Join("," + Space(), names.Select(n => $"\"{n}\"{Space()}:{Space()}{Value(depth + 1)}")) + Space() + "}";
            case 1:
                return r.Int(-100000, 100000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case 2:
                return r.Pick(new[] { "0.75", "-12.5", "1e5", "2.5E-3", "7812", "-0", "1e300" });
            case 3:
                return "\"" + r.Chars("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", r.Int(0, 16)) + "\"";
            case 4:
                return r.Pick(new[] { "true", "false", "null" });
            default:
                return "[" + string.Join("," + Space(), Enumerable.Range(0, r.Int(0, 3)).Select(_ => Value(depth + 1))) + "]";
        }
    }

    private string Enum(string shape) => r.Pick(Gs.Shape(shape)["enum"]!.Values<string>().Select(v => v!).ToList());

    private int IntIn(string shape)
    {
        var s = Gs.Shape(shape);
        return r.Int((int?)s["min"] ?? int.MinValue, (int?)s["max"] ?? int.MaxValue);
    }

    /// <summary>Drops each member the model does not require (and <paramref name="keep"/> does not name) with probability 2/5.</summary>
    private JObject Optional(string shape, JObject value, IReadOnlyCollection<string>? keep = null)
    {
        var required = Gs.Shape(shape)["required"]?.Values<string>().ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var member in value.Properties().ToList())
        {
            if (!required.Contains(member.Name) && keep?.Contains(member.Name) != true && r.Chance(40))
            {
                member.Remove();
            }
        }

        return value;
    }
}
