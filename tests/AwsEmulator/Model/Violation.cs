namespace AwsEmulator.Model;

/// <summary>One broken model constraint, phrased the way AWS's validation layer phrases it.</summary>
internal sealed record Violation(string Path, string Message);
