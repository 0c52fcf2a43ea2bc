namespace Awsdirect.Provider.Protocol.Properties;

/// <summary>The wire markers of Pulumi's special property values inside a <c>google.protobuf.Struct</c>.</summary>
public static class PropertyCodecSignatures
{
    /// <summary>The key whose (string) value says which special value an object is.</summary>
    public const string SignatureKey = "4dabf18193072939515e22adb298388d";

    public const string Secret = "1b47061264138c4ac30d75fd1eb44270";

    public const string ResourceReference = "5cf8f73096256a8f31e491e813e4eb8e";

    public const string OutputValue = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

    public const string Asset = "c44067f5952c0a294b673a41bacd8c17";

    public const string Archive = "0def7320c3a5731c473e5ecbe6d01bc7";

    /// <summary>The string standing for an unknown (computed) value.</summary>
    public const string UnknownValue = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
}
