using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Resources.GroundStation.MissionProfiles.MissionProfileProperties;

namespace Awsdirect.Provider.Resources.GroundStation.MissionProfiles;

/// <summary>
/// <c>awsdirect:groundstation:MissionProfile</c>. Calls per step: Check/Diff/preview none; Create 1
/// (CreateMissionProfile; the ARN and region come from the tracking config's ARN, which carries the
/// account and region the profile is created in); Update 1 (UpdateMissionProfile with only the changed
/// members) plus TagResource and/or UntagResource for tag changes; Read 1 (GetMissionProfile, tags
/// included); Delete 1 (DeleteMissionProfile; not found is success).
/// </summary>
internal sealed class MissionProfileHandler : IResourceHandler
{
    public const string TypeToken = "awsdirect:groundstation:MissionProfile";

    private const int MaxNameLength = 256;

    private readonly ProviderServices _services;

    public MissionProfileHandler(ProviderServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
    }

    public string Token => TypeToken;

    private IGroundStationApi Api => _services.GroundStation;

    public Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var news = ResourceTags.MergeDefaults(request.News, _services.Config.DefaultTags);
        news = AutoName.Apply(request, news, Name, MaxNameLength);
        return Task.FromResult(new CheckResult(news, MissionProfileRules.Check(Token, news)));
    }

    public async Task<DiffResult> DiffAsync(DiffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var changes = MissionProfileDiffer.Diff(OldInputs(request.OldInputs, request.OldState), request.News, request.IgnoreChanges);
        if (changes.Replaces)
        {
            await _services.Log.LogAsync(LogSeverity.Warning, MissionProfileWarnings.Replacing(request.Id, changes.Diff.Replaces), request.Urn);
        }
        else if (changes.UpdateMembers.Count > 0)
        {
            await _services.Log.LogAsync(LogSeverity.Warning, MissionProfileWarnings.Updating(request.Id, changes.UpdateMembers), request.Urn);
        }

        return changes.Diff;
    }

    public async Task<CreateResult> CreateAsync(CreateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inputs = MissionProfileReadBack.InputsOnly(request.Inputs);
        if (request.Preview)
        {
            return new CreateResult(string.Empty, inputs
                .Set(Id, PropertyValue.Computed)
                .Set(Arn, PropertyValue.Computed)
                .Set(Region, PropertyValue.Computed));
        }

        string? id;
        try
        {
            id = (await Api.CreateMissionProfileAsync(MissionProfileRequests.Create(inputs), cancellationToken)).MissionProfileId;
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Creating the mission profile failed: {ex.Message}", ex);
        }

        if (string.IsNullOrEmpty(id))
        {
            throw new ResourceException("AWS accepted the mission profile but returned no id; nothing is recorded.");
        }

        if (DerivedArn(inputs, id) is { } derived)
        {
            return new CreateResult(id, MissionProfileReadBack.Outputs(inputs, id, derived.Arn, derived.Region, null, null));
        }

        // Only reached if the tracking ARN cannot be parsed, which Check prevents; read the ARN instead.
        var created = inputs.Set(Id, id);
        GetMissionProfileResponse? profile;
        try
        {
            profile = await FindMissionProfileByIdAsync(id, cancellationToken);
        }
        catch (Exception ex) when (ex is AwsServiceException or AwsConfigurationException or HttpRequestException)
        {
            throw new ResourceInitFailedException(id, created, inputs,
                [$"Mission profile {id} was created but reading its ARN failed: {ex.Message}. Run `pulumi refresh` to complete its state."], ex);
        }

        return profile is null
            ? throw new ResourceInitFailedException(id, created, inputs,
                [$"Mission profile {id} was created but AWS does not find it when read back; run `pulumi refresh` to reconcile."])
            : new CreateResult(id, MissionProfileReadBack.Outputs(inputs, id, profile.MissionProfileArn, profile.Region, null, null));
    }

    public async Task<ReadResult> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MissionProfileImportId.TryParse(request.Id, out var id))
        {
            throw new ResourceException(
                $"'{request.Id}' is not a mission profile id: give its UUID (e.g. 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d) or its ARN " +
                "(arn:aws:groundstation:<region>:<account>:mission-profile/<uuid>).");
        }

        GetMissionProfileResponse? profile;
        try
        {
            profile = await FindMissionProfileByIdAsync(id, cancellationToken);
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Reading mission profile {id} failed: {ex.Message}", ex);
        }

        if (profile is null)
        {
            return ReadResult.NotFound;
        }

        var inputs = MissionProfileReadBack.Inputs(request.Inputs, profile);
        var outputs = MissionProfileReadBack.Outputs(inputs, id, profile.MissionProfileArn, profile.Region,
            profile.ContactPrePassDurationSeconds, profile.ContactPostPassDurationSeconds);
        return new ReadResult(id, outputs, inputs);
    }

    public async Task<UpdateResult> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var olds = OldInputs(request.OldInputs, request.OldState);
        var changes = MissionProfileDiffer.Diff(olds, request.News, request.IgnoreChanges);
        if (changes.Replaces)
        {
            // The engine replaces instead of updating after such a diff; reaching here would be an engine fault.
            throw new ResourceException(
                $"Mission profile {request.Id} cannot clear {string.Join(", ", changes.Diff.Replaces)} in place (UpdateMissionProfile has no way to); it must be replaced.");
        }

        var outputs = UpdatedOutputs(request);
        if (request.Preview)
        {
            return new UpdateResult(outputs);
        }

        var news = MissionProfileReadBack.InputsOnly(request.News);
        if (changes.UpdateMembers.Count > 0)
        {
            try
            {
                await Api.UpdateMissionProfileAsync(MissionProfileRequests.Update(request.Id, news, changes.UpdateMembers), cancellationToken);
            }
            catch (AwsServiceException ex) when (ex.IsNotFound && ex.ErrorMessage.Contains(request.Id, StringComparison.Ordinal))
            {
                throw new ResourceException($"Mission profile {request.Id} no longer exists in AWS; run `pulumi refresh` to drop it from the state, then `pulumi up` to create it again.", ex);
            }
            catch (AwsServiceException ex)
            {
                throw new ResourceException($"Updating mission profile {request.Id} failed; it is unchanged: {ex.Message}", ex);
            }
        }

        await UpdateTagsAsync(request, outputs, changes, cancellationToken);
        if (changes.UpdateMembers.Count > 0)
        {
            await _services.Log.LogAsync(LogSeverity.Warning, MissionProfileWarnings.Updated(request.Id, changes.UpdateMembers), request.Urn);
        }

        return new UpdateResult(outputs);
    }

    public async Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            await Api.DeleteMissionProfileAsync(new DeleteMissionProfileRequest { MissionProfileId = request.Id }, cancellationToken);
        }
        catch (AwsServiceException ex) when (ex.IsNotFound)
        {
            // Already gone (deleted out of band): the goal of a delete is met.
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Deleting mission profile {request.Id} failed: {ex.Message}", ex);
        }
    }

    /// <summary>The profile, or null when AWS says it does not exist.</summary>
    private async Task<GetMissionProfileResponse?> FindMissionProfileByIdAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return await Api.GetMissionProfileAsync(new GetMissionProfileRequest { MissionProfileId = id }, cancellationToken);
        }
        catch (AwsServiceException ex) when (ex.IsNotFound)
        {
            return null;
        }
    }

    private async Task UpdateTagsAsync(UpdateRequest request, PropertyMap outputs, MissionProfileChanges changes, CancellationToken cancellationToken)
    {
        if (!changes.TagsChanged)
        {
            return;
        }

        var oldTags = ResourceTags.Read(request.OldState.GetNonNull(Tags) ?? request.OldInputs.GetNonNull(Tags));
        var tagChanges = ResourceTags.Compare(oldTags, ResourceTags.Read(request.News.GetNonNull(Tags)));
        if (tagChanges.IsEmpty)
        {
            return;
        }

        var arn = await ArnAsync(request, cancellationToken);
        var applied = new SortedDictionary<string, string>(oldTags.ToDictionary(), StringComparer.Ordinal);
        try
        {
            if (tagChanges.ToSet.Count > 0)
            {
                await Api.TagResourceAsync(new TagResourceRequest { ResourceArn = arn, Tags = tagChanges.ToSet }, cancellationToken);
                foreach (var (key, value) in tagChanges.ToSet)
                {
                    applied[key] = value;
                }
            }

            if (tagChanges.ToRemove.Count > 0)
            {
                await Api.UntagResourceAsync(new UntagResourceRequest { ResourceArn = arn, TagKeys = tagChanges.ToRemove }, cancellationToken);
            }
        }
        catch (AwsServiceException ex)
        {
            // Whatever UpdateMissionProfile changed has happened: record it, with the tags as they now are.
            var partial = outputs.Set(Tags, ResourceTags.ToValue(applied));
            throw new ResourceInitFailedException(request.Id, partial, request.News,
                [$"Mission profile {request.Id} was updated but changing its tags failed: {ex.Message}"], ex);
        }
    }

    private async Task<string> ArnAsync(UpdateRequest request, CancellationToken cancellationToken)
    {
        if (request.OldState.GetNonNull(Arn) is { } known && known.TryGetString(out var arn) && arn.Length > 0)
        {
            return arn;
        }

        var profile = await FindMissionProfileByIdAsync(request.Id, cancellationToken)
            ?? throw new ResourceException($"Mission profile {request.Id} no longer exists in AWS; run `pulumi refresh`.");
        return profile.MissionProfileArn ?? throw new ResourceException($"AWS reported no ARN for mission profile {request.Id}.");
    }

    /// <summary>The new inputs with what AWS set kept from the old state, including durations the program leaves to AWS.</summary>
    private static PropertyMap UpdatedOutputs(UpdateRequest request)
    {
        var outputs = MissionProfileReadBack.InputsOnly(request.News);
        foreach (var property in ServerSet.Concat(LeftToAwsWhenOmitted))
        {
            if (outputs.GetNonNull(property) is null && request.OldState.GetNonNull(property) is { } kept)
            {
                outputs = outputs.Set(property, kept);
            }
        }

        return outputs;
    }

    private static (string Arn, string Region)? DerivedArn(PropertyMap inputs, string id) =>
        inputs.GetNonNull(TrackingConfigArn) is { } value && value.TryGetString(out var text) && ConfigArn.TryParse(text, out var tracking)
            ? ($"arn:{tracking.Partition}:groundstation:{tracking.Region}:{tracking.Account}:mission-profile/{id}", tracking.Region)
            : null;

    private static PropertyMap OldInputs(PropertyMap oldInputs, PropertyMap oldState) => oldInputs.Count > 0 ? oldInputs : oldState;
}
