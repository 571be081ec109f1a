namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// Agents read from a PETRARCH agent dictionary: role words ("police", "foreign minister", "rebels") whose codes are
/// added to the actor they describe, with their plurals and substitution sets expanded.
/// </summary>
public sealed class AgentDictionary
{
    private readonly List<AgentEntry> _entries = [];

    internal AgentDictionary(WordTable words)
    {
        Words = words;
    }

    /// <summary>The number of agents.</summary>
    public int Count => _entries.Count;

    /// <summary>Agent <paramref name="index"/>.</summary>
    public AgentEntry this[int index] => _entries[index];

    internal WordTable Words { get; }

    internal PhraseTable Phrases { get; } = new();

    internal int Add(AgentEntry entry)
    {
        _entries.Add(entry);
        return _entries.Count - 1;
    }
}
