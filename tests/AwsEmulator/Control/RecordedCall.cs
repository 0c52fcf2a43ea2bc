namespace AwsEmulator.Control;

/// <summary>One AWS call as the emulator answered it.</summary>
/// <param name="Sequence">1-based order of arrival.</param>
/// <param name="Service"><c>groundstation</c>, <c>cloudfront</c>, or <c>unknown</c> when nothing matched.</param>
/// <param name="Operation">Model operation name, e.g. <c>CreateConfig</c>; empty when no route matched.</param>
/// <param name="HttpStatus">Status sent (500 for a dropped response, 0 for an aborted connection).</param>
/// <param name="ErrorCode">AWS error code when the call failed.</param>
/// <param name="Faulted">True when an injected fault shaped the answer.</param>
/// <param name="ReceivedAt">When the request arrived, on the emulator's clock (the clock deployments follow).</param>
/// <param name="AnsweredAt">When its answer started (or the connection was dropped), on the same clock.</param>
/// <param name="AccessKeyId">The access key in the SigV4 credential scope; null for unsigned requests.</param>
/// <param name="SessionToken">The <c>X-Amz-Security-Token</c> header sent, if any.</param>
/// <param name="Signature">How the signature was judged: <c>verified</c>, <c>unknown-key</c>, <c>unsigned</c> or <c>refused</c> (see <c>SignatureCheck</c>).</param>
public sealed record RecordedCall(
    long Sequence,
    string Service,
    string Operation,
    string Method,
    string Path,
    int HttpStatus,
    string? ErrorCode,
    bool Faulted,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AnsweredAt,
    string? AccessKeyId = null,
    string? SessionToken = null,
    string? Signature = null);
