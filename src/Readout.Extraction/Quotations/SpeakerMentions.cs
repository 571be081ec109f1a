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

    public SpeakerMentions(IReadOnlyList<Entity>? entities)
    {
        _byStart = entities is null ? [] : [.. entities.SelectMany(e => e.Mentions.Select(m => (m, e))).OrderBy(p => p.m.Range.Start)];
        _longest = _byStart.Length == 0 ? 0 : _byStart.Max(p => p.Mention.Range.Length);
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
