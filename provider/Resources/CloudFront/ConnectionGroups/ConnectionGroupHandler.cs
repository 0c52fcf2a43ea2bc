using Awsdirect.Provider.Aws.CloudFront;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources.Common;
using static Awsdirect.Provider.Resources.CloudFront.ConnectionGroups.ConnectionGroupProperties;

namespace Awsdirect.Provider.Resources.CloudFront.ConnectionGroups;

/// <summary>
/// <c>awsdirect:cloudfront:ConnectionGroup</c>. Pulumi id = CloudFront Id; the ETag of the last write or
/// read is kept in state and sent as <c>If-Match</c>, so a group changed outside Pulumi is never
/// overwritten. Calls per step (no deployment wait needed): Check/Diff/preview none; Create 1; Update
/// 1 (settings) + 1 per tag direction; Read 1; Delete of a disabled group 2 (delete, gone check), of an
/// enabled one 4 (ListDistributionTenants, disable, delete, gone check). Each deployment wait adds one
/// GetConnectionGroup per poll.
/// </summary>
internal sealed class ConnectionGroupHandler : IResourceHandler
{
    public const string TypeToken = "awsdirect:cloudfront:ConnectionGroup";

    /// <summary>Rounds of "re-read the ETag, try again" a delete allows before it reports the race.</summary>
    private const int MaxDeleteAttempts = 4;

    private readonly ProviderServices _services;
    private readonly ConnectionGroupWaiter _waiter;

    public ConnectionGroupHandler(ProviderServices services, StatusWaiterOptions? waiterOptions = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        _waiter = new ConnectionGroupWaiter(services.CloudFront, services.Log, (waiterOptions ?? StatusWaiterOptions.Default).On(services.Time));
    }

    public string Token => TypeToken;

    private ICloudFrontApi Api => _services.CloudFront;

    public Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var news = ResourceTags.MergeDefaults(request.News, _services.Config.DefaultTags);
        news = AutoName.Apply(request, news, Name);
        return Task.FromResult(new CheckResult(news, ConnectionGroupRules.Validate(Token, news)));
    }

    public Task<DiffResult> DiffAsync(DiffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(ConnectionGroupDiffer.Diff(Olds(request.OldInputs, request.OldState), request.News, request.IgnoreChanges));
    }

    public async Task<CreateResult> CreateAsync(CreateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inputs = ConnectionGroupState.InputsOnly(request.Inputs);
        if (request.Preview)
        {
            return new CreateResult(string.Empty, ConnectionGroupState.PreviewOutputs(inputs));
        }

        var spec = ConnectionGroupSpec.From(inputs);
        await RefuseIpv6OnSingleStackListAsync(spec.AnycastIpListId, spec.Ipv6Enabled, "created", cancellationToken);
        CreateConnectionGroupResult created;
        try
        {
            // The flags are always sent, so what the program omits is exactly the default the diff assumes.
            created = await Api.CreateConnectionGroupAsync(new CreateConnectionGroupRequest
            {
                Name = spec.Name,
                Enabled = spec.Enabled,
                Ipv6Enabled = spec.Ipv6Enabled,
                AnycastIpListId = spec.AnycastIpListId,
                Tags = spec.Tags.Count > 0 ? Aws.CloudFront.Tags.FromDictionary(spec.Tags) : null,
            }, cancellationToken);
        }
        catch (AwsServiceException ex) when (ex.ErrorCode == AwsErrorCodes.EntityAlreadyExists)
        {
            throw new ResourceException(
                $"A CloudFront connection group named '{spec.Name}' already exists in this account (names are unique per account). " +
                $"Choose another name, or adopt the existing group with `pulumi import {TypeToken} <name> <its Id>`.", ex);
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Creating connection group '{spec.Name}' failed; nothing was created: {ex.Message}", ex);
        }

        var group = created.ConnectionGroup;
        if (group is null || string.IsNullOrEmpty(group.Id))
        {
            throw new ResourceException($"CloudFront accepted connection group '{spec.Name}' but returned no Id; nothing is recorded.");
        }

        // From here the group exists: any failure must hand its state back so it is not orphaned.
        var tags = inputs.GetNonNull(ResourceTags.Property);
        var outputs = ConnectionGroupState.Outputs(inputs, group, created.ETag, tags);
        if (spec.WaitForDeployment && !IsDeployed(group))
        {
            try
            {
                var deployed = await _waiter.WaitConnectionGroupDeployedAsync(group.Id, request.Urn, request.Timeout, cancellationToken);
                outputs = ConnectionGroupState.Outputs(inputs, deployed.ConnectionGroup!, deployed.ETag ?? created.ETag, tags);
            }
            catch (Exception ex) when (IsServiceFailure(ex))
            {
                throw new ResourceInitFailedException(group.Id, outputs, inputs,
                    [$"Connection group {group.Id} was created but waiting for it to deploy failed: {ex.Message}. " +
                     "It is recorded in state; run `pulumi refresh` to see its current status."], ex);
            }
        }

        return new CreateResult(group.Id, outputs);
    }

    public async Task<ReadResult> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        GetConnectionGroupResult? found;
        IReadOnlyDictionary<string, string> tags;
        try
        {
            // GetConnectionGroup also takes a name or an ARN, so `pulumi import` accepts any of the three.
            found = await ConnectionGroupFinder.FindConnectionGroupByIdAsync(Api, request.Id, cancellationToken);
            if (found is null)
            {
                return ReadResult.NotFound;
            }

            var group = found.ConnectionGroup!;
            tags = group.Tags is { } included
                ? included.ToDictionary()
                : (await Api.ListTagsForResourceAsync(new ListTagsForResourceRequest { Resource = group.Arn }, cancellationToken)).Tags.ToDictionary();
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Reading connection group {request.Id} failed: {ex.Message}", ex);
        }

        var read = found.ConnectionGroup!;
        var inputs = ConnectionGroupState.ReadInputs(request.Inputs, read, tags);
        var outputs = ConnectionGroupState.Outputs(inputs, read, found.ETag, inputs.GetNonNull(ResourceTags.Property));
        return new ReadResult(read.Id, outputs, inputs);
    }

    public async Task<UpdateResult> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var olds = Olds(request.OldInputs, request.OldState);
        var diff = ConnectionGroupDiffer.Diff(olds, request.News, request.IgnoreChanges);
        if (diff.Replaces.Count > 0)
        {
            // The engine replaces rather than updates after such a diff; reaching here would be an engine fault.
            throw new ResourceException($"Connection group {request.Id} cannot change {string.Join(", ", diff.Replaces)} in place: CloudFront cannot rename a group.");
        }

        var settingsChange = ConnectionGroupDiffer.GroupSettingsChange(olds, request.News, request.IgnoreChanges);
        var inputs = ConnectionGroupState.InputsOnly(request.News);
        if (request.Preview)
        {
            return new UpdateResult(ConnectionGroupState.PreviewUpdateOutputs(request.OldState, inputs, settingsChange));
        }

        var spec = ConnectionGroupSpec.From(inputs);
        var oldTagsValue = request.OldState.GetNonNull(ResourceTags.Property) ?? olds.GetNonNull(ResourceTags.Property);
        var newTagsValue = inputs.GetNonNull(ResourceTags.Property);
        var outputs = MergeInputs(request.OldState, inputs, oldTagsValue);
        var group = (ConnectionGroup?)null;
        var applied = false;
        if (settingsChange)
        {
            var (updated, etag) = await UpdateSettingsAsync(request, olds, spec, cancellationToken);
            group = updated;
            outputs = ConnectionGroupState.Outputs(inputs, updated, etag, oldTagsValue);
            applied = true;
        }

        var tagChanges = request.IgnoreChanges.Contains(ResourceTags.Property)
            ? new TagChanges(new Dictionary<string, string>(), [])
            : ResourceTags.Compare(ResourceTags.Read(oldTagsValue), spec.Tags);
        if (!tagChanges.IsEmpty)
        {
            outputs = await UpdateTagsAsync(request, outputs, inputs, oldTagsValue, tagChanges, applied, cancellationToken);
        }

        outputs = newTagsValue is null ? outputs.Set(ResourceTags.Property, PropertyValue.Create(PropertyMap.Empty)) : outputs.Set(ResourceTags.Property, newTagsValue);
        if (group is not null && spec.WaitForDeployment && !IsDeployed(group))
        {
            try
            {
                var deployed = await _waiter.WaitConnectionGroupDeployedAsync(request.Id, request.Urn, request.Timeout, cancellationToken);
                outputs = ConnectionGroupState.Outputs(inputs, deployed.ConnectionGroup!, deployed.ETag ?? outputs.GetNonNull(ETag)?.StringValue, outputs.GetNonNull(ResourceTags.Property));
            }
            catch (Exception ex) when (IsServiceFailure(ex))
            {
                // The update was applied: record its new ETag, or the next update would be refused as stale.
                throw new ResourceInitFailedException(request.Id, outputs, request.News,
                    [$"Connection group {request.Id} was updated but waiting for it to deploy failed: {ex.Message}. " +
                     "The change is recorded; run `pulumi refresh` to see its current status."], ex);
            }
        }

        return new UpdateResult(outputs);
    }

    public async Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var etag = request.State.GetNonNull(ETag) is { } recorded && recorded.TryGetString(out var e) && e.Length > 0 ? e : null;
        var enabled = ConnectionGroupState.Flag(request.State, Enabled) ?? true;
        // A group recorded as disabled is tried straight away: it has usually deployed by now, and
        // ResourceNotDisabled sends the loop round a fresh read and a wait if not.
        var deployed = true;
        var tenantsChecked = false;
        try
        {
            for (var attempt = 1; attempt <= MaxDeleteAttempts; attempt++)
            {
                if (etag is null)
                {
                    var fresh = await ConnectionGroupFinder.FindConnectionGroupByIdAsync(Api, request.Id, cancellationToken);
                    if (fresh is null)
                    {
                        return;
                    }

                    (etag, enabled, deployed) = (fresh.ETag, fresh.ConnectionGroup!.Enabled ?? true, IsDeployed(fresh.ConnectionGroup!));
                }

                if (enabled && !tenantsChecked)
                {
                    // Disabling a group stops its tenants' traffic, and CloudFront would then refuse the delete
                    // anyway: find out first, and change nothing while any tenant still uses the group.
                    await RefuseIfInUseAsync(request.Id, cancellationToken);
                    tenantsChecked = true;
                }

                if (enabled || !deployed)
                {
                    var ready = await DisableAndWaitAsync(request, etag!, enabled, cancellationToken);
                    if (ready is null)
                    {
                        // ETag race while disabling: read again and start over.
                        etag = null;
                        continue;
                    }

                    if (ready.Value.Gone)
                    {
                        return;
                    }

                    (etag, enabled, deployed) = (ready.Value.ETag, false, true);
                }

                try
                {
                    await Api.DeleteConnectionGroupAsync(new DeleteConnectionGroupRequest { Id = request.Id, IfMatch = etag! }, cancellationToken);
                }
                catch (AwsServiceException ex) when (ex.IsNotFound)
                {
                    return;
                }
                catch (AwsServiceException ex) when (ex.ErrorCode is AwsErrorCodes.PreconditionFailed or AwsErrorCodes.InvalidIfMatchVersion or AwsErrorCodes.ResourceNotDisabled)
                {
                    // Changed since our ETag (or re-enabled, or still deploying): read the fresh state and go again.
                    etag = null;
                    continue;
                }

                // The delete is accepted but the group (and its name) lingers until it has rolled out; a
                // delete-before-replace re-creates the same name next, so wait until CloudFront forgets it.
                await _waiter.WaitConnectionGroupDeletedAsync(request.Id, request.Urn, request.Timeout, cancellationToken);
                await _services.Log.LogAsync(LogSeverity.Info, $"Connection group {request.Id} deleted.", request.Urn);
                return;
            }
        }
        catch (AwsServiceException ex) when (ex.IsNotFound)
        {
            return;
        }
        catch (AwsServiceException ex) when (ex.ErrorCode is AwsErrorCodes.CannotDeleteEntityWhileInUse or AwsErrorCodes.ResourceInUse)
        {
            // Reached only when the group was already disabled (an enabled one is checked before any write).
            var tenants = await TenantsUsingAsync(request.Id, cancellationToken);
            throw new ResourceException(
                $"Connection group {request.Id} cannot be deleted because it is in use (CloudFront {ex.ErrorCode}: {ex.ErrorMessage})" +
                (tenants.Count > 0 ? $"; distribution tenants still associated with it: {Describe(tenants)}" : string.Empty) +
                ". Move those distribution tenants to another connection group or delete them, then destroy again.", ex);
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Deleting connection group {request.Id} failed: {ex.Message}", ex);
        }
        catch (StatusWaitException ex)
        {
            throw new ResourceException($"Deleting connection group {request.Id} failed while waiting: {ex.Message}", ex);
        }

        throw new ResourceException(
            $"Deleting connection group {request.Id} failed: it changed on every one of {MaxDeleteAttempts} attempts (its ETag kept moving); " +
            "something else is modifying it. Stop that, then destroy again.");
    }

    /// <summary>
    /// The IPv6 / list-type rule for a list Check could not see (made elsewhere, or its type not wired in):
    /// one GetAnycastIpList before the write, so CloudFront's refusal never comes half-way through a step.
    /// </summary>
    private async Task RefuseIpv6OnSingleStackListAsync(string? listId, bool ipv6, string verb, CancellationToken cancellationToken)
    {
        if (listId is null || !ipv6)
        {
            return;
        }

        AnycastIpListResult? list;
        try
        {
            list = await AnycastIpLists.AnycastIpListFinder.FindAnycastIpListByIdAsync(Api, listId, cancellationToken);
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Looking up Anycast static IP list {listId} (to check it allows IPv6) failed; nothing was {verb}: {ex.Message}", ex);
        }

        if (list is null)
        {
            throw new ResourceException($"Anycast static IP list {listId} does not exist; nothing was {verb}. Check anycastIpListId.");
        }

        var type = list.AnycastIpList!.IpAddressType ?? "ipv4";
        if (type != DualStack)
        {
            throw new ResourceException(
                $"ipv6Enabled: IPv6 needs a dual-stack Anycast static IP list, but list {listId} has ipAddressType '{type}' and CloudFront refuses IPv6 on it; nothing was {verb}. " +
                $"Set ipv6Enabled: false (or leave it out and set anycastIpListIpAddressType), or use a list with ipAddressType '{DualStack}'.");
        }
    }

    /// <summary>
    /// ListDistributionTenants filtered by this group: the check CloudFront offers before a delete, so a
    /// group still serving tenants is never disabled (an outage) on the way to a delete that must fail.
    /// </summary>
    private async Task RefuseIfInUseAsync(string id, CancellationToken cancellationToken)
    {
        var tenants = await TenantsUsingAsync(id, cancellationToken);
        if (tenants.Count > 0)
        {
            throw new ResourceException(
                $"Connection group {id} was not deleted (nor disabled): {tenants.Count} distribution tenant(s) still use it: {Describe(tenants)}. " +
                "CloudFront deletes only a group no tenant uses, and disabling it first would stop their traffic. " +
                "Move those tenants to another connection group (UpdateDistributionTenant ConnectionGroupId) or delete them, then destroy again.");
        }
    }

    private async Task<List<DistributionTenantSummary>> TenantsUsingAsync(string id, CancellationToken cancellationToken)
    {
        var tenants = new List<DistributionTenantSummary>();
        await foreach (var tenant in Api.ListAllDistributionTenantsAsync(new DistributionTenantAssociationFilter { ConnectionGroupId = id }, cancellationToken: cancellationToken))
        {
            tenants.Add(tenant);
        }

        return tenants;
    }

    private static string Describe(List<DistributionTenantSummary> tenants)
    {
        const int Shown = 20;
        var listed = string.Join(", ", tenants.Take(Shown).Select(t => $"{t.Id} ({t.Name})"));
        return tenants.Count > Shown ? $"{listed} and {tenants.Count - Shown} more" : listed;
    }

    private async Task<(ConnectionGroup Group, string? ETag)> UpdateSettingsAsync(UpdateRequest request, PropertyMap olds, ConnectionGroupSpec spec, CancellationToken cancellationToken)
    {
        var etag = request.OldState.GetNonNull(ETag) is { } recorded && recorded.TryGetString(out var e) && e.Length > 0
            ? e
            : throw new ResourceException($"Connection group {request.Id} has no ETag in state, so it cannot be updated safely; run `pulumi refresh`, then `pulumi up`.");
        var ignore = request.IgnoreChanges;
        var anycast = ignore.Contains(AnycastIpListId) ? ConnectionGroupState.Anycast(olds.GetNonNull(AnycastIpListId)) : spec.AnycastIpListId;
        var ipv6 = ignore.Contains(Ipv6Enabled) ? ConnectionGroupState.Flag(olds, Ipv6Enabled) : spec.Ipv6Enabled;
        await RefuseIpv6OnSingleStackListAsync(anycast, ipv6 ?? true, "updated", cancellationToken);
        try
        {
            var result = await Api.UpdateConnectionGroupAsync(new UpdateConnectionGroupRequest
            {
                Id = request.Id,
                IfMatch = etag,
                Enabled = ignore.Contains(Enabled) ? ConnectionGroupState.Flag(olds, Enabled) : spec.Enabled,
                Ipv6Enabled = ipv6,
                // An empty id is how the request says "no Anycast IP list" once one was set.
                AnycastIpListId = anycast ?? (ConnectionGroupState.Anycast(olds.GetNonNull(AnycastIpListId)) is null ? null : string.Empty),
            }, cancellationToken);
            return (result.ConnectionGroup ?? throw new ResourceException($"CloudFront updated connection group {request.Id} but returned no group."), result.ETag);
        }
        catch (AwsServiceException ex) when (ex.ErrorCode is AwsErrorCodes.PreconditionFailed)
        {
            throw new ResourceException(
                $"Connection group {request.Id} was changed outside Pulumi since Pulumi last read it (its ETag {etag} is no longer current), " +
                "so nothing was updated rather than overwrite that change. Run `pulumi refresh` to take in its current settings, " +
                "review the diff, then run `pulumi up` again.", ex);
        }
        catch (AwsServiceException ex) when (ex.IsNotFound)
        {
            throw new ResourceException($"Connection group {request.Id} no longer exists in CloudFront (deleted outside Pulumi); run `pulumi refresh` to drop it from state.", ex);
        }
        catch (AwsServiceException ex)
        {
            throw new ResourceException($"Updating connection group {request.Id} failed; nothing was changed: {ex.Message}", ex);
        }
    }

    private async Task<PropertyMap> UpdateTagsAsync(UpdateRequest request, PropertyMap outputs, PropertyMap inputs, PropertyValue? oldTagsValue,
        TagChanges changes, bool settingsApplied, CancellationToken cancellationToken)
    {
        var arn = outputs.GetNonNull(Arn) is { } a && a.TryGetString(out var text) && text.Length > 0
            ? text
            : throw new ResourceException($"Connection group {request.Id} has no ARN in state, so its tags cannot be changed; run `pulumi refresh`, then `pulumi up`.");
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
            var reason = $"Changing the tags of connection group {request.Id} failed: {ex.Message}";
            if (!settingsApplied)
            {
                throw new ResourceException(reason + "; nothing was changed.", ex);
            }

            // Part of the update is in AWS: record exactly what is, so the next `pulumi up` finishes the rest.
            var appliedTags = ResourceTags.ToValue(current);
            throw new ResourceInitFailedException(request.Id, outputs.Set(ResourceTags.Property, appliedTags), inputs.Set(ResourceTags.Property, appliedTags), [reason], ex);
        }

        return outputs;
    }

    /// <summary>
    /// Disables the group (when enabled) and waits until CloudFront reports it deployed, the state
    /// DeleteConnectionGroup requires. Null when the ETag was stale; Gone when the group no longer exists.
    /// </summary>
    private async Task<(string? ETag, bool Gone)?> DisableAndWaitAsync(DeleteRequest request, string etag, bool enabled, CancellationToken cancellationToken)
    {
        var deployed = false;
        if (enabled)
        {
            UpdateConnectionGroupResult disabled;
            try
            {
                disabled = await Api.UpdateConnectionGroupAsync(new UpdateConnectionGroupRequest { Id = request.Id, IfMatch = etag, Enabled = false }, cancellationToken);
            }
            catch (AwsServiceException ex) when (ex.ErrorCode is AwsErrorCodes.PreconditionFailed or AwsErrorCodes.InvalidIfMatchVersion)
            {
                return null;
            }

            await _services.Log.LogAsync(LogSeverity.Info, $"Connection group {request.Id} disabled; CloudFront deletes only disabled, deployed groups.", request.Urn);
            etag = disabled.ETag ?? etag;
            deployed = disabled.ConnectionGroup is { } g && IsDeployed(g);
        }

        if (!deployed)
        {
            GetConnectionGroupResult ready;
            try
            {
                ready = await _waiter.WaitConnectionGroupDeployedAsync(request.Id, request.Urn, request.Timeout, cancellationToken);
            }
            catch (StatusWaitException ex) when (ex.Gone)
            {
                // Deleted outside Pulumi while we waited: the goal of a delete is met.
                return (null, true);
            }

            if (ready.ConnectionGroup?.Enabled == true)
            {
                // Enabled again outside Pulumi while deploying: start over from a fresh read.
                return null;
            }

            etag = ready.ETag ?? etag;
        }

        return (etag, false);
    }

    private static PropertyMap Olds(PropertyMap oldInputs, PropertyMap oldState) => oldInputs.Count > 0 ? oldInputs : oldState;

    /// <summary>Old state with the new inputs laid over it (for changes that need no call returning the group).</summary>
    private static PropertyMap MergeInputs(PropertyMap oldState, PropertyMap inputs, PropertyValue? tags)
    {
        var outputs = oldState.Remove(AnycastIpListId);
        foreach (var (key, value) in inputs)
        {
            outputs = outputs.Set(key, value);
        }

        outputs = inputs.ContainsKey(WaitForDeployment) ? outputs : outputs.Set(WaitForDeployment, true);
        return tags is null ? outputs.Remove(ResourceTags.Property) : outputs.Set(ResourceTags.Property, tags);
    }

    private static bool IsDeployed(ConnectionGroup group) => string.Equals(group.Status, Deployed, StringComparison.Ordinal);

    private static bool IsServiceFailure(Exception ex) =>
        ex is AwsServiceException or AwsConfigurationException or HttpRequestException or StatusWaitException;
}
