using System.Text;
using System.Text.Json;

namespace Awsdirect.Provider.Diagram;

/// <summary>
/// Property paths as detailed diffs spell them: members joined by dots, list items as <c>[i]</c>, and
/// keys that are not plain names as <c>["a.b"]</c> (<c>tags["cost.center"]</c>).
/// </summary>
internal static class PropertyPath
{
    /// <summary>The value at <paramref name="path"/>; null when any step is missing or the path is malformed.</summary>
    public static JsonElement? Resolve(JsonElement? root, string path)
    {
        var current = root;
        foreach (var step in Steps(path))
        {
            if (current is null)
            {
                return null;
            }

            current = step switch
            {
                int index => StateValue.Items(current) is var items && index < items.Count ? items[index] : null,
                string name => StateValue.Member(current, name),
                _ => null,
            };
        }

        return current;
    }

    /// <summary>The steps of a path: member names as strings, list indexes as ints; empty when malformed.</summary>
    public static IReadOnlyList<object> Steps(string path)
    {
        var steps = new List<object>();
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
                continue;
            }

            if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0)
                {
                    return [];
                }

                var inner = path[(i + 1)..close];
                if (inner.StartsWith('"'))
                {
                    // A quoted key may itself contain ']' or escaped quotes: read it character by character.
                    var key = new StringBuilder();
                    var j = i + 2;
                    for (; j < path.Length && path[j] != '"'; j++)
                    {
                        if (path[j] == '\\' && j + 1 < path.Length)
                        {
                            j++;
                        }

                        key.Append(path[j]);
                    }

                    steps.Add(key.ToString());
                    i = j + 2;
                }
                else if (int.TryParse(inner, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
                {
                    steps.Add(index);
                    i = close + 1;
                }
                else
                {
                    return [];
                }

                continue;
            }

            var end = path.IndexOfAny(['.', '['], i);
            end = end < 0 ? path.Length : end;
            steps.Add(path[i..end]);
            i = end;
        }

        return steps;
    }
}
