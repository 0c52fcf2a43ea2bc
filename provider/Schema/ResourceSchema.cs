using Newtonsoft.Json.Linq;

namespace Awsdirect.Provider.Schema;

/// <summary>
/// One resource's part of the Pulumi package schema: the resource spec (as it appears under
/// <c>resources[token]</c>) and the object/enum types it uses (under <c>types[token]</c>).
/// </summary>
public sealed record ResourceSchema(string Token, JObject Spec, IReadOnlyDictionary<string, JObject> Types);
