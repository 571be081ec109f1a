using System.Globalization;
using Readout.Storage.Queries;

namespace Readout.Storage.Export;

/// <summary>Writes events in the column layout of the GDELT 2.0 event table: 61 tab-separated fields, no header.</summary>
/// <remarks>
/// Fields Readout does not produce are empty (ethnic and religion codes, ADM1/ADM2 codes, feature ids) or neutral
/// (AvgTone 0, one mention, source and article per event). Country codes are ISO 3166 alpha-3, as in CAMEO actor codes;
/// GDELT's geography fields use FIPS 10-4, for which Readout ships no crosswalk, so ISO alpha-3 is written there too.
/// </remarks>
public static class GdeltEventWriter
{
    /// <summary>The GDELT 2.0 event table's column names, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
        "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code",
        "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
        "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    private static readonly string[] KnownGroups = ["IGO", "NGO", "IMG", "MNC", "UIS", "REB", "INS"];

    /// <summary>Writes every row of <paramref name="events"/> (from <see cref="IDocumentStore.ExportEvents"/>); returns the count.</summary>
    /// <param name="events">The export rows.</param>
    /// <param name="output">Where the lines go.</param>
    /// <param name="header">Write the column names first (GDELT's own files have none).</param>
    public static int Write(ResultTable events, TextWriter output, bool header = false)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(output);
        var index = events.Columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        if (header)
        {
            output.WriteLine(string.Join('\t', Columns));
        }

        var fields = new string[Columns.Count];
        foreach (var row in events.Rows)
        {
            string Text(string column) => Clean(row[index[column]] as string);
            double? Number(string column) => row[index[column]] is double d ? d : row[index[column]] is long l ? l : null;
            Array.Fill(fields, string.Empty);
            fields[0] = Convert.ToString(row[index["id"]], CultureInfo.InvariantCulture) ?? string.Empty;
            if (DateOnly.TryParseExact(Text("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                fields[1] = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                fields[2] = date.ToString("yyyyMM", CultureInfo.InvariantCulture);
                fields[3] = date.Year.ToString(CultureInfo.InvariantCulture);
                fields[4] = (date.Year + (date.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture);
            }

            Actor(fields, 5, Text("source_code"), Text("source_name"), Text("source_country"));
            Actor(fields, 15, Text("target_code"), Text("target_name"), Text("target_country"));
            var cameo = Text("cameo");
            fields[25] = Convert.ToString(row[index["is_root"]], CultureInfo.InvariantCulture) ?? "0";
            fields[26] = cameo;
            fields[27] = cameo.Length > 3 ? cameo[..3] : cameo;
            fields[28] = cameo.Length > 2 ? cameo[..2] : cameo;
            fields[29] = Convert.ToString(row[index["quad_class"]], CultureInfo.InvariantCulture) ?? string.Empty;
            fields[30] = Number("goldstein")?.ToString("0.0", CultureInfo.InvariantCulture) ?? string.Empty;
            fields[31] = fields[32] = fields[33] = "1";
            fields[34] = "0";
            var latitude = Number("latitude");
            var longitude = Number("longitude");
            var place = Text("location_name");
            var country = Text("location_country");
            if (place.Length > 0 || country.Length > 0)
            {
                fields[51] = latitude is null ? "1" : "4";
                fields[52] = place;
                fields[53] = country;
                fields[56] = latitude?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty;
                fields[57] = longitude?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty;
            }

            if (DateTime.TryParse(Text("ingested_at"), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var added))
            {
                fields[59] = added.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            }

            fields[60] = Text("source");
            output.WriteLine(string.Join('\t', fields));
        }

        return events.Rows.Count;
    }

    private static void Actor(string[] fields, int at, string code, string name, string country)
    {
        fields[at] = code;
        fields[at + 1] = name.ToUpperInvariant();
        fields[at + 2] = country;
        var prefix = code.Length >= 3 ? code[..3] : string.Empty;
        fields[at + 3] = Array.IndexOf(KnownGroups, prefix) >= 0 ? prefix : string.Empty;
        var role = country.Length > 0 && code.Length >= 6 ? code[3..6] : country.Length == 0 && code.Length >= 3 && fields[at + 3].Length == 0 ? prefix : string.Empty;
        fields[at + 7] = role;
    }

    // Tabs and line breaks would break the layout.
    private static string Clean(string? value) =>
        value is null ? string.Empty : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
