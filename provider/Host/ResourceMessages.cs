using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Awsdirect.Provider.Resources.Common;
using Rpc = Pulumirpc;

namespace Awsdirect.Provider.Host;

/// <summary>
/// Translates between the engine's <c>pulumirpc</c> messages and the handler records, so handlers
/// never see protobuf. Engines that leave out <c>name</c>/<c>type</c> get them taken from the URN.
/// </summary>
internal static class ResourceMessages
{
    /// <summary>The most check failures one answer lists (each bounded to <see cref="BoundedText.MaxReasonBytes"/>).</summary>
    public const int MaxCheckFailures = 100;

    public static string TypeOf(string type, string urn) => string.IsNullOrEmpty(type) ? UrnParts.Type(urn) : type;

    public static CheckRequest ToCheck(Rpc.CheckRequest request) => new(
        request.Urn,
        string.IsNullOrEmpty(request.Name) ? UrnParts.Name(request.Urn) : request.Name,
        TypeOf(request.Type, request.Urn),
        PropertyCodec.FromStruct(request.Olds),
        PropertyCodec.FromStruct(request.News),
        request.RandomSeed.ToByteArray(),
        request.Autonaming is { } naming
            ? new AutonamingOptions(
                string.IsNullOrEmpty(naming.ProposedName) ? null : naming.ProposedName,
                naming.Mode switch
                {
                    Rpc.CheckRequest.Types.AutonamingOptions.Types.Mode.Enforce => "enforce",
                    Rpc.CheckRequest.Types.AutonamingOptions.Types.Mode.Disable => "disable",
                    _ => "propose",
                })
            : null);

    public static Rpc.CheckResponse FromCheck(CheckResult result, PropertyCodecOptions options)
    {
        var response = new Rpc.CheckResponse { Inputs = PropertyCodec.ToStruct(result.Inputs, options) };

        // Bounded, so a huge value repeated in reasons (or thousands of failures) cannot make the answer undeliverable.
        response.Failures.AddRange(result.Failures.Take(MaxCheckFailures).Select(f => new Rpc.CheckFailure
        {
            Property = BoundedText.LimitUtf8(f.Property, BoundedText.MaxReasonBytes),
            Reason = BoundedText.LimitUtf8(f.Reason, BoundedText.MaxReasonBytes),
        }));
        if (result.Failures.Count > MaxCheckFailures)
        {
            response.Failures.Add(new Rpc.CheckFailure
            {
                Reason = $"and {result.Failures.Count - MaxCheckFailures} more failures; fix the ones above and run again",
            });
        }

        return response;
    }

    public static DiffRequest ToDiff(Rpc.DiffRequest request) => new(
        request.Urn,
        request.Id,
        PropertyCodec.FromStruct(request.Olds),
        PropertyCodec.FromStruct(request.OldInputs),
        PropertyCodec.FromStruct(request.News),
        [.. request.IgnoreChanges]);

    public static Rpc.DiffResponse FromDiff(DiffResult result)
    {
        var response = new Rpc.DiffResponse
        {
            Changes = result.Changes switch
            {
                DiffChanges.None => Rpc.DiffResponse.Types.DiffChanges.DiffNone,
                DiffChanges.Some => Rpc.DiffResponse.Types.DiffChanges.DiffSome,
                _ => Rpc.DiffResponse.Types.DiffChanges.DiffUnknown,
            },
            DeleteBeforeReplace = result.DeleteBeforeReplace,
            HasDetailedDiff = result.DetailedDiff.Count > 0,
        };
        response.Replaces.AddRange(result.Replaces);
        response.Stables.AddRange(result.Stables);
        foreach (var (path, diff) in result.DetailedDiff)
        {
            response.DetailedDiff[path] = new Rpc.PropertyDiff { Kind = (Rpc.PropertyDiff.Types.Kind)(int)diff.Kind, InputDiff = diff.InputDiff };
        }

        // `diffs` holds top-level names only, and every detailed path's top-level name must be in it.
        response.Diffs.AddRange(result.DetailedDiff.Keys.Concat(result.Replaces)
            .Select(TopLevel).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal));
        return response;
    }

    public static CreateRequest ToCreate(Rpc.CreateRequest request) =>
        new(request.Urn, PropertyCodec.FromStruct(request.Properties), request.Preview, request.Timeout);

    public static Rpc.CreateResponse FromCreate(CreateResult result, PropertyCodecOptions options) =>
        new() { Id = result.Id ?? string.Empty, Properties = PropertyCodec.ToStruct(result.Outputs, options) };

    public static ReadRequest ToRead(Rpc.ReadRequest request) => new(
        request.Urn, request.Id, PropertyCodec.FromStruct(request.Properties), PropertyCodec.FromStruct(request.Inputs));

    public static Rpc.ReadResponse FromRead(ReadResult result, PropertyCodecOptions options) =>

        // An empty id tells the engine the resource is gone (refresh drops it, import fails).
        result.Id is null
            ? new Rpc.ReadResponse()
            : new Rpc.ReadResponse
            {
                Id = result.Id,
                Properties = PropertyCodec.ToStruct(result.Outputs, options),
                Inputs = PropertyCodec.ToStruct(result.Inputs, options),
            };

    public static UpdateRequest ToUpdate(Rpc.UpdateRequest request) => new(
        request.Urn,
        request.Id,
        PropertyCodec.FromStruct(request.Olds),
        PropertyCodec.FromStruct(request.OldInputs),
        PropertyCodec.FromStruct(request.News),
        request.Preview,
        [.. request.IgnoreChanges],
        request.Timeout);

    public static Rpc.UpdateResponse FromUpdate(UpdateResult result, PropertyCodecOptions options) =>
        new() { Properties = PropertyCodec.ToStruct(result.Outputs, options) };

    public static DeleteRequest ToDelete(Rpc.DeleteRequest request) => new(
        request.Urn, request.Id, PropertyCodec.FromStruct(request.Properties), PropertyCodec.FromStruct(request.OldInputs), request.Timeout);

    public static Rpc.ErrorResourceInitFailed FromInitFailed(ResourceInitFailedException e, PropertyCodecOptions options)
    {
        var detail = new Rpc.ErrorResourceInitFailed
        {
            Id = e.Id,
            Properties = PropertyCodec.ToStruct(e.Outputs, options),
            Inputs = PropertyCodec.ToStruct(e.Inputs, options),
        };
        detail.Reasons.AddRange(e.Reasons);
        return detail;
    }

    /// <summary>The top-level property of a path such as <c>a.b[0]</c> or <c>["x.y"].z</c>.</summary>
    internal static string TopLevel(string path)
    {
        if (path.StartsWith("[\"", StringComparison.Ordinal))
        {
            var end = path.IndexOf("\"]", 2, StringComparison.Ordinal);
            return end > 2 ? path[2..end] : path;
        }

        var cut = path.IndexOfAny(['.', '[']);
        return cut < 0 ? path : path[..cut];
    }
}
