namespace Awsdirect.Provider.Resources;

/// <summary>
/// The lifecycle of one resource type. The host routes every resource RPC to the handler whose
/// <see cref="Token"/> matches, so everything about a type (rules, diff, AWS calls) lives in its handler.
/// </summary>
public interface IResourceHandler
{
    /// <summary>The Pulumi type token, e.g. <c>awsdirect:cloudfront:ConnectionGroup</c>.</summary>
    string Token { get; }

    /// <summary>Validates and normalises inputs. Must not call AWS.</summary>
    Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken);

    Task<DiffResult> DiffAsync(DiffRequest request, CancellationToken cancellationToken);

    Task<CreateResult> CreateAsync(CreateRequest request, CancellationToken cancellationToken);

    /// <summary>Refresh (old state given) and import (empty state, no inputs).</summary>
    Task<ReadResult> ReadAsync(ReadRequest request, CancellationToken cancellationToken);

    Task<UpdateResult> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken);

    Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken);
}
