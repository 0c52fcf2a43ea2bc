using Awsdirect.Provider.Protocol.Properties;
using Awsdirect.Provider.Protocol.Rpc;
using Awsdirect.Provider.Resources;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Moq;
using Rpc = Pulumirpc;

namespace Awsdirect.Provider.Tests.Host;

/// <summary>How the host maps engine messages to handler calls and handler answers and failures back.</summary>
public sealed class ResourceRoutingTests : IDisposable
{
    private readonly HostTestServices _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Check_PassesEveryFieldToTheHandler_AndMapsInputsAndFailuresBack()
    {
        CheckRequest? seen = null;
        _host.Handler.Setup(h => h.CheckAsync(It.IsAny<CheckRequest>(), It.IsAny<CancellationToken>()))
            .Callback<CheckRequest, CancellationToken>((r, _) => seen = r)
            .ReturnsAsync(new CheckResult(new PropertyMap().Set("name", "w1-abc"), [new CheckFailure("size", "too big")]));

        var response = await _host.Service.CheckAsync(new Rpc.CheckRequest
        {
            Urn = HostTestServices.Urn,
            Name = "w1",
            Type = HostTestServices.Token,
            Olds = Struct(("name", Value.ForString("w1-old"))),
            News = Struct(("size", Value.ForNumber(9))),
            RandomSeed = ByteString.CopyFrom(1, 2, 3),
            Autonaming = new Rpc.CheckRequest.Types.AutonamingOptions
            {
                ProposedName = "w1-proposed",
                Mode = Rpc.CheckRequest.Types.AutonamingOptions.Types.Mode.Enforce,
            },
        }, default);

        Assert.NotNull(seen);
        Assert.Equal(HostTestServices.Urn, seen.Urn);
        Assert.Equal("w1", seen.Name);
        Assert.Equal(HostTestServices.Token, seen.Type);
        Assert.Equal("w1-old", seen.Olds["name"].StringValue);
        Assert.Equal(9, seen.News["size"].NumberValue);
        Assert.Equal([1, 2, 3], seen.RandomSeed);
        Assert.Equal(new AutonamingOptions("w1-proposed", "enforce"), seen.Autonaming);
        Assert.Equal("w1-abc", response.Inputs.Fields["name"].StringValue);
        var failure = Assert.Single(response.Failures);
        Assert.Equal(("size", "too big"), (failure.Property, failure.Reason));
    }

    [Fact]
    public async Task Check_NameAndTypeMissing_TakenFromTheUrn()
    {
        CheckRequest? seen = null;
        _host.Handler.Setup(h => h.CheckAsync(It.IsAny<CheckRequest>(), It.IsAny<CancellationToken>()))
            .Callback<CheckRequest, CancellationToken>((r, _) => seen = r)
            .ReturnsAsync(CheckResult.Ok(PropertyMap.Empty));

        await _host.Service.CheckAsync(new Rpc.CheckRequest { Urn = "urn:pulumi:dev::mission::pkg:index:Parent$awsdirect:test:Widget::w::x" }, default);

        Assert.Equal("w::x", seen!.Name);
        Assert.Equal(HostTestServices.Token, seen.Type);
        Assert.Null(seen.Autonaming);
    }

    [Fact]
    public async Task Diff_MapsChangesReplacesAndDetailedDiff_WithTopLevelDiffs()
    {
        _host.Handler.Setup(h => h.DiffAsync(It.IsAny<DiffRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DiffResult(
                DiffChanges.Some,
                ["endpointDetails"],
                ["arn"],
                DeleteBeforeReplace: true,
                new Dictionary<string, PropertyDiff>
                {
                    ["endpointDetails[0].endpoint.mtu"] = new(PropertyDiffKind.UpdateReplace),
                    ["tags.stage"] = new(PropertyDiffKind.Add),
                    ["[\"odd.key\"].x"] = new(PropertyDiffKind.Delete, InputDiff: false),
                }));

        var response = await _host.Service.DiffAsync(new Rpc.DiffRequest { Urn = HostTestServices.Urn, Type = HostTestServices.Token, Id = "id-1" }, default);

        Assert.Equal(Rpc.DiffResponse.Types.DiffChanges.DiffSome, response.Changes);
        Assert.Equal(["endpointDetails"], response.Replaces);
        Assert.Equal(["arn"], response.Stables);
        Assert.True(response.DeleteBeforeReplace);
        Assert.True(response.HasDetailedDiff);
        Assert.Equal(["endpointDetails", "odd.key", "tags"], response.Diffs.Order(StringComparer.Ordinal));
        Assert.Equal(Rpc.PropertyDiff.Types.Kind.UpdateReplace, response.DetailedDiff["endpointDetails[0].endpoint.mtu"].Kind);
        Assert.Equal(Rpc.PropertyDiff.Types.Kind.Add, response.DetailedDiff["tags.stage"].Kind);
        Assert.False(response.DetailedDiff["[\"odd.key\"].x"].InputDiff);
    }

    [Fact]
    public async Task Diff_PassesOldStateOldInputsNewsAndIgnoreChanges()
    {
        DiffRequest? seen = null;
        _host.Handler.Setup(h => h.DiffAsync(It.IsAny<DiffRequest>(), It.IsAny<CancellationToken>()))
            .Callback<DiffRequest, CancellationToken>((r, _) => seen = r)
            .ReturnsAsync(DiffResult.NoChanges);
        var request = new Rpc.DiffRequest
        {
            Urn = HostTestServices.Urn,
            Type = HostTestServices.Token,
            Id = "id-1",
            Olds = Struct(("arn", Value.ForString("arn:1"))),
            OldInputs = Struct(("size", Value.ForNumber(1))),
            News = Struct(("size", Value.ForNumber(2))),
        };
        request.IgnoreChanges.Add("tags");

        var response = await _host.Service.DiffAsync(request, default);

        Assert.Equal(Rpc.DiffResponse.Types.DiffChanges.DiffNone, response.Changes);
        Assert.Equal("id-1", seen!.Id);
        Assert.Equal("arn:1", seen.OldState["arn"].StringValue);
        Assert.Equal(1, seen.OldInputs["size"].NumberValue);
        Assert.Equal(2, seen.News["size"].NumberValue);
        Assert.Equal(["tags"], seen.IgnoreChanges.ToArray());
    }

    [Fact]
    public async Task Create_ReturnsIdAndOutputs_WithSecretsKeptWhenTheEngineAcceptsThem()
    {
        CreateRequest? seen = null;
        _host.Handler.Setup(h => h.CreateAsync(It.IsAny<CreateRequest>(), It.IsAny<CancellationToken>()))
            .Callback<CreateRequest, CancellationToken>((r, _) => seen = r)
            .ReturnsAsync(new CreateResult("id-7", new PropertyMap().Set("password", PropertyValue.Secret("p")).Set("arn", PropertyValue.Computed)));

        var response = await _host.Service.CreateAsync(
            new Rpc.CreateRequest { Urn = HostTestServices.Urn, Type = HostTestServices.Token, Preview = true, Timeout = 30 }, default);

        Assert.True(seen!.Preview);
        Assert.Equal(30, seen.Timeout);
        Assert.Equal("id-7", response.Id);
        Assert.Equal(PropertyCodecSignatures.Secret, response.Properties.Fields["password"].StructValue.Fields[PropertyCodecSignatures.SignatureKey].StringValue);
        Assert.Equal(PropertyCodecSignatures.UnknownValue, response.Properties.Fields["arn"].StringValue);
    }

    [Fact]
    public async Task Create_AfterConfigureWithoutAcceptSecrets_SecretsAreSentPlain()
    {
        _host.Handler.Setup(h => h.CreateAsync(It.IsAny<CreateRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CreateResult("id-7", new PropertyMap().Set("password", PropertyValue.Secret("p"))));
        await _host.Service.ConfigureAsync(new Rpc.ConfigureRequest { Args = new Struct(), AcceptSecrets = false });

        var response = await _host.Service.CreateAsync(new Rpc.CreateRequest { Urn = HostTestServices.Urn, Type = HostTestServices.Token }, default);

        Assert.Equal("p", response.Properties.Fields["password"].StringValue);
    }

    [Fact]
    public async Task Read_NotFound_AnswersEmptyIdAndNoProperties()
    {
        _host.Handler.Setup(h => h.ReadAsync(It.IsAny<ReadRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(ReadResult.NotFound);

        var response = await _host.Service.ReadAsync(new Rpc.ReadRequest { Urn = HostTestServices.Urn, Type = HostTestServices.Token, Id = "gone" }, default);

        Assert.Equal(string.Empty, response.Id);
        Assert.Null(response.Properties);
        Assert.Null(response.Inputs);
    }

    [Fact]
    public async Task Read_Found_AnswersIdOutputsAndInputs()
    {
        ReadRequest? seen = null;
        _host.Handler.Setup(h => h.ReadAsync(It.IsAny<ReadRequest>(), It.IsAny<CancellationToken>()))
            .Callback<ReadRequest, CancellationToken>((r, _) => seen = r)
            .ReturnsAsync(new ReadResult("id-1", new PropertyMap().Set("arn", "arn:1"), new PropertyMap().Set("size", 3)));

        var response = await _host.Service.ReadAsync(
            new Rpc.ReadRequest { Urn = HostTestServices.Urn, Type = HostTestServices.Token, Id = "id-1", Properties = new Struct() }, default);

        Assert.Empty(seen!.State);
        Assert.Empty(seen.Inputs);
        Assert.Equal("id-1", response.Id);
        Assert.Equal("arn:1", response.Properties.Fields["arn"].StringValue);
        Assert.Equal(3, response.Inputs.Fields["size"].NumberValue);
    }

    [Fact]
    public async Task Update_And_Delete_PassIdStateAndInputs()
    {
        UpdateRequest? update = null;
        DeleteRequest? delete = null;
        _host.Handler.Setup(h => h.UpdateAsync(It.IsAny<UpdateRequest>(), It.IsAny<CancellationToken>()))
            .Callback<UpdateRequest, CancellationToken>((r, _) => update = r)
            .ReturnsAsync(new UpdateResult(new PropertyMap().Set("size", 2)));
        _host.Handler.Setup(h => h.DeleteAsync(It.IsAny<DeleteRequest>(), It.IsAny<CancellationToken>()))
            .Callback<DeleteRequest, CancellationToken>((r, _) => delete = r)
            .Returns(Task.CompletedTask);

        var updated = await _host.Service.UpdateAsync(new Rpc.UpdateRequest
        {
            Urn = HostTestServices.Urn,
            Type = HostTestServices.Token,
            Id = "id-1",
            Olds = Struct(("arn", Value.ForString("arn:1"))),
            OldInputs = Struct(("size", Value.ForNumber(1))),
            News = Struct(("size", Value.ForNumber(2))),
            Preview = true,
        }, default);
        await _host.Service.DeleteAsync(new Rpc.DeleteRequest
        {
            Urn = HostTestServices.Urn,
            Type = HostTestServices.Token,
            Id = "id-1",
            Properties = Struct(("arn", Value.ForString("arn:1"))),
            OldInputs = Struct(("size", Value.ForNumber(2))),
        }, default);

        Assert.Equal(2, updated.Properties.Fields["size"].NumberValue);
        Assert.True(update!.Preview);
        Assert.Equal(("id-1", "arn:1", 1d, 2d), (update.Id, update.OldState["arn"].StringValue, update.OldInputs["size"].NumberValue, update.News["size"].NumberValue));
        Assert.Equal(("id-1", "arn:1", 2d), (delete!.Id, delete.State["arn"].StringValue, delete.OldInputs["size"].NumberValue));
    }

    [Fact]
    public async Task ResourceInitFailed_IsUnknownStatus_WithErrorResourceInitFailedDetails()
    {
        _host.Handler.Setup(h => h.CreateAsync(It.IsAny<CreateRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ResourceInitFailedException(
                "id-9", new PropertyMap().Set("arn", "arn:9"), new PropertyMap().Set("size", 1), ["tagging failed", "throttled"]));

        var e = await Assert.ThrowsAsync<RpcException>(() =>
            _host.Service.CreateAsync(new Rpc.CreateRequest { Urn = HostTestServices.Urn, Type = HostTestServices.Token }, default));

        Assert.Equal(StatusCode.Unknown, e.StatusCode);
        var detail = Assert.Single(e.GetStatusDetails()!.Details).Unpack<Rpc.ErrorResourceInitFailed>();
        Assert.Equal("id-9", detail.Id);
        Assert.Equal("arn:9", detail.Properties.Fields["arn"].StringValue);
        Assert.Equal(1, detail.Inputs.Fields["size"].NumberValue);
        Assert.Equal(["tagging failed", "throttled"], detail.Reasons);
        Assert.Equal((int)StatusCode.Unknown, e.GetStatusDetails()!.Code);
    }

    [Fact]
    public async Task ResourceException_IsANonUnknownStatusWithItsMessage()
    {
        _host.Handler.Setup(h => h.DeleteAsync(It.IsAny<DeleteRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ResourceException("group is in use by mission profile mp-1"));

        var e = await Assert.ThrowsAsync<RpcException>(() =>
            _host.Service.DeleteAsync(new Rpc.DeleteRequest { Urn = HostTestServices.Urn, Type = HostTestServices.Token, Id = "g" }, default));

        Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
        Assert.Equal("group is in use by mission profile mp-1", e.Status.Detail);
    }

    [Fact]
    public async Task UnexpectedException_IsUnknownNamingTheOperationAndUrn()
    {
        _host.Handler.Setup(h => h.UpdateAsync(It.IsAny<UpdateRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("boom"));

        var e = await Assert.ThrowsAsync<RpcException>(() =>
            _host.Service.UpdateAsync(new Rpc.UpdateRequest { Urn = HostTestServices.Urn, Type = HostTestServices.Token, Id = "g" }, default));

        Assert.Equal(StatusCode.Unknown, e.StatusCode);
        Assert.Contains("Update of " + HostTestServices.Urn, e.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("boom", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedSpecialValue_IsInvalidArgumentNamingThePath()
    {
        var secret = Struct(
            (PropertyCodecSignatures.SignatureKey, Value.ForString(PropertyCodecSignatures.Secret)));

        var e = await Assert.ThrowsAsync<RpcException>(() => _host.Service.CheckAsync(new Rpc.CheckRequest
        {
            Urn = HostTestServices.Urn,
            Type = HostTestServices.Token,
            News = Struct(("password", Value.ForStruct(secret))),
        }, default));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("password", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownToken_IsInvalidArgumentListingTheServedTypes()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => _host.Service.CheckAsync(
            new Rpc.CheckRequest { Urn = "urn:pulumi:dev::m::awsdirect:test:Gadget::g", Type = "awsdirect:test:Gadget" }, default));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal($"unknown resource type 'awsdirect:test:Gadget'; the awsdirect provider serves {HostTestServices.Token}.", e.Status.Detail);
    }

    [Fact]
    public async Task Handler_IsBuiltOncePerConfiguration_WithTheConfiguredServices()
    {
        _host.Handler.Setup(h => h.CheckAsync(It.IsAny<CheckRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(CheckResult.Ok(PropertyMap.Empty));
        var check = new Rpc.CheckRequest { Urn = HostTestServices.Urn, Type = HostTestServices.Token };

        await _host.Service.CheckAsync(check, default);
        await _host.Service.CheckAsync(check, default);
        await _host.Service.ConfigureAsync(new Rpc.ConfigureRequest { Args = Struct(("region", Value.ForString("eu-west-1"))) });
        await _host.Service.CheckAsync(check, default);

        Assert.Equal(2, _host.HandlerServices.Count);
        Assert.Null(_host.HandlerServices[0].Config.Region);
        Assert.Equal("eu-west-1", _host.HandlerServices[1].Config.Region);
    }

    [Fact]
    public async Task Cancel_CancelsTheTokenOfRunningOperations()
    {
        var started = new TaskCompletionSource();
        _host.Handler.Setup(h => h.CreateAsync(It.IsAny<CreateRequest>(), It.IsAny<CancellationToken>()))
            .Returns<CreateRequest, CancellationToken>(async (_, ct) =>
            {
                started.SetResult();
                await Task.Delay(Timeout.Infinite, ct);
                return new CreateResult("never", PropertyMap.Empty);
            });

        var create = _host.Service.CreateAsync(new Rpc.CreateRequest { Urn = HostTestServices.Urn, Type = HostTestServices.Token }, default);
        await started.Task;
        await _host.Service.CancelAsync();

        var e = await Assert.ThrowsAsync<RpcException>(() => create);
        Assert.Equal(StatusCode.Cancelled, e.StatusCode);
    }

    private static Struct Struct(params (string Key, Value Value)[] fields)
    {
        var s = new Struct();
        foreach (var (key, value) in fields)
        {
            s.Fields[key] = value;
        }

        return s;
    }
}
