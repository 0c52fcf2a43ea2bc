using AwsEmulator.Http;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.GroundStation;

internal sealed partial class GroundStationStore
{
    private static string ConfigTypeOf(JObject configData) =>
        ConfigTypes[configData.Properties().First(p => p.Value.Type != JTokenType.Null).Name];

    private JObject CreateConfig(JObject input, RequestScope scope)
    {
        var configData = (JObject)input["configData"]!;
        var type = ConfigTypeOf(configData);
        if (_options.GroundStationConfigLimit is { } limit && InRegion(_configs, scope).Count >= limit)
        {
            throw new AwsErrorException("ResourceLimitExceededException", $"Account limit of {limit} configs reached in {scope.Region}.", parameterName: "name");
        }

        var id = NewId();
        var config = new GsResource
        {
            Id = id,
            Arn = Arn(scope, $"config/{type}/{id}"),
            Region = scope.Region,
            ConfigType = type,
            Sequence = ++_sequence,
            Body = new JObject { ["name"] = input["name"], ["configData"] = configData },
        };
        ApplyTags(config, input);
        _configs[id] = config;
        return ConfigIdResponse(config);
    }

    private JObject GetConfig(JObject input, RequestScope scope)
    {
        var config = FindConfig(input, scope);
        return new JObject
        {
            ["configId"] = config.Id,
            ["configArn"] = config.Arn,
            ["name"] = config.Body["name"],
            ["configType"] = config.ConfigType,
            ["configData"] = config.Body["configData"]!.DeepClone(),
            ["tags"] = config.TagsJson(),
        };
    }

    private JObject UpdateConfig(JObject input, RequestScope scope)
    {
        var config = FindConfig(input, scope);
        var configData = (JObject)input["configData"]!;
        if (ConfigTypeOf(configData) != config.ConfigType)
        {
            throw Invalid("configData", $"configData must describe a {config.ConfigType} config; a config's type cannot change.");
        }

        config.Body = new JObject { ["name"] = input["name"], ["configData"] = configData };
        return ConfigIdResponse(config);
    }

    private JObject DeleteConfig(JObject input, RequestScope scope)
    {
        var config = FindConfig(input, scope);
        var users = InRegion(_missionProfiles, scope).Where(p => ReferencedConfigArns(p.Body).Contains(config.Arn)).ToList();
        if (users.Count > 0)
        {
            // DeleteConfig documents only InvalidParameterException, DependencyException and
            // ResourceNotFoundException (ResourceInUseException exists in this model for ephemerides only).
            // DependencyException is a 5xx server fault that SDK retry policies retry, which would hide a
            // condition retrying cannot fix, so the nearest documented client error is used.
            throw Invalid("configId", $"Config {config.Id} is in use by mission profile(s) {string.Join(", ", users.Select(u => u.Id))}.");
        }

        _configs.Remove(config.Id);
        return ConfigIdResponse(config);
    }

    private JObject ListConfigs(JObject input, RequestScope scope) =>
        Page(new JObject(), "configList", InRegion(_configs, scope), input, c => new JObject
        {
            ["configId"] = c.Id,
            ["configType"] = c.ConfigType,
            ["configArn"] = c.Arn,
            ["name"] = c.Body["name"],
        });

    private GsResource FindConfig(JObject input, RequestScope scope)
    {
        var id = (string)input["configId"]!;
        var type = (string)input["configType"]!;
        var config = Find(_configs, id, scope);
        return config is not null && config.ConfigType == type ? config : throw NotFound("Config", id);
    }

    private static JObject ConfigIdResponse(GsResource config) => new()
    {
        ["configId"] = config.Id,
        ["configType"] = config.ConfigType,
        ["configArn"] = config.Arn,
    };

    /// <summary>Config ARNs may carry a trailing "/name" (see the ConfigArn pattern); the identity ends at the UUID.</summary>
    private static string BaseConfigArn(string arn)
    {
        var marker = arn.IndexOf(":config/", StringComparison.Ordinal);
        if (marker < 0)
        {
            return arn;
        }

        var parts = arn[(marker + ":config/".Length)..].Split('/');
        return parts.Length > 2 ? arn[..(marker + ":config/".Length)] + parts[0] + "/" + parts[1] : arn;
    }
}
