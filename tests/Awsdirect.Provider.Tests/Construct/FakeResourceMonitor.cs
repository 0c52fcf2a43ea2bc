using System.Collections.Concurrent;
using Awsdirect.Provider.Tests.Grpc;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Awsdirect.Provider.Tests.Construct;

/// <summary>
/// A real gRPC <c>pulumirpc.ResourceMonitor</c> that behaves like the engine's for the calls a component
/// makes: it refuses a child whose parent is not registered, records every registration, and answers
/// custom resources with their inputs plus, outside a preview, an id and computed outputs (ARNs...).
/// In a preview the computed outputs are left out, as the engine leaves out what a create will compute.
/// </summary>
internal sealed class FakeResourceMonitor : IAsyncDisposable
{
    public const string Stack = "dev";
    public const string Project = "proj";
    public const string StackUrn = "urn:pulumi:dev::proj::pulumi:pulumi:Stack::proj-dev";

    private readonly TestGrpcServer _server;
    private readonly FakeMonitorOptions _options;
    private readonly ConcurrentQueue<RegisterResourceRequest> _registrations = new();
    private readonly ConcurrentQueue<RegisterResourceOutputsRequest> _outputs = new();
    private readonly ConcurrentDictionary<string, string> _qualifiedTypes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RegisterResourceResponse> _answers = new(StringComparer.Ordinal);

    private FakeResourceMonitor(TestGrpcServer server, FakeMonitorOptions options)
    {
        _server = server;
        _options = options;
        _qualifiedTypes[StackUrn] = "pulumi:pulumi:Stack";
    }

    public string Endpoint => _server.Address;

    public IReadOnlyList<RegisterResourceRequest> Registrations => [.. _registrations];

    public IReadOnlyList<RegisterResourceOutputsRequest> OutputRegistrations => [.. _outputs];

    public static async Task<FakeResourceMonitor> StartAsync(FakeMonitorOptions options)
    {
        FakeResourceMonitor? monitor = null;
        var server = await TestGrpcServer.StartAsync(methods => methods
            .AddUnary<SupportsFeatureRequest, SupportsFeatureResponse>(
                "pulumirpc.ResourceMonitor", "SupportsFeature", (r, _) => monitor!.SupportsFeature(r))
            .AddUnary<RegisterResourceRequest, RegisterResourceResponse>(
                "pulumirpc.ResourceMonitor", "RegisterResource", (r, _) => monitor!.RegisterResource(r))
            .AddUnary<RegisterResourceOutputsRequest, Empty>(
                "pulumirpc.ResourceMonitor", "RegisterResourceOutputs", (r, _) => monitor!.RegisterResourceOutputs(r)));
        monitor = new FakeResourceMonitor(server, options);
        return monitor;
    }

    public RegisterResourceRequest Registration(string type, string name) =>
        Registrations.Single(r => r.Type == type && r.Name == name);

    public RegisterResourceResponse Answer(string type, string name) => _answers[type + "::" + name];

    public string UrnOf(string type, string name) => Answer(type, name).Urn;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private Task<SupportsFeatureResponse> SupportsFeature(SupportsFeatureRequest request)
    {
        if (_options.Features is null)
        {
            throw new RpcException(new Status(StatusCode.Unimplemented, "unknown method SupportsFeature"));
        }

        return Task.FromResult(new SupportsFeatureResponse { HasSupport = _options.Features.Contains(request.Id) });
    }

    private Task<RegisterResourceResponse> RegisterResource(RegisterResourceRequest request)
    {
        if (!_qualifiedTypes.TryGetValue(request.Parent, out var parentType))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"parent {request.Parent} of {request.Name} is not registered"));
        }

        _registrations.Enqueue(request);
        var qualified = parentType == "pulumi:pulumi:Stack" ? request.Type : parentType + "$" + request.Type;
        var urn = _options.UrnStyle(qualified, request.Name);
        _qualifiedTypes[urn] = qualified;

        var response = new RegisterResourceResponse { Urn = urn };
        if (request.Custom)
        {
            response.Object = request.Object.Clone();
            if (!_options.Preview)
            {
                response.Id = "id-" + request.Name;
                foreach (var (key, value) in ComputedOutputs(request))
                {
                    response.Object.Fields[key] = value;
                }
            }
        }
        else
        {
            response.Object = new Struct();
        }

        _answers[request.Type + "::" + request.Name] = response;
        return Task.FromResult(response);
    }

    private Task<Empty> RegisterResourceOutputs(RegisterResourceOutputsRequest request)
    {
        _outputs.Enqueue(request);
        return Task.FromResult(new Empty());
    }

    /// <summary>What the providers would compute on create, derived from the name so tests can predict it.</summary>
    public static IEnumerable<(string Key, Value Value)> ComputedOutputs(RegisterResourceRequest request)
    {
        yield return ("arn", Value.ForString(ArnOf(request.Type, request.Name)));
        switch (request.Type)
        {
            case "aws:s3/bucket:Bucket":
                yield return ("bucket", Value.ForString(BucketNameOf(request.Name)));
                break;
            case "aws:iam/role:Role":
                yield return ("name", Value.ForString(request.Name + "-generated"));
                break;
            case "awsdirect:cloudfront:ConnectionGroup":
                yield return ("routingEndpoint", Value.ForString(request.Name + ".cloudfront.example"));
                break;
        }
    }

    public static string ArnOf(string type, string name) => $"arn:fake:{type}:{name}";

    public static string BucketNameOf(string name) => "aws-groundstation-" + name + "-0001";

    public static string EngineUrn(string qualifiedType, string name) => $"urn:pulumi:{Stack}::{Project}::{qualifiedType}::{name}";
}

/// <param name="Preview">Answer as in <c>pulumi preview</c>: no ids and no computed outputs.</param>
/// <param name="Features">Features SupportsFeature says yes to; null answers UNIMPLEMENTED, as an old engine.</param>
/// <param name="UrnStyle">How URNs are formed from the qualified type and name.</param>
internal sealed record FakeMonitorOptions(bool Preview, IReadOnlySet<string>? Features, Func<string, string, string> UrnStyle)
{
    public static IReadOnlySet<string> AllFeatures { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "secrets", "resourceReferences", "outputValues", "aliasSpecs" };

    public static FakeMonitorOptions ForUpdate { get; } = new(false, AllFeatures, FakeResourceMonitor.EngineUrn);

    public static FakeMonitorOptions ForPreview { get; } = new(true, AllFeatures, FakeResourceMonitor.EngineUrn);
}
