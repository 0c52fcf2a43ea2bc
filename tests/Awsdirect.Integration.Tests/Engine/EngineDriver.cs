using System.Security.Cryptography;
using Awsdirect.Provider.Protocol.Rpc;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Newtonsoft.Json.Linq;
using Pulumirpc;

namespace Awsdirect.Integration.Tests.Engine;

/// <summary>What the mini engine did for one resource in one operation.</summary>
public enum StepKind
{
    /// <summary>Check reported failures; nothing else was called.</summary>
    Failed,
    Same,
    Create,
    Update,
    Replace,
    Delete,
    Refresh,
    Import,
}

/// <summary>One resource as recorded in the mini engine's state.</summary>
/// <param name="InitErrors">The reasons of the ErrorResourceInitFailed that recorded it (empty once a later Update succeeds).
/// As in the engine's step generator, a resource with init errors gets an Update on the next <c>up</c> even when Diff reports no change.</param>
public sealed record ResourceState(string Urn, string Type, string Name, string Id, JObject Inputs, JObject Outputs, IReadOnlyList<string>? InitErrors = null)
{
    public bool HasInitErrors => InitErrors is { Count: > 0 };
}

/// <param name="Failures">Check failures (property path + reason); non-empty means <see cref="StepKind.Failed"/>.</param>
/// <param name="CheckedInputs">The inputs Check returned (null when Check failed before answering).</param>
/// <param name="Diff">The provider's Diff answer, when Diff was called.</param>
/// <param name="Outputs">Outputs of the Create/Update/Read that ran (in preview, the preview outputs).</param>
public sealed record StepResult(
    StepKind Kind,
    string Urn,
    IReadOnlyList<CheckFailure> Failures,
    JObject? CheckedInputs,
    DiffResponse? Diff,
    string? Id,
    JObject? Outputs)
{
    public bool HasFailures => Failures.Count > 0;
}

/// <param name="HasDiff">True when the program's inputs differ from the imported resource (the engine then fails the import).</param>
public sealed record ImportResult(
    string Urn,
    bool HasDiff,
    DiffResponse? Diff,
    IReadOnlyList<CheckFailure> Failures,
    JObject ReadOutputs,
    JObject ReadInputs,
    ResourceState? State);

/// <summary>
/// A mini Pulumi engine for one resource at a time: it keeps state per URN and makes the provider calls
/// in the order and with the fields the real engine uses (see PROTOCOL-NOTES.md): Check with olds and a
/// fresh random seed, Diff against recorded state, then Create / Update / replace (re-Check with no olds,
/// create-before-delete unless Diff asks for delete-before-replace). Inputs are JSON with
/// <c>"&lt;unknown&gt;"</c> for unknown values (see <see cref="StructJson"/>).
/// </summary>
public sealed class EngineDriver
{
    private readonly ProviderClient _provider;
    private readonly Dictionary<string, ResourceState> _state = new(StringComparer.Ordinal);
    private readonly List<string> _calls = [];

    public EngineDriver(ProviderClient provider, string stack = "dev", string project = "mission")
    {
        _provider = provider;
        Stack = stack;
        Project = project;
    }

    public string Stack { get; }

    public string Project { get; }

    /// <summary>Sent with every Check when set, as newer engines do.</summary>
    public CheckRequest.Types.AutonamingOptions? Autonaming { get; set; }

    /// <summary>Recorded state by URN.</summary>
    public IReadOnlyDictionary<string, ResourceState> State => _state;

    /// <summary>Provider methods called so far, in order (e.g. <c>Check, Diff, Create, Delete</c>).</summary>
    public IReadOnlyList<string> Calls => _calls;

    public string Urn(string type, string name) => $"urn:pulumi:{Stack}::{Project}::{type}::{name}";

    public void ClearCalls() => _calls.Clear();

    /// <summary>Drops a resource from state without calling the provider (like <c>pulumi state delete</c>).</summary>
    public void Forget(string urn) => _state.Remove(urn);

    /// <summary>Records a resource directly, e.g. to start from a state produced elsewhere.</summary>
    public void Record(ResourceState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _state[state.Urn] = state;
    }

    /// <summary><c>pulumi preview</c> for one resource: Check, Diff (if in state), then Create/Update with preview = true.</summary>
    public Task<StepResult> PreviewAsync(string type, string name, JObject inputs, CancellationToken ct = default) =>
        StepAsync(type, name, inputs, preview: true, ct);

    /// <summary><c>pulumi up</c> for one resource: Check, Diff, then Create / Update / replace; state is recorded.</summary>
    /// <exception cref="RpcException">A provider call failed; a partial failure's resource is recorded first.</exception>
    public Task<StepResult> UpAsync(string type, string name, JObject inputs, CancellationToken ct = default) =>
        StepAsync(type, name, inputs, preview: false, ct);

    /// <summary><c>pulumi refresh</c>: Read with the recorded id, outputs and inputs; an empty id drops the resource.</summary>
    public async Task<StepResult> RefreshAsync(string urn, CancellationToken ct = default)
    {
        var old = Existing(urn);
        var read = await Call("Read", () => _provider.ReadAsync(
            new ReadRequest
            {
                Id = old.Id,
                Urn = urn,
                Name = old.Name,
                Type = old.Type,
                Properties = StructJson.ToStruct(old.Outputs),
                Inputs = StructJson.ToStruct(old.Inputs),
            },
            ct)).ConfigureAwait(false);
        if (string.IsNullOrEmpty(read.Id))
        {
            _state.Remove(urn);
            return new StepResult(StepKind.Delete, urn, [], null, null, null, null);
        }

        var outputs = StructJson.ToJson(read.Properties);
        _state[urn] = old with
        {
            Id = read.Id,
            Outputs = outputs,
            Inputs = read.Inputs is null ? old.Inputs : StructJson.ToJson(read.Inputs),
        };
        return new StepResult(StepKind.Refresh, urn, [], null, null, read.Id, outputs);
    }

    /// <summary>
    /// <c>pulumi import</c>: Read with the id and no state or inputs, then Check (olds = the inputs Read
    /// returned) and Diff of the program's inputs against the imported resource. The resource is recorded
    /// only when there is no diff, as the engine fails an import that would change the resource.
    /// </summary>
    /// <exception cref="InvalidOperationException">Read found nothing, or returned no inputs (the engine's two import errors).</exception>
    public async Task<ImportResult> ImportAsync(string type, string name, string id, JObject inputs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var urn = Urn(type, name);
        var read = await Call("Read", () => _provider.ReadAsync(
            new ReadRequest { Id = id, Urn = urn, Name = name, Type = type, Properties = new Struct() }, ct)).ConfigureAwait(false);
        if (string.IsNullOrEmpty(read.Id) || read.Properties is null)
        {
            throw new InvalidOperationException($"resource '{id}' does not exist");
        }

        if (read.Inputs is null)
        {
            throw new InvalidOperationException($"provider does not support importing resources of type {type}");
        }

        var readOutputs = StructJson.ToJson(read.Properties);
        var readInputs = StructJson.ToJson(read.Inputs);
        var check = await CheckAsync(urn, name, type, read.Inputs, StructJson.ToStruct(inputs), ct).ConfigureAwait(false);
        if (check.Failures.Count > 0)
        {
            return new ImportResult(urn, false, null, [.. check.Failures], readOutputs, readInputs, null);
        }

        var diff = await Call("Diff", () => _provider.DiffAsync(
            new DiffRequest
            {
                Id = read.Id,
                Urn = urn,
                Name = name,
                Type = type,
                Olds = read.Properties,
                OldInputs = read.Inputs,
                News = check.Inputs,
            },
            ct)).ConfigureAwait(false);
        var hasDiff = Classify(diff, read.Inputs, check.Inputs) != StepKind.Same;
        ResourceState? state = null;
        if (!hasDiff)
        {
            state = new ResourceState(urn, type, name, read.Id, readInputs, readOutputs);
            _state[urn] = state;
        }

        return new ImportResult(urn, hasDiff, diff, [], readOutputs, readInputs, state);
    }

    /// <summary><c>pulumi destroy</c> for one resource: Delete with the recorded id, outputs and inputs.</summary>
    public async Task<StepResult> DestroyAsync(string urn, CancellationToken ct = default)
    {
        var old = Existing(urn);
        await DeleteAsync(old, ct).ConfigureAwait(false);
        _state.Remove(urn);
        return new StepResult(StepKind.Delete, urn, [], null, null, old.Id, null);
    }

    private async Task<StepResult> StepAsync(string type, string name, JObject inputs, bool preview, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var urn = Urn(type, name);
        _state.TryGetValue(urn, out var old);
        var news = StructJson.ToStruct(inputs);
        var check = await CheckAsync(urn, name, type, old is null ? new Struct() : StructJson.ToStruct(old.Inputs), news, ct).ConfigureAwait(false);
        if (check.Failures.Count > 0)
        {
            return new StepResult(StepKind.Failed, urn, [.. check.Failures], StructJson.ToJson(check.Inputs), null, null, null);
        }

        if (old is null)
        {
            var (id, outputs) = await CreateAsync(urn, name, type, check.Inputs, preview, ct).ConfigureAwait(false);
            return new StepResult(StepKind.Create, urn, [], StructJson.ToJson(check.Inputs), null, id, outputs);
        }

        var oldInputs = StructJson.ToStruct(old.Inputs);
        var diff = await Call("Diff", () => _provider.DiffAsync(
            new DiffRequest
            {
                Id = old.Id,
                Urn = urn,
                Name = name,
                Type = type,
                Olds = StructJson.ToStruct(old.Outputs),
                OldInputs = oldInputs,
                News = check.Inputs,
            },
            ct)).ConfigureAwait(false);
        var kind = Classify(diff, oldInputs, check.Inputs);
        if (kind == StepKind.Same && old.HasInitErrors)
        {
            // The engine's "continue awaiting initialization": an empty update of an unchanged resource.
            kind = StepKind.Update;
        }

        switch (kind)
        {
            case StepKind.Same:
                if (!preview)
                {
                    _state[urn] = old with { Inputs = StructJson.ToJson(check.Inputs) };
                }

                return new StepResult(StepKind.Same, urn, [], StructJson.ToJson(check.Inputs), diff, old.Id, old.Outputs);

            case StepKind.Replace:
                // The engine checks again without olds so defaults (auto-names) are generated afresh.
                var recheck = await CheckAsync(urn, name, type, new Struct(), news, ct).ConfigureAwait(false);
                if (recheck.Failures.Count > 0)
                {
                    return new StepResult(StepKind.Failed, urn, [.. recheck.Failures], StructJson.ToJson(recheck.Inputs), diff, null, null);
                }

                if (!preview && diff.DeleteBeforeReplace)
                {
                    await DeleteAsync(old, ct).ConfigureAwait(false);
                    _state.Remove(urn);
                }

                var (newId, newOutputs) = await CreateAsync(urn, name, type, recheck.Inputs, preview, ct).ConfigureAwait(false);
                if (!preview && !diff.DeleteBeforeReplace)
                {
                    await DeleteAsync(old, ct).ConfigureAwait(false);
                }

                return new StepResult(StepKind.Replace, urn, [], StructJson.ToJson(recheck.Inputs), diff, newId, newOutputs);

            default:
                UpdateResponse updated;
                try
                {
                    updated = await Call("Update", () => _provider.UpdateAsync(
                        new UpdateRequest
                        {
                            Id = old.Id,
                            Urn = urn,
                            Name = name,
                            Type = type,
                            Olds = StructJson.ToStruct(old.Outputs),
                            OldInputs = oldInputs,
                            News = check.Inputs,
                            Preview = preview,
                        },
                        ct)).ConfigureAwait(false);
                }
                catch (RpcException e) when (!preview && InitFailed(e) is { } partial)
                {
                    _state[urn] = old with
                    {
                        Inputs = StructJson.ToJson(partial.Inputs ?? check.Inputs),
                        Outputs = StructJson.ToJson(partial.Properties),
                        InitErrors = [.. partial.Reasons],
                    };
                    throw;
                }

                var outputs = StructJson.ToJson(updated.Properties);
                if (!preview)
                {
                    _state[urn] = old with { Inputs = StructJson.ToJson(check.Inputs), Outputs = outputs, InitErrors = null };
                }

                return new StepResult(StepKind.Update, urn, [], StructJson.ToJson(check.Inputs), diff, old.Id, outputs);
        }
    }

    private async Task<CheckResponse> CheckAsync(string urn, string name, string type, Struct olds, Struct news, CancellationToken ct)
    {
        var request = new CheckRequest
        {
            Urn = urn,
            Name = name,
            Type = type,
            Olds = olds,
            News = news,
            RandomSeed = ByteString.CopyFrom(RandomNumberGenerator.GetBytes(32)),
        };
        if (Autonaming is not null)
        {
            request.Autonaming = Autonaming;
        }

        return await Call("Check", () => _provider.CheckAsync(request, ct)).ConfigureAwait(false);
    }

    private async Task<(string? Id, JObject Outputs)> CreateAsync(string urn, string name, string type, Struct inputs, bool preview, CancellationToken ct)
    {
        CreateResponse created;
        try
        {
            created = await Call("Create", () => _provider.CreateAsync(
                new CreateRequest { Urn = urn, Name = name, Type = type, Properties = inputs, Preview = preview }, ct)).ConfigureAwait(false);
        }
        catch (RpcException e) when (!preview && InitFailed(e) is { } partial && !string.IsNullOrEmpty(partial.Id))
        {
            // The resource exists: the engine records it so the next run can update or delete it.
            _state[urn] = new ResourceState(urn, type, name, partial.Id, StructJson.ToJson(partial.Inputs ?? inputs), StructJson.ToJson(partial.Properties), [.. partial.Reasons]);
            throw;
        }

        var outputs = StructJson.ToJson(created.Properties);
        if (!preview)
        {
            if (string.IsNullOrEmpty(created.Id))
            {
                throw new InvalidOperationException($"provider returned an empty id for {urn}; the engine rejects this outside preview.");
            }

            _state[urn] = new ResourceState(urn, type, name, created.Id, StructJson.ToJson(inputs), outputs);
        }

        return (string.IsNullOrEmpty(created.Id) ? null : created.Id, outputs);
    }

    private Task<Empty> DeleteAsync(ResourceState old, CancellationToken ct) =>
        Call("Delete", () => _provider.DeleteAsync(
            new DeleteRequest
            {
                Id = old.Id,
                Urn = old.Urn,
                Name = old.Name,
                Type = old.Type,
                Properties = StructJson.ToStruct(old.Outputs),
                OldInputs = StructJson.ToStruct(old.Inputs),
            },
            ct));

    private static StepKind Classify(DiffResponse diff, Struct oldInputs, Struct newInputs)
    {
        var replace = diff.Replaces.Count > 0 || diff.DetailedDiff.Values.Any(d =>
            d.Kind is PropertyDiff.Types.Kind.AddReplace or PropertyDiff.Types.Kind.DeleteReplace or PropertyDiff.Types.Kind.UpdateReplace);
        return diff.Changes switch
        {
            DiffResponse.Types.DiffChanges.DiffNone => StepKind.Same,
            DiffResponse.Types.DiffChanges.DiffSome => replace ? StepKind.Replace : StepKind.Update,

            // A provider that cannot tell: the engine compares the inputs itself.
            _ => replace ? StepKind.Replace : oldInputs.Equals(newInputs) ? StepKind.Same : StepKind.Update,
        };
    }

    private static ErrorResourceInitFailed? InitFailed(RpcException e) =>
        e.GetStatusDetails()?.Details.FirstOrDefault(d => d.Is(ErrorResourceInitFailed.Descriptor))?.Unpack<ErrorResourceInitFailed>();

    private ResourceState Existing(string urn) =>
        _state.TryGetValue(urn, out var state) ? state : throw new InvalidOperationException($"{urn} is not in the driver's state.");

    private async Task<T> Call<T>(string method, Func<Task<T>> call)
    {
        _calls.Add(method);
        return await call().ConfigureAwait(false);
    }
}
