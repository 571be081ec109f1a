using Readout.Knowledge.Actors;
using Readout.Knowledge.Index;

namespace Readout.Knowledge.Lookup;

/// <summary>
/// Reads a query as [country or organisation] [title…] ["of" country] [name] and resolves it against a knowledge base
/// on a date. Used by <see cref="KnowledgeBase.Lookup"/>.
/// </summary>
internal sealed class QueryResolver
{
    // Offices one person holds at a time: "the Iranian President" is one person, "Iranian lawmakers" are not.
    private static readonly Office[] SingleHolderOffices =
    [
        Office.President, Office.VicePresident, Office.PrimeMinister, Office.Monarch, Office.SupremeLeader, Office.GovernorGeneral,
        Office.ForeignMinister, Office.DefenseMinister, Office.OrganizationHead,
    ];

    private readonly KnowledgeBase _knowledge;

    public QueryResolver(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
    }

    public LookupResult Resolve(string query, DateOnly date)
    {
        var candidates = new Dictionary<int, LookupCandidate>();
        LookupCandidate? composed = null;

        // 1. The whole query as an alias ("Islamic Republic of Iran", "the Kremlin", "People's Republic of China").
        var exact = AliasNormalizer.Tokens(query, dropPossessives: false, dropLeadingArticle: false);
        AliasNormalizer.DropLeadingArticles(exact);
        var key = string.Join(' ', exact);
        var namesOrganization = false;
        if (_knowledge.Names.TryFind(key, out var exactId))
        {
            foreach (var posting in _knowledge.PostingsOf(exactId))
            {
                var route = posting.Kind == AliasKind.Surname ? LookupRoute.Surname : LookupRoute.Alias;
                Keep(candidates, FromAlias(posting, route, date, title: null, country: null, key));
                namesOrganization |= _knowledge.Entries[posting.Entry].Kind is not EntryKind.Person;
            }
        }

        // 2. The query read as parts: "Syrian" + "Foreign Minister"; "President" + "Raisi"; "Minister of Foreign Affairs" + "of Syria" + "Faisal Mekdad".
        var tokens = AliasNormalizer.Tokens(query, dropPossessives: true, dropLeadingArticle: false);
        AliasNormalizer.DropLeadingArticles(tokens);
        var position = 0;
        var country = PrefixEntity(tokens, ref position, requireRest: true);
        var title = ReadTitles(tokens, ref position);
        if (title is not null && position < tokens.Count - 1 && tokens[position] == "of")
        {
            var after = position + 1;
            if (after < tokens.Count && tokens[after] == "the")
            {
                after++;
            }

            var ofCountry = PrefixEntity(tokens, ref after, requireRest: false);
            if (ofCountry is not null)
            {
                country ??= ofCountry;
                position = after;
            }
        }

        var name = position < tokens.Count ? string.Join(' ', tokens.Skip(position)) : null;

        // A whole-query name of a country or organisation ("Islamic Republic of Iran", "Security Council") is not read
        // as parts unless the parts name an office ("UN Secretary-General" is also whoever held the post).
        if (namesOrganization && title?.Office is null or Office.Unknown && !candidates.Values.Any(c => c.Entry?.Kind == EntryKind.Person))
        {
            return new LookupResult(query, date, key, null, null, key, Order(candidates, null));
        }

        if (position > 0 && name is not null)
        {
            var before = candidates.Count;
            ResolveName(candidates, name, tokens.Count - position, country, title, date);

            // An unknown person with a known role still gets an actor code: "Lieutenant General X" → MIL.
            if (candidates.Count == before && title?.RoleCode is not null)
            {
                composed = Composed(country, title);
            }
        }
        else if (name is null && title is not null)
        {
            composed = ResolveOffice(candidates, country, title, date);
        }

        return new LookupResult(query, date, key, country, title, name, Order(candidates, composed));
    }

    private static List<LookupCandidate> Order(Dictionary<int, LookupCandidate> candidates, LookupCandidate? composed)
    {
        var ordered = candidates.Values
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Entry?.Location?.Population ?? 0)
            .ThenBy(c => c.Entry?.Index ?? int.MaxValue)
            .ToList();
        if (composed is not null)
        {
            // A stable insertion keeps ties in the order above.
            var at = ordered.FindIndex(c => c.Score < composed.Score);
            ordered.Insert(at < 0 ? ordered.Count : at, composed);
        }

        return ordered;
    }

    /// <summary>The longest leading run of tokens that names a country, an organisation or a state institution.</summary>
    private KnowledgeEntry? PrefixEntity(List<string> tokens, ref int position, bool requireRest)
    {
        KnowledgeEntry? found = null;
        var foundEnd = position;
        var phrase = string.Empty;
        var limit = requireRest ? tokens.Count - 1 : tokens.Count;
        for (var end = position + 1; end <= limit && end - position <= 8; end++)
        {
            phrase = end == position + 1 ? tokens[position] : phrase + " " + tokens[end - 1];
            if (!_knowledge.Names.TryFind(phrase, out var id))
            {
                continue;
            }

            foreach (var posting in _knowledge.PostingsOf(id))
            {
                var entry = _knowledge.Entries[posting.Entry];
                var namesIt = posting.Kind is AliasKind.Name or AliasKind.OfficialName or AliasKind.Abbreviation or AliasKind.Demonym
                    or AliasKind.FormerName or AliasKind.SeatOfGovernment or AliasKind.Capital;
                if (namesIt && entry.Kind is EntryKind.Country or EntryKind.InternationalOrganization or EntryKind.Institution
                    && (found is null || end > foundEnd || Preferred(entry, found)))
                {
                    found = entry;
                    foundEnd = end;
                }
            }
        }

        if (found is not null)
        {
            position = foundEnd;
        }

        return found;

        // On the same words a country beats an organisation, which beats an institution.
        static bool Preferred(KnowledgeEntry entry, KnowledgeEntry current) => entry.Kind < current.Kind;
    }

    /// <summary>Reads consecutive titles ("Lieutenant General", "Martyr", "Foreign Minister"); returns the one that names a role.</summary>
    private Title? ReadTitles(List<string> tokens, ref int position)
    {
        Title? chosen = null;
        while (position < tokens.Count)
        {
            var length = _knowledge.Titles.LongestAt(tokens, position, out var title);
            if (length == 0 || title is null)
            {
                break;
            }

            position += length;
            if (chosen is null || chosen.RoleCode is null || (title.Office != Office.Unknown && chosen.Office == Office.Unknown))
            {
                chosen = title;
            }
        }

        return chosen;
    }

    /// <summary>Candidates for a name after a title or country: the full name as an alias, else a lone surname.</summary>
    private void ResolveName(Dictionary<int, LookupCandidate> candidates, string name, int nameTokens, KnowledgeEntry? country, Title? title, DateOnly date)
    {
        if (!_knowledge.Names.TryFind(name, out var id))
        {
            return;
        }

        foreach (var posting in _knowledge.PostingsOf(id))
        {
            var surname = posting.Kind == AliasKind.Surname;

            // A surname stands for a person only when it is the whole name: "Qasem Soleimani" is not "Mohammad Soleimani".
            if (surname && nameTokens > 2)
            {
                continue;
            }

            // After a title, a name is a person or an organisation, not a place ("the Islamic Republic" is no town called Republic).
            if (title is not null && _knowledge.Entries[posting.Entry].Kind is EntryKind.City or EntryKind.Region or EntryKind.Country)
            {
                continue;
            }

            var route = surname ? LookupRoute.TitleAndSurname : LookupRoute.TitleAndName;
            var candidate = FromAlias(posting, route, date, title, country, name);
            if (country is not null && !BelongsTo(candidate.Entry!, country))
            {
                candidate = candidate with { Score = candidate.Score - 0.3 };
            }

            Keep(candidates, candidate);
        }
    }

    /// <summary>Candidates for a title with no name: the holders of the office on the date, and the composed actor code.</summary>
    private LookupCandidate? ResolveOffice(Dictionary<int, LookupCandidate> candidates, KnowledgeEntry? country, Title title, DateOnly date)
    {
        var code = CountryCodeOf(country);
        if (SingleHolderOffices.Contains(title.Office) && code is not null)
        {
            var office = country!.Kind == EntryKind.InternationalOrganization && title.Office is Office.President or Office.OrganizationHead
                ? Office.OrganizationHead
                : title.Office;
            foreach (var (entry, role) in _knowledge.OfficeHolders(code, office, date))
            {
                Keep(candidates, new LookupCandidate(entry, role.ActorCode, role.Country, role, LookupRoute.OfficeHolder, null, 1.1));
            }
        }

        return title.RoleCode is null && code is null ? null : Composed(country, title);
    }

    /// <summary>An actor with no entry, composed from the country and the title's role: "Iranian" + "military official" → IRNMIL.</summary>
    private static LookupCandidate Composed(KnowledgeEntry? country, Title title)
    {
        var code = CountryCodeOf(country);
        return new LookupCandidate(null, ComposeCode(country?.ActorCode ?? code, title.RoleCode), code, null, LookupRoute.RoleWords, null, code is null ? 0.4 : 0.5);
    }

    private LookupCandidate FromAlias(AliasPosting posting, LookupRoute route, DateOnly date, Title? title, KnowledgeEntry? country, string? key = null)
    {
        var entry = _knowledge.Entries[posting.Entry];
        var role = entry.RoleOn(date);
        var code = role?.ActorCode ?? entry.ActorCode;
        if (posting.Kind == AliasKind.Capital && entry.Kind == EntryKind.Country)
        {
            // A capital named as an actor stands for the state's government: "Tehran said" → IRNGOV.
            code = ComposeCode(entry.ActorCode, "GOV");
        }
        else if (code is null && title?.RoleCode is not null)
        {
            code = ComposeCode(entry.Country ?? CountryCodeOf(country), title.RoleCode);
        }

        var score = posting.Kind switch
        {
            AliasKind.Name or AliasKind.OfficialName => 1.0,
            AliasKind.Capital => 0.99,
            AliasKind.Abbreviation or AliasKind.SeatOfGovernment => 0.95,
            AliasKind.Demonym or AliasKind.DemonymPlural or AliasKind.Epithet => 0.9,
            AliasKind.FormerName => 0.85,
            _ => 0.6,
        };
        score += entry.Kind switch
        {
            EntryKind.Country => 0.05,
            EntryKind.InternationalOrganization => 0.04,
            EntryKind.ArmedGroup or EntryKind.Institution or EntryKind.PoliticalGroup => 0.02,
            EntryKind.City => Math.Min(0.04, Math.Log10(Math.Max(1, entry.Location?.Population ?? 1)) / 200),
            _ => 0,
        };

        // A small town ranks below a region or a large city of the same name ("Geneva", Illinois, below the canton).
        if (entry.Kind == EntryKind.City && entry.Location?.Population < 50_000)
        {
            score -= 0.05;
        }

        // A place's other names (GeoNames' transliterations: "Hamas" for Hamm) rank below the names of actors.
        if (entry.Kind is EntryKind.City or EntryKind.Region && key is not null && key != AliasNormalizer.Normalize(entry.Name))
        {
            score -= 0.1;
        }

        if (entry.Kind == EntryKind.Person)
        {
            // A namesake with no actor code on the date ranks below one the sources code ("Martyr Soleimani").
            score += RoleFit(entry, role, title, date) + (code is null ? 0 : 0.05);
        }

        return new LookupCandidate(entry, code, role?.Country ?? entry.Country, role, route, posting.Kind, score);
    }

    /// <summary>How well a person's roles fit the title on the date: an active role in the titled office is best.</summary>
    private static double RoleFit(KnowledgeEntry entry, RoleSpan? active, Title? title, DateOnly date)
    {
        var fit = active is null ? 0 : 0.1;
        if (title is null || title.Office == Office.Unknown)
        {
            return fit;
        }

        foreach (var role in entry.RolesOn(date))
        {
            if (Compatible(role.Office, title.Office))
            {
                return fit + 0.2;
            }
        }

        foreach (var role in entry.Roles)
        {
            if (Compatible(role.Office, title.Office))
            {
                return fit;
            }
        }

        return fit - 0.1;
    }

    private static bool Compatible(Office held, Office titled) =>
        held == titled || (titled == Office.OrganizationHead && held == Office.President) || (titled == Office.President && held == Office.OrganizationHead);

    private static bool BelongsTo(KnowledgeEntry entry, KnowledgeEntry country)
    {
        var code = CountryCodeOf(country);
        if (entry.Country is null || entry.Country == code)
        {
            return true;
        }

        foreach (var role in entry.Roles)
        {
            if (role.Country == code)
            {
                return true;
            }
        }

        return false;
    }

    private static string? CountryCodeOf(KnowledgeEntry? entry) => entry switch
    {
        null => null,
        { CountryFacts: { } facts } => facts.CameoCode,
        { Kind: EntryKind.InternationalOrganization } => entry.ActorCode,
        _ => entry.Country,
    };

    /// <summary>Appends a role to a country code (<c>IRN</c> + <c>MIL</c>); organisations keep their own code.</summary>
    internal static string? ComposeCode(string? country, string? role)
    {
        if (role is null || country is null)
        {
            return country ?? role;
        }

        if (country.Length > 3 && (country.StartsWith("IGO", StringComparison.Ordinal) || country.StartsWith("NGO", StringComparison.Ordinal)
            || country.StartsWith("IMG", StringComparison.Ordinal) || country.EndsWith(role, StringComparison.Ordinal)))
        {
            return country;
        }

        return country + role;
    }

    private static void Keep(Dictionary<int, LookupCandidate> candidates, LookupCandidate candidate)
    {
        var index = candidate.Entry!.Index;
        if (!candidates.TryGetValue(index, out var existing) || candidate.Score > existing.Score)
        {
            candidates[index] = candidate;
        }
    }
}
