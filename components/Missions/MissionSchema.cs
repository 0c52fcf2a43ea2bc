using Newtonsoft.Json.Linq;
using static Awsdirect.Components.Schema.SchemaJson;

namespace Awsdirect.Components.Missions;

/// <summary>Schema pieces both mission components use: shared inputs and object types.</summary>
internal static class MissionSchema
{
    public static void AddCommonInputs(JObject inputs)
    {
        inputs["namePrefix"] = Str("Prefix of the Ground Station names of the children (configs, endpoint group, mission profile). Defaults to the component's name. Allowed characters: letters, digits, space, `_`, `:` and `-`.");
        inputs["centerFrequency"] = Ref(GroundStationTokens.FrequencyType, "Centre frequency of the downlink, e.g. `{ value: 8212.5, units: MHz }`. Ground Station downlinks between 2200-2300 MHz (S-band) and 7750-8400 MHz (X-band).");
        inputs["bandwidth"] = Ref(GroundStationTokens.FrequencyType, "Bandwidth of the downlink, e.g. `{ value: 15, units: MHz }`.");
        inputs["polarization"] = Ref(GroundStationTokens.PolarizationType, "Antenna polarization. Defaults to `RIGHT_HAND`.");
        inputs["autotrack"] = Ref(GroundStationTokens.AutotrackType, "Whether the antenna should track the satellite using its signal. Defaults to `PREFERRED`.");
        inputs["contactPrePassDurationSeconds"] = Int($"Seconds before a contact at which Ground Station emits the upcoming-pass event. Defaults to {MissionCommon.DefaultPrePassSeconds}.");
        inputs["contactPostPassDurationSeconds"] = Int($"Seconds after a contact at which Ground Station emits the pass-finished event. Defaults to {MissionCommon.DefaultPostPassSeconds}.");
        inputs["minimumViableContactDurationSeconds"] = Int($"Shortest contact, in seconds, worth scheduling. Defaults to {MissionCommon.DefaultMinimumViableSeconds}.");
        inputs["tags"] = MapOf(Str("Tag value."), "Tags added to every child resource.");
    }

    public static void AddSharedTypes(Dictionary<string, JObject> types)
    {
        types[GroundStationTokens.FrequencyType] = ObjectType(
            "A frequency or bandwidth with its unit.",
            new JObject
            {
                ["value"] = Num("The number, in `units`."),
                ["units"] = Ref(GroundStationTokens.FrequencyUnitsType, "Unit of `value`. Defaults to `MHz`."),
            },
            "value");
        types[GroundStationTokens.FrequencyUnitsType] = StringEnum(
            "Units of a frequency or bandwidth.",
            ("GHz", "Gigahertz."),
            ("MHz", "Megahertz."),
            ("kHz", "Kilohertz."));
        types[GroundStationTokens.PolarizationType] = StringEnum(
            "Antenna polarization.",
            ("RIGHT_HAND", "Right-hand circular polarization."),
            ("LEFT_HAND", "Left-hand circular polarization."),
            ("NONE", "No polarization."));
        types[GroundStationTokens.AutotrackType] = StringEnum(
            "Whether program tracking may be refined by tracking the satellite's signal.",
            ("REQUIRED", "Autotrack must be available, or the contact fails."),
            ("PREFERRED", "Use autotrack when available, program track otherwise."),
            ("REMOVED", "Program track only."));
    }
}
