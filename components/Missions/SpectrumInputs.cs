using System.Globalization;
using Awsdirect.Components.Hosting;
using Awsdirect.Components.Values;

namespace Awsdirect.Components.Missions;

/// <summary>
/// Reads a frequency or bandwidth given as <c>{ value, units }</c> (units default to MHz) and checks it
/// against Ground Station's documented downlink ranges, so a typo in a frequency fails at preview
/// instead of at contact reservation.
/// </summary>
internal static class SpectrumInputs
{
    public static readonly string[] Units = ["GHz", "MHz", "kHz"];
    public static readonly string[] Polarizations = ["RIGHT_HAND", "LEFT_HAND", "NONE"];
    public static readonly string[] Autotrack = ["REQUIRED", "PREFERRED", "REMOVED"];

    // Downlink centre frequency bands and bandwidth limits from the Ground Station API documentation
    // of SpectrumConfig (groundstation-2019-05-23 service model).
    private static readonly (double Low, double High)[] DownlinkBandsMhz = [(2200, 2300), (7750, 8400)];

    public static (double LowMhz, double HighMhz) DownlinkBandwidthMhz { get; } = (0.01, 54);

    public static (double LowMhz, double HighMhz) DemodDecodeBandwidthMhz { get; } = (0.125, 650);

    /// <summary>The API form <c>{ value, units }</c> of the frequency at <paramref name="path"/>.</summary>
    public static ComponentValue? Read(ComponentInputs inputs, string path, bool required)
    {
        var obj = inputs.Object(path, required);
        if (obj is null || obj.IsUnknown)
        {
            return obj;
        }

        var value = inputs.Number(path + ".value", required: true);
        if (value is { Kind: ComponentValueKind.Number, NumberValue: <= 0 })
        {
            inputs.Fail(path + ".value", $"must be greater than 0, got {Format(value.NumberValue)}");
        }

        var units = inputs.String(path + ".units", allowed: Units) ?? inputs.Fallback(path + ".units", ComponentValue.Of("MHz"));
        return value is null ? null : ComponentValue.Object(("value", value), ("units", units));
    }

    public static void CheckCenterFrequency(ComponentInputs inputs, string path, ComponentValue? frequency)
    {
        if (ToMhz(frequency) is { } mhz && !DownlinkBandsMhz.Any(b => mhz >= b.Low && mhz <= b.High))
        {
            inputs.Fail(path, $"{Format(mhz)} MHz is outside the downlink bands "
                + string.Join(" and ", DownlinkBandsMhz.Select(b => $"{Format(b.Low)}-{Format(b.High)} MHz")));
        }
    }

    public static void CheckBandwidth(ComponentInputs inputs, string path, ComponentValue? bandwidth, (double LowMhz, double HighMhz) range, string configKind)
    {
        if (ToMhz(bandwidth) is { } mhz && (mhz < range.LowMhz || mhz > range.HighMhz))
        {
            inputs.Fail(path, $"{Format(mhz)} MHz is outside {Format(range.LowMhz)}-{Format(range.HighMhz)} MHz, the bandwidth range of {configKind}");
        }
    }

    /// <summary>The frequency in MHz, or null when unknown or invalid.</summary>
    public static double? ToMhz(ComponentValue? frequency)
    {
        if (frequency is not { Kind: ComponentValueKind.Object } || frequency.ContainsUnknowns())
        {
            return null;
        }

        var fields = frequency.ObjectValue;
        if (fields["value"].Kind != ComponentValueKind.Number || fields["units"].Kind != ComponentValueKind.String)
        {
            return null;
        }

        var factor = fields["units"].StringValue switch
        {
            "GHz" => 1000.0,
            "MHz" => 1.0,
            "kHz" => 0.001,
            _ => (double?)null,
        };
        return factor * fields["value"].NumberValue;
    }

    /// <summary>The API's <c>spectrumConfig</c> object.</summary>
    public static ComponentValue SpectrumConfig(ComponentValue centerFrequency, ComponentValue bandwidth, ComponentValue polarization) =>
        ComponentValue.Object(("centerFrequency", centerFrequency), ("bandwidth", bandwidth), ("polarization", polarization));

    private static string Format(double mhz) => mhz.ToString("0.###", CultureInfo.InvariantCulture);
}
