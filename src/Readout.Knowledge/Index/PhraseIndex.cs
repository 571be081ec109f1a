using System.Buffers;
using Readout.Core.Documents;

namespace Readout.Knowledge.Index;

/// <summary>
/// A set of normalised phrases (alias keys or titles), indexed for exact lookup and as a trie over their tokens, so
/// that every phrase in a tokenized document is found in one left-to-right pass.
/// </summary>
/// <remarks>
/// Phrases are keys made by <see cref="AliasNormalizer"/>: normalised tokens joined by one space. Matching reads a
/// document's tokens, normalises each once into a stack buffer and walks the trie, so the hot path allocates nothing
/// but one pooled array per document. Immutable after construction and safe to share across threads.
/// </remarks>
public sealed class PhraseIndex
{
    private const int Root = 0;
    private const int Transparent = -2;
    private const int Unknown = -1;

    private readonly string[] _phrases;
    private readonly CaseRule[] _caseRules;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _phraseIds;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _vocabulary;
    private readonly bool[] _isParticle;
    private readonly Dictionary<long, int> _transitions;
    private readonly int[] _terminals;

    // True when every phrase must be capitalised: a lower-case word that is no particle then needs no lookup at all.
    private readonly bool _namesOnly;

    /// <summary>Indexes <paramref name="phrases"/>; phrase ids are positions in the list.</summary>
    /// <param name="phrases">Distinct normalised keys.</param>
    /// <param name="caseRules">The case rule of each phrase, or null for <see cref="CaseRule.Any"/> everywhere.</param>
    public PhraseIndex(IReadOnlyList<string> phrases, IReadOnlyList<CaseRule>? caseRules = null)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _phrases = [.. phrases];
        _caseRules = new CaseRule[_phrases.Length];
        if (caseRules is not null)
        {
            for (var i = 0; i < _caseRules.Length; i++)
            {
                _caseRules[i] = caseRules[i];
            }
        }

        var phraseIds = new Dictionary<string, int>(_phrases.Length, StringComparer.Ordinal);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var particles = new List<bool>();
        _transitions = new Dictionary<long, int>(_phrases.Length * 2);
        var terminals = new List<int> { -1 };
        for (var id = 0; id < _phrases.Length; id++)
        {
            var phrase = _phrases[id];
            if (!phraseIds.TryAdd(phrase, id))
            {
                throw new ArgumentException($"phrase '{phrase}' is listed twice", nameof(phrases));
            }

            var node = Root;
            foreach (var range in phrase.AsSpan().Split(' '))
            {
                var word = phrase[range];
                if (!vocabulary.TryGetValue(word, out var wordId))
                {
                    wordId = vocabulary.Count;
                    vocabulary.Add(word, wordId);
                    particles.Add(NameParticles.Contains(word));
                }

                var edge = Edge(node, wordId);
                if (!_transitions.TryGetValue(edge, out var child))
                {
                    child = terminals.Count;
                    terminals.Add(-1);
                    _transitions.Add(edge, child);
                }

                node = child;
            }

            terminals[node] = id;
        }

        _phraseIds = phraseIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _vocabulary = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        _isParticle = [.. particles];
        _terminals = [.. terminals];
        _namesOnly = _caseRules.Length > 0 && Array.TrueForAll(_caseRules, rule => rule != CaseRule.Any);
    }

    /// <summary>The number of phrases.</summary>
    public int Count => _phrases.Length;

    /// <summary>The normalised phrase with id <paramref name="phraseId"/>.</summary>
    public string this[int phraseId] => _phrases[phraseId];

    /// <summary>The case rule the matcher applies to phrase <paramref name="phraseId"/>.</summary>
    public CaseRule CaseRuleOf(int phraseId) => _caseRules[phraseId];

    /// <summary>Finds a phrase by its normalised key, without allocating.</summary>
    public bool TryFind(ReadOnlySpan<char> normalizedKey, out int phraseId) => _phraseIds.TryGetValue(normalizedKey, out phraseId);

    /// <summary>
    /// Appends every phrase found in <paramref name="document"/>'s tokens to <paramref name="matches"/>, in text order:
    /// at each token the longest phrase that starts there and is written as its case rule requires.
    /// </summary>
    /// <param name="document">A tokenized document.</param>
    /// <param name="matches">Receives the matches; not cleared.</param>
    /// <param name="overlapping">
    /// False (the default): leftmost-longest, non-overlapping matches, as candidate mentions. True: the longest match at
    /// every start token, so matches may nest or overlap, as gazetteer features.
    /// </param>
    public void FindMatches(Document document, List<PhraseMatch> matches, bool overlapping = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(matches);
        var count = document.Tokens.Count;
        if (count == 0)
        {
            return;
        }

        var ids = ArrayPool<int>.Shared.Rent(count);
        try
        {
            var text = document.Text.AsSpan();
            var starts = document.Tokens.Starts;
            var ends = document.Tokens.Ends;
            for (var i = 0; i < count; i++)
            {
                ids[i] = WordId(text[starts[i]..ends[i]]);
            }

            for (var start = 0; start < count; start++)
            {
                if (ids[start] < 0)
                {
                    continue;
                }

                var (phrase, end) = LongestAt(document, ids.AsSpan(0, count), start);
                if (phrase >= 0)
                {
                    matches.Add(new PhraseMatch(start, end, phrase));
                    if (!overlapping)
                    {
                        start = end - 1;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ids);
        }
    }

    /// <summary>The word id of a token's normalised form: -1 for an unknown word or a breaking punctuation mark, -2 for a transparent one.</summary>
    private int WordId(ReadOnlySpan<char> token)
    {
        // Most words of running text are lower case and cannot be part of a name: skip them without normalising.
        if (_namesOnly && token.Length > NameParticles.LongestWord && char.IsAsciiLetterLower(token[0]))
        {
            return Unknown;
        }

        Span<char> buffer = stackalloc char[2 * AliasNormalizer.MaxTokenLength];
        var length = AliasNormalizer.NormalizeToken(token, buffer);
        if (length == 0)
        {
            return AliasNormalizer.IsTransparent(token) ? Transparent : Unknown;
        }

        return length > 0 && _vocabulary.TryGetValue(buffer[..length], out var id) ? id : Unknown;
    }

    private (int Phrase, int End) LongestAt(Document document, ReadOnlySpan<int> ids, int start)
    {
        var node = Root;
        var best = -1;
        var bestEnd = start;
        for (var j = start; j < ids.Length; j++)
        {
            var id = ids[j];
            if (id == Transparent)
            {
                continue;
            }

            if (id == Unknown || !_transitions.TryGetValue(Edge(node, id), out node))
            {
                break;
            }

            var phrase = _terminals[node];
            if (phrase >= 0 && IsWrittenAsRequired(document, ids, start, j + 1, _caseRules[phrase]))
            {
                best = phrase;
                bestEnd = j + 1;
            }
        }

        return (best, bestEnd);
    }

    private bool IsWrittenAsRequired(Document document, ReadOnlySpan<int> ids, int start, int end, CaseRule rule)
    {
        if (rule == CaseRule.Any)
        {
            return true;
        }

        var text = document.Text.AsSpan();
        var starts = document.Tokens.Starts;
        var ends = document.Tokens.Ends;
        var checkedWords = 0;
        for (var i = start; i < end; i++)
        {
            if (ids[i] < 0 || (rule == CaseRule.Capitalized && _isParticle[ids[i]]))
            {
                continue;
            }

            var token = text[starts[i]..ends[i]];
            if (rule == CaseRule.Acronym ? !IsAllCapitals(token) : !StartsWithCapital(token))
            {
                return false;
            }

            checkedWords++;
        }

        // A name made of particles only ("Of", a town in Turkey) must still show a capital: "of" in running text is no name.
        return checkedWords > 0 || StartsWithCapital(text[starts[start]..ends[start]]);
    }

    private static bool StartsWithCapital(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c);
            }

            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static long Edge(int node, int wordId) => ((long)node << 32) | (uint)wordId;
}
