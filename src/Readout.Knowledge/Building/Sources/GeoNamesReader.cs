using System.Globalization;

namespace Readout.Knowledge.Building.Sources;

/// <summary>Reads the GeoNames dump files (tab-separated, CC BY 4.0): cities15000, countryInfo and admin1CodesASCII.</summary>
internal static class GeoNamesReader
{
    public static List<GeoNamesPlace> ReadCities(string path)
    {
        var places = new List<GeoNamesPlace>();
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length < 19 || !long.TryParse(f[0], CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            places.Add(new GeoNamesPlace(
                id, f[1], f[2], f[3].Length == 0 ? [] : f[3].Split(','),
                double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture),
                f[7], f[8], f[10], long.TryParse(f[14], CultureInfo.InvariantCulture, out var population) ? population : 0));
        }

        return places;
    }

    /// <summary>countryInfo rows: ISO alpha-2 → (alpha-3, name, capital, population, geonameid).</summary>
    public static List<(string Alpha2, string Alpha3, string Name, string Capital, long Population, long GeoNamesId)> ReadCountries(string path)
    {
        var countries = new List<(string, string, string, string, long, long)>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 17)
            {
                continue;
            }

            countries.Add((f[0], f[1], f[4], f[5],
                long.TryParse(f[7], CultureInfo.InvariantCulture, out var population) ? population : 0,
                long.TryParse(f[16], CultureInfo.InvariantCulture, out var id) ? id : 0));
        }

        return countries;
    }

    /// <summary>admin1CodesASCII rows: "CC.code" → (name, ascii name, geonameid).</summary>
    public static List<(string Code, string Name, string AsciiName, long GeoNamesId)> ReadRegions(string path)
    {
        var regions = new List<(string, string, string, long)>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length >= 4 && long.TryParse(f[3], CultureInfo.InvariantCulture, out var id))
            {
                regions.Add((f[0], f[1], f[2], id));
            }
        }

        return regions;
    }
}
