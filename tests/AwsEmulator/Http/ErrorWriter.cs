using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace AwsEmulator.Http;

/// <summary>Error bodies in each protocol's shape.</summary>
internal static class ErrorWriter
{
    /// <summary>
    /// restJson1: status from the model, <c>x-amzn-ErrorType</c> naming the code, and a JSON body with
    /// <c>message</c> (plus <c>parameterName</c> for Ground Station's parameter errors).
    /// </summary>
    public static Task WriteJsonAsync(HttpResponse response, string code, int status, string message, string? parameterName)
    {
        response.StatusCode = status;
        response.Headers["x-amzn-ErrorType"] = code;
        response.ContentType = "application/json";
        var body = new JObject { ["message"] = message };
        if (parameterName is not null)
        {
            body["parameterName"] = parameterName;
        }

        return response.WriteAsync(body.ToString(Newtonsoft.Json.Formatting.None), Encoding.UTF8);
    }

    /// <summary>restXml: CloudFront's <c>ErrorResponse</c> document; <c>Type</c> is Receiver for server faults.</summary>
    public static Task WriteXmlAsync(HttpResponse response, string code, int status, string message, string requestId)
    {
        response.StatusCode = status;
        response.ContentType = "text/xml";
        var ns = OutputWriter.CloudFrontNamespace;
        var document = new XElement(
            ns + "ErrorResponse",
            new XElement(
                ns + "Error",
                new XElement(ns + "Type", status >= 500 ? "Receiver" : "Sender"),
                new XElement(ns + "Code", code),
                new XElement(ns + "Message", message)),
            new XElement(ns + "RequestId", requestId));
        return response.WriteAsync("<?xml version=\"1.0\"?>\n" + document.ToString(SaveOptions.DisableFormatting), Encoding.UTF8);
    }
}
