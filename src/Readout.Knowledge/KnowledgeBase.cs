using System.Collections.Frozen;
using Readout.Core.Errors;
using Readout.Core.Models;
using Readout.Knowledge.Actors;
using Readout.Knowledge.Compiled;
using Readout.Knowledge.Index;
using Readout.Knowledge.Lookup;

namespace Readout.Knowledge;

/// <summary>
/// The compiled knowledge base: countries, places, international organisations, armed groups, institutions and people
/// with dated roles, their aliases, and the title vocabulary. Looks up names by alias and date, and finds candidate
/// mentions in a tokenized document.
/// </summary>
/// <remarks>
/// Built by <c>readout kb build</c> into <c>models/kb/knowledge.bin</c>; at run time only that file is read. Immutable
/// after loading and safe to share across threads: load it once (<see cref="Shared"/>) and pass it to the components
/// that need it.
/// </remarks>
public sealed class KnowledgeBase
{
    /// <summary>The compiled file's path inside the models folder.</summary>
    public const string RelativePath = "kb/knowledge.bin";

    private static readonly Lazy<KnowledgeBase> Default = new(() => Load(ModelDirectory.Resolve(RelativePath)));

    private readonly KnowledgeContents _contents;
    private readonly FrozenDictionary<string, KnowledgeEntry> _countriesByCode;
    private readonly Dictionary<(string Country, Office Office), List<(KnowledgeEntry Entry, RoleSpan Role)>> _holders;
    private readonly Lazy<List<(int Key, AliasKind Kind)>[]> _aliasesByEntry;
    private readonly QueryResolver _resolver;
    private readonly Lazy<DateOnly> _asOf;

    internal KnowledgeBase(KnowledgeContents contents)
    {
        _contents = contents;
        Names = new PhraseIndex(contents.AliasKeys, contents.CaseRules);
        Titles = new RoleVocabulary(contents.Titles);
        Countries = [.. contents.Entries.Where(e => e.Kind == EntryKind.Country)];
        var codes = new Dictionary<string, KnowledgeEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in Countries)
        {
            if (country.CountryFacts is { } facts)
            {
                codes.TryAdd(facts.CameoCode, country);
                codes.TryAdd(facts.Alpha3, country);
                codes.TryAdd(facts.Alpha2, country);
            }
        }

        _countriesByCode = codes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _holders = IndexOfficeHolders(contents.Entries);
        _aliasesByEntry = new Lazy<List<(int, AliasKind)>[]>(IndexAliasesByEntry);
        _resolver = new QueryResolver(this);
        _asOf = new Lazy<DateOnly>(LatestKnownDate);
    }

    /// <summary>The installed knowledge base, loaded on first use and shared.</summary>
    /// <exception cref="ReadoutException"><see cref="ErrorCodes.ModelMissing"/> or <see cref="ErrorCodes.ModelCorrupt"/>.</exception>
    public static KnowledgeBase Shared => Default.Value;

    /// <summary>Every entry, by index.</summary>
    public IReadOnlyList<KnowledgeEntry> Entries => _contents.Entries;

    /// <summary>The countries.</summary>
    public IReadOnlyList<KnowledgeEntry> Countries { get; }

    /// <summary>Every alias key, indexed for lookup and document matching; ids index <see cref="PostingsOf(int)"/>.</summary>
    public PhraseIndex Names { get; }

    /// <summary>Title and role words with their CAMEO role codes and offices.</summary>
    public RoleVocabulary Titles { get; }

    /// <summary>The data sets the knowledge base was compiled from.</summary>
    public IReadOnlyList<KnowledgeSourceInfo> Sources => _contents.Sources;

    /// <summary>
    /// The latest day a dated role starts: the day the knowledge base is current to, used for documents without a
    /// publication date (so the same text gives the same actors whatever day it is read).
    /// </summary>
    public DateOnly AsOf => _asOf.Value;

    /// <summary>The number of alias postings (alias–entry pairs).</summary>
    public int PostingCount => _contents.Postings.Length;

    /// <summary>Loads a compiled knowledge base file.</summary>
    /// <exception cref="ReadoutException"><see cref="ErrorCodes.ModelMissing"/> or <see cref="ErrorCodes.ModelCorrupt"/>.</exception>
    public static KnowledgeBase Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ReadoutException(ErrorCodes.ModelMissing, $"knowledge base '{path}' is not installed (run readout kb build)");
        }

        using var stream = File.OpenRead(path);
        return new KnowledgeBase(KnowledgeFile.Read(stream, path));
    }

    /// <summary>Writes the compiled file; the same contents always give the same bytes.</summary>
    public void Save(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        KnowledgeFile.Write(_contents, output);
    }

    /// <summary>The entries named by alias <paramref name="nameId"/> of <see cref="Names"/>, and how.</summary>
    public ReadOnlySpan<AliasPosting> PostingsOf(int nameId) =>
        _contents.Postings.AsSpan(_contents.PostingStarts[nameId], _contents.PostingStarts[nameId + 1] - _contents.PostingStarts[nameId]);

    /// <summary>The entries named by <paramref name="alias"/> as written (normalised first), and how.</summary>
    public ReadOnlySpan<AliasPosting> PostingsOf(string alias) =>
        Names.TryFind(AliasNormalizer.Normalize(alias), out var id) ? PostingsOf(id) : [];

    /// <summary>The country with ISO alpha-2, alpha-3 or CAMEO code <paramref name="code"/>, or null.</summary>
    public KnowledgeEntry? FindCountry(string code) => _countriesByCode.GetValueOrDefault(code);

    /// <summary>The entry with id <paramref name="id"/> (linear search; for tools and tests).</summary>
    public KnowledgeEntry? FindById(string id) => _contents.Entries.FirstOrDefault(e => e.Id == id);

    /// <summary>
    /// Who held <paramref name="office"/> for <paramref name="country"/> (alpha-3, or an organisation code such as
    /// <c>IGOUNO</c>) on <paramref name="date"/>, most recently started first.
    /// </summary>
    public IReadOnlyList<(KnowledgeEntry Entry, RoleSpan Role)> OfficeHolders(string country, Office office, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(country);
        if (!_holders.TryGetValue((country, office), out var all))
        {
            return [];
        }

        var found = new List<(KnowledgeEntry, RoleSpan)>();
        foreach (var holder in all)
        {
            if (holder.Role.IsActiveOn(date))
            {
                found.Add(holder);
            }
        }

        return found;
    }

    /// <summary>
    /// What the knowledge base knows about <paramref name="query"/> on <paramref name="date"/>: an alias ("Tehran",
    /// "the Zionist regime"), a title and name ("President Raisi"), a demonym and title ("the Iranian President"), or
    /// role words ("an Iranian military official").
    /// </summary>
    public LookupResult Lookup(string query, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _resolver.Resolve(query, date);
    }

    /// <summary>The alias keys that name <paramref name="entry"/>, with their kinds (built on first use).</summary>
    public IReadOnlyList<(string Alias, AliasKind Kind)> AliasesOf(KnowledgeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return [.. _aliasesByEntry.Value[entry.Index].Select(a => (_contents.AliasKeys[a.Key], a.Kind))];
    }

    private DateOnly LatestKnownDate()
    {
        var latest = DateOnly.MinValue;
        foreach (var entry in _contents.Entries)
        {
            foreach (var role in entry.Roles)
            {
                if (role.Start is { } start && start > latest)
                {
                    latest = start;
                }
            }
        }

        return latest;
    }

    private List<(int, AliasKind)>[] IndexAliasesByEntry()
    {
        var byEntry = new List<(int, AliasKind)>[_contents.Entries.Length];
        for (var i = 0; i < byEntry.Length; i++)
        {
            byEntry[i] = [];
        }

        for (var key = 0; key < _contents.AliasKeys.Length; key++)
        {
            foreach (var posting in PostingsOf(key))
            {
                byEntry[posting.Entry].Add((key, posting.Kind));
            }
        }

        return byEntry;
    }

    private static Dictionary<(string, Office), List<(KnowledgeEntry, RoleSpan)>> IndexOfficeHolders(KnowledgeEntry[] entries)
    {
        var holders = new Dictionary<(string, Office), List<(KnowledgeEntry, RoleSpan)>>();
        foreach (var entry in entries)
        {
            foreach (var role in entry.Roles)
            {
                if (role.Office == Office.Unknown || role.Country is null)
                {
                    continue;
                }

                if (!holders.TryGetValue((role.Country, role.Office), out var list))
                {
                    list = [];
                    holders.Add((role.Country, role.Office), list);
                }

                list.Add((entry, role));
            }
        }

        foreach (var list in holders.Values)
        {
            list.Sort((a, b) => Nullable.Compare(b.Item2.Start, a.Item2.Start));
        }

        return holders;
    }
}
