using System.Globalization;
using Readout.Knowledge.Actors;
using Readout.Knowledge.Building.Sources;

namespace Readout.Knowledge.Building;

/// <summary>
/// People with dated roles: CountryInfo's leaders and governments (offices, 1960–2011), Phoenix's people (aliases and
/// coded spans to ~2013) and Wikidata's office holders (heads of state and government 2021–22, foreign ministers in
/// December 2022, IGO posts). Records of one person are merged when they share a full name (honorifics dropped) in
/// the same country or organisation.
/// </summary>
internal static class PersonImporter
{
    /// <summary>Adds the people; returns their merge keys ("SYR|bashar al assad") so organisation entries naming a person join them.</summary>
    public static Dictionary<string, EntryDraft> Import(ImportContext context, List<CountryInfoCountry> countryInfo, List<PhoenixActor> phoenixPeople)
    {
        var records = new List<PersonRecord>();
        records.AddRange(FromWikidata(context));
        records.AddRange(FromCountryInfo(context, countryInfo));
        records.AddRange(phoenixPeople.Select(actor => FromPhoenix(context, actor)).OfType<PersonRecord>());
        records.AddRange(FromCurated(context));
        return Merge(context, records);
    }

    /// <summary>The merge keys of a name in some countries: "SYR|bashar al assad". Single words give none.</summary>
    public static IEnumerable<string> Keys(ImportContext context, string name, IEnumerable<string> countries)
    {
        var tokens = context.NameTokens(name);
        if (tokens.Count < 2)
        {
            yield break;
        }

        var joined = string.Join(' ', tokens);
        foreach (var country in countries.Distinct(StringComparer.Ordinal))
        {
            yield return country + "|" + joined;
        }
    }

    private static IEnumerable<PersonRecord> FromWikidata(ImportContext context)
    {
        var folder = context.Path("kb", "wikidata-officeholders");
        var heads = Csv.ReadWithHeader(Path.Combine(folder, "heads-of-state-government-2021.csv"));
        foreach (var row in heads)
        {
            if (context.CountryByName(row["country"]) is not { } country || row["officeholder"].Length == 0)
            {
                context.Warnings.Add($"wikidata head of state/government: country '{row["country"]}' not resolved");
                continue;
            }

            var start = Year(row["start_year"], endOfYear: false);
            var end = Year(row["end_year"], endOfYear: true);
            var flags = (start is null ? RoleSpanFlags.None : RoleSpanFlags.StartYearOnly) | (end is null ? RoleSpanFlags.OpenEnded : RoleSpanFlags.EndYearOnly);
            var record = Record(row["officeholder"], row["officeholderLabel"], KnowledgeSources.Wikidata);
            record.Roles.Add(new RoleSpan(country + "GOV", country, OfficeClassifier.Classify(row["positionLabel"]), row["positionLabel"], start, end, flags, KnowledgeSources.Wikidata));
            yield return record;
        }

        var ministers = Csv.ReadWithHeader(Path.Combine(folder, "foreign-ministers-current-2022-12.csv"));
        foreach (var row in ministers)
        {
            if (row["person"].Length == 0 || context.CountryByName(row["countryLabel"]) is not { } country)
            {
                continue;
            }

            var (start, yearOnly) = Date(row["start"]);
            var record = Record(row["person"], row["name"], KnowledgeSources.Wikidata);
            record.Roles.Add(new RoleSpan(country + "GOV", country, Office.ForeignMinister, row["positionLabel"], start, null,
                RoleSpanFlags.OpenEnded | (yearOnly ? RoleSpanFlags.StartYearOnly : RoleSpanFlags.None), KnowledgeSources.Wikidata));
            yield return record;
        }

        var igo = Csv.ReadWithHeader(Path.Combine(folder, "igo-officeholders.csv"));
        foreach (var row in igo)
        {
            if (row["personID"].Length == 0 || OrganizationOf(context, row["position"]) is not { } organization)
            {
                context.Warnings.Add($"wikidata IGO post: organisation of '{row["position"]}' not resolved");
                continue;
            }

            var (start, startYearOnly) = Date(row["start"]);
            var (endDay, endYearOnly) = Date(row["end"], endOfPeriod: true);
            var office = OfficeClassifier.Classify(row["position"]) switch
            {
                Office.OrganizationHead => Office.OrganizationHead,
                Office.President when !row["position"].Contains("Assembly", StringComparison.OrdinalIgnoreCase) => Office.OrganizationHead,
                _ => Office.Other,
            };
            var flags = (startYearOnly ? RoleSpanFlags.StartYearOnly : RoleSpanFlags.None)
                | (endDay is null ? RoleSpanFlags.OpenEnded : endYearOnly ? RoleSpanFlags.EndYearOnly : RoleSpanFlags.None);
            var record = Record(row["personID"], row["person"], KnowledgeSources.Wikidata);
            record.Roles.Add(new RoleSpan(organization.ActorCode!, organization.ActorCode, office, row["position"], start, endDay, flags, KnowledgeSources.Wikidata));
            yield return record;
        }

        context.Count("kb/wikidata-officeholders", heads.Count + ministers.Count + igo.Count);
    }

    /// <summary>The project's own table: people the sources lack and terms after the sources stop (Curated/people.tsv).</summary>
    private static IEnumerable<PersonRecord> FromCurated(ImportContext context)
    {
        foreach (var row in CuratedData.Rows("people.tsv", 5))
        {
            var record = new PersonRecord { HomeCountry = row[0], Sources = KnowledgeSources.Readout, DefaultCode = row[3].Length == 0 ? null : row[3] };
            record.Names.Add(row[1]);
            record.Names.AddRange(CuratedData.List(row[2]));
            foreach (var role in row[4].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var fields = role.Split(' ', 5, StringSplitOptions.RemoveEmptyEntries);
                var start = Date(fields[2]).Date;
                var end = fields[3] == "-" ? null : Date(fields[3], endOfPeriod: true).Date;
                var country = ActorCodes.IsTransnational(fields[0]) ? fields[0] : fields[0][..3];
                record.Roles.Add(new RoleSpan(fields[0], country, Enum.Parse<Office>(fields[1]), fields.Length > 4 ? fields[4] : null, start, end,
                    end is null ? RoleSpanFlags.OpenEnded : RoleSpanFlags.None, KnowledgeSources.Readout));
            }

            yield return record;
        }
    }

    private static PersonRecord Record(string wikidataId, string name, KnowledgeSources source)
    {
        var record = new PersonRecord { WikidataId = wikidataId, WikidataName = name, Sources = source };
        record.Names.Add(name);
        return record;
    }

    /// <summary>The organisation a post belongs to: "Secretary-General of the United Nations" → the UN entry.</summary>
    private static EntryDraft? OrganizationOf(ImportContext context, string position)
    {
        var of = position.IndexOf(" of ", StringComparison.Ordinal);
        while (of >= 0)
        {
            var rest = position[(of + 4)..];
            if (context.FindEntry(rest, null, EntryKind.InternationalOrganization) is { ActorCode: not null } found)
            {
                return found;
            }

            of = position.IndexOf(" of ", of + 4, StringComparison.Ordinal);
        }

        return null;
    }

    private static IEnumerable<PersonRecord> FromCountryInfo(ImportContext context, List<CountryInfoCountry> countries)
    {
        var count = 0;
        foreach (var country in countries)
        {
            // Territories have six-letter codes (USAGUM); their governors are left out.
            var code = country.CameoCode.Length == 6 ? null : context.CameoCode(country.CodeIn(c => context.Country(c) is not null));
            if (code is null)
            {
                continue;
            }

            foreach (var group in country.Roles.GroupBy(r => string.Join('|', r.Names), StringComparer.Ordinal))
            {
                var record = new PersonRecord { HomeCountry = code, Sources = KnowledgeSources.CountryInfo };
                record.Names.AddRange(group.First().Names);
                foreach (var role in group)
                {
                    var actorCode = ActorCodes.Normalize(role.Code);
                    var flags = (role.End is null ? RoleSpanFlags.OpenEnded : RoleSpanFlags.None) | (role.StartApproximate ? RoleSpanFlags.StartApproximate : RoleSpanFlags.None);
                    record.Roles.Add(new RoleSpan(actorCode, actorCode[..3], OfficeOf(role.Title), role.Title, role.Start, role.End, flags, KnowledgeSources.CountryInfo));
                    count++;
                }

                yield return record;
            }
        }

        context.Count("event-coding/countryinfo", count);
    }

    /// <summary>The office of a CountryInfo title; a title listing several posts ("A &amp; B") has one only if they agree.</summary>
    private static Office OfficeOf(string title)
    {
        var offices = title.Split(" & ", StringSplitOptions.TrimEntries).Select(OfficeClassifier.Classify).Distinct().ToList();
        return offices.Count == 1 ? offices[0] : Office.Other;
    }

    private static PersonRecord? FromPhoenix(ImportContext context, PhoenixActor actor)
    {
        var record = new PersonRecord { Sources = KnowledgeSources.Phoenix };
        record.Names.AddRange(actor.Phrases.Where((p, i) => i == 0 || PhoenixBlocks.IsPersonAlias(p)));
        var organizationHead = actor.Comment.Contains("IGOrulers", StringComparison.Ordinal) || actor.Comment.Contains("Secretary", StringComparison.Ordinal);
        foreach (var code in actor.Codes)
        {
            var actorCode = ActorCodes.Normalize(code.Code);
            if (!code.IsDated)
            {
                record.DefaultCode ??= actorCode == "---" ? null : actorCode;
                continue;
            }

            var country = EntryDraft.CountryPart(actorCode);
            var office = organizationHead && ActorCodes.IsTransnational(actorCode) ? Office.OrganizationHead : Office.Unknown;
            record.Roles.Add(new RoleSpan(actorCode, country, office, null, code.Start, code.End,
                code.End is null ? RoleSpanFlags.OpenEnded : RoleSpanFlags.None, KnowledgeSources.Phoenix));
        }

        if (record.DefaultCode is { Length: >= 3 } fallback && !ActorCodes.IsTransnational(fallback) && context.Country(fallback[..3]) is not null)
        {
            record.HomeCountry = fallback[..3];
        }

        return record.Roles.Count == 0 && record.DefaultCode is null ? null : record;
    }

    private static Dictionary<string, EntryDraft> Merge(ImportContext context, List<PersonRecord> records)
    {
        var parent = Enumerable.Range(0, records.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        var byWikidata = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (record.WikidataId is { } qid && !byWikidata.TryAdd(qid, i))
            {
                parent[Find(i)] = Find(byWikidata[qid]);
            }

            var countries = record.Countries().ToList();
            foreach (var name in record.Names)
            {
                foreach (var key in Keys(context, name, countries))
                {
                    if (owner.TryGetValue(key, out var other))
                    {
                        parent[Find(i)] = Find(other);
                    }
                    else
                    {
                        owner.Add(key, i);
                    }
                }
            }
        }

        var entries = new Dictionary<int, EntryDraft>();
        foreach (var group in Enumerable.Range(0, records.Count).GroupBy(Find).OrderBy(g => g.Min()))
        {
            var members = group.Order().Select(i => records[i]).ToList();
            var entry = ToEntry(context, members);
            if (entry is not null)
            {
                entries[group.Key] = entry;
            }
        }

        return owner
            .Where(pair => entries.ContainsKey(Find(pair.Value)))
            .ToDictionary(pair => pair.Key, pair => entries[Find(pair.Value)], StringComparer.Ordinal);
    }

    private static EntryDraft? ToEntry(ImportContext context, List<PersonRecord> members)
    {
        var wikidata = members.FirstOrDefault(m => m.WikidataId is not null);
        var names = members.SelectMany(m => m.Names).Where(n => n.Trim().Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            return null;
        }

        var roles = MergeRoles(members.SelectMany(m => m.Roles));
        var country = roles.Where(r => r.Country is { Length: 3 }).GroupBy(r => r.Country!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key
            ?? members.Select(m => m.HomeCountry).FirstOrDefault(c => c is not null);
        var display = wikidata?.WikidataName is { Length: > 0 } label ? label : ImportContext.TitleCase(names.FirstOrDefault(n => context.NameTokens(n).Count == context.Key(n).Split(' ').Length) ?? names[0]);
        var id = context.UniqueId(wikidata?.WikidataId ?? $"person:{country ?? "XXX"}:{context.Key(display).Replace(' ', '-')}");
        var sources = members.Aggregate(KnowledgeSources.None, (all, m) => all | m.Sources);
        var defaultCode = members.Select(m => m.DefaultCode).FirstOrDefault(c => c is not null);
        var entry = context.Draft.Add(id, EntryKind.Person, display, country, defaultCode, sources);
        foreach (var name in names)
        {
            var text = ImportContext.TitleCase(name);
            if (context.IsUsableAlias(text))
            {
                entry.Alias(text);
            }

            // The name without its honorific: "PRESIDENT AHMADINEJAD" → "Ahmadinejad" (a surname), "AYATOLLAH ALI KHAMENEI" → "Ali Khamenei".
            var tokens = context.NameTokens(name);
            if (tokens.Count < context.Key(name).Split(' ').Length && tokens.Count > 0)
            {
                entry.Alias(ImportContext.TitleCase(string.Join(' ', tokens).ToUpperInvariant()), tokens.Count == 1 ? AliasKind.Surname : AliasKind.Name);
            }
        }

        entry.Roles.AddRange(roles);
        context.IndexEntry(entry);
        return entry;
    }

    /// <summary>
    /// Merges roles from several sources: a Phoenix span (code and dates) that matches a CountryInfo or Wikidata office
    /// (same code, same start) lends it its end date; exact duplicates are dropped.
    /// </summary>
    private static List<RoleSpan> MergeRoles(IEnumerable<RoleSpan> all)
    {
        var roles = new List<RoleSpan>();
        foreach (var role in all.OrderBy(r => r.Office == Office.Unknown ? 1 : 0))
        {
            var twin = roles.FindIndex(r => (r.ActorCode == role.ActorCode && r.Start == role.Start) || SameTerm(r, role));
            if (twin < 0)
            {
                roles.Add(role);
                continue;
            }

            var kept = roles[twin];
            if ((kept.Flags & RoleSpanFlags.StartYearOnly) != 0 && (role.Flags & RoleSpanFlags.StartYearOnly) == 0)
            {
                // Keep the day-precise start, and the better-known title and end.
                kept = kept with { Start = role.Start, Flags = kept.Flags & ~RoleSpanFlags.StartYearOnly };
            }

            if (kept.End is null && role.End is not null)
            {
                kept = kept with { End = role.End, Flags = (kept.Flags & ~RoleSpanFlags.OpenEnded) | (role.Flags & RoleSpanFlags.EndYearOnly) };
            }

            roles[twin] = kept with { Source = kept.Source | role.Source };
        }

        return roles;
    }

    /// <summary>
    /// The same office held from the same year, one source giving the year and another the day (Wikidata's
    /// "President of Syria, 2000" and CountryInfo's "President, 2000-07-17").
    /// </summary>
    private static bool SameTerm(RoleSpan kept, RoleSpan role) =>
        kept.Office != Office.Unknown && kept.Office == role.Office && kept.Country == role.Country
        && kept.Start is { } a && role.Start is { } b && a.Year == b.Year
        && ((kept.Flags | role.Flags) & RoleSpanFlags.StartYearOnly) != 0;

    private static DateOnly? Year(string text, bool endOfYear) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year > 0
            ? endOfYear ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1)
            : null;

    /// <summary>Reads "2020-11-22", "2005-06" or "1999"; partial dates say so.</summary>
    private static (DateOnly? Date, bool YearOnly) Date(string text, bool endOfPeriod = false)
    {
        var parts = text.Split('-');
        if (parts.Length == 0 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year <= 0)
        {
            return (null, false);
        }

        var month = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : 0;
        var day = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d >= 1 ? d : 0;
        if (month == 0)
        {
            return (endOfPeriod ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1), true);
        }

        if (day == 0)
        {
            return (endOfPeriod ? new DateOnly(year, month, DateTime.DaysInMonth(year, month)) : new DateOnly(year, month, 1), true);
        }

        return (new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))), false);
    }
}
