using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using Newtonsoft.Json.Linq;
using static Awsdirect.Provider.Resources.GroundStation.Configs.ConfigProperties;

namespace Awsdirect.Provider.Resources.GroundStation.Configs;

/// <summary>
/// <c>awsdirect:groundstation:Config</c>: one Ground Station config (exactly one configData kind).
/// AWS calls per step: Check/Diff/previews none; Create 1 (CreateConfig answers id, type and ARN, and
/// takes the tags); Update 0-3 (UpdateConfig when name or configData change, then TagResource and/or
/// UntagResource); Read 1 (GetConfig, tags included; import by bare UUID adds a ListConfigs scan);
/// Delete 1.
/// </summary>
internal sealed class ConfigHandler(ProviderServices services) : IResourceHandler
{
    public const string TypeToken = "awsdirect:groundstation:Config";

    private const string RequestShape = "CreateConfigRequest";

    private readonly ProviderServices _services = services ?? throw new ArgumentNullException(nameof(services));

    public string Token => TypeToken;

    private IGroundStationApi Api => _services.GroundStation;

    public Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var news = ResourceTags.MergeDefaults(request.News, _services.Config.DefaultTags);
        news = AutoName.Apply(request, news, Name, maxLength: 256);
        var failures = new List<CheckFailure>();
        foreach (var key in news.Keys.Where(k => !Inputs.Contains(k) && !ServerSet.Contains(k) && !k.StartsWith("__", StringComparison.Ordinal)))
        {
            failures.Add(new(key, $"unknown property: {TypeToken} takes {string.Join(", ", Inputs)}"));
        }

        var model = ModelRules.Validate(ServiceModels.GroundStation, RequestShape, news);
        failures.AddRange(ModelRules.Merge(model, ConfigRules.Check(news)));
        if (AutoName.IsAutoNamed(news) && news.GetNonNull(Name) is { } name && name.TryGetString(out var generated))
        {
            // A logical name AWS cannot take (e.g. with '.') only shows up once auto-named; say where it came from.
            for (var i = 0; i < failures.Count; i++)
            {
                if (failures[i].Property == Name)
                {
                    failures[i] = failures[i] with
                    {
                        Reason = $"{failures[i].Reason} (the name '{generated}' was generated from the resource's logical name; set 'name' explicitly)",
                    };
                }
            }
        }

        return Task.FromResult(new CheckResult(news, failures));
    }

    public async Task<DiffResult> DiffAsync(DiffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var change = Compare(request.OldState, request.OldInputs, request.News, request.IgnoreChanges);
        if (change.CallsUpdateConfig && change.ConfigDataChanged)
        {
            await _services.Log.LogAsync(LogSeverity.Warning,
                ConfigWarnings.Updating(request.Id, OldType(request.OldState, request.OldInputs), change.ConfigDataPaths), request.Urn);
        }

        return change.Result;
    }

    public async Task<CreateResult> CreateAsync(CreateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inputs = InputsOnly(request.Inputs);
        var knownType = ConfigKind.TypeOf(inputs.GetNonNull(ConfigData));
        if (request.Preview)
        {
            return new CreateResult(string.Empty, inputs
                .Set(ConfigId, PropertyValue.Computed)
                .Set(Arn, PropertyValue.Computed)
                .Set(ConfigType, knownType is null ? PropertyValue.Computed : PropertyValue.Create(knownType)));
        }

        var body = PropertyJson.ToJObject(inputs);
        if (body[Tags] is JObject { Count: 0 })
        {
            body.Remove(Tags);
        }

        var createRequest = GroundStationJson.FromJToken<CreateConfigRequest>(body)
            ?? throw new ResourceException("The config inputs could not be turned into a CreateConfig request.");
        ConfigIdResponse response;
        try
        {
            response = await Api.CreateConfigAsync(createRequest, cancellationToken);
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Creating the config failed: {ex.Message}", ex);
        }

        if (string.IsNullOrEmpty(response.ConfigId))
        {
            throw new ResourceException("AWS accepted the config but returned no configId; nothing is recorded.");
        }

        var id = response.ConfigId;
        var type = response.ConfigType ?? knownType ?? createRequest.ConfigData.ConfigType ?? string.Empty;
        var arn = response.ConfigArn;
        if (string.IsNullOrEmpty(arn))
        {
            // AWS documents configArn in the create answer; read it back only if it is ever missing.
            var created = inputs.Set(ConfigId, id).Set(ConfigType, type);
            try
            {
                arn = (await FindAsync(id, type, cancellationToken))?.ConfigArn;
            }
            catch (Exception ex) when (ex is AwsServiceException or AwsConfigurationException or HttpRequestException)
            {
                throw new ResourceInitFailedException(id, created, inputs,
                    [$"Config {id} was created but reading its ARN failed: {ex.Message}. Run `pulumi refresh` to complete its state."], ex);
            }

            if (string.IsNullOrEmpty(arn))
            {
                throw new ResourceInitFailedException(id, created, inputs,
                    [$"Config {id} was created but AWS reports no ARN for it; run `pulumi refresh` to reconcile."]);
            }
        }

        return new CreateResult(id, Outputs(inputs, id, type, arn));
    }

    public async Task<ReadResult> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ConfigImportId.TryParse(request.Id, out var id, out var type))
        {
            throw new ResourceException($"'{request.Id}' does not identify a Ground Station config: {ConfigImportId.Forms}.");
        }

        type ??= OldType(request.State, request.Inputs);
        GetConfigResponse? config;
        try
        {
            type ??= await TypeByListingAsync(id, cancellationToken);
            if (type is null)
            {
                return ReadResult.NotFound;
            }

            config = await FindAsync(id, type, cancellationToken);
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Reading config {id} failed: {ex.Message}", ex);
        }

        if (config is null)
        {
            return ReadResult.NotFound;
        }

        var inputs = ConfigReadBack.Inputs(request.Inputs, config);
        return new ReadResult(id, Outputs(inputs, id, config.ConfigType ?? type, config.ConfigArn), inputs);
    }

    public async Task<UpdateResult> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var change = Compare(request.OldState, request.OldInputs, request.News, request.IgnoreChanges);
        if (change.Replaces)
        {
            // The engine only updates after a diff without replacements; reaching here would be an engine fault.
            throw new ResourceException(
                $"Config {request.Id} cannot change its type in place (AWS fixes a config's type at creation); it must be replaced.");
        }

        var type = OldType(request.OldState, request.OldInputs) ?? ConfigKind.TypeOf(request.News.GetNonNull(ConfigData))
            ?? throw new ResourceException($"Config {request.Id}: its config type is not recorded in state; run `pulumi refresh` first.");
        var news = InputsOnly(request.News);
        var arn = StateArn(request.OldState);
        if (request.Preview)
        {
            return new UpdateResult(Outputs(news, request.Id, type, arn));
        }

        var oldTags = ResourceTags.Read(request.OldState.GetNonNull(Tags) ?? request.OldInputs.GetNonNull(Tags));
        var newTags = ResourceTags.Read(news.GetNonNull(Tags));
        if (change.CallsUpdateConfig)
        {
            var body = PropertyJson.ToJObject(new PropertyMap(news.Where(e => e.Key is Name or ConfigData)));
            body[ConfigId] = request.Id;
            body[ConfigType] = type;
            var update = GroundStationJson.FromJToken<UpdateConfigRequest>(body)
                ?? throw new ResourceException("The config inputs could not be turned into an UpdateConfig request.");
            update = update with { ConfigId = request.Id, ConfigType = type };
            try
            {
                var response = await Api.UpdateConfigAsync(update, cancellationToken);
                arn = string.IsNullOrEmpty(response.ConfigArn) ? arn : response.ConfigArn;
            }
            catch (AwsServiceException ex) when (ex.IsNotFound)
            {
                throw new ResourceException($"Config {request.Id} no longer exists in AWS; run `pulumi refresh` to drop it from state, then `pulumi up` to recreate it.", ex);
            }
            catch (AwsServiceException ex)
            {
                throw new ResourceException($"Updating config {request.Id} failed; it is unchanged: {ex.Message}", ex);
            }

            if (change.ConfigDataChanged)
            {
                await _services.Log.LogAsync(LogSeverity.Warning, ConfigWarnings.Updated(request.Id, type), request.Urn);
            }
        }

        var tagChanges = ResourceTags.Compare(oldTags, newTags);
        if (!tagChanges.IsEmpty)
        {
            // From here name/configData are updated: a tag failure must record exactly what AWS holds.
            var partial = Outputs(news.Set(Tags, ResourceTags.ToValue(oldTags)), request.Id, type, arn);
            arn = await TagArnAsync(request, type, arn, partial, cancellationToken);
            await ApplyTagsAsync(request, type, arn!, oldTags, tagChanges, partial, cancellationToken);
        }

        return new UpdateResult(Outputs(news, request.Id, type, arn));
    }

    public async Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ConfigImportId.TryParse(request.Id, out var id, out var type))
        {
            throw new ResourceException($"'{request.Id}' does not identify a Ground Station config: {ConfigImportId.Forms}.");
        }

        type ??= OldType(request.State, request.OldInputs)
            ?? throw new ResourceException($"Config {id}: its config type is not recorded in state, so it cannot be addressed; run `pulumi refresh` first.");
        try
        {
            await Api.DeleteConfigAsync(new DeleteConfigRequest { ConfigId = id, ConfigType = type }, cancellationToken);
        }
        catch (AwsServiceException ex) when (ex.IsNotFound)
        {
            // Already gone (deleted out of band): the goal of a delete is met.
        }
        catch (AwsServiceException ex) when (ex.ErrorMessage.Contains("in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new ResourceException(
                $"Config {id} ({type}) cannot be deleted because a mission profile still uses it (AWS: {ex.ErrorMessage}). " +
                "Remove it from those mission profiles (their dataflow edges, tracking or telemetry config) or delete them first, then retry.", ex);
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Deleting config {id} ({type}) failed: {ex.Message}", ex);
        }
    }

    private static ConfigChange Compare(PropertyMap oldState, PropertyMap oldInputs, PropertyMap news, System.Collections.Immutable.ImmutableArray<string> ignore)
    {
        var olds = oldInputs.Count > 0 ? oldInputs : oldState;
        return ConfigDiffer.Diff(olds, news, OldType(oldState, oldInputs), ignore);
    }

    /// <summary>The recorded config type: state's configType, else the type in its ARN, else the one its inputs set.</summary>
    private static string? OldType(PropertyMap state, PropertyMap inputs)
    {
        if (state.GetNonNull(ConfigType) is { } recorded && recorded.TryGetString(out var type) && TypeToKind.ContainsKey(type))
        {
            return type;
        }

        return ConfigImportId.TypeFromArn(StateArn(state))
            ?? ConfigKind.TypeOf(state.GetNonNull(ConfigData))
            ?? ConfigKind.TypeOf(inputs.GetNonNull(ConfigData));
    }

    private static string? StateArn(PropertyMap state) =>
        state.GetNonNull(Arn) is { } value && value.TryGetString(out var arn) && arn.Length > 0 ? arn : null;

    private async Task<GetConfigResponse?> FindAsync(string id, string type, CancellationToken cancellationToken)
    {
        try
        {
            return await Api.GetConfigAsync(new GetConfigRequest { ConfigId = id, ConfigType = type }, cancellationToken);
        }
        catch (AwsServiceException ex) when (ex.IsNotFound)
        {
            return null;
        }
    }

    private async Task<string?> TypeByListingAsync(string id, CancellationToken cancellationToken)
    {
        await foreach (var item in Api.ListAllConfigsAsync(cancellationToken: cancellationToken))
        {
            if (item.ConfigId == id)
            {
                return item.ConfigType;
            }
        }

        return null;
    }

    private async Task<string?> TagArnAsync(UpdateRequest request, string type, string? arn, PropertyMap partial, CancellationToken cancellationToken)
    {
        if (arn is not null)
        {
            return arn;
        }

        // A create whose ARN read failed recorded none; fetch it once.
        var config = await FindAsync(request.Id, type, cancellationToken);
        return config?.ConfigArn ?? throw new ResourceInitFailedException(request.Id, partial, request.News,
            [$"Config {request.Id} no longer exists in AWS (or reports no ARN), so its tags cannot change; run `pulumi refresh`."]);
    }

    private async Task ApplyTagsAsync(UpdateRequest request, string type, string arn, IReadOnlyDictionary<string, string> oldTags,
        TagChanges changes, PropertyMap partial, CancellationToken cancellationToken)
    {
        try
        {
            if (changes.ToSet.Count > 0)
            {
                await Api.TagResourceAsync(new TagResourceRequest { ResourceArn = arn, Tags = changes.ToSet }, cancellationToken);
            }
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceInitFailedException(request.Id, partial, request.News,
                [$"Tagging config {request.Id} failed; its tags are unchanged: {ex.Message}"], ex);
        }

        try
        {
            if (changes.ToRemove.Count > 0)
            {
                await Api.UntagResourceAsync(new UntagResourceRequest { ResourceArn = arn, TagKeys = changes.ToRemove }, cancellationToken);
            }
        }
        catch (AwsServiceException ex)
        {
            // The new tags are on, the old keys not yet removed: record exactly that.
            var applied = new SortedDictionary<string, string>(oldTags.ToDictionary(), StringComparer.Ordinal);
            foreach (var (key, value) in changes.ToSet)
            {
                applied[key] = value;
            }

            throw new ResourceInitFailedException(request.Id, partial.Set(Tags, ResourceTags.ToValue(applied)), request.News,
                [$"Removing tags {string.Join(", ", changes.ToRemove)} from config {request.Id} ({type}) failed: {ex.Message}"], ex);
        }
    }

    private static PropertyMap InputsOnly(PropertyMap inputs) =>
        new(inputs.Where(e => !ServerSet.Contains(e.Key) && !e.Key.StartsWith("__", StringComparison.Ordinal) && !e.Value.IsNull));

    private static PropertyMap Outputs(PropertyMap inputs, string id, string type, string? arn)
    {
        var outputs = InputsOnly(inputs).Set(ConfigId, id).Set(ConfigType, type);
        return arn is null ? outputs : outputs.Set(Arn, arn);
    }
}
