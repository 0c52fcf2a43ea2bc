namespace Awsdirect.Provider.Protocol.Properties;

/// <summary>
/// What <see cref="PropertyCodec"/> may send in its special forms. The engine says what it accepts
/// (e.g. <c>acceptSecrets</c> / <c>acceptResources</c> in Configure); values it does not accept are
/// lowered to plain data instead of being dropped.
/// </summary>
/// <param name="KeepSecrets">Send secrets as secret objects; otherwise as their plain value.</param>
/// <param name="KeepUnknowns">
/// Kept for symmetry with the engine's options. Unknowns are ALWAYS sent as the unknown string even when
/// this is <c>false</c>: dropping them (as some SDKs do) would make a preview show a property as absent
/// instead of "known after apply", and the engine needs to see them to reject unknown outputs outside preview.
/// </param>
/// <param name="KeepResources">Send resource references as reference objects; otherwise as their id (custom) or URN (component).</param>
/// <param name="KeepOutputValues">Send output values as output objects; otherwise as their value (unknown or secret-wrapped as needed).</param>
public sealed record PropertyCodecOptions(
    bool KeepSecrets = true,
    bool KeepUnknowns = true,
    bool KeepResources = true,
    bool KeepOutputValues = false)
{
    /// <summary>Secrets, unknowns and references kept; output values lowered to their value.</summary>
    public static PropertyCodecOptions Default { get; } = new();
}
