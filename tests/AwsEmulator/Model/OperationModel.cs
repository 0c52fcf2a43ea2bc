namespace AwsEmulator.Model;

internal sealed record OperationModel(
    string Name,
    string Method,
    UriTemplate Uri,
    int ResponseCode,
    string? InputShape,
    string? InputRootName,
    string? OutputShape,
    IReadOnlyList<string> Errors);
