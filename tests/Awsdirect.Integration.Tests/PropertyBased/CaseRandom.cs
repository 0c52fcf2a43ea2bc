using System.Globalization;
using System.Text;
using CsCheck;

namespace Awsdirect.Integration.Tests.PropertyBased;

/// <summary>
/// The random source of one generated case: CsCheck's PCG, so a run is fully determined by its printed
/// seed (and each case by the seed and its index). Helpers favour boundary values: a range's ends and
/// its neighbours come up far more often than uniform sampling would give them.
/// </summary>
public sealed class CaseRandom(PCG pcg)
{
    /// <summary>Letters outside ASCII, some outside the Basic Multilingual Plane (two UTF-16 units each).</summary>
    public static readonly string[] NonAsciiLetters = ["é", "ß", "Ω", "ж", "日", "本", "ñ", "\U0001D400", "\U00020000", "\U0001D4B6"];

    public PCG Pcg { get; } = pcg;

    public int Int(int low, int high)
    {
        if (low >= high)
        {
            return low;
        }

        // One in four draws is a boundary (low, low+1, high-1, high).
        if (Pcg.Next(4) == 0)
        {
            return Pick(new[] { low, Math.Min(low + 1, high), Math.Max(high - 1, low), high });
        }

        return (int)(low + (long)Pcg.Next64((ulong)((long)high - low + 1)));
    }

    public double Double(double low, double high, int decimals = 3)
    {
        if (Pcg.Next(4) == 0)
        {
            return Pcg.Next(2) == 0 ? low : high;
        }

        var value = low + ((high - low) * (Pcg.Next() / (double)uint.MaxValue));
        return Math.Clamp(Math.Round(value, decimals), low, high);
    }

    public bool Bool() => Pcg.Next(2) == 0;

    public bool Chance(int percent) => Pcg.Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[(int)Pcg.Next((uint)items.Count)];

    public string Chars(string alphabet, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(alphabet[(int)Pcg.Next((uint)alphabet.Length)]);
        }

        return builder.ToString();
    }

    public string Hex(int length) => Chars("0123456789abcdef", length);

    public string Digits(int length) => Chars("0123456789", length);

    public string Uuid() => $"{Hex(8)}-{Hex(4)}-{Hex(4)}-{Hex(4)}-{Hex(12)}";

    public static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
