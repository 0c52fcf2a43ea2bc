using System.Globalization;
using System.Text.RegularExpressions;
using Awsdirect.Components.Values;

namespace Awsdirect.Components.Hosting;

/// <summary>
/// Reads a component's inputs by property path (<c>a.b</c>, <c>list[2].c</c>) and collects every
/// rule broken, so the user sees all problems at once. Unknown values pass every rule: they are
/// checked again by the child resources' own Check once known.
/// </summary>
/// <remarks>
/// The engine tracks dependencies per top-level input (<c>inputDependencies</c>), and Pulumi's SDKs
/// turn each input into one output, so everything computed from any part of an input depends on all
/// of that input's sources. This class is where that happens for our components, once: every node of
/// every input is given its input's dependencies (those sent beside it and those inside its output
/// values alike) and, below a secret, the secret mark. Whatever part a component reads, and whatever
/// it builds from that part with <see cref="ComponentValue"/>'s operations, then carries them into the
/// child's <c>propertyDependencies</c>, without the component doing anything for it.
/// </remarks>
public sealed class ComponentInputs
{
    private readonly List<InputError> _errors = [];

    public ComponentInputs(IReadOnlyDictionary<string, ComponentValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = values.ToDictionary(
            e => e.Key,
            e => e.Value.Inheriting(e.Value.AllDependencies(), e.Value.IsSecret),
            StringComparer.Ordinal);
    }

    /// <summary>The inputs, each node carrying its whole input's dependencies (see the remarks).</summary>
    public IReadOnlyDictionary<string, ComponentValue> Values { get; }

    public IReadOnlyList<InputError> Errors => _errors;

    public void Fail(string path, string reason) => _errors.Add(new InputError(path, reason));

    public void ThrowIfInvalid(string component)
    {
        if (_errors.Count > 0)
        {
            throw new ComponentInputException(component, _errors.ToList());
        }
    }

    /// <summary>The value at <paramref name="path"/>; null when absent or null; unknown below an unknown.</summary>
    public ComponentValue? Get(string path)
    {
        ComponentValue? current = null;
        var first = true;
        foreach (var (key, index) in Segments(path))
        {
            if (!first && current is { IsUnknown: true })
            {
                return current;
            }

            if (first)
            {
                current = Values.TryGetValue(key, out var top) ? top : null;
                first = false;
            }
            else if (current is { Kind: ComponentValueKind.Object } obj)
            {
                current = obj.ObjectValue.TryGetValue(key, out var member) ? member : null;
            }
            else
            {
                return null;
            }

            if (index is { } i && current is not null && !current.IsUnknown)
            {
                current = current.Kind == ComponentValueKind.Array && i < current.ArrayValue.Length ? current.ArrayValue[i] : null;
            }
        }

        return current is { IsNull: true } ? null : current;
    }

    /// <summary>
    /// <paramref name="fallback"/> standing in for the value at <paramref name="path"/> where that is
    /// absent. Below the top level, choosing it is a decision made from the input around the path (as
    /// <c>item.enabled ?? true</c> inside an SDK's <c>apply</c> is), so it carries that input's
    /// dependencies and secrecy; for a top-level input that was not given it is returned as it is.
    /// </summary>
    public ComponentValue Fallback(string path, ComponentValue fallback)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(fallback);
        var (top, index) = Segments(path).First();
        var nested = index is not null || path.Length > top.Length;
        return nested && Values.TryGetValue(top, out var input) ? fallback.Inheriting(input.Dependencies, input.IsSecret) : fallback;
    }

    public ComponentValue? String(string path, bool required = false, Regex? pattern = null, IReadOnlyCollection<string>? allowed = null)
    {
        var value = Present(path, required);
        if (value is null || value.IsUnknown)
        {
            return value;
        }

        if (value.Kind != ComponentValueKind.String)
        {
            Fail(path, $"must be a string, got {Describe(value)}");
            return null;
        }

        if (pattern is not null && !pattern.IsMatch(value.StringValue))
        {
            Fail(path, $"\"{value.StringValue}\" does not match the pattern {pattern}");
        }

        if (allowed is not null && !allowed.Contains(value.StringValue))
        {
            Fail(path, $"\"{value.StringValue}\" is not one of {string.Join(", ", allowed)}");
        }

        return value;
    }

    public ComponentValue? Number(string path, bool required = false, double? min = null, double? max = null, bool integer = false)
    {
        var value = Present(path, required);
        if (value is null || value.IsUnknown)
        {
            return value;
        }

        if (value.Kind != ComponentValueKind.Number)
        {
            Fail(path, $"must be a number, got {Describe(value)}");
            return null;
        }

        var number = value.NumberValue;
        if (integer && Math.Floor(number) != number)
        {
            Fail(path, $"must be a whole number, got {Format(number)}");
        }

        if ((min is { } lo && number < lo) || (max is { } hi && number > hi))
        {
            var range = (min, max) switch
            {
                ({ } a, { } b) => $"between {Format(a)} and {Format(b)}",
                ({ } a, null) => $"at least {Format(a)}",
                _ => $"at most {Format(max!.Value)}",
            };
            Fail(path, $"must be {range}, got {Format(number)}");
        }

        return value;
    }

    public ComponentValue? Bool(string path)
    {
        var value = Present(path, required: false);
        if (value is null || value.IsUnknown || value.Kind == ComponentValueKind.Bool)
        {
            return value;
        }

        Fail(path, $"must be a boolean, got {Describe(value)}");
        return null;
    }

    /// <summary>A list of strings; unknown items are kept as they are.</summary>
    public ComponentValue? StringList(string path, bool required = false, int minItems = 0)
    {
        var value = List(path, required, minItems);
        if (value is null || value.IsUnknown)
        {
            return value;
        }

        for (var i = 0; i < value.ArrayValue.Length; i++)
        {
            _ = String($"{path}[{i}]", required: true);
        }

        return value;
    }

    public ComponentValue? List(string path, bool required = false, int minItems = 0)
    {
        var value = Present(path, required);
        if (value is null || value.IsUnknown)
        {
            return value;
        }

        if (value.Kind != ComponentValueKind.Array)
        {
            Fail(path, $"must be a list, got {Describe(value)}");
            return null;
        }

        if (value.ArrayValue.Length < minItems)
        {
            Fail(path, $"needs at least {minItems} item(s), got {value.ArrayValue.Length}");
        }

        return value;
    }

    /// <summary>A map of string to string, as tags are.</summary>
    public ComponentValue? StringMap(string path)
    {
        var value = Present(path, required: false);
        if (value is null || value.IsUnknown)
        {
            return value;
        }

        if (value.Kind != ComponentValueKind.Object)
        {
            Fail(path, $"must be a map of strings, got {Describe(value)}");
            return null;
        }

        foreach (var key in value.ObjectValue.Keys)
        {
            _ = String($"{path}.{key}", required: true);
        }

        return value;
    }

    /// <summary>An object input; reports a wrong kind and returns null for it.</summary>
    public ComponentValue? Object(string path, bool required = false)
    {
        var value = Present(path, required);
        if (value is null || value.IsUnknown || value.Kind == ComponentValueKind.Object)
        {
            return value;
        }

        Fail(path, $"must be an object, got {Describe(value)}");
        return null;
    }

    private ComponentValue? Present(string path, bool required)
    {
        var value = Get(path);
        if (value is null && required)
        {
            Fail(path, "is required");
        }

        return value;
    }

    private static string Describe(ComponentValue value) => value.Kind.ToString().ToLowerInvariant();

    private static string Format(double number) => number.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<(string Key, int? Index)> Segments(string path)
    {
        foreach (var segment in path.Split('.'))
        {
            var open = segment.IndexOf('[', StringComparison.Ordinal);
            if (open < 0)
            {
                yield return (segment, null);
            }
            else
            {
                var index = int.Parse(segment[(open + 1)..^1], CultureInfo.InvariantCulture);
                yield return (segment[..open], index);
            }
        }
    }
}
