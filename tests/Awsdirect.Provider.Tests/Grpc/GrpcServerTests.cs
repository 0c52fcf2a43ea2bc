using System.Net;
using System.Net.Http.Headers;
using Awsdirect.Provider.Protocol.Grpc;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Health.V1;
using Pulumirpc;

namespace Awsdirect.Provider.Tests.Grpc;

public sealed class GrpcServerTests
{
    private const string Service = "pulumirpc.ResourceProvider";

    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task UnaryCall_RoundTripsRequestAndResponse()
    {
        var registry = new GrpcServiceRegistry().AddUnary<CheckRequest, CheckResponse>(Service, "Check", (request, context) =>
            Task.FromResult(new CheckResponse
            {
                Inputs = request.News,
                Failures = { new CheckFailure { Property = request.Urn, Reason = $"{context.Service}/{context.Method}" } },
            }));
        await using var harness = await GrpcTestServer.StartAsync(registry);

        var news = new Struct { Fields = { ["name"] = Value.ForString("downlink"), ["size"] = Value.ForNumber(3) } };
        var response = await harness.Client.CallAsync<CheckRequest, CheckResponse>(
            Service, "Check", new CheckRequest { Urn = "urn:pulumi:dev::p::t::n", News = news });

        Assert.Equal(news, response.Inputs);
        var failure = Assert.Single(response.Failures);
        Assert.Equal("urn:pulumi:dev::p::t::n", failure.Property);
        Assert.Equal("pulumirpc.ResourceProvider/Check", failure.Reason);
    }

    [Fact]
    public async Task UnaryCall_EmptyMessages_RoundTrip()
    {
        var calls = 0;
        var registry = new GrpcServiceRegistry().AddUnary<Empty, Empty>(Service, "Cancel", (_, _) =>
        {
            Interlocked.Increment(ref calls);
            return Task.FromResult(new Empty());
        });
        await using var harness = await GrpcTestServer.StartAsync(registry);

        var response = await harness.Client.CallAsync<Empty, Empty>(Service, "Cancel", new Empty());

        Assert.Equal(new Empty(), response);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task UnknownMethod_OfKnownService_ReturnsUnimplemented()
    {
        var registry = new GrpcServiceRegistry().AddUnary<Empty, Empty>(Service, "Cancel", (_, _) => Task.FromResult(new Empty()));
        await using var harness = await GrpcTestServer.StartAsync(registry);

        var error = await Assert.ThrowsAsync<GrpcException>(() =>
            harness.Client.CallAsync<Empty, Empty>(Service, "Parameterize", new Empty()));

        Assert.Equal(GrpcStatusCode.Unimplemented, error.StatusCode);
        Assert.Contains("Parameterize", error.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownService_ReturnsUnimplementedNamingTheService()
    {
        await using var harness = await GrpcTestServer.StartAsync(new GrpcServiceRegistry());

        var error = await Assert.ThrowsAsync<GrpcException>(() =>
            harness.Client.CallAsync<HealthCheckRequest, HealthCheckResponse>("grpc.health.v1.Health", "Check", new HealthCheckRequest()));

        Assert.Equal(GrpcStatusCode.Unimplemented, error.StatusCode);
        Assert.Contains("grpc.health.v1.Health", error.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandlerGrpcException_ReturnsItsStatusAndDetails()
    {
        var partial = new ErrorResourceInitFailed
        {
            Id = "cg-123",
            Properties = new Struct { Fields = { ["etag"] = Value.ForString("E1") } },
            Reasons = { "waiting for deployment timed out" },
        };
        var registry = new GrpcServiceRegistry().AddUnary<CreateRequest, CreateResponse>(Service, "Create", (_, _) =>
            throw new GrpcException(
                GrpcStatusCode.Unknown,
                "resource created but not ready",
                new Google.Rpc.Status { Code = (int)GrpcStatusCode.Unknown, Message = "resource created but not ready", Details = { Any.Pack(partial) } }));
        await using var harness = await GrpcTestServer.StartAsync(registry);

        var error = await Assert.ThrowsAsync<GrpcException>(() =>
            harness.Client.CallAsync<CreateRequest, CreateResponse>(Service, "Create", new CreateRequest()));

        Assert.Equal(GrpcStatusCode.Unknown, error.StatusCode);
        Assert.Equal("resource created but not ready", error.StatusMessage);
        Assert.NotNull(error.Details);
        var detail = Assert.Single(error.Details.Details);
        Assert.True(detail.TryUnpack<ErrorResourceInitFailed>(out var unpacked));
        Assert.Equal(partial, unpacked);
    }

    [Fact]
    public async Task HandlerGrpcException_WithLargeDetails_RoundTrips()
    {
        var properties = new Struct();
        for (var i = 0; i < 2000; i++)
        {
            properties.Fields[$"key{i}"] = Value.ForString(new string('x', 40));
        }

        var partial = new ErrorResourceInitFailed { Id = "big", Properties = properties };
        var registry = new GrpcServiceRegistry().AddUnary<UpdateRequest, UpdateResponse>(Service, "Update", (_, _) =>
            throw new GrpcException(GrpcStatusCode.Unknown, "partial", new Google.Rpc.Status { Code = 2, Details = { Any.Pack(partial) } }));
        await using var harness = await GrpcTestServer.StartAsync(registry);

        var error = await Assert.ThrowsAsync<GrpcException>(() =>
            harness.Client.CallAsync<UpdateRequest, UpdateResponse>(Service, "Update", new UpdateRequest()));

        Assert.Equal(partial, Assert.Single(error.Details!.Details).Unpack<ErrorResourceInitFailed>());
    }

    [Fact]
    public async Task HandlerUnexpectedException_ReturnsUnknownWithItsMessage()
    {
        Exception? reported = null;
        var registry = new GrpcServiceRegistry().AddUnary<Empty, Empty>(Service, "Cancel", (_, _) =>
            throw new InvalidOperationException("the handler broke"));
        await using var harness = await GrpcTestServer.StartAsync(registry, new GrpcServerOptions { OnUnhandledException = (_, e) => reported = e });

        var error = await Assert.ThrowsAsync<GrpcException>(() => harness.Client.CallAsync<Empty, Empty>(Service, "Cancel", new Empty()));

        Assert.Equal(GrpcStatusCode.Unknown, error.StatusCode);
        Assert.Equal("the handler broke", error.StatusMessage);
        Assert.IsType<InvalidOperationException>(reported);
    }

    [Fact]
    public async Task NonAsciiStatusMessage_IsPercentEncodedOnTheWire_AndDecodedByTheClient()
    {
        const string message = "Schlüssel „tags“ ungültig: 100% 🚀";
        var registry = new GrpcServiceRegistry().AddUnary<Empty, Empty>(Service, "Cancel", (_, _) =>
            throw new GrpcException(GrpcStatusCode.InvalidArgument, message));
        await using var harness = await GrpcTestServer.StartAsync(registry);

        var error = await Assert.ThrowsAsync<GrpcException>(() => harness.Client.CallAsync<Empty, Empty>(Service, "Cancel", new Empty()));
        Assert.Equal(GrpcStatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(message, error.StatusMessage);

        using var raw = GrpcTestServer.CreateRawHttp2Client();
        using var response = await raw.SendAsync(RawRequest(harness, "/pulumirpc.ResourceProvider/Cancel", GrpcFraming.Encode(new Empty())));
        var onWire = Assert.Single(response.Headers.GetValues("grpc-message"));
        Assert.All(onWire, c => Assert.InRange(c, ' ', '~'));
        Assert.Contains("100%25", onWire, StringComparison.Ordinal);
        Assert.Contains("%C3%BC", onWire, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedProtobufBody_ReturnsInternalNamingTheType_AndServerKeepsServing()
    {
        var registry = new GrpcServiceRegistry().AddUnary<CheckRequest, CheckResponse>(Service, "Check", (request, _) =>
            Task.FromResult(new CheckResponse { Failures = { new CheckFailure { Property = request.Urn } } }));
        await using var harness = await GrpcTestServer.StartAsync(registry);

        // Field 1 declared as a length-delimited string of 100 bytes, with only 3 bytes present.
        byte[] garbage = [0, 0, 0, 0, 5, 0x0A, 100, 1, 2, 3];
        using var raw = GrpcTestServer.CreateRawHttp2Client();
        using var response = await raw.SendAsync(RawRequest(harness, "/pulumirpc.ResourceProvider/Check", garbage));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("13", Assert.Single(response.Headers.GetValues("grpc-status")));
        var message = GrpcMetadata.DecodeMessage(Assert.Single(response.Headers.GetValues("grpc-message")));
        Assert.Contains("pulumirpc.CheckRequest", message, StringComparison.Ordinal);

        var next = await harness.Client.CallAsync<CheckRequest, CheckResponse>(Service, "Check", new CheckRequest { Urn = "still-up" });
        Assert.Equal("still-up", Assert.Single(next.Failures).Property);
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 0 }, GrpcStatusCode.Internal, "header")]
    [InlineData(new byte[] { 0, 0, 0, 0, 9, 1, 2 }, GrpcStatusCode.Internal, "message bytes")]
    [InlineData(new byte[] { 1, 0, 0, 0, 0 }, GrpcStatusCode.Internal, "ompress")]
    [InlineData(new byte[] { 0, 0, 0, 1, 0 }, GrpcStatusCode.ResourceExhausted, "limit")]
    [InlineData(new byte[0], GrpcStatusCode.Internal, "no message")]
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, GrpcStatusCode.Internal, "more than one")]
    public async Task BadFraming_ReturnsStatusAsGrpcDoes(byte[] body, GrpcStatusCode expected, string messagePart)
    {
        var registry = new GrpcServiceRegistry().AddUnary<Empty, Empty>(Service, "Cancel", (_, _) => Task.FromResult(new Empty()));
        await using var harness = await GrpcTestServer.StartAsync(registry, new GrpcServerOptions { MaxReceiveMessageSize = 128 });

        using var raw = GrpcTestServer.CreateRawHttp2Client();
        using var response = await raw.SendAsync(RawRequest(harness, "/pulumirpc.ResourceProvider/Cancel", body));

        Assert.Equal(((int)expected).ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(response.Headers.GetValues("grpc-status")));
        Assert.Contains(messagePart, GrpcMetadata.DecodeMessage(Assert.Single(response.Headers.GetValues("grpc-message"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonGrpcContentType_IsRejectedWithHttp415()
    {
        var registry = new GrpcServiceRegistry().AddUnary<Empty, Empty>(Service, "Cancel", (_, _) => Task.FromResult(new Empty()));
        await using var harness = await GrpcTestServer.StartAsync(registry);

        using var raw = GrpcTestServer.CreateRawHttp2Client();
        using var request = RawRequest(harness, "/pulumirpc.ResourceProvider/Cancel", GrpcFraming.Encode(new Empty()));
        request.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await raw.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task ClientCancellation_CancelsTheHandlersToken()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handlerCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var registry = new GrpcServiceRegistry().AddUnary<Empty, Empty>(Service, "Cancel", async (_, context) =>
        {
            started.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                handlerCancelled.SetResult();
                throw;
            }

            return new Empty();
        });
        await using var harness = await GrpcTestServer.StartAsync(registry);

        using var cts = new CancellationTokenSource();
        var call = harness.Client.CallAsync<Empty, Empty>(Service, "Cancel", new Empty(), cts.Token);
        await started.Task.WaitAsync(HangGuard);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await handlerCancelled.Task.WaitAsync(HangGuard);
    }

    [Fact]
    public async Task ServerDeadline_CancelsTheHandler_AndEndsWithDeadlineExceeded()
    {
        // The server's deadline runs on a manual clock, expired only once the handler runs: on real time a
        // short deadline could pass before a loaded machine even started the handler.
        var clock = new ManualTimeProvider();
        var started = new TaskCompletionSource<DateTimeOffset?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handlerCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var registry = new GrpcServiceRegistry().AddUnary<Empty, Empty>(Service, "Cancel", async (_, context) =>
        {
            started.SetResult(context.Deadline);
            try
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                handlerCancelled.SetResult();
                throw;
            }

            return new Empty();
        });
        await using var harness = await GrpcTestServer.StartAsync(registry, new GrpcServerOptions { TimeProvider = clock });

        var call = harness.Client.CallAsync<Empty, Empty>(Service, "Cancel", new Empty(), TimeSpan.FromHours(1));
        Assert.NotNull(await started.Task.WaitAsync(HangGuard));
        clock.ExpireAll();

        var error = await Assert.ThrowsAsync<GrpcException>(() => call.WaitAsync(HangGuard));
        Assert.Equal(GrpcStatusCode.DeadlineExceeded, error.StatusCode);
        await handlerCancelled.Task.WaitAsync(HangGuard);
    }

    [Fact]
    public async Task ClientTimeout_EndsWithDeadlineExceeded()
    {
        var registry = new GrpcServiceRegistry().AddUnary<Empty, Empty>(Service, "Cancel", async (_, context) =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return new Empty();
        });
        await using var harness = await GrpcTestServer.StartAsync(registry);

        var error = await Assert.ThrowsAsync<GrpcException>(() =>
            harness.Client.CallAsync<Empty, Empty>(Service, "Cancel", new Empty(), TimeSpan.FromMilliseconds(200)));

        Assert.Equal(GrpcStatusCode.DeadlineExceeded, error.StatusCode);
    }

    [Fact]
    public async Task ConcurrentCalls_AreServedInParallel()
    {
        const int calls = 50;
        var inFlight = 0;
        var allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var registry = new GrpcServiceRegistry().AddUnary<CheckRequest, CheckResponse>(Service, "Check", async (request, _) =>
        {
            // Every call waits until all of them are inside a handler at once, so this only passes if none is serialised.
            if (Interlocked.Increment(ref inFlight) == calls)
            {
                allArrived.SetResult();
            }

            await allArrived.Task.WaitAsync(HangGuard);
            return new CheckResponse { Failures = { new CheckFailure { Property = request.Urn } } };
        });
        await using var harness = await GrpcTestServer.StartAsync(registry);

        var results = await Task.WhenAll(Enumerable.Range(0, calls).Select(i =>
            harness.Client.CallAsync<CheckRequest, CheckResponse>(Service, "Check", new CheckRequest { Urn = $"urn-{i}" })));

        Assert.Equal(
            Enumerable.Range(0, calls).Select(i => $"urn-{i}"),
            results.Select(r => Assert.Single(r.Failures).Property));
    }

    [Fact]
    public async Task HealthService_AnswersServing()
    {
        await using var harness = await GrpcTestServer.StartAsync(new GrpcServiceRegistry().AddHealthService());

        // The deadline only keeps a hung server from blocking the run: a short one expired on a loaded CI machine.
        var response = await harness.Client.CallAsync<HealthCheckRequest, HealthCheckResponse>(
            GrpcHealthService.ServiceName, "Check", new HealthCheckRequest(), HangGuard);

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task StoppedServer_CallsFailWithUnavailable()
    {
        var registry = new GrpcServiceRegistry().AddUnary<Empty, Empty>(Service, "Cancel", (_, _) => Task.FromResult(new Empty()));
        var server = await GrpcServer.StartAsync(registry);
        var address = server.Address;
        await server.DisposeAsync();
        using var client = new GrpcClient(address);

        var error = await Assert.ThrowsAsync<GrpcException>(() => client.CallAsync<Empty, Empty>(Service, "Cancel", new Empty()));

        Assert.Equal(GrpcStatusCode.Unavailable, error.StatusCode);
    }

    [Fact]
    public void Registry_DuplicateMethod_IsRejected()
    {
        var registry = new GrpcServiceRegistry().AddUnary<Empty, Empty>(Service, "Cancel", (_, _) => Task.FromResult(new Empty()));

        var error = Assert.Throws<ArgumentException>(() =>
            registry.AddUnary<Empty, Empty>(Service, "Cancel", (_, _) => Task.FromResult(new Empty())));

        Assert.Contains("/pulumirpc.ResourceProvider/Cancel", error.Message, StringComparison.Ordinal);
    }

    private static HttpRequestMessage RawRequest(GrpcTestServer harness, string path, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(harness.BaseAddress, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        return request;
    }
}
