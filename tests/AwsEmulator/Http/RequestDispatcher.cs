using AwsEmulator.Control;
using AwsEmulator.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Http;

/// <summary>
/// The single request handler: control endpoints, authentication, routing by the models' HTTP bindings,
/// faults, binding, validation, the in-memory service, and the answer, recording every AWS call.
/// </summary>
internal sealed partial class RequestDispatcher
{
    private const string CloudFrontPrefix = "/2020-05-31/";

    private readonly EmulatorState _state;
    private readonly ControlEndpoints _control;
    private readonly ILogger _logger;

    // The stores are plain dictionaries; one lock makes every call atomic, which is all a test endpoint needs.
    private readonly Lock _gate = new();

    public RequestDispatcher(EmulatorState state, ILogger logger)
    {
        _state = state;
        _logger = logger;
        _control = new ControlEndpoints(state);
    }

    public async Task HandleAsync(HttpContext context)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var question = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = question < 0 ? rawTarget : rawTarget[..question];
        if (rawPath.StartsWith("/_emulator", StringComparison.Ordinal))
        {
            await _control.HandleAsync(context, rawPath).ConfigureAwait(false);
            return;
        }

        var receivedAt = _state.Options.Clock.GetUtcNow();
        var requestId = Guid.NewGuid().ToString("D");
        context.Response.Headers["x-amzn-RequestId"] = requestId;
        var authorization = context.Request.Headers.Authorization.ToString();
        var credential = SigV4Credential.TryParse(authorization);
        var model = credential?.Service switch
        {
            "cloudfront" => ServiceModel.CloudFront,
            "groundstation" => ServiceModel.GroundStation,
            _ => rawPath.StartsWith(CloudFrontPrefix, StringComparison.Ordinal) ? ServiceModel.CloudFront : ServiceModel.GroundStation,
        };

        var operation = string.Empty;
        var faulted = false;
        string? errorCode = null;
        int status;
        var recorded = false;

        // Record the call before the client can see any byte of the answer: a test that reads the call
        // log right after its request returns must find the call there.
        context.Response.OnStarting(() =>
        {
            Record(context.Response.StatusCode);
            return Task.CompletedTask;
        });
        try
        {
            var routed = TryRoute(model, context.Request.Method, rawPath, context.Request.Query);
            operation = routed?.Op.Name ?? string.Empty;

            // AWS's front door refuses unsigned requests before it looks at the path.
            if (credential is null && _state.Options.RequireAuthentication)
            {
                throw MissingAuthentication(model, authorization);
            }

            var (op, labels) = routed ?? throw UnknownOperation(model, context.Request.Method, rawPath);
            var decision = _state.Faults.Decide(model.SigningName, op.Name);
            if (decision.LatencyMs > 0)
            {
                faulted = true;
                CountFault(FaultKinds.Latency);
                await Task.Delay(decision.LatencyMs, context.RequestAborted).ConfigureAwait(false);
            }

            if (decision.Error is { } rule)
            {
                faulted = true;
                var error = FaultError(model, rule);
                CountFault(rule.Throttle ? FaultKinds.Throttle : error.Status >= 500 ? FaultKinds.Error5xx : FaultKinds.Error4xx);
                throw error;
            }

            string body;
            using (var reader = new StreamReader(context.Request.Body))
            {
                body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
            }

            if (decision.Reset is not null)
            {
                // The whole request arrived and nothing is performed: to the client this is the same
                // reset as a dropped answer, which is the point.
                faulted = true;
                CountFault(FaultKinds.ResetBeforeCommit);
                Record(0);
                context.Abort();
                return;
            }

            var input = InputBinder.Bind(model, op, context.Request, labels, body);
            Validate(model, op, input);
            var scope = new RequestScope(credential?.Region ?? "us-east-1", _state.Options.AccountId, _state.Options.Clock.GetUtcNow(),
                decision.DeploymentDelay ?? _state.Options.CloudFrontDeploymentDelay);
            JObject output;
            lock (_gate)
            {
                output = Backend(model).Invoke(op.Name, input, scope);
            }

            if (decision.DeploymentDelay is not null && RandomFaultMode.Deploys(model.SigningName, op.Name))
            {
                faulted = true;
                CountFault(FaultKinds.SlowDeployment);
            }

            if (decision.Drop is { } drop)
            {
                faulted = true;
                _state.Faults.Consume(drop);
                CountFault(drop.DropStyle == "status500" ? FaultKinds.Status500AfterCommit : FaultKinds.DropAfterCommit);
                if (drop.DropStyle != "status500")
                {
                    // An aborted connection never starts a response, so record before aborting.
                    Record(0);
                }

                status = await DropAsync(context, drop).ConfigureAwait(false);
            }
            else
            {
                await OutputWriter.WriteAsync(context.Response, model, op, output).ConfigureAwait(false);
                status = context.Response.StatusCode;
            }
        }
        catch (AwsErrorException e)
        {
            errorCode = e.Code;
            status = e.Status ?? model.ErrorStatus(e.Code) ?? 400;
            if (model.IsXml)
            {
                await ErrorWriter.WriteXmlAsync(context.Response, e.Code, status, e.Message, requestId).ConfigureAwait(false);
            }
            else
            {
                await ErrorWriter.WriteJsonAsync(context.Response, e.Code, status, e.Message, e.ParameterName).ConfigureAwait(false);
            }
        }

        Record(status);

        void CountFault(string kind) => _state.Faults.Injected.Add(model.SigningName, operation, kind);

        void Record(int recordedStatus)
        {
            if (recorded)
            {
                return;
            }

            recorded = true;
            _state.Calls.Add(model.SigningName, operation, context.Request.Method, rawPath, recordedStatus, errorCode, faulted,
                receivedAt, _state.Options.Clock.GetUtcNow());
            LogCall(_logger, model.SigningName, operation, recordedStatus, errorCode ?? string.Empty, faulted ? " (injected fault)" : string.Empty);
        }
    }

    private IServiceBackend Backend(ServiceModel model) =>
        model.IsXml ? _state.CloudFront : _state.GroundStation;

    private static (OperationModel Op, Dictionary<string, string> Labels)? TryRoute(ServiceModel model, string method, string rawPath, IQueryCollection query)
    {
        // Most literal parts first: POST /2020-05-31/tagging?Operation=Tag must not fall to a bare template.
        var match = model.Operations.Values
            .Where(o => string.Equals(o.Method, method, StringComparison.OrdinalIgnoreCase))
            .Select(o => (Op: o, Labels: o.Uri.Match(rawPath, query)))
            .Where(m => m.Labels is not null)
            .OrderByDescending(m => m.Op.Uri.Specificity)
            .FirstOrDefault();
        return match.Op is null ? null : (match.Op, match.Labels!);
    }

    private static AwsErrorException UnknownOperation(ServiceModel model, string method, string rawPath) =>
        model.IsXml
            ? new AwsErrorException("InvalidURI", $"Could not parse the specified URI: {method} {rawPath}", 404)
            : new AwsErrorException("UnknownOperationException", $"No operation matches {method} {rawPath}", 404);

    private static void Validate(ServiceModel model, OperationModel op, JObject input)
    {
        if (op.InputShape is null)
        {
            return;
        }

        var shape = model[op.InputShape];

        // CloudFront answers a missing If-Match with its own code rather than a generic validation error.
        if (model.IsXml && shape.FindMember("IfMatch") is not null && string.IsNullOrEmpty((string?)input["IfMatch"]))
        {
            throw new AwsErrorException("InvalidIfMatchVersion", "The If-Match version is missing or not valid for the resource.");
        }

        var violations = ShapeValidator.Validate(model, op.InputShape, input);
        if (violations.Count == 0)
        {
            return;
        }

        var message = ShapeValidator.Describe(violations);
        if (!model.IsXml)
        {
            throw new AwsErrorException("InvalidParameterException", message, parameterName: violations[0].Path);
        }

        throw violations[0].Path.StartsWith("Tags", StringComparison.Ordinal) || violations[0].Path.StartsWith("TagKeys", StringComparison.Ordinal)
            ? new AwsErrorException("InvalidTagging", message)
            : new AwsErrorException("InvalidArgument", message);
    }

    private static AwsErrorException MissingAuthentication(ServiceModel model, string authorization)
    {
        var present = !string.IsNullOrWhiteSpace(authorization);
        if (model.IsXml)
        {
            return present
                ? new AwsErrorException("IncompleteSignature", "The request signature does not conform to AWS standards.", 403)
                : new AwsErrorException("MissingAuthenticationToken", "Request is missing Authentication Token", 403);
        }

        return present
            ? new AwsErrorException("IncompleteSignatureException", "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters.", 403)
            : new AwsErrorException("MissingAuthenticationTokenException", "Missing Authentication Token", 403);
    }

    private static AwsErrorException FaultError(ServiceModel model, FaultRule rule)
    {
        // Throttling per AWS's common errors: restJson services send ThrottlingException, CloudFront
        // sends Throttling; both with HTTP 400 unless the rule says otherwise.
        var code = rule.Throttle ? (model.IsXml ? "Throttling" : "ThrottlingException") : rule.ErrorCode!;
        var status = rule.HttpStatus ?? model.ErrorStatus(code) ?? code switch
        {
            "InternalFailure" or "InternalError" or "InternalServerError" => 500,
            "ServiceUnavailable" or "ServiceUnavailableException" => 503,
            _ => 400,
        };
        var message = rule.Message ?? (rule.Throttle ? "Rate exceeded" : $"Injected fault: {code}");
        return new AwsErrorException(code, message, status, model.IsXml ? null : (code == "InvalidParameterException" ? "injected" : null));
    }

    private static async Task<int> DropAsync(HttpContext context, FaultRule rule)
    {
        if (rule.DropStyle == "status500")
        {
            context.Response.StatusCode = 500;
            await context.Response.CompleteAsync().ConfigureAwait(false);
            return 500;
        }

        context.Abort();
        return 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Service} {Operation} -> {Status} {ErrorCode}{Fault}")]
    private static partial void LogCall(ILogger logger, string service, string operation, int status, string errorCode, string fault);
}
