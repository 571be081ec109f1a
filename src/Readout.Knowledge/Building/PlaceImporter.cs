using Readout.Knowledge.Building.Sources;
using Readout.Knowledge.Places;

namespace Readout.Knowledge.Building;

/// <summary>Cities (GeoNames cities15000) and first-level regions (GeoNames admin1 codes), with coordinates and country.</summary>
/// <remarks>
/// Alternate names are kept for cities of 100,000 people or more and for capitals, and only Latin-script names written
/// as names (a capital, not all capitals): the full lists carry every language's transliteration and airport codes.
/// </remarks>
internal static class PlaceImporter
{
    private const long AlternateNamePopulation = 100_000;

    public static void Import(ImportContext context)
    {
        var folder = context.Path("kb", "geonames");
        var cities = GeoNamesReader.ReadCities(System.IO.Path.Combine(folder, "cities15000.txt"));
        var regions = GeoNamesReader.ReadRegions(System.IO.Path.Combine(folder, "admin1CodesASCII.txt"));
        var regionNames = regions.ToDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);
        AddRegions(context, regions, cities);
        var capitals = new Dictionary<string, GeoNamesPlace>(StringComparer.Ordinal);
        foreach (var city in cities.OrderByDescending(c => c.Population).ThenBy(c => c.Id))
        {
            var country = context.CameoCode(city.CountryCode);
            if (country is null)
            {
                continue;
            }

            var entry = context.Draft.Add($"geonames:{city.Id}", EntryKind.City, city.Name, country, country, KnowledgeSources.GeoNames);
            entry.Location = new GeoLocation(city.Latitude, city.Longitude, city.Population, city.Id, city.FeatureCode,
                regionNames.GetValueOrDefault($"{city.CountryCode}.{city.Admin1}"));
            entry.Alias(city.AsciiName);
            if (city.Population >= AlternateNamePopulation || city.FeatureCode == "PPLC")
            {
                foreach (var name in city.AlternateNames)
                {
                    if (IsWrittenName(name))
                    {
                        entry.Alias(name);
                    }
                }
            }

            NotePlace(context, entry);
            if (city.FeatureCode == "PPLC")
            {
                capitals.TryAdd(country, city);
            }
        }

        foreach (var country in context.AllCountries)
        {
            if (country.Location is { } location)
            {
                country.Location = capitals.TryGetValue(country.CountryFacts!.CameoCode, out var capital)
                    ? location with { Latitude = capital.Latitude, Longitude = capital.Longitude }
                    : null;
            }
        }

        context.Count("kb/geonames", cities.Count + regions.Count);
    }

    private static void AddRegions(ImportContext context, List<(string Code, string Name, string AsciiName, long GeoNamesId)> regions, List<GeoNamesPlace> cities)
    {
        // GeoNames' region file has no coordinates: a region's centre is the population-weighted mean of its cities.
        var centres = new Dictionary<string, (double Latitude, double Longitude, double Weight)>(StringComparer.Ordinal);
        foreach (var city in cities)
        {
            var key = $"{city.CountryCode}.{city.Admin1}";
            var weight = Math.Max(1, city.Population);
            var (latitude, longitude, total) = centres.GetValueOrDefault(key);
            centres[key] = (latitude + city.Latitude * weight, longitude + city.Longitude * weight, total + weight);
        }

        foreach (var region in regions.OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            var countryCode = region.Code[..2];
            var country = context.CameoCode(countryCode);
            if (country is null)
            {
                continue;
            }

            var entry = context.Draft.Add($"geonames:{region.GeoNamesId}", EntryKind.Region, region.Name, country, country, KnowledgeSources.GeoNames);
            entry.Alias(region.AsciiName);
            if (centres.TryGetValue(region.Code, out var centre))
            {
                entry.Location = new GeoLocation(
                    Math.Round(centre.Latitude / centre.Weight, 5), Math.Round(centre.Longitude / centre.Weight, 5), 0, region.GeoNamesId, "ADM1", null, IsApproximate: true);
            }

            NotePlace(context, entry);
        }
    }

    private static void NotePlace(ImportContext context, EntryDraft entry)
    {
        foreach (var text in entry.Aliases.Select(a => a.Text).Prepend(entry.Name))
        {
            var key = context.Key(text);
            if (!context.PlaceNames.TryGetValue(key, out var countries))
            {
                countries = [];
                context.PlaceNames.Add(key, countries);
            }

            countries.Add(entry.Country!);
        }
    }

    /// <summary>A Latin-script name written as a name: starts with a capital, not all capitals, no digits.</summary>
    private static bool IsWrittenName(string name)
    {
        if (name.Length < 3 || !char.IsUpper(name[0]) || name.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (char.IsDigit(c) || (char.IsLetter(c) && c > '\u024F' && c is < '\u1E00' or > '\u1EFF'))
            {
                return false;
            }
        }

        return true;
    }
}
