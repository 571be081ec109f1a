using Readout.Knowledge.Actors;
using Readout.Knowledge.Compiled;
using Readout.Knowledge.Index;

namespace Readout.Knowledge.Building;

/// <summary>
/// A knowledge base under construction: entries with aliases and dated roles, and the title vocabulary. The source
/// importers fill one from ../shared/data; tests fill a small one by hand. <see cref="Build"/> compiles it.
/// </summary>
/// <remarks>
/// Compiling normalises every alias to its key, merges duplicates (an entry keeps one kind per key, the most specific),
/// adds surnames of people, decides how each key must be written in a document, and ends open-ended roles where the
/// next holder of a single-holder office took over. The result depends only on what was added and in which order.
/// </remarks>
public sealed class KnowledgeDraft
{
    // Offices with one holder at a time per country: an open-ended holder's term ends when the next one starts.
    private static readonly Office[] SingleHolderOffices =
        [Office.President, Office.PrimeMinister, Office.SupremeLeader, Office.ForeignMinister, Office.DefenseMinister];

    private readonly List<EntryDraft> _entries = [];
    private readonly Dictionary<string, EntryDraft> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Title> _titles = new(StringComparer.Ordinal);
    private readonly List<KnowledgeSourceInfo> _sources = [];

    /// <summary>The entries added so far, in order.</summary>
    public IReadOnlyList<EntryDraft> Entries => _entries;

    /// <summary>The sources recorded so far.</summary>
    public IReadOnlyList<KnowledgeSourceInfo> Sources => _sources;

    /// <summary>Adds an entry; its name becomes its first alias.</summary>
    /// <exception cref="ArgumentException">An entry with the same id exists.</exception>
    public EntryDraft Add(string id, EntryKind kind, string name, string? country = null, string? actorCode = null, KnowledgeSources sources = KnowledgeSources.Readout)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var entry = new EntryDraft(id, kind, name, country, actorCode, sources);
        if (!_byId.TryAdd(id, entry))
        {
            throw new ArgumentException($"an entry with id '{id}' exists", nameof(id));
        }

        _entries.Add(entry);
        return entry;
    }

    /// <summary>The entry with <paramref name="id"/>, or null.</summary>
    public EntryDraft? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Changes an entry's id (when a later source knows its Wikidata id).</summary>
    public void Rename(EntryDraft entry, string newId)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Id == newId || _byId.ContainsKey(newId))
        {
            return;
        }

        _byId.Remove(entry.Id);
        entry.Id = newId;
        _byId.Add(newId, entry);
    }

    /// <summary>Adds a title; a title already present keeps its role unless <paramref name="replace"/> is set.</summary>
    /// <param name="phrase">The title as written ("Foreign Minister", "troops").</param>
    /// <param name="roleCode">The role code it implies (<c>GOV</c>, <c>MIL</c>), or null for an honorific.</param>
    /// <param name="office">The office it names.</param>
    /// <param name="replace">Replace an existing title with the same key.</param>
    public void AddTitle(string phrase, string? roleCode, Office office = Office.Unknown, bool replace = false)
    {
        var key = AliasNormalizer.Normalize(phrase);
        if (key.Length == 0)
        {
            return;
        }

        if (replace || !_titles.ContainsKey(key))
        {
            _titles[key] = new Title(key, roleCode, office);
        }
    }

    /// <summary>Records a source data set for the manifest and <c>kb stats</c>.</summary>
    public void AddSource(KnowledgeSourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _sources.Add(source);
    }

    /// <summary>Compiles the draft into an in-memory knowledge base.</summary>
    public KnowledgeBase Build() => new(Compile());

    internal KnowledgeContents Compile()
    {
        var ended = InferRoleEnds();
        var entries = new KnowledgeEntry[_entries.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var draft = _entries[i];
            var roles = ended.TryGetValue(draft, out var replaced) ? replaced : draft.Roles;
            entries[i] = new KnowledgeEntry(
                i, draft.Id, draft.Kind, draft.Name, draft.Country, draft.ActorCode,
                [.. roles.OrderBy(r => r.Start ?? DateOnly.MinValue).ThenBy(r => r.End ?? DateOnly.MaxValue).ThenBy(r => r.ActorCode, StringComparer.Ordinal)],
                draft.Location, draft.CountryFacts, draft.Sources);
        }

        var (keys, caseRules, starts, postings) = CompileAliases();
        var titles = _titles.Values.OrderBy(t => t.Phrase, StringComparer.Ordinal).ToArray();
        return new KnowledgeContents(entries, keys, caseRules, starts, postings, titles, [.. _sources]);
    }

    private (string[] Keys, CaseRule[] CaseRules, int[] Starts, AliasPosting[] Postings) CompileAliases()
    {
        // key → entry index → (kind, was any source form written with lower-case letters)
        var byKey = new Dictionary<string, Dictionary<int, (AliasKind Kind, bool MixedCase)>>(StringComparer.Ordinal);
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            Post(byKey, i, entry.Name, AliasKind.Name);
            foreach (var (text, kind) in entry.Aliases)
            {
                Post(byKey, i, text, kind);
            }

            if (entry.Kind == EntryKind.Person)
            {
                AddSurnames(byKey, i, entry, _titles);
            }
        }

        var keys = byKey.Keys.Order(StringComparer.Ordinal).ToArray();
        var caseRules = new CaseRule[keys.Length];
        var starts = new int[keys.Length + 1];
        var postings = new List<AliasPosting>();
        for (var k = 0; k < keys.Length; k++)
        {
            starts[k] = postings.Count;
            var mixedCase = false;
            foreach (var (entry, (kind, mixed)) in byKey[keys[k]].OrderBy(p => p.Key))
            {
                postings.Add(new AliasPosting(entry, kind));
                mixedCase |= mixed;
            }

            caseRules[k] = CaseRuleFor(keys[k], mixedCase);
        }

        starts[keys.Length] = postings.Count;
        return (keys, caseRules, starts, [.. postings]);
    }

    private static void Post(Dictionary<string, Dictionary<int, (AliasKind, bool)>> byKey, int entry, string text, AliasKind kind)
    {
        var key = AliasNormalizer.Normalize(text);
        if (!HasLetter(key))
        {
            return;
        }

        if (!byKey.TryGetValue(key, out var entries))
        {
            entries = [];
            byKey.Add(key, entries);
        }

        var mixed = HasLowerCase(text);
        if (entries.TryGetValue(entry, out var existing))
        {
            kind = Rank(kind) < Rank(existing.Item1) ? kind : existing.Item1;
            mixed |= existing.Item2;
        }

        entries[entry] = (kind, mixed);
    }

    /// <summary>Adds the surname of each multi-word name of a person: "Ebrahim Raisi" → "Raisi"; "Bashar al-Assad" → "al-Assad" and "Assad".</summary>
    private static void AddSurnames(Dictionary<string, Dictionary<int, (AliasKind, bool)>> byKey, int entry, EntryDraft draft, Dictionary<string, Title> titles)
    {
        var names = new List<string> { draft.Name };
        foreach (var (text, kind) in draft.Aliases)
        {
            if (kind is AliasKind.Name or AliasKind.OfficialName)
            {
                names.Add(text);
            }
        }

        foreach (var name in names)
        {
            var tokens = AliasNormalizer.Tokens(name, dropPossessives: true, dropLeadingArticle: false);
            if (tokens.Count < 2)
            {
                continue;
            }

            // A title is no surname: "Vice President" names no one called President.
            var last = tokens[^1];
            if (NameParticles.Contains(last) || last.Length < 2 || titles.ContainsKey(last))
            {
                continue;
            }

            Post(byKey, entry, last, AliasKind.Surname);
            if (tokens.Count >= 3 && tokens[^2] is "al" or "el" or "bin" or "ibn" or "abu" or "van" or "von" or "de" or "da")
            {
                Post(byKey, entry, tokens[^2] + " " + last, AliasKind.Surname);
            }
        }
    }

    /// <summary>
    /// Lower wins when an entry is named by one key in two ways. A marked epithet or seat of government stays one; a
    /// name beats a capital (Singapore, Kuwait and Djibouti are named after their capitals).
    /// </summary>
    private static int Rank(AliasKind kind) => kind switch
    {
        AliasKind.Epithet => 0,
        AliasKind.SeatOfGovernment => 1,
        AliasKind.Name => 2,
        AliasKind.OfficialName => 3,
        AliasKind.Abbreviation => 4,
        AliasKind.Demonym => 5,
        AliasKind.DemonymPlural => 6,
        AliasKind.Capital => 7,
        AliasKind.FormerName => 8,
        _ => 9,
    };

    /// <summary>Short all-capital keys ("US", "IS", "UN") must be written in capitals unless a source wrote them in mixed case ("Ede").</summary>
    private static CaseRule CaseRuleFor(string key, bool mixedCase) =>
        key.Length <= 3 && !key.Contains(' ', StringComparison.Ordinal) && !mixedCase ? CaseRule.Acronym : CaseRule.Capitalized;

    private static bool HasLetter(string key)
    {
        foreach (var c in key)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLowerCase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Ends open-ended roles of single-holder offices where a later holder of the same office in the same country
    /// started: the data has gaps (sources stop in 2011, 2013, 2022), and a holder with no recorded end otherwise stays
    /// in office for ever.
    /// </summary>
    private Dictionary<EntryDraft, List<RoleSpan>> InferRoleEnds()
    {
        var replaced = new Dictionary<EntryDraft, List<RoleSpan>>();
        foreach (var office in SingleHolderOffices)
        {
            var holders = new List<(EntryDraft Entry, int Index, RoleSpan Role)>();
            foreach (var entry in _entries)
            {
                for (var r = 0; r < entry.Roles.Count; r++)
                {
                    var role = entry.Roles[r];
                    if (role.Office == office && role.Country is not null && role.Start is not null)
                    {
                        holders.Add((entry, r, role));
                    }
                }
            }

            foreach (var group in holders.GroupBy(h => h.Role.Country, StringComparer.Ordinal))
            {
                var ordered = group.OrderBy(h => h.Role.Start).ToList();
                for (var i = 0; i < ordered.Count; i++)
                {
                    var (entry, index, role) = ordered[i];
                    if (role.End is not null)
                    {
                        continue;
                    }

                    var next = ordered.Skip(i + 1).FirstOrDefault(h => h.Entry != entry && h.Role.Start > role.Start);
                    if (next.Entry is null)
                    {
                        continue;
                    }

                    if (!replaced.TryGetValue(entry, out var roles))
                    {
                        roles = [.. entry.Roles];
                        replaced.Add(entry, roles);
                    }

                    roles[index] = role with
                    {
                        End = next.Role.Start!.Value.AddDays(-1),
                        Flags = (role.Flags & ~RoleSpanFlags.OpenEnded) | RoleSpanFlags.EndInferred,
                    };
                }
            }
        }

        return replaced;
    }
}
