using Awsdirect.Provider.Protocol.Properties;

namespace Awsdirect.Provider.Resources.Common;

/// <summary>Visits every known object inside a value with its property path (unknown parts are skipped).</summary>
internal static class PropertyWalker
{
    public static void VisitObjects(PropertyValue? value, string path, Action<string, PropertyMap> visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var plain = value?.Unwrap();
        if (plain is null)
        {
            return;
        }

        if (plain.Kind == PropertyValueKind.Object)
        {
            visit(path, plain.ObjectValue);
            foreach (var (key, member) in plain.ObjectValue)
            {
                VisitObjects(member, Join(path, key), visit);
            }
        }
        else if (plain.Kind == PropertyValueKind.Array)
        {
            for (var i = 0; i < plain.ArrayValue.Length; i++)
            {
                VisitObjects(plain.ArrayValue[i], $"{path}[{i}]", visit);
            }
        }
    }

    public static string Join(string path, string member) => path.Length == 0 ? member : path + "." + member;
}
