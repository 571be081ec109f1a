namespace Readout.Nlp.Learning;

/// <summary>An append-only list of distinct strings with their ids: class names, tags, labels, lemmas.</summary>
/// <remarks>
/// Strings handed out by <see cref="this[int]"/> are the vocabulary's own instances, so token columns can point at them
/// without allocating. Safe to read from many threads once building is finished.
/// </remarks>
public sealed class Vocabulary
{
    private readonly List<string> _items = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>The number of strings.</summary>
    public int Count => _items.Count;

    /// <summary>The string with id <paramref name="id"/>.</summary>
    public string this[int id] => _items[id];

    /// <summary>The id of <paramref name="item"/>, adding it when new.</summary>
    public int Add(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!_ids.TryGetValue(item, out var id))
        {
            id = _items.Count;
            _items.Add(item);
            _ids.Add(item, id);
        }

        return id;
    }

    /// <summary>The id of <paramref name="item"/>, or -1.</summary>
    public int IdOf(string item) => _ids.GetValueOrDefault(item, -1);

    /// <summary>The id of <paramref name="item"/> given as characters, or -1, without allocating.</summary>
    public int IdOf(ReadOnlySpan<char> item) =>
        _ids.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(item, out var id) ? id : -1;

    /// <summary>Writes the strings in id order.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_items.Count);
        foreach (var item in _items)
        {
            writer.Write(item);
        }
    }

    /// <summary>Reads strings written by <see cref="Write"/>.</summary>
    public static Vocabulary Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var vocabulary = new Vocabulary();
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            vocabulary.Add(reader.ReadString());
        }

        return vocabulary;
    }
}
