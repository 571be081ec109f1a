namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// Actors read from a PETRARCH actor dictionary (primary phrases, synonyms, date-restricted codes), found in a noun
/// phrase by their words. The validation suites bring their own; production reads actors from the entity layer.
/// </summary>
public sealed class ActorDictionary
{
    private readonly List<ActorEntry> _entries = [];

    internal ActorDictionary(WordTable words)
    {
        Words = words;
    }

    /// <summary>The number of actors.</summary>
    public int Count => _entries.Count;

    /// <summary>The number of phrases (primary phrases and synonyms).</summary>
    public int PhraseCount => Phrases.Count;

    /// <summary>Actor <paramref name="index"/>.</summary>
    public ActorEntry this[int index] => _entries[index];

    internal WordTable Words { get; }

    internal PhraseTable Phrases { get; } = new();

    internal int Add(ActorEntry entry)
    {
        _entries.Add(entry);
        return _entries.Count - 1;
    }
}
