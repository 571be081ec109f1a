namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// Phrases of word ids, each with a payload, found in a run of tokens by their first word. A phrase's words are either
/// consecutive (PETRARCH's underscore) or may have other words between them (a space).
/// </summary>
/// <remarks>Filled while a dictionary is read; read-only and thread-safe afterwards.</remarks>
internal sealed class PhraseTable
{
    private readonly List<(int[] Words, bool[] Open, int Payload)> _phrases = [];
    private readonly Dictionary<int, List<int>> _byFirstWord = [];

    /// <summary>The number of phrases.</summary>
    public int Count => _phrases.Count;

    /// <summary>Phrase <paramref name="index"/>.</summary>
    public (int[] Words, bool[] Open, int Payload) this[int index] => _phrases[index];

    /// <summary>Adds a phrase; <paramref name="open"/>[k] says whether other words may come before word k.</summary>
    public void Add(int[] words, bool[] open, int payload)
    {
        if (words.Length == 0)
        {
            return;
        }

        if (!_byFirstWord.TryGetValue(words[0], out var list))
        {
            _byFirstWord[words[0]] = list = [];
        }

        list.Add(_phrases.Count);
        _phrases.Add((words, open, payload));
    }

    /// <summary>
    /// The longest phrase starting at <paramref name="position"/> of <paramref name="tokens"/> (word ids, -1 for words the
    /// table does not know), looking no further than <paramref name="limit"/>.
    /// </summary>
    /// <returns>The phrase index, or -1; <paramref name="end"/> is one past its last token.</returns>
    /// <remarks>Of two equal phrases the later one wins: a dictionary that lists a phrase twice means its last entry.</remarks>
    public int MatchAt(ReadOnlySpan<int> tokens, int position, int limit, out int end)
    {
        end = position;
        if (position >= limit || tokens[position] < 0 || !_byFirstWord.TryGetValue(tokens[position], out var candidates))
        {
            return -1;
        }

        var best = -1;
        var bestWords = 0;
        foreach (var index in candidates)
        {
            var (words, open, _) = _phrases[index];
            var at = position + 1;
            var matched = 1;
            for (; matched < words.Length; matched++)
            {
                var found = -1;
                for (var k = at; k < limit; k++)
                {
                    if (tokens[k] == words[matched])
                    {
                        found = k;
                        break;
                    }

                    if (!open[matched])
                    {
                        break;
                    }
                }

                if (found < 0)
                {
                    break;
                }

                at = found + 1;
            }

            if (matched == words.Length && (words.Length > bestWords || (words.Length == bestWords && at <= end)))
            {
                best = index;
                bestWords = words.Length;
                end = at;
            }
        }

        return best;
    }
}
