using Readout.Knowledge.Index;

namespace Readout.Knowledge.Actors;

/// <summary>
/// Title and role words mapped to CAMEO role codes and offices, from the Phoenix agents dictionary and the project's
/// office list: "an Iranian military official" gets IRNMIL with no entry for the person.
/// </summary>
/// <remarks>Immutable and thread-safe. Phrases match in any case.</remarks>
public sealed class RoleVocabulary
{
    private readonly Title[] _titles;

    /// <summary>Indexes <paramref name="titles"/>; phrases must be distinct normalised keys.</summary>
    public RoleVocabulary(IReadOnlyList<Title> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        _titles = [.. titles];
        Phrases = new PhraseIndex([.. _titles.Select(t => t.Phrase)]);
    }

    /// <summary>The phrase index, for matching titles in a document.</summary>
    public PhraseIndex Phrases { get; }

    /// <summary>The number of titles.</summary>
    public int Count => _titles.Length;

    /// <summary>The title with phrase id <paramref name="phraseId"/>.</summary>
    public Title this[int phraseId] => _titles[phraseId];

    /// <summary>All titles.</summary>
    public IReadOnlyList<Title> All => _titles;

    /// <summary>Finds a title by its normalised phrase.</summary>
    public bool TryFind(string normalizedPhrase, out Title title)
    {
        if (Phrases.TryFind(normalizedPhrase, out var id))
        {
            title = _titles[id];
            return true;
        }

        title = null!;
        return false;
    }

    /// <summary>The longest title that starts at <paramref name="start"/> in normalised <paramref name="tokens"/>; returns its length in tokens (0 if none).</summary>
    public int LongestAt(IReadOnlyList<string> tokens, int start, out Title? title)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        title = null;
        var best = 0;
        var phrase = string.Empty;
        for (var end = start + 1; end <= tokens.Count && end - start <= 8; end++)
        {
            phrase = end == start + 1 ? tokens[start] : phrase + " " + tokens[end - 1];
            if (Phrases.TryFind(phrase, out var id))
            {
                title = _titles[id];
                best = end - start;
            }
        }

        return best;
    }
}
