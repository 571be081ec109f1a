using Readout.Nlp.Learning;

namespace Readout.Nlp.Clusters;

/// <summary>
/// Unlabelled text for <see cref="WordClusterTrainer"/>, kept as word numbers: each word is normalised as the entity
/// recognizer normalises it (<see cref="WordForm.Normalize"/>) and segments (documents, sentences) are kept apart.
/// </summary>
/// <remarks>Holds no text beyond the distinct words. Not thread-safe.</remarks>
public sealed class ClusterTrainingText
{
    // The longest word form the recognizer hashes (EntityWord normalises into 64 characters).
    private const int MaximumLength = 64;

    private readonly Vocabulary _words = new();
    private readonly List<int> _counts = [];
    private readonly List<int> _sequence = [];
    private bool _open;

    /// <summary>The number of tokens added.</summary>
    public long TokenCount { get; private set; }

    /// <summary>The number of segments.</summary>
    public int SegmentCount { get; private set; }

    /// <summary>The number of distinct normalised words.</summary>
    public int WordCount => _words.Count;

    internal Vocabulary Words => _words;

    internal IReadOnlyList<int> Counts => _counts;

    /// <summary>Word numbers in text order, -1 between segments.</summary>
    internal IReadOnlyList<int> Sequence => _sequence;

    /// <summary>Adds the next token of the current segment.</summary>
    public void Add(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty)
        {
            return;
        }

        Span<char> buffer = stackalloc char[Math.Min(token.Length, MaximumLength)];
        var length = WordForm.Normalize(token, buffer);
        var id = _words.IdOf(buffer[..length]);
        if (id < 0)
        {
            id = _words.Add(new string(buffer[..length]));
            _counts.Add(0);
        }

        _counts[id]++;
        _sequence.Add(id);
        TokenCount++;
        _open = true;
    }

    /// <summary>Ends the current segment: no bigram spans the boundary but the boundary itself.</summary>
    public void EndSegment()
    {
        if (_open)
        {
            _sequence.Add(-1);
            SegmentCount++;
            _open = false;
        }
    }
}
