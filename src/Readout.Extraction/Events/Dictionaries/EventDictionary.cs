using Readout.Core.Errors;
using Readout.Core.Models;

namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// Everything the event coder knows about words: verbs and their patterns, agents (role words), optionally actors and
/// discards (the PETRARCH validation suites bring their own), and optionally a negation ontology.
/// </summary>
/// <remarks>Immutable once built; one instance is shared by every document and thread.</remarks>
public sealed class EventDictionary
{
    /// <summary>The compiled production dictionary's path inside the models folder.</summary>
    public const string RelativePath = "events/dictionary.bin";

    private static readonly Lazy<EventDictionary> Installed = new(() => Load(ModelDirectory.Resolve(RelativePath)));

    private readonly Dictionary<int, List<NominalTrigger>> _nominal = [];
    private readonly Dictionary<int, AttitudeWord> _attitudes = [];

    internal EventDictionary(
        WordTable words,
        VerbLexicon verbs,
        AgentDictionary agents,
        ActorDictionary? actors,
        DiscardList discards,
        NegationOntology? negation,
        string description,
        IReadOnlyList<NominalTrigger>? nominal = null,
        IReadOnlyList<AttitudeWord>? attitudes = null)
    {
        NominalTriggers = nominal ?? [];
        Attitudes = attitudes ?? [];
        foreach (var trigger in NominalTriggers)
        {
            // "hunger strike" is filed under its noun, "strike", before the noun alone.
            var head = trigger.Lemma.Split(' ')[^1];
            if (!_nominal.TryGetValue(words.Add(head), out var list))
            {
                _nominal[words.Add(head)] = list = [];
            }

            list.Add(trigger);
            list.Sort(static (a, b) => b.Lemma.Length - a.Lemma.Length);
            foreach (var word in trigger.Lemma.Split(' '))
            {
                words.Add(word);
            }
        }

        foreach (var word in Attitudes)
        {
            _attitudes[words.Add(word.Lemma)] = word;
        }

        Words = words;
        Verbs = verbs;
        Agents = agents;
        Actors = actors;
        Discards = discards;
        Negation = negation;
        Description = description;
    }

    /// <summary>The verbs, patterns, synsets and transformations.</summary>
    public VerbLexicon Verbs { get; }

    /// <summary>The agents.</summary>
    public AgentDictionary Agents { get; }

    /// <summary>The actors, when the dictionary brings its own (the validation suites), else null: actors then come from the entity layer.</summary>
    public ActorDictionary? Actors { get; }

    /// <summary>Phrases that keep a sentence or a document from being coded.</summary>
    public DiscardList Discards { get; }

    /// <summary>The ontology that turns "not X" into a code of its own, or null: negated events are then marked instead.</summary>
    public NegationOntology? Negation { get; }

    /// <summary>Nouns that name events ("meeting", "visit", "sanctions"); none in the PETRARCH suites' dictionaries.</summary>
    public IReadOnlyList<NominalTrigger> NominalTriggers { get; }

    /// <summary>Words of praise and criticism read in statements; none in the PETRARCH suites' dictionaries.</summary>
    public IReadOnlyList<AttitudeWord> Attitudes { get; }

    /// <summary>Where the dictionary came from, for explanations and the version string.</summary>
    public string Description { get; }

    /// <summary>The shipped dictionary, loaded on first use and shared.</summary>
    /// <exception cref="ReadoutException"><see cref="ErrorCodes.ModelMissing"/> or <see cref="ErrorCodes.ModelCorrupt"/>.</exception>
    public static EventDictionary Shared => Installed.Value;

    internal WordTable Words { get; }

    /// <summary>The nominal triggers whose noun is word <paramref name="wordId"/>, those with a modifier first.</summary>
    internal IReadOnlyList<NominalTrigger> NominalTriggersOf(int wordId) => wordId >= 0 && _nominal.TryGetValue(wordId, out var triggers) ? triggers : [];

    /// <summary>The attitude of word <paramref name="wordId"/>, or null.</summary>
    internal AttitudeWord? AttitudeOf(int wordId) => wordId >= 0 && _attitudes.TryGetValue(wordId, out var word) ? word : null;

    /// <summary>Loads a compiled dictionary file.</summary>
    /// <exception cref="ReadoutException"><see cref="ErrorCodes.ModelMissing"/> or <see cref="ErrorCodes.ModelCorrupt"/>.</exception>
    public static EventDictionary Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ReadoutException(ErrorCodes.ModelMissing, $"event dictionary '{path}' is not installed (run readout dict build)");
        }

        using var stream = File.OpenRead(path);
        return EventDictionaryFile.Read(stream, path);
    }

    /// <summary>Writes the compiled file; the same dictionary always gives the same bytes.</summary>
    public void Save(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        EventDictionaryFile.Write(this, output);
    }
}
