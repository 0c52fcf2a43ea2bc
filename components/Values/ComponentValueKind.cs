namespace Awsdirect.Components.Values;

/// <summary>The kinds of data a <see cref="ComponentValue"/> holds.</summary>
public enum ComponentValueKind
{
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,

    /// <summary>Not known yet: a preview, or an output of a resource that is not created yet.</summary>
    Unknown,
}
