namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// The words a dictionary mentions, each with a small integer id, so the coder compares ids instead of strings. Lookups
/// ignore case and take a span of the document's text without allocating.
/// </summary>
/// <remarks>Filled while a dictionary is read; read-only and thread-safe afterwards.</remarks>
public sealed class WordTable
{
    private readonly List<string> _words = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>An empty table.</summary>
    public WordTable()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The number of words.</summary>
    public int Count => _words.Count;

    /// <summary>The word with id <paramref name="id"/>, upper case.</summary>
    public string this[int id] => _words[id];

    /// <summary>The id of <paramref name="word"/>, adding it when new.</summary>
    public int Add(string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        if (_ids.TryGetValue(word, out var id))
        {
            return id;
        }

        id = _words.Count;
        var upper = word.ToUpperInvariant();
        _words.Add(upper);
        _ids.Add(upper, id);
        return id;
    }

    /// <summary>The id of <paramref name="word"/>, or -1 when the table does not hold it.</summary>
    public int Find(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var id) ? id : -1;

    /// <summary>The id of <paramref name="word"/>, or -1 when it is null or not held.</summary>
    public int Find(string? word) => word is null ? -1 : Find(word.AsSpan());
}
