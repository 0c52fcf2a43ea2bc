using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Resources;
using Pulumirpc;

namespace Awsdirect.Provider.Host;

/// <summary>
/// Serves <c>ResourceProvider.Construct</c> (components). The host only routes the call here; the
/// implementation talks to the engine's resource monitor itself. Exceptions are answered like those of
/// resource handlers (<see cref="ResourceException"/> as a clear error, anything else as UNKNOWN).
/// </summary>
public interface IConstructHandler
{
    Task<ConstructResponse> ConstructAsync(ConstructRequest request, ConstructContext context, CancellationToken cancellationToken);
}

/// <summary>What a Construct call may use from the configured provider.</summary>
/// <param name="Services">Configuration, engine log and AWS clients of the provider serving the call.</param>
/// <param name="CodecOptions">How to encode properties for the engine (what Configure said it accepts).</param>
public sealed record ConstructContext(ProviderServices Services, PropertyCodecOptions CodecOptions);
