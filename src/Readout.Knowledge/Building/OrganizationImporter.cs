using Readout.Knowledge.Actors;
using Readout.Knowledge.Building.Sources;

namespace Readout.Knowledge.Building;

/// <summary>
/// International organisations, seats of government, epithets and armed groups: first the project's own tables, then
/// the Phoenix dictionaries (IGOs, NGOs, companies, state institutions, non-state armed groups) and UCDP's actor list
/// (armed groups with renames), merged into entries that share a name and country.
/// </summary>
internal static class OrganizationImporter
{
    private static readonly EntryKind[] OrganizationKinds =
    [
        EntryKind.InternationalOrganization, EntryKind.NonGovernmentalOrganization, EntryKind.Company, EntryKind.ArmedGroup,
        EntryKind.PoliticalGroup, EntryKind.Institution,
    ];

    private static readonly EntryKind[] GroupKinds = [EntryKind.ArmedGroup, EntryKind.PoliticalGroup];

    /// <summary>The project's tables: organisations, seats of government, epithets and armed groups.</summary>
    public static void ImportCurated(ImportContext context)
    {
        foreach (var row in CuratedData.Rows("organizations.tsv", 7))
        {
            var kind = row[2] == "ngo" ? EntryKind.NonGovernmentalOrganization : EntryKind.InternationalOrganization;
            var entry = context.Draft.Add($"readout:{row[0]}", kind, row[3], null, row[1], KnowledgeSources.Readout);
            AddAll(entry, row[4], AliasKind.Name);
            AddAll(entry, row[5], AliasKind.Abbreviation);
            AddAll(entry, row[6], AliasKind.SeatOfGovernment);
            context.IndexEntry(entry);
        }

        foreach (var row in CuratedData.Rows("seats.tsv", 4))
        {
            var entry = context.FindEntry(row[3], row[1], EntryKind.Institution)
                ?? context.Draft.Add($"readout:seat:{context.Key(row[3]).Replace(' ', '-')}", EntryKind.Institution, row[3], row[1], row[2], KnowledgeSources.Readout);
            entry.Alias(row[0], AliasKind.SeatOfGovernment);
            context.IndexEntry(entry);
        }

        foreach (var row in CuratedData.Rows("epithets.tsv", 3))
        {
            if (context.Country(row[1]) is not { } country)
            {
                continue;
            }

            var target = row[2] == row[1] ? country : Government(context, country, row[2]);
            target.Alias(row[0], AliasKind.Epithet);
        }

        foreach (var row in CuratedData.Rows("groups.tsv", 8))
        {
            var entry = context.Draft.Add($"readout:{row[0]}", EntryKind.ArmedGroup, row[3], row[2].Length > 0 ? row[2] : null, row[1], KnowledgeSources.Readout);
            AddAll(entry, row[4], AliasKind.Name);
            AddAll(entry, row[5], AliasKind.FormerName);
            AddAll(entry, row[6], AliasKind.Epithet);
            foreach (var role in row[7].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                entry.Role(parts[0], parts.Length > 1 ? DateOnly.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : null,
                    parts.Length > 2 ? DateOnly.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : null);
            }

            context.IndexEntry(entry);
        }
    }

    /// <summary>Phoenix organisations and UCDP actors, merged into existing entries where names and countries agree.</summary>
    public static void ImportSources(ImportContext context, List<(PhoenixActor Actor, string File)> organizations, Dictionary<string, EntryDraft> people)
    {
        foreach (var (actor, file) in organizations)
        {
            var code = PhoenixBlocks.DefaultCode(actor);
            if (code is null or "---")
            {
                continue;
            }

            var country = ActorCodes.IsTransnational(code) ? null : context.CameoCode(code[..3]);

            // Entries such as "BASHAR AL-ASSAD [SYRGOV]" (no dates) name a person the person sources know.
            if (country is not null && PersonImporter.Keys(context, actor.Phrases[0], [country]).Select(people.GetValueOrDefault).FirstOrDefault(p => p is not null) is { } person)
            {
                foreach (var phrase in actor.Phrases.Where(p => PhoenixBlocks.IsPersonAlias(p) && context.IsUsableAlias(p)))
                {
                    person.Alias(ImportContext.TitleCase(phrase));
                }

                person.Sources |= KnowledgeSources.Phoenix;
                continue;
            }

            var kind = file == "MilNonState" && PhoenixBlocks.KindOf(code) is not EntryKind.InternationalOrganization ? EntryKind.ArmedGroup : PhoenixBlocks.KindOf(code);
            if (kind == EntryKind.Institution && PhoenixBlocks.LooksLikePersonName(actor.Phrases[0]) && code.Length > 3)
            {
                kind = EntryKind.Person;
            }

            var names = actor.Phrases.Where(context.IsUsableAlias).Select(ImportContext.TitleCase).ToList();
            if (names.Count == 0)
            {
                continue;
            }

            var entry = (kind == EntryKind.Person ? null : Merge(context, names, country, OrganizationKinds))
                ?? context.Draft.Add(context.UniqueId($"phoenix:{context.Key(names[0]).Replace(' ', '-')}"), kind, names[0], country, code, KnowledgeSources.Phoenix);
            entry.ActorCode ??= code;
            entry.Sources |= KnowledgeSources.Phoenix;
            foreach (var name in names)
            {
                entry.Alias(name, CountryImporter.IsAbbreviation(name) ? AliasKind.Abbreviation : AliasKind.Name);
            }

            foreach (var dated in actor.Codes.Where(c => c.IsDated))
            {
                var dateCode = ActorCodes.Normalize(dated.Code);
                entry.Role(dateCode, dated.Start, dated.End, source: KnowledgeSources.Phoenix);
            }

            context.IndexEntry(entry);
            context.Count("kb/phoenix");
        }

        ImportUcdp(context);
    }

    /// <summary>UCDP actors (not state governments): names, full names, English names and renames; codes from country and type.</summary>
    private static void ImportUcdp(ImportContext context)
    {
        var countryByCow = Csv.ReadWithHeader(context.Path("event-coding", "ngec", "assets", "cow2iso.txt"))
            .Where(r => r["valid_until"].Length == 0 && r["iso3"].Length == 3)
            .GroupBy(r => r["cow_id"], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()["iso3"], StringComparer.Ordinal);
        var rows = Csv.ReadWithHeader(context.Path("kb", "ucdp-actor", "ucdp-actor-221.csv"));
        foreach (var row in rows.OrderBy(r => int.TryParse(r["ActorId"], out var id) ? id : int.MaxValue))
        {
            if (row["Org"] == "4")
            {
                continue;
            }

            var firstLocation = row["Location"].Split(',', StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
            var country = context.CountryByName(firstLocation)
                ?? context.CameoCode(countryByCow.GetValueOrDefault(row["GWNOLoc"].Split(',', StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty));
            var current = Names(row["NameData"], row["NewName"], row["NewNameFullEng"]);
            var original = Names(row["NameOrig"], row["NameOrigFull"], row["NameOrigFullEng"]);
            var renamed = row["NameChange"] == "1";
            var names = current.Concat(original).Where(context.IsUsableAlias).Distinct(StringComparer.Ordinal).ToList();
            if (names.Count == 0)
            {
                continue;
            }

            var kind = row["Org"] == "2" ? EntryKind.PoliticalGroup : EntryKind.ArmedGroup;
            var code = country is null ? null : country + (kind == EntryKind.PoliticalGroup ? "OPP" : "REB");
            var entry = Merge(context, names, country, GroupKinds)
                ?? context.Draft.Add(context.UniqueId($"ucdp:{row["ActorId"]}"), kind, row["NameData"].Trim(), country, code, KnowledgeSources.Ucdp);
            entry.ActorCode ??= code;
            entry.Sources |= KnowledgeSources.Ucdp;
            foreach (var name in current.Where(context.IsUsableAlias))
            {
                entry.Alias(name, CountryImporter.IsAbbreviation(name) ? AliasKind.Abbreviation : AliasKind.Name);
            }

            foreach (var name in original.Where(context.IsUsableAlias))
            {
                entry.Alias(name, renamed && !current.Contains(name) ? AliasKind.FormerName : AliasKind.Name);
            }

            context.IndexEntry(entry);
        }

        context.Count("kb/ucdp-actor", rows.Count);
    }

    /// <summary>The existing entry a new record joins: one whose name is among the record's names, or named by its first name.</summary>
    private static EntryDraft? Merge(ImportContext context, List<string> names, string? country, EntryKind[] allowed)
    {
        if (context.FindEntry(names[0], country, allowed) is { } byPrimary)
        {
            return byPrimary;
        }

        // The project's own group and organisation tables win over a source's idea of the country (UCDP files Hamas and
        // Hezbollah under the first country they fought in, Israel).
        if (context.FindCurated(names[0], allowed) is { } curated)
        {
            return curated;
        }

        foreach (var name in names.Skip(1))
        {
            if (context.FindEntry(name, country, allowed) is { } found && context.Key(found.Name) == context.Key(name))
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The government of a country as an institution, for epithets that name it ("the Zionist regime").</summary>
    private static EntryDraft Government(ImportContext context, EntryDraft country, string code)
    {
        var id = $"readout:government:{code}";
        if (context.Draft.Find(id) is { } existing)
        {
            return existing;
        }

        var government = context.Draft.Add(id, EntryKind.Institution, $"Government of {country.Name}", country.CountryFacts!.CameoCode, code, KnowledgeSources.Readout);
        context.IndexEntry(government);
        return government;
    }

    private static IEnumerable<string> Names(params string[] fields) =>
        fields.SelectMany(f => f.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(n => n.Replace('’', '\'').Trim())
            .Where(n => n.Length > 1 && n != "n/a");

    private static void AddAll(EntryDraft entry, string field, AliasKind kind)
    {
        foreach (var text in CuratedData.List(field))
        {
            entry.Alias(text, kind);
        }
    }
}
