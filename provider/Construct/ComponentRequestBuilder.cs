using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace Awsdirect.Provider.Construct;

/// <summary>
/// The RegisterResource request for the component resource itself: not custom, under the parent the
/// engine named, with the resource options the user gave the component passed through.
/// </summary>
internal static class ComponentRequestBuilder
{
    public static RegisterResourceRequest Build(ConstructRequest construct, MonitorFeatures features)
    {
        ArgumentNullException.ThrowIfNull(construct);
        ArgumentNullException.ThrowIfNull(features);
        var request = new RegisterResourceRequest
        {
            Type = construct.Type,
            Name = construct.Name,
            Parent = construct.Parent,
            Custom = false,

            // The component's own state is its outputs, recorded by RegisterResourceOutputs at the end.
            Object = new Struct(),
            DeletedWith = construct.DeletedWith,
            AcceptSecrets = true,
            AcceptResources = true,
            SupportsPartialValues = true,
        };
        request.Dependencies.AddRange(construct.Dependencies);
        request.Providers.Add(construct.Providers);
        request.IgnoreChanges.AddRange(construct.IgnoreChanges);
        request.ReplaceOnChanges.AddRange(construct.ReplaceOnChanges);
        request.AdditionalSecretOutputs.AddRange(construct.AdditionalSecretOutputs);
        if (construct.HasProtect)
        {
            request.Protect = construct.Protect;
        }

        if (construct.HasRetainOnDelete)
        {
            request.RetainOnDelete = construct.RetainOnDelete;
        }

        if (construct.HasDeleteBeforeReplace)
        {
            request.DeleteBeforeReplace = construct.DeleteBeforeReplace;
            request.DeleteBeforeReplaceDefined = true;
        }

        if (construct.CustomTimeouts is { } timeouts)
        {
            request.CustomTimeouts = new RegisterResourceRequest.Types.CustomTimeouts
            {
                Create = timeouts.Create,
                Update = timeouts.Update,
                Delete = timeouts.Delete,
            };
        }

        foreach (var alias in construct.Aliases)
        {
            AddAlias(request, alias, features);
        }

        return request;
    }

    /// <summary>The options the component's children inherit from it.</summary>
    public static InheritedOptions Inherited(ConstructRequest construct) =>
        new(construct.HasProtect ? construct.Protect : null, new Dictionary<string, string>(construct.Providers, StringComparer.Ordinal));

    // Older protocol revisions carry aliases as URNs.
    internal static void AddAlias(RegisterResourceRequest request, string aliasUrn, MonitorFeatures features)
    {
        if (features.AliasSpecs)
        {
            request.Aliases.Add(new Alias { Urn = aliasUrn });
            request.AliasSpecs = true;
        }
        else
        {
            request.AliasURNs.Add(aliasUrn);
        }
    }

    // Current engines send structured aliases; an engine without alias specs only understands URN aliases.
    internal static void AddAlias(RegisterResourceRequest request, Alias alias, MonitorFeatures features)
    {
        if (features.AliasSpecs)
        {
            request.Aliases.Add(alias);
            request.AliasSpecs = true;
        }
        else if (alias.AliasCase == Alias.AliasOneofCase.Urn)
        {
            request.AliasURNs.Add(alias.Urn);
        }
    }
}
