using System.Globalization;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Model;

/// <summary>The emulator's own reading of one embedded botocore-style service model.</summary>
internal sealed class ServiceModel
{
    private static readonly Lazy<ServiceModel> GroundStationModel = new(() => Load("groundstation.json"));
    private static readonly Lazy<ServiceModel> CloudFrontModel = new(() => Load("cloudfront.json"));

    private ServiceModel(string signingName, string protocol, IReadOnlyDictionary<string, OperationModel> operations, IReadOnlyDictionary<string, Shape> shapes)
    {
        SigningName = signingName;
        Protocol = protocol;
        Operations = operations;
        Shapes = shapes;
    }

    public static ServiceModel GroundStation => GroundStationModel.Value;

    public static ServiceModel CloudFront => CloudFrontModel.Value;

    /// <summary><c>groundstation</c> or <c>cloudfront</c>: the SigV4 service name.</summary>
    public string SigningName { get; }

    public string Protocol { get; }

    public bool IsXml => Protocol == "rest-xml";

    public IReadOnlyDictionary<string, OperationModel> Operations { get; }

    public IReadOnlyDictionary<string, Shape> Shapes { get; }

    public Shape this[string name] => Shapes[name];

    /// <summary>Status the model gives an error code, if it names one.</summary>
    public int? ErrorStatus(string code) => Shapes.TryGetValue(code, out var s) && s.IsError ? s.ErrorStatus : null;

    private static ServiceModel Load(string resource)
    {
        var assembly = typeof(ServiceModel).Assembly;
        using var stream = assembly.GetManifestResourceStream("AwsEmulator.Models." + resource)
            ?? throw new InvalidOperationException($"Embedded model {resource} is missing.");
        using var reader = new StreamReader(stream);
        var root = JObject.Parse(reader.ReadToEnd());
        var metadata = (JObject)root["metadata"]!;
        var shapes = new Dictionary<string, Shape>(StringComparer.Ordinal);
        foreach (var (name, token) in (JObject)root["shapes"]!)
        {
            shapes[name] = ParseShape(name, (JObject)token!);
        }

        var operations = new Dictionary<string, OperationModel>(StringComparer.Ordinal);
        foreach (var (name, token) in (JObject)root["operations"]!)
        {
            var op = (JObject)token!;
            var http = (JObject)op["http"]!;
            operations[name] = new OperationModel(
                name,
                (string)http["method"]!,
                new UriTemplate((string)http["requestUri"]!),
                (int?)http["responseCode"] ?? 200,
                (string?)op["input"]?["shape"],
                (string?)op["input"]?["locationName"],
                (string?)op["output"]?["shape"],
                [.. (op["errors"] as JArray ?? []).Select(e => (string)e["shape"]!)]);
        }

        return new ServiceModel((string)metadata["signingName"]!, (string)metadata["protocol"]!, operations, shapes);
    }

    private static Shape ParseShape(string name, JObject s)
    {
        var pattern = (string?)s["pattern"];
        return new Shape
        {
            Name = name,
            Type = (string)s["type"]!,
            Members = s["members"] is JObject members
                ? [.. members.Properties().Select(p => ParseRef(p.Name, (JObject)p.Value))]
                : [],
            Required = new HashSet<string>((s["required"] as JArray ?? []).Select(r => (string)r!), StringComparer.Ordinal),
            Min = (double?)s["min"],
            Max = (double?)s["max"],
            Pattern = pattern is null ? null : ModelRegex.Compile(pattern),
            PatternText = pattern,
            Enum = s["enum"] is JArray values ? [.. values.Select(v => (string)v!)] : null,
            IsUnion = (bool?)s["union"] ?? false,
            ListMember = s["member"] is JObject m ? ParseRef("member", m) : null,
            MapKey = s["key"] is JObject k ? ParseRef("key", k) : null,
            MapValue = s["value"] is JObject v ? ParseRef("value", v) : null,
            Payload = (string?)s["payload"],
            IsError = (bool?)s["exception"] ?? false,
            ErrorStatus = (int?)s["error"]?["httpStatusCode"],
            TimestampFormat = (string?)s["timestampFormat"],
        };
    }

    private static MemberRef ParseRef(string name, JObject r) =>
        new(name, (string)r["shape"]!, (string?)r["location"], (string?)r["locationName"], (bool?)r["flattened"] ?? false);

    public static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
