using System.Text.Json;
using Readout.Knowledge.Building.Sources;
using Readout.Knowledge.Countries;

namespace Readout.Knowledge.Building;

/// <summary>
/// Countries: ISO codes and names (iso-codes), display names and capitals (GeoNames), aliases and former names
/// (countries-list), nationality forms (CountryInfo), demonyms (Mordecai, i18n-nationality, CLIFF, NGEC), Wikidata ids.
/// </summary>
internal static class CountryImporter
{
    public static void Import(ImportContext context, List<CountryInfoCountry> countryInfo)
    {
        var geoNames = GeoNamesReader.ReadCountries(context.Path("kb", "geonames", "countryInfo.txt"))
            .ToDictionary(c => c.Alpha2, StringComparer.Ordinal);
        var drafts = AddIsoCountries(context, geoNames);
        AddCountriesList(context);
        foreach (var info in countryInfo)
        {
            if (context.Country(info.CodeIn(code => context.Country(code) is not null)) is { } country)
            {
                country.Alias(ImportContext.TitleCase(info.Name));
                context.RegisterCountryName(info.Name, country.CountryFacts!.CameoCode);
                foreach (var capital in info.Capitals)
                {
                    AddCapital(context, country, capital);
                }

                country.Sources |= KnowledgeSources.CountryInfo;
            }
        }

        foreach (var row in CuratedData.Rows("country-names.tsv", 3))
        {
            if (context.Country(row[0]) is { } country)
            {
                foreach (var name in CuratedData.List(row[1]))
                {
                    country.Alias(name);
                    context.RegisterCountryName(name, country.CountryFacts!.CameoCode);
                }

                foreach (var abbreviation in CuratedData.List(row[2]))
                {
                    country.Alias(abbreviation, AliasKind.Abbreviation);
                }
            }
        }

        var demonyms = ReadDemonyms(context);
        foreach (var country in drafts)
        {
            var facts = country.CountryFacts!;
            var adjectives = demonyms.GetValueOrDefault(facts.CameoCode) ?? [];
            foreach (var (text, kind) in adjectives)
            {
                country.Alias(text, kind);
                if (kind == AliasKind.Demonym)
                {
                    context.Demonyms.TryAdd(context.Key(text), facts.CameoCode);
                }
            }

            country.CountryFacts = facts with { Demonym = adjectives.FirstOrDefault(a => a.Kind == AliasKind.Demonym).Text };
        }

        AddWikidataIds(context);
    }

    /// <summary>Adds the nationality forms of CountryInfo and the country synonyms of Phoenix, once places are known.</summary>
    /// <remarks>Both lists mix names, misspellings, demonyms, capitals, cities and provinces: each form is sorted into one of these.</remarks>
    public static void AddVariants(ImportContext context, List<CountryInfoCountry> countryInfo, IEnumerable<(EntryDraft Country, PhoenixActor Actor)> phoenixCountries)
    {
        var words = context.AllCountries.ToDictionary(c => c, c => NameWords(context, c));
        foreach (var info in countryInfo)
        {
            if (context.Country(info.CodeIn(code => context.Country(code) is not null)) is { } country)
            {
                foreach (var form in info.Nationality)
                {
                    AddVariant(context, country, form, words[country], KnowledgeSources.CountryInfo);
                }
            }
        }

        foreach (var (country, actor) in phoenixCountries)
        {
            foreach (var phrase in actor.Phrases)
            {
                AddVariant(context, country, phrase, words[country], KnowledgeSources.Phoenix);
            }

            country.Sources |= KnowledgeSources.Phoenix;
        }
    }

    /// <summary>The words of four letters or more in a country's names and demonyms from the cleaner sources.</summary>
    private static HashSet<string> NameWords(ImportContext context, EntryDraft country) =>
        [.. country.Aliases.Where(a => a.Kind is AliasKind.Name or AliasKind.OfficialName or AliasKind.Demonym)
            .Select(a => a.Text).Prepend(country.Name)
            .SelectMany(text => context.Key(text).Split(' '))
            .Where(word => word.Length >= 4)];

    /// <summary>
    /// Sorts one form: a demonym or capital of this country; a place (left to the gazetteer); else a name, kept only
    /// when it is an abbreviation or shares a word with the country's names ("Islamic Republic of Iran", not the
    /// lists' nicknames, misspellings and foreign-language forms).
    /// </summary>
    private static void AddVariant(ImportContext context, EntryDraft country, string form, HashSet<string> nameWords, KnowledgeSources source)
    {
        if (form.Contains('(', StringComparison.Ordinal) || !context.IsUsableAlias(form))
        {
            return;
        }

        var code = country.CountryFacts!.CameoCode;
        var key = context.Key(form);
        if (context.Demonyms.TryGetValue(key, out var demonymOf))
        {
            if (demonymOf == code)
            {
                country.Alias(form, AliasKind.Demonym);
            }

            return;
        }

        if (context.Capitals.TryGetValue(key, out var capitalOf))
        {
            if (capitalOf == code)
            {
                country.Alias(form, AliasKind.Capital);
            }

            return;
        }

        // Cities and provinces the lists add ("MASHHAD", "HELMAND") are places, and places carry their country.
        if (context.PlaceNames.ContainsKey(key))
        {
            return;
        }

        var abbreviation = IsAbbreviation(form);
        if (!abbreviation && !key.Split(' ').Any(nameWords.Contains))
        {
            return;
        }

        country.Alias(form, abbreviation ? AliasKind.Abbreviation : AliasKind.Name);
        country.Sources |= source;
    }

    private static List<EntryDraft> AddIsoCountries(ImportContext context, Dictionary<string, (string Alpha2, string Alpha3, string Name, string Capital, long Population, long GeoNamesId)> geoNames)
    {
        var drafts = new List<EntryDraft>();
        using var iso = JsonDocument.Parse(File.ReadAllText(context.Path("kb", "iso-codes", "iso_3166-1.json")));
        var rows = iso.RootElement.GetProperty("3166-1").EnumerateArray()
            .Select(c => (Alpha2: c.GetProperty("alpha_2").GetString()!, Alpha3: c.GetProperty("alpha_3").GetString()!, Name: c.GetProperty("name").GetString()!,
                Official: c.TryGetProperty("official_name", out var o) ? o.GetString() : null, Common: c.TryGetProperty("common_name", out var m) ? m.GetString() : null,
                Cameo: c.GetProperty("alpha_3").GetString()!, Source: KnowledgeSources.IsoCodes))
            .ToList();
        context.Count("kb/iso-codes", rows.Count);
        foreach (var row in CuratedData.Rows("countries.tsv", 5))
        {
            rows.Add((row[0], row[1], row[3], row[4].Length > 0 ? row[4] : null, null, row[2], KnowledgeSources.Readout));
        }

        foreach (var row in rows.OrderBy(r => r.Alpha3, StringComparer.Ordinal))
        {
            geoNames.TryGetValue(row.Alpha2, out var geo);
            var display = geo.Name ?? row.Common ?? row.Name;
            var capital = string.IsNullOrEmpty(geo.Capital) ? null : geo.Capital;
            var country = context.Draft.Add($"iso:{row.Alpha3}", EntryKind.Country, display, row.Cameo, row.Cameo, row.Source);
            country.CountryFacts = new CountryFacts(row.Alpha2, row.Alpha3, row.Cameo, row.Official, null, capital);
            foreach (var name in new[] { row.Name, row.Common, geo.Name }.OfType<string>())
            {
                country.Alias(name);
            }

            if (row.Official is not null)
            {
                country.Alias(row.Official, AliasKind.OfficialName);
            }

            if (geo.Name is not null)
            {
                country.Sources |= KnowledgeSources.GeoNames;
                country.Location = new Places.GeoLocation(0, 0, geo.Population, geo.GeoNamesId, "PCLI", null, IsApproximate: true);
            }

            context.AddCountry(country, row.Alpha2, row.Alpha3, row.Cameo);
            foreach (var (text, _) in country.Aliases)
            {
                context.RegisterCountryName(text, row.Cameo);
            }

            context.RegisterCountryName(display, row.Cameo);
            if (capital is not null)
            {
                AddCapital(context, country, capital);
            }

            drafts.Add(country);
        }

        context.Count("kb/geonames", geoNames.Count);
        return drafts;
    }

    private static void AddCountriesList(ImportContext context)
    {
        using var list = JsonDocument.Parse(File.ReadAllText(context.Path("kb", "countries-list", "countries.min.json")));
        var count = 0;
        foreach (var item in list.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (context.Country(item.Name) is not { } country)
            {
                continue;
            }

            count++;
            country.Sources |= KnowledgeSources.CountriesList;
            country.Alias(item.Value.GetProperty("name").GetString()!);
            if (item.Value.TryGetProperty("alias", out var aliases))
            {
                foreach (var alias in aliases.EnumerateArray().Select(a => a.GetString()!))
                {
                    country.Alias(alias, IsAbbreviation(alias) ? AliasKind.Abbreviation : AliasKind.Name);
                    context.RegisterCountryName(alias, country.CountryFacts!.CameoCode);
                }
            }

            if (item.Value.TryGetProperty("capital", out var capital) && capital.GetString() is { Length: > 0 } capitalName)
            {
                AddCapital(context, country, capitalName);
            }
        }

        context.Count("kb/countries-list", count);
    }

    private static void AddCapital(ImportContext context, EntryDraft country, string capital)
    {
        var code = country.CountryFacts!.CameoCode;
        var key = context.Key(capital);
        if (key.Length == 0 || (context.Capitals.TryGetValue(key, out var owner) && owner != code))
        {
            return;
        }

        context.Capitals[key] = code;
        country.Alias(capital, AliasKind.Capital);
    }

    /// <summary>Adjectives and plural demonyms per CAMEO country code, most trusted source first.</summary>
    private static Dictionary<string, List<(string Text, AliasKind Kind)>> ReadDemonyms(ImportContext context)
    {
        var byCountry = new Dictionary<string, List<(string Text, AliasKind Kind)>>(StringComparer.Ordinal);
        void Add(string? code, string text, AliasKind kind)
        {
            text = text.Trim();
            if (code is null || text.Length < 3 || !char.IsUpper(text[0]))
            {
                return;
            }

            if (!byCountry.TryGetValue(code, out var list))
            {
                list = [];
                byCountry.Add(code, list);
            }

            if (!list.Any(d => string.Equals(d.Text, text, StringComparison.OrdinalIgnoreCase)))
            {
                list.Add((text, kind));
            }
        }

        var folder = context.Path("kb", "demonyms");
        var mordecai = Csv.ReadWithHeader(System.IO.Path.Combine(folder, "mordecai-nat_df.csv"));
        foreach (var row in mordecai)
        {
            Add(context.CameoCode(row["alpha_3_code"]), row["nationality"], AliasKind.Demonym);
        }

        using (var i18n = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(folder, "i18n-nationality-en.json"))))
        {
            foreach (var item in i18n.RootElement.GetProperty("nationalities").EnumerateObject())
            {
                Add(context.CameoCode(item.Name), item.Value.GetString()!, AliasKind.Demonym);
            }
        }

        // CLIFF's table comes from Wikipedia's list of adjectival and demonymic forms (CC BY-SA); NOTICE.md attributes it.
        var cliff = 0;
        foreach (var line in File.ReadLines(System.IO.Path.Combine(folder, "cliff-wikipedia-demonyms.tsv")).Skip(2))
        {
            var fields = line.Split('\t');
            if (fields.Length < 3 || context.CountryByName(fields[0]) is not { } code)
            {
                continue;
            }

            cliff++;
            foreach (var adjective in fields[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Add(code, adjective, IsAbbreviation(adjective) ? AliasKind.Abbreviation : AliasKind.Demonym);
            }

            foreach (var plural in fields[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Add(code, plural, AliasKind.DemonymPlural);
            }
        }

        // NGEC's crosswalk mixes adjectives, plurals and territory names: take single words only.
        var ngec = Csv.ReadWithHeader(context.Path("event-coding", "ngec", "assets", "countries.csv"));
        foreach (var row in ngec)
        {
            var code = context.CameoCode(row["CCA3"]);
            foreach (var form in row["Nationality"].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!form.Contains(' ', StringComparison.Ordinal) && context.CountryByName(form) is null && !IsAbbreviation(form))
                {
                    Add(code, form, form.EndsWith('s') ? AliasKind.DemonymPlural : AliasKind.Demonym);
                }
            }
        }

        // Regular plurals: Iranian → Iranians, Iraqi → Iraqis.
        foreach (var list in byCountry.Values)
        {
            foreach (var (text, kind) in list.ToArray())
            {
                if (kind == AliasKind.Demonym && (text.EndsWith("an", StringComparison.Ordinal) || text.EndsWith('i')))
                {
                    if (!list.Any(d => d.Text == text + "s"))
                    {
                        list.Add((text + "s", AliasKind.DemonymPlural));
                    }
                }
            }
        }

        context.Count("kb/demonyms", mordecai.Count + cliff);
        context.Count("event-coding/ngec", ngec.Count);
        return byCountry;
    }

    /// <summary>Gives countries their Wikidata ids, from the heads-of-state snapshot's country column.</summary>
    private static void AddWikidataIds(ImportContext context)
    {
        foreach (var row in Csv.ReadWithHeader(context.Path("kb", "wikidata-officeholders", "heads-of-state-government-2021.csv")))
        {
            if (context.CountryByName(row["country"]) is { } code && context.Country(code) is { } country && country.Id.StartsWith("iso:", StringComparison.Ordinal))
            {
                context.Draft.Rename(country, row["countryid"]);
                country.Sources |= KnowledgeSources.Wikidata;
            }
        }
    }

    /// <summary>"US", "U.S.", "UAE", "DRC": short capitals or dotted letters.</summary>
    internal static bool IsAbbreviation(string text)
    {
        var letters = text.Count(char.IsLetter);
        return letters > 0 && text.Where(char.IsLetter).All(char.IsUpper) && (letters <= 3 || text.Contains('.', StringComparison.Ordinal))
            && !text.Contains(' ', StringComparison.Ordinal);
    }
}
