using Readout.Core.Annotations;

namespace Readout.Extraction.Quotations;

/// <summary>
/// The entity layer's mentions in text order, for the speaker look-ups quotations make: the entity over a speaker
/// phrase, the names inside a quotation. Built once per document so that each look-up reads a few neighbours, not
/// every mention (a long novel has tens of thousands).
/// </summary>
internal sealed class SpeakerMentions
{
    private readonly (Mention Mention, Entity Entity)[] _byStart;
    private readonly int _longest;
    private readonly string _text;

    // Each word of a person's names, lower-cased, to the people named with it.
    private readonly Dictionary<string, List<Entity>> _peopleByNameWord = new(StringComparer.Ordinal);

    public SpeakerMentions(IReadOnlyList<Entity>? entities, string text)
    {
        _text = text;
        _byStart = entities is null ? [] : [.. entities.SelectMany(e => e.Mentions.Select(m => (m, e))).OrderBy(p => p.m.Range.Start)];
        _longest = _byStart.Length == 0 ? 0 : _byStart.Max(p => p.Mention.Range.Length);
        foreach (var (mention, entity) in _byStart)
        {
            if (mention.Kind != MentionKind.Name || entity.Type != Nlp.Entities.EntityTypes.Person)
            {
                continue;
            }

            foreach (var word in NameWords(mention.Range.Of(text)))
            {
                if (!_peopleByNameWord.TryGetValue(word, out var people))
                {
                    _peopleByNameWord[word] = people = [];
                }

                if (!people.Contains(entity))
                {
                    people.Add(entity);
                }
            }
        }
    }

    /// <summary>
    /// The entity over a speaker phrase (<see cref="Over"/>), else the one person the document names with every
    /// capitalized word of it: "old Cotter" or a "Curtis" the recognizer missed in one place are the Cotter and Curtis it
    /// found elsewhere.
    /// </summary>
    public Entity? OverOrNamed(TextRange speaker)
    {
        if (Over(speaker) is { } entity)
        {
            return entity;
        }

        // Only a phrase whose head is the name: "Mr Smith's lawyer" and "a Smith aide" are not Smith.
        var phrase = speaker.Of(_text);
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !char.IsUpper(words[^1][0]) || phrase.Contains('\'') || phrase.Contains('\u2019'))
        {
            return null;
        }

        Entity? found = null;
        var any = false;
        foreach (var word in NameWords(phrase))
        {
            any = true;
            if (!_peopleByNameWord.TryGetValue(word, out var people) || people.Count != 1 || (found is not null && found != people[0]))
            {
                return null;
            }

            found = people[0];
        }

        return any ? found : null;
    }

    /// <summary>The capitalized words of a name, lower-cased, without forms of address ("Mr.", "Lady") and pronouns.</summary>
    private static IEnumerable<string> NameWords(string name)
    {
        foreach (var word in name.Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 1 && char.IsUpper(word[0])
                && word.ToLowerInvariant() is not ("mr" or "mrs" or "miss" or "ms" or "dr" or "sir" or "lady" or "lord" or "the" or "he" or "she" or "i" or "my" or "his" or "her"))
            {
                yield return word.ToLowerInvariant();
            }
        }
    }

    /// <summary>
    /// The entity with a mention over the speaker phrase's last character (its head: "his wife" is not the entity of
    /// "his"); the longest overlap wins.
    /// </summary>
    public Entity? Over(TextRange speaker)
    {
        Entity? best = null;
        var bestOverlap = 0;
        for (var i = FirstStartingAtOrAfter(speaker.End) - 1; i >= 0 && _byStart[i].Mention.Range.Start >= speaker.End - _longest; i--)
        {
            var range = _byStart[i].Mention.Range;
            if (range.End < speaker.End)
            {
                continue;
            }

            var overlap = Math.Min(range.End, speaker.End) - Math.Max(range.Start, speaker.Start);
            if (overlap > bestOverlap)
            {
                best = _byStart[i].Entity;
                bestOverlap = overlap;
            }
        }

        return best;
    }

    /// <summary>Every mention with its entity, in text order.</summary>
    public IEnumerable<(Mention Mention, Entity Entity)> All => _byStart;

    /// <summary>The mentions that lie wholly inside <paramref name="range"/>, in text order.</summary>
    public IEnumerable<(Mention Mention, Entity Entity)> Within(TextRange range)
    {
        for (var i = FirstStartingAtOrAfter(range.Start); i < _byStart.Length && _byStart[i].Mention.Range.Start < range.End; i++)
        {
            if (range.Contains(_byStart[i].Mention.Range))
            {
                yield return _byStart[i];
            }
        }
    }

    private int FirstStartingAtOrAfter(int offset)
    {
        int low = 0, high = _byStart.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_byStart[middle].Mention.Range.Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
