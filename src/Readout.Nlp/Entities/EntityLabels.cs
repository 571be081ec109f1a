namespace Readout.Nlp.Entities;

/// <summary>
/// The BILOU classes of the recognizer: 0 is outside; type t has Begin 1+4t, Inside 2+4t, Last 3+4t and Unit 4+4t.
/// </summary>
/// <remarks>BILOU rather than BIO: the last word of a name and a one-word name get classes of their own (Ratinov and Roth 2009).</remarks>
internal static class EntityLabels
{
    public const int Outside = 0;
    public const int Begin = 0;
    public const int Inside = 1;
    public const int Last = 2;
    public const int Unit = 3;

    public static int ClassCount(int typeCount) => 1 + 4 * typeCount;

    public static int Of(int type, int position) => 1 + 4 * type + position;

    /// <summary>The type of a class, or -1 for outside.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) / 4;

    public static int PositionOf(int label) => (label - 1) % 4;

    /// <summary>True when a name is open after <paramref name="label"/> (it was a Begin or an Inside).</summary>
    public static bool Opens(int label) => label != Outside && PositionOf(label) is Begin or Inside;

    /// <summary>True when <paramref name="label"/> may follow <paramref name="previous"/> (-1 at a sentence start); at the last word no name may stay open.</summary>
    public static bool Allowed(int previous, int label, bool last)
    {
        if (previous >= 0 && Opens(previous))
        {
            if (label == Outside || TypeOf(label) != TypeOf(previous))
            {
                return false;
            }

            return last ? PositionOf(label) == Last : PositionOf(label) is Inside or Last;
        }

        if (label == Outside)
        {
            return true;
        }

        var position = PositionOf(label);
        return last ? position == Unit : position is Begin or Unit;
    }

    /// <summary>The best-scoring class allowed after <paramref name="previous"/>.</summary>
    public static int Best(ReadOnlySpan<float> scores, int previous, bool last)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var c = 0; c < scores.Length; c++)
        {
            if (scores[c] > bestScore && Allowed(previous, c, last))
            {
                best = c;
                bestScore = scores[c];
            }
        }

        return best;
    }

    /// <summary>BILOU classes from IOB2 tags over one sentence; <paramref name="typeOf"/> gives a type's index or -1 to ignore it.</summary>
    public static void FromIob(ReadOnlySpan<string> tags, Func<string, int> typeOf, Span<int> labels)
    {
        for (var i = 0; i < tags.Length; i++)
        {
            var (type, begins) = Parse(tags[i], typeOf);
            if (type < 0)
            {
                labels[i] = Outside;
                continue;
            }

            var continuesPrevious = !begins && i > 0 && Parse(tags[i - 1], typeOf).Type == type;
            var (nextType, nextBegins) = i + 1 < tags.Length ? Parse(tags[i + 1], typeOf) : (-1, true);
            var continuesNext = nextType == type && !nextBegins;
            var position = (continuesPrevious, continuesNext) switch
            {
                (false, false) => Unit,
                (false, true) => Begin,
                (true, true) => Inside,
                _ => Last,
            };
            labels[i] = Of(type, position);
        }
    }

    /// <summary>Appends the names a label sequence marks, as (first, end, type) in positions of the sequence.</summary>
    public static void Spans(ReadOnlySpan<int> labels, List<(int First, int End, int Type)> spans)
    {
        var start = -1;
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            if (label == Outside)
            {
                start = -1;
                continue;
            }

            var position = PositionOf(label);
            if (position is Begin)
            {
                start = i;
            }
            else if (position is Unit)
            {
                spans.Add((i, i + 1, TypeOf(label)));
                start = -1;
            }
            else if (position is Last && start >= 0 && TypeOf(labels[start]) == TypeOf(label))
            {
                spans.Add((start, i + 1, TypeOf(label)));
                start = -1;
            }
        }
    }

    private static (int Type, bool Begins) Parse(string tag, Func<string, int> typeOf)
    {
        if (tag.Length < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I'))
        {
            return (-1, true);
        }

        return (typeOf(tag[2..]), tag[0] == 'B');
    }
}
