using System.Collections.Frozen;
using Readout.Core.Documents;
using Readout.Nlp.Entities;
using Readout.Nlp.Learning;

namespace Readout.Knowledge.Index;

/// <summary>
/// The knowledge base as a gazetteer for the entity recognizer: every alias found in the document marks its tokens
/// with what it names (person, country, city, region, organisation, demonym, capital, surname) and where in the name
/// the token sits (begin, inside, last, unit); titles mark theirs; known first names mark the word.
/// </summary>
/// <remarks>Immutable and thread-safe; the first-name list is built on first use from the people of the knowledge base.</remarks>
public sealed class KnowledgeGazetteer : IEntityGazetteer
{
    private const int PersonCategory = 1;
    private const int CountryCategory = 2;
    private const int CityCategory = 3;
    private const int RegionCategory = 4;
    private const int OrganizationCategory = 5;
    private const int DemonymCategory = 6;
    private const int CapitalCategory = 7;
    private const int SurnameCategory = 8;
    private const int TitleCategory = 9;
    private const int FirstNameCategory = 10;

    // Categories of single words: a word of some person's, organisation's or place's name, an unwritten-case alias.
    private const int WordCategories = 20;
    private const int LowerCaseCategories = 40;

    private readonly KnowledgeBase _knowledge;
    private readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> _firstNames;
    private readonly Lazy<FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>> _nameWords;

    /// <summary>A gazetteer over <paramref name="knowledge"/>.</summary>
    public KnowledgeGazetteer(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
        _firstNames = new Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>>(() => FirstNames(knowledge).GetAlternateLookup<ReadOnlySpan<char>>());
        _nameWords = new Lazy<FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>>(() => NameWords(knowledge).GetAlternateLookup<ReadOnlySpan<char>>());
    }

    /// <inheritdoc />
    public string Version => "kb-1";

    /// <inheritdoc />
    public void Mark(Document document, GazetteerMarks marks)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(marks);
        var matches = new List<PhraseMatch>();
        _knowledge.Names.FindMatches(document, matches, overlapping: true);
        foreach (var match in matches)
        {
            foreach (var posting in _knowledge.PostingsOf(match.PhraseId))
            {
                MarkSpan(marks, match.FirstToken, match.EndToken, CategoryOf(_knowledge.Entries[posting.Entry].Kind, posting.Kind));
            }
        }

        matches.Clear();
        _knowledge.Titles.Phrases.FindMatches(document, matches);
        foreach (var match in matches)
        {
            MarkSpan(marks, match.FirstToken, match.EndToken, TitleCategory);
        }

        var firstNames = _firstNames.Value;
        var nameWords = _nameWords.Value;
        var tokens = document.Tokens;
        Span<char> buffer = stackalloc char[2 * AliasNormalizer.MaxTokenLength];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = document.Text.AsSpan(tokens.Starts[i], tokens.Ends[i] - tokens.Starts[i]);
            if (token.Length < 2 || !char.IsLetter(token[0]))
            {
                continue;
            }

            var length = AliasNormalizer.NormalizeToken(token, buffer);
            if (length <= 0)
            {
                continue;
            }

            var key = buffer[..length];
            if (char.IsUpper(token[0]))
            {
                if (firstNames.Contains(key))
                {
                    marks.Add(i, Mark(FirstNameCategory, EntityPosition.Unit));
                }

                if (nameWords.TryGetValue(key, out var categories))
                {
                    for (var category = 1; category <= OrganizationCategory; category++)
                    {
                        if ((categories & (1 << category)) != 0)
                        {
                            marks.Add(i, Mark(WordCategories + category, EntityPosition.Unit));
                        }
                    }
                }
            }
            else if (_knowledge.Names.TryFind(key, out var id))
            {
                // Web text writes places in lower case ("in florida"): a one-word country, region or large city still counts, marked apart.
                foreach (var posting in _knowledge.PostingsOf(id))
                {
                    var entry = _knowledge.Entries[posting.Entry];
                    if (posting.Kind is AliasKind.Name && (entry.Kind is EntryKind.Country or EntryKind.Region
                        || (entry.Kind == EntryKind.City && entry.Location?.Population >= 100_000)))
                    {
                        marks.Add(i, Mark(LowerCaseCategories + CategoryOf(entry.Kind, posting.Kind), EntityPosition.Unit));
                    }
                }
            }
        }
    }

    private static void MarkSpan(GazetteerMarks marks, int first, int end, int category)
    {
        if (end - first == 1)
        {
            marks.Add(first, Mark(category, EntityPosition.Unit));
            return;
        }

        marks.Add(first, Mark(category, EntityPosition.Begin));
        for (var i = first + 1; i < end - 1; i++)
        {
            marks.Add(i, Mark(category, EntityPosition.Inside));
        }

        marks.Add(end - 1, Mark(category, EntityPosition.Last));
    }

    private static ulong Mark(int category, EntityPosition position) => FeatureHash.OfValue(5000 + category * 8 + (int)position);

    private static int CategoryOf(EntryKind kind, AliasKind alias) => alias switch
    {
        AliasKind.Demonym or AliasKind.DemonymPlural => DemonymCategory,
        AliasKind.Capital or AliasKind.SeatOfGovernment => CapitalCategory,
        AliasKind.Surname => SurnameCategory,
        _ => kind switch
        {
            EntryKind.Person => PersonCategory,
            EntryKind.Country => CountryCategory,
            EntryKind.City => CityCategory,
            EntryKind.Region => RegionCategory,
            _ => OrganizationCategory,
        },
    };

    /// <summary>For every word of a name (a capitalized word, at least three letters), the categories of the entries whose names hold it, as bits.</summary>
    private static FrozenDictionary<string, int> NameWords(KnowledgeBase knowledge)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = 0; id < knowledge.Names.Count; id++)
        {
            var categories = 0;
            foreach (var posting in knowledge.PostingsOf(id))
            {
                if (posting.Kind is AliasKind.Name or AliasKind.OfficialName or AliasKind.Abbreviation)
                {
                    categories |= 1 << CategoryOf(knowledge.Entries[posting.Entry].Kind, posting.Kind);
                }
            }

            if (categories == 0)
            {
                continue;
            }

            foreach (var range in knowledge.Names[id].AsSpan().Split(' '))
            {
                var word = knowledge.Names[id][range];
                if (word.Length >= 3)
                {
                    words[word] = words.GetValueOrDefault(word) | categories;
                }
            }
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The first words of people's names with two or more words ("Faisal" of "Faisal Mekdad"), titles left out.</summary>
    private static FrozenSet<string> FirstNames(KnowledgeBase knowledge)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in knowledge.Entries)
        {
            if (entry.Kind != EntryKind.Person)
            {
                continue;
            }

            var words = AliasNormalizer.Tokens(entry.Name, dropPossessives: false, dropLeadingArticle: true);
            if (words.Count >= 2 && words[0].Length >= 2 && !knowledge.Titles.TryFind(words[0], out _))
            {
                names.Add(words[0]);
            }
        }

        return names.ToFrozenSet(StringComparer.Ordinal);
    }

    private enum EntityPosition
    {
        Begin,
        Inside,
        Last,
        Unit,
    }
}
