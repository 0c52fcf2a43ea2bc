using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Resources.CloudFront.AnycastIpLists.AnycastIpListProperties;

namespace Awsdirect.Provider.Resources.CloudFront.AnycastIpLists;

/// <summary>
/// <c>awsdirect:cloudfront:AnycastIpList</c>. Pulumi id = CloudFront Id; the ETag of the last write or
/// read is kept in state and sent as <c>If-Match</c>. Calls per step (no deployment wait needed):
/// Check/Diff/preview none; Create 1; Update 1 (type or IPAM configs) + 1 per tag direction; Read 2
/// (GetAnycastIpList, ListTagsForResource: the list's shape carries no tags); Delete 4 (ListConnectionGroups
/// and ListDistributionsByAnycastIpListId to find users, DeleteAnycastIpList, a gone check). Each
/// deployment wait adds one GetAnycastIpList per poll.
/// </summary>
internal sealed class AnycastIpListHandler : IResourceHandler
{
    public const string TypeToken = "awsdirect:cloudfront:AnycastIpList";

    private const int MaxDeleteAttempts = 4;

    /// <summary>The longest name <c>AnycastIpListName</c> allows.</summary>
    private const int MaxNameLength = 64;

    private readonly ProviderServices _services;
    private readonly AnycastIpListWaiter _waiter;

    public AnycastIpListHandler(ProviderServices services, StatusWaiterOptions? waiterOptions = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        _waiter = new AnycastIpListWaiter(services.CloudFront, services.Log, (waiterOptions ?? StatusWaiterOptions.Default).On(services.Time));
    }

    public string Token => TypeToken;

    private ICloudFrontApi Api => _services.CloudFront;

    public Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var news = ResourceTags.MergeDefaults(request.News, _services.Config.DefaultTags);
        news = AutoName.Apply(request, news, Name, MaxNameLength);
        return Task.FromResult(new CheckResult(news, AnycastIpListRules.Validate(Token, news)));
    }

    public Task<DiffResult> DiffAsync(DiffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(AnycastIpListDiffer.Diff(Olds(request.OldInputs, request.OldState), request.News, request.IgnoreChanges));
    }

    public async Task<CreateResult> CreateAsync(CreateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inputs = AnycastIpListState.InputsOnly(request.Inputs);
        if (request.Preview)
        {
            return new CreateResult(string.Empty, AnycastIpListState.PreviewOutputs(inputs));
        }

        var spec = AnycastIpListSpec.From(inputs);
        AnycastIpListResult created;
        try
        {
            created = await Api.CreateAnycastIpListAsync(new CreateAnycastIpListRequest
            {
                Name = spec.Name,
                IpCount = spec.IpCount,
                IpAddressType = spec.IpAddressType,
                IpamCidrConfigs = spec.IpamCidrConfigs,
                Tags = spec.Tags.Count > 0 ? Aws.CloudFront.Tags.FromDictionary(spec.Tags) : null,
            }, cancellationToken);
        }
        catch (AwsServiceException ex) when (ex.ErrorCode == AwsErrorCodes.EntityAlreadyExists)
        {
            throw new ResourceException(
                $"An Anycast static IP list named '{spec.Name}' already exists in this account. Choose another name, or adopt it with `pulumi import {TypeToken} <name> <its Id>`.", ex);
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Creating Anycast static IP list '{spec.Name}' failed; nothing was created: {ex.Message}", ex);
        }

        var list = created.AnycastIpList;
        if (list is null || string.IsNullOrEmpty(list.Id))
        {
            throw new ResourceException($"CloudFront accepted Anycast static IP list '{spec.Name}' but returned no Id; nothing is recorded.");
        }

        // From here the list exists: any failure hands its state back so it is not orphaned.
        var tags = inputs.GetNonNull(ResourceTags.Property);
        var outputs = AnycastIpListState.Outputs(inputs, list, created.ETag, tags);
        if (spec.WaitForDeployment && !IsDeployed(list))
        {
            try
            {
                var deployed = await _waiter.WaitAnycastIpListDeployedAsync(list.Id, request.Urn, request.Timeout, cancellationToken);
                outputs = AnycastIpListState.Outputs(inputs, deployed.AnycastIpList!, deployed.ETag ?? created.ETag, tags);
            }
            catch (Exception ex) when (IsServiceFailure(ex))
            {
                throw new ResourceInitFailedException(list.Id, outputs, inputs,
                    [$"Anycast static IP list {list.Id} was created but waiting for it to deploy failed: {ex.Message}. It is recorded in state; run `pulumi refresh` to see its status."], ex);
            }
        }

        return new CreateResult(list.Id, outputs);
    }

    public async Task<ReadResult> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        AnycastIpListResult? found;
        IReadOnlyDictionary<string, string> tags;
        try
        {
            found = await AnycastIpListFinder.FindAnycastIpListByIdAsync(Api, request.Id, cancellationToken);
            if (found is null)
            {
                return ReadResult.NotFound;
            }

            tags = (await Api.ListTagsForResourceAsync(new ListTagsForResourceRequest { Resource = found.AnycastIpList!.Arn }, cancellationToken)).Tags.ToDictionary();
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Reading Anycast static IP list {request.Id} failed: {ex.Message}", ex);
        }

        var read = found.AnycastIpList!;
        var inputs = AnycastIpListState.ReadInputs(request.Inputs, read, tags);
        var outputs = AnycastIpListState.Outputs(inputs, read, found.ETag, inputs.GetNonNull(ResourceTags.Property));
        return new ReadResult(read.Id, outputs, inputs);
    }

    public async Task<UpdateResult> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var olds = Olds(request.OldInputs, request.OldState);
        var diff = AnycastIpListDiffer.Diff(olds, request.News, request.IgnoreChanges);
        if (diff.Replaces.Count > 0)
        {
            throw new ResourceException($"Anycast static IP list {request.Id} cannot change {string.Join(", ", diff.Replaces)} in place: UpdateAnycastIpList takes only ipAddressType and ipamCidrConfigs.");
        }

        var settingsChange = AnycastIpListDiffer.ListSettingsChange(olds, request.News, request.IgnoreChanges);
        var inputs = AnycastIpListState.InputsOnly(request.News);
        if (request.Preview)
        {
            return new UpdateResult(AnycastIpListState.PreviewUpdateOutputs(request.OldState, inputs, settingsChange));
        }

        var spec = AnycastIpListSpec.From(inputs);
        var oldTagsValue = request.OldState.GetNonNull(ResourceTags.Property) ?? olds.GetNonNull(ResourceTags.Property);
        var outputs = MergeInputs(request.OldState, inputs, oldTagsValue);
        AnycastIpList? list = null;
        var applied = false;
        if (settingsChange)
        {
            var updated = await UpdateSettingsAsync(request, spec, cancellationToken);
            list = updated.AnycastIpList!;
            outputs = AnycastIpListState.Outputs(inputs, list, updated.ETag, oldTagsValue);
            applied = true;
        }

        var tagChanges = request.IgnoreChanges.Contains(ResourceTags.Property)
            ? new TagChanges(new Dictionary<string, string>(), [])
            : ResourceTags.Compare(ResourceTags.Read(oldTagsValue), spec.Tags);
        if (!tagChanges.IsEmpty)
        {
            outputs = await UpdateTagsAsync(request, outputs, inputs, oldTagsValue, tagChanges, applied, cancellationToken);
        }

        var newTagsValue = inputs.GetNonNull(ResourceTags.Property);
        outputs = outputs.Set(ResourceTags.Property, newTagsValue ?? PropertyValue.Create(PropertyMap.Empty));
        if (list is not null && spec.WaitForDeployment && !IsDeployed(list))
        {
            try
            {
                var deployed = await _waiter.WaitAnycastIpListDeployedAsync(request.Id, request.Urn, request.Timeout, cancellationToken);
                outputs = AnycastIpListState.Outputs(inputs, deployed.AnycastIpList!, deployed.ETag ?? outputs.GetNonNull(ETag)?.StringValue, outputs.GetNonNull(ResourceTags.Property));
            }
            catch (Exception ex) when (IsServiceFailure(ex))
            {
                throw new ResourceInitFailedException(request.Id, outputs, request.News,
                    [$"Anycast static IP list {request.Id} was updated but waiting for it to deploy failed: {ex.Message}. The change is recorded; run `pulumi refresh` to see its status."], ex);
            }
        }

        return new UpdateResult(outputs);
    }

    public async Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var etag = request.State.GetNonNull(ETag) is { } recorded && recorded.TryGetString(out var e) && e.Length > 0 ? e : null;
        try
        {
            // CloudFront refuses to delete a list in use (CannotDeleteEntityWhileInUse); asking first names
            // what uses it, and nothing is changed either way.
            var users = await AnycastIpListFinder.FindAnycastIpListUsersAsync(Api, request.Id, cancellationToken);
            if (users.Count > 0)
            {
                throw InUse(request.Id, users, null);
            }

            for (var attempt = 1; attempt <= MaxDeleteAttempts; attempt++)
            {
                if (etag is null)
                {
                    var fresh = await AnycastIpListFinder.FindAnycastIpListByIdAsync(Api, request.Id, cancellationToken);
                    if (fresh is null)
                    {
                        return;
                    }

                    etag = fresh.ETag;
                    if (!IsDeployed(fresh.AnycastIpList!))
                    {
                        etag = (await _waiter.WaitAnycastIpListDeployedAsync(request.Id, request.Urn, request.Timeout, cancellationToken)).ETag;
                    }
                }

                try
                {
                    await Api.DeleteAnycastIpListAsync(new DeleteAnycastIpListRequest { Id = request.Id, IfMatch = etag! }, cancellationToken);
                }
                catch (AwsServiceException ex) when (ex.IsNotFound)
                {
                    return;
                }
                catch (AwsServiceException ex) when (ex.ErrorCode is AwsErrorCodes.PreconditionFailed or AwsErrorCodes.InvalidIfMatchVersion or "IllegalDelete")
                {
                    // Changed since our ETag, or a change still rolling out: read again (and wait) and retry.
                    etag = null;
                    continue;
                }

                await _waiter.WaitAnycastIpListDeletedAsync(request.Id, request.Urn, request.Timeout, cancellationToken);
                await _services.Log.LogAsync(LogSeverity.Info, $"Anycast static IP list {request.Id} deleted.", request.Urn);
                return;
            }
        }
        catch (AwsServiceException ex) when (ex.IsNotFound)
        {
            return;
        }
        catch (AwsServiceException ex) when (ex.ErrorCode is AwsErrorCodes.CannotDeleteEntityWhileInUse)
        {
            // Something started using the list between the check and the delete.
            throw InUse(request.Id, await AnycastIpListFinder.FindAnycastIpListUsersAsync(Api, request.Id, cancellationToken), ex);
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Deleting Anycast static IP list {request.Id} failed: {ex.Message}", ex);
        }
        catch (StatusWaitException ex)
        {
            throw new ResourceException($"Deleting Anycast static IP list {request.Id} failed while waiting: {ex.Message}", ex);
        }

        throw new ResourceException(
            $"Deleting Anycast static IP list {request.Id} failed: it changed on every one of {MaxDeleteAttempts} attempts (its ETag kept moving); something else is modifying it.");
    }

    private static ResourceException InUse(string id, List<string> users, Exception? inner)
    {
        var message = $"Anycast static IP list {id} was not deleted: it is still used by {(users.Count == 0 ? "a CloudFront resource" : string.Join(", ", users))}. " +
            "Detach it (anycastIpListId) from those connection groups and distributions, or delete them, then destroy again.";
        return inner is null ? new ResourceException(message) : new ResourceException(message, inner);
    }

    private async Task<AnycastIpListResult> UpdateSettingsAsync(UpdateRequest request, AnycastIpListSpec spec, CancellationToken cancellationToken)
    {
        var etag = request.OldState.GetNonNull(ETag) is { } recorded && recorded.TryGetString(out var e) && e.Length > 0
            ? e
            : throw new ResourceException($"Anycast static IP list {request.Id} has no ETag in state, so it cannot be updated safely; run `pulumi refresh`, then `pulumi up`.");
        try
        {
            var result = await Api.UpdateAnycastIpListAsync(new UpdateAnycastIpListRequest
            {
                Id = request.Id,
                IfMatch = etag,
                IpAddressType = spec.IpAddressType ?? DefaultIpAddressType,
                IpamCidrConfigs = spec.IpamCidrConfigs,
            }, cancellationToken);
            return result.AnycastIpList is null ? throw new ResourceException($"CloudFront updated Anycast static IP list {request.Id} but returned no list.") : result;
        }
        catch (AwsServiceException ex) when (ex.ErrorCode is AwsErrorCodes.PreconditionFailed)
        {
            throw new ResourceException(
                $"Anycast static IP list {request.Id} was changed outside Pulumi since Pulumi last read it (its ETag {etag} is no longer current), so nothing was updated. " +
                "Run `pulumi refresh`, review the diff, then `pulumi up` again.", ex);
        }
        catch (AwsServiceException ex) when (ex.IsNotFound)
        {
            throw new ResourceException($"Anycast static IP list {request.Id} no longer exists in CloudFront; run `pulumi refresh` to drop it from state.", ex);
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Updating Anycast static IP list {request.Id} failed; nothing was changed: {ex.Message}", ex);
        }
    }

    private async Task<PropertyMap> UpdateTagsAsync(UpdateRequest request, PropertyMap outputs, PropertyMap inputs, PropertyValue? oldTagsValue,
        TagChanges changes, bool settingsApplied, CancellationToken cancellationToken)
    {
        var arn = outputs.GetNonNull(Arn) is { } a && a.TryGetString(out var text) && text.Length > 0
            ? text
            : throw new ResourceException($"Anycast static IP list {request.Id} has no ARN in state, so its tags cannot be changed; run `pulumi refresh`, then `pulumi up`.");
        var current = new SortedDictionary<string, string>(ResourceTags.Read(oldTagsValue).ToDictionary(), StringComparer.Ordinal);
        try
        {
            if (changes.ToSet.Count > 0)
            {
                await Api.TagResourceAsync(new TagResourceRequest { Resource = arn, Tags = Aws.CloudFront.Tags.FromDictionary(changes.ToSet) }, cancellationToken);
                foreach (var (key, value) in changes.ToSet)
                {
                    current[key] = value;
                }

                settingsApplied = true;
            }

            if (changes.ToRemove.Count > 0)
            {
                await Api.UntagResourceAsync(new UntagResourceRequest { Resource = arn, TagKeys = new TagKeys { Items = changes.ToRemove } }, cancellationToken);
            }
        }
        catch (AwsServiceException ex)
        {
            var reason = $"Changing the tags of Anycast static IP list {request.Id} failed: {ex.Message}";
            if (!settingsApplied)
            {
                throw new ResourceException(reason + "; nothing was changed.", ex);
            }

            var appliedTags = ResourceTags.ToValue(current);
            throw new ResourceInitFailedException(request.Id, outputs.Set(ResourceTags.Property, appliedTags), inputs.Set(ResourceTags.Property, appliedTags), [reason], ex);
        }

        return outputs;
    }

    private static PropertyMap Olds(PropertyMap oldInputs, PropertyMap oldState) => oldInputs.Count > 0 ? oldInputs : oldState;

    private static PropertyMap MergeInputs(PropertyMap oldState, PropertyMap inputs, PropertyValue? tags)
    {
        var outputs = oldState.Remove(IpamCidrConfigs);
        foreach (var (key, value) in inputs)
        {
            outputs = outputs.Set(key, value);
        }

        outputs = inputs.ContainsKey(WaitForDeployment) ? outputs : outputs.Set(WaitForDeployment, true);
        return tags is null ? outputs.Remove(ResourceTags.Property) : outputs.Set(ResourceTags.Property, tags);
    }

    private static bool IsDeployed(AnycastIpList list) => string.Equals(list.Status, Deployed, StringComparison.Ordinal);

    private static bool IsServiceFailure(Exception ex) =>
        ex is AwsServiceException or AwsConfigurationException or HttpRequestException or StatusWaitException;
}
