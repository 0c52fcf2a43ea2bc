using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Aws.ServiceModel;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using Newtonsoft.Json.Linq;
using static Awsdirect.Provider.Resources.GroundStation.EndpointGroups.EndpointGroupProperties;

namespace Awsdirect.Provider.Resources.GroundStation.EndpointGroups;

/// <summary>
/// The lifecycle shared by both endpoint group types. Calls per step:
/// Check/Diff/preview: none. Create: CreateDataflowEndpointGroup(V2) + GetDataflowEndpointGroup (the
/// create answer holds only the id; the ARN contains the account id, which only AWS knows).
/// Update (tags only): TagResource and/or UntagResource. Read: GetDataflowEndpointGroup (tags included).
/// Delete: DeleteDataflowEndpointGroup.
/// </summary>
internal abstract class EndpointGroupHandler : IResourceHandler
{
    private readonly ProviderServices _services;

    protected EndpointGroupHandler(ProviderServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
    }

    public abstract string Token { get; }

    /// <summary><c>endpointDetails</c> (v1) or <c>endpoints</c> (V2).</summary>
    protected abstract string EndpointsProperty { get; }

    /// <summary>How messages name this type, e.g. "Dataflow endpoint group".</summary>
    protected abstract string TypeName { get; }

    /// <summary>The read-back members that make up one input entry of this type.</summary>
    protected abstract IReadOnlyCollection<string> EntryMembers { get; }

    protected IGroundStationApi Api => _services.GroundStation;

    /// <summary>Model and Ground Station rules for the checked inputs.</summary>
    protected abstract IReadOnlyList<CheckFailure> Validate(PropertyMap inputs);

    /// <summary>Sends the create call built from <paramref name="body"/> (the request's JSON) and returns the new id.</summary>
    protected abstract Task<string?> CreateGroupAsync(JObject body, CancellationToken cancellationToken);

    /// <summary>Why a group read back cannot be this type (it was made by the other create call), or null.</summary>
    protected abstract string? OtherVersionReason(string id, IReadOnlySet<string> kinds);

    public Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var news = ResourceTags.MergeDefaults(request.News, _services.Config.DefaultTags);
        var failures = new List<CheckFailure>();
        var allowed = new HashSet<string>(StringComparer.Ordinal) { EndpointsProperty, PrePass, PostPass, Tags };
        foreach (var key in news.Keys.Where(k => !allowed.Contains(k) && !k.StartsWith("__", StringComparison.Ordinal)))
        {
            failures.Add(new(key, $"unknown property: {Token} takes {string.Join(", ", allowed.Order(StringComparer.Ordinal))}"));
        }

        var tags = new List<CheckFailure>();
        TagRules.Check(news.GetNonNull(Tags), tags);
        failures.AddRange(ModelRules.Merge(Validate(news), tags));
        return Task.FromResult(new CheckResult(news, failures));
    }

    public async Task<DiffResult> DiffAsync(DiffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var olds = request.OldInputs.Count > 0 ? request.OldInputs : request.OldState;
        var diff = EndpointGroupDiffer.Diff(EndpointsProperty, olds, request.News, request.IgnoreChanges);
        if (diff.Replaces.Count > 0)
        {
            await _services.Log.LogAsync(LogSeverity.Warning, EndpointGroupWarnings.Replacing(TypeName, request.Id, diff.Replaces), request.Urn);
        }

        return diff;
    }

    public async Task<CreateResult> CreateAsync(CreateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inputs = InputsOnly(request.Inputs);
        if (request.Preview)
        {
            return new CreateResult(string.Empty, inputs
                .Set(Id, PropertyValue.Computed)
                .Set(Arn, PropertyValue.Computed)
                .Set(Health, PropertyValue.Computed));
        }

        var body = PropertyJson.ToJObject(inputs);
        if (body[Tags] is JObject { Count: 0 })
        {
            body.Remove(Tags);
        }

        string? id;
        try
        {
            id = await CreateGroupAsync(body, cancellationToken);
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Creating the {TypeName.ToLowerInvariant()} failed: {ex.Message}", ex);
        }

        if (string.IsNullOrEmpty(id))
        {
            throw new ResourceException($"AWS accepted the {TypeName.ToLowerInvariant()} but returned no id; nothing is recorded.");
        }

        // From here the group exists: any failure must hand the id back so it is not orphaned.
        var created = inputs.Set(Id, id);
        GetDataflowEndpointGroupResponse? group;
        try
        {
            group = await FindDataflowEndpointGroupByIdAsync(id, cancellationToken);
        }
        catch (Exception ex) when (ex is AwsServiceException or AwsConfigurationException or HttpRequestException)
        {
            throw new ResourceInitFailedException(id, created, inputs,
                [$"{TypeName} {id} was created but reading its ARN failed: {ex.Message}. Run `pulumi refresh` to complete its state."], ex);
        }

        if (group is null)
        {
            throw new ResourceInitFailedException(id, created, inputs,
                [$"{TypeName} {id} was created but AWS does not find it when read back; run `pulumi refresh` to reconcile."]);
        }

        return new CreateResult(id, Outputs(inputs, id, group));
    }

    public async Task<ReadResult> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!EndpointGroupImportId.TryParse(request.Id, out var id))
        {
            throw new ResourceException(
                $"'{request.Id}' is not a {TypeName.ToLowerInvariant()} id: give its UUID (e.g. 2f1a4b6c-0d3e-4f5a-8b7c-9d0e1f2a3b4c) or its ARN.");
        }

        GetDataflowEndpointGroupResponse? group;
        try
        {
            group = await FindDataflowEndpointGroupByIdAsync(id, cancellationToken);
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Reading {TypeName.ToLowerInvariant()} {id} failed: {ex.Message}", ex);
        }

        if (group is null)
        {
            return ReadResult.NotFound;
        }

        if (OtherVersionReason(id, EndpointGroupReadBack.KindsPresent(group.EndpointsDetails)) is { } reason)
        {
            throw new ResourceException(reason);
        }

        var tags = group.Tags ?? (await Api.ListTagsForResourceAsync(
            new ListTagsForResourceRequest { ResourceArn = group.DataflowEndpointGroupArn ?? string.Empty }, cancellationToken)).Tags ?? new Dictionary<string, string>();
        var inputs = ReadInputs(request.Inputs, group, tags);
        return new ReadResult(id, Outputs(inputs, id, group), inputs);
    }

    public async Task<UpdateResult> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var olds = request.OldInputs.Count > 0 ? request.OldInputs : request.OldState;
        var diff = EndpointGroupDiffer.Diff(EndpointsProperty, olds, request.News, request.IgnoreChanges);
        if (diff.Replaces.Count > 0)
        {
            // The engine only updates after a diff without replacements; reaching here would be an engine fault.
            throw new ResourceException(
                $"{TypeName} {request.Id} cannot change {string.Join(", ", diff.Replaces)} in place (AWS has no update API); it must be replaced.");
        }

        var newTagsValue = request.News.GetNonNull(Tags);
        var outputs = request.OldState.Remove(Tags);
        outputs = newTagsValue is null ? outputs : outputs.Set(Tags, newTagsValue);
        if (request.Preview)
        {
            return new UpdateResult(outputs);
        }

        var oldTags = ResourceTags.Read(request.OldState.GetNonNull(Tags) ?? request.OldInputs.GetNonNull(Tags));
        var newTags = ResourceTags.Read(newTagsValue);
        var changes = ResourceTags.Compare(oldTags, newTags);
        if (changes.IsEmpty)
        {
            return new UpdateResult(outputs);
        }

        var arn = await ArnAsync(request, cancellationToken);
        try
        {
            if (changes.ToSet.Count > 0)
            {
                await Api.TagResourceAsync(new TagResourceRequest { ResourceArn = arn, Tags = changes.ToSet }, cancellationToken);
            }
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Tagging {TypeName.ToLowerInvariant()} {request.Id} failed; its tags are unchanged: {ex.Message}", ex);
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

            throw new ResourceInitFailedException(request.Id, request.OldState.Set(Tags, ResourceTags.ToValue(applied)), request.News,
                [$"Removing tags {string.Join(", ", changes.ToRemove)} from {TypeName.ToLowerInvariant()} {request.Id} failed: {ex.Message}"], ex);
        }

        return new UpdateResult(outputs);
    }

    public async Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            await Api.DeleteDataflowEndpointGroupAsync(new DeleteDataflowEndpointGroupRequest { DataflowEndpointGroupId = request.Id }, cancellationToken);
        }
        catch (AwsServiceException ex) when (ex.IsNotFound)
        {
            // Already gone (deleted out of band): the goal of a delete is met.
            return;
        }
        catch (AwsServiceException ex) when (ex.ErrorMessage.Contains("in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new ResourceException(
                $"{TypeName} {request.Id} cannot be deleted because a mission profile still uses it (AWS: {ex.ErrorMessage}). " +
                "Delete or change the mission profiles whose dataflow-endpoint configs name this group's endpoints first, then retry.", ex);
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Deleting {TypeName.ToLowerInvariant()} {request.Id} failed: {ex.Message}", ex);
        }

        await _services.Log.LogAsync(LogSeverity.Warning, EndpointGroupWarnings.Deleted(TypeName, request.Id), request.Urn);
    }

    /// <summary>The group, or null when AWS says it does not exist.</summary>
    protected async Task<GetDataflowEndpointGroupResponse?> FindDataflowEndpointGroupByIdAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return await Api.GetDataflowEndpointGroupAsync(new GetDataflowEndpointGroupRequest { DataflowEndpointGroupId = id }, cancellationToken);
        }
        catch (AwsServiceException ex) when (ex.IsNotFound)
        {
            return null;
        }
    }

    private static PropertyMap InputsOnly(PropertyMap inputs) =>
        new(inputs.Where(e => e.Key is not (Id or Arn or Health) && !e.Key.StartsWith("__", StringComparison.Ordinal) && !e.Value.IsNull));

    private static PropertyMap Outputs(PropertyMap inputs, string id, GetDataflowEndpointGroupResponse group)
    {
        var outputs = InputsOnly(inputs).Set(Id, id).Set(Health, EndpointHealth.FromAws(group.EndpointsDetails));
        outputs = group.DataflowEndpointGroupArn is { } arn ? outputs.Set(Arn, arn) : outputs;
        // Outputs show the durations AWS applies, including its defaults when the program set none.
        outputs = group.ContactPrePassDurationSeconds is { } pre ? outputs.Set(PrePass, pre) : outputs;
        return group.ContactPostPassDurationSeconds is { } post ? outputs.Set(PostPass, post) : outputs;
    }

    /// <summary>
    /// The inputs that describe the group as AWS has it. On refresh the program's own spelling is kept
    /// where it means the same (entry order, an omitted duration AWS filled with its default), so a
    /// refresh of an unchanged group never makes the next preview show a change.
    /// </summary>
    private PropertyMap ReadInputs(PropertyMap oldInputs, GetDataflowEndpointGroupResponse group, IReadOnlyDictionary<string, string> tags)
    {
        var refresh = oldInputs.Count > 0;
        var inputs = refresh ? InputsOnly(oldInputs) : PropertyMap.Empty;

        var awsEndpoints = EndpointGroupReadBack.Entries(group.EndpointsDetails, EntryMembers);
        if (!refresh || !EndpointGroupCanonical.SameEntries(inputs.GetNonNull(EndpointsProperty), awsEndpoints))
        {
            inputs = inputs.Set(EndpointsProperty, awsEndpoints);
        }

        inputs = ReadDuration(inputs, PrePass, group.ContactPrePassDurationSeconds, refresh);
        inputs = ReadDuration(inputs, PostPass, group.ContactPostPassDurationSeconds, refresh);

        var oldTags = inputs.GetNonNull(Tags);
        if (refresh && oldTags is not null && ResourceTags.Compare(ResourceTags.Read(oldTags), tags).IsEmpty)
        {
            return inputs;
        }

        return tags.Count == 0 ? inputs.Remove(Tags) : inputs.Set(Tags, ResourceTags.ToValue(tags));
    }

    private static PropertyMap ReadDuration(PropertyMap inputs, string property, int? reported, bool refresh)
    {
        if (reported is not { } seconds)
        {
            // AWS says nothing either way, so nothing contradicts what the program recorded.
            return inputs;
        }

        if (refresh && inputs.GetNonNull(property) is null)
        {
            // The program left it to AWS's default; echoing the default into the inputs would make the
            // next preview replace the group for a value nobody wrote.
            return inputs;
        }

        return inputs.Set(property, seconds);
    }

    private async Task<string> ArnAsync(UpdateRequest request, CancellationToken cancellationToken)
    {
        if (request.OldState.GetNonNull(Arn) is { } known && known.TryGetString(out var arn) && arn.Length > 0)
        {
            return arn;
        }

        // A create whose read-back failed recorded no ARN; fetch it once.
        var group = await FindDataflowEndpointGroupByIdAsync(request.Id, cancellationToken)
            ?? throw new ResourceException($"{TypeName} {request.Id} no longer exists in AWS; run `pulumi refresh`.");
        return group.DataflowEndpointGroupArn
            ?? throw new ResourceException($"AWS reported no ARN for {TypeName.ToLowerInvariant()} {request.Id}.");
    }
}
