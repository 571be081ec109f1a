using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Core.Processing;
using Readout.Extraction.Events.Actors;
using Readout.Extraction.Events.Dictionaries;
using Readout.Extraction.Dates;
using Readout.Extraction.Events.Statements;
using Readout.Extraction.Locations;
using Readout.Knowledge.Ontologies;
using Readout.Extraction.Syntax;

namespace Readout.Extraction.Events;

/// <summary>
/// Codes political events (CAMEO, with QuadClass) from the dependency parse: who did what to whom, with the evidence
/// span and the rule that produced each event.
/// </summary>
/// <remarks>
/// Requires: <see cref="LayerNames.Tokens"/>, <see cref="LayerNames.Sentences"/>, <see cref="LayerNames.Dependencies"/>.
/// Produces: <see cref="LayerNames.Events"/> and <see cref="Traces"/>. Reads actors from the dictionary when it brings
/// its own (the PETRARCH validation suites); otherwise from the entity layer. Options: <see cref="EventCoderOptions"/>.
/// Immutable and thread-safe.
/// </remarks>
public sealed class EventCoder : IComponent
{
    /// <summary>The layer of explanations, one per event, in event order.</summary>
    public static readonly LayerKey<IReadOnlyList<EventTrace>> Traces = new("event-traces");

    private static readonly string[] SuiteLayers = [LayerNames.Tokens, LayerNames.Sentences, LayerNames.Dependencies];
    private static readonly string[] ProductionLayers = [LayerNames.Tokens, LayerNames.Sentences, LayerNames.Dependencies, LayerNames.Entities, LayerNames.Quotations];
    private static readonly string[] ProducedLayers = [LayerNames.Events, Traces.Name];

    private readonly EventCoderOptions _options;
    private readonly SentenceCoder _sentences;

    /// <summary>Creates a coder with <paramref name="options"/>.</summary>
    public EventCoder(EventCoderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _sentences = new SentenceCoder(options);
    }

    /// <inheritdoc />
    public string Name => "event-coder";

    /// <inheritdoc />
    public string Version => "1.0+" + _options.Dictionary.Description;

    /// <summary>The shipped dictionary, ontology and gazetteer, with actors from the entity layer.</summary>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when a shipped model is not installed.</exception>
    public EventCoder()
        : this(EventCoderOptions.Installed())
    {
    }

    /// <inheritdoc />
    /// <remarks>With its own actors (a validation suite's dictionary) the coder needs only the parse; else the entities and quotations too.</remarks>
    public IReadOnlyList<string> Requires => _options.Dictionary.Actors is null ? ProductionLayers : SuiteLayers;

    /// <inheritdoc />
    public IReadOnlyList<string> Produces => ProducedLayers;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var dictionary = _options.Dictionary;
        var events = new List<PoliticalEvent>();
        var traces = new List<EventTrace>();
        if (!DiscardList.Contains(document.Text, dictionary.Discards.StoryPhrases))
        {
            var entities = document.Get(AnnotationLayers.Entities);
            IActorSource source = dictionary.Actors is null && entities is not null
                ? new EntityActorSource(document, entities, dictionary.Agents)
                : new DictionaryActorSource(dictionary.Actors, dictionary.Agents);
            var resolver = new ActorResolver(source);
            var readingDate = document.Published ?? _options.UndatedReadingDate;
            var sentences = new List<CodedSentence>();
            foreach (var sentence in document.Sentences)
            {
                if (SentenceGraph.Build(document, sentence.FirstToken, sentence.EndToken) is not { } graph
                    || DiscardList.Contains(sentence.Chars, dictionary.Discards.SentencePhrases))
                {
                    continue;
                }

                var context = new SentenceContext(graph, dictionary, readingDate);
                sentences.Add(new CodedSentence(context, _sentences.Code(context, source, resolver)));
            }

            if (_options.SpeechActs && document.Get(AnnotationLayers.Quotations) is { Count: > 0 } quotations)
            {
                QuotationStatements.Apply(quotations, sentences, resolver);
            }

            var dateline = PlaceFinder.Dateline(document, _options.Places);
            foreach (var (context, coded) in sentences)
            {
                var kept = new List<CodedEvent>(coded.Count);
                foreach (var item in coded)
                {
                    if (_sentences.Keeps(item))
                    {
                        kept.Add(item);
                    }
                }

                if (kept.Count == 0)
                {
                    continue;
                }

                var graph = context.Graph;
                var dates = document.Published is { } published ? DateFinder.Find(graph, published) : [];
                var places = PlaceFinder.Find(graph, entities, _options.Places);
                foreach (var item in Deduplicate(kept))
                {
                    var id = $"v{events.Count + 1}";
                    var date = Nearest(graph, dates, item.Trigger, static d => d.Anchor)?.Date ?? document.Published;
                    var place = Nearest(graph, places, item.Trigger, static p => p.Anchor)?.Place ?? dateline;
                    events.Add(ToRecord(id, graph, item, _options.Ontology) with { Date = date, Location = place });
                    traces.Add(new EventTrace(id, graph.Text(item.Trigger).ToString(), new TextRange(graph.Start(item.Trigger), graph.End(item.Trigger)), item.Rule, item.Detail, item.Source.How, item.Target.How, item.Negated, item.Hypothetical));
                }
            }
        }

        document.Set(AnnotationLayers.Events, events);
        document.Set(Traces, traces);
    }

    /// <summary>
    /// One event per source, target and code in a sentence: the one with the strongest evidence. Statements read from a
    /// quotation count once per source, target and root ("evil methods" and "conspiracies" in one sentence are one
    /// criticism).
    /// </summary>
    internal static List<CodedEvent> Deduplicate(List<CodedEvent> coded)
    {
        var kept = new List<CodedEvent>(coded.Count);
        foreach (var item in coded)
        {
            var duplicate = -1;
            for (var k = 0; k < kept.Count; k++)
            {
                var sameCode = kept[k].Code == item.Code
                    || (kept[k].QuotationId is not null && item.QuotationId is not null && kept[k].Code.Length >= 2 && item.Code.Length >= 2 && kept[k].Code.AsSpan(0, 2).SequenceEqual(item.Code.AsSpan(0, 2)));
                if (sameCode && kept[k].Source.SameAs(item.Source) && kept[k].Target.SameAs(item.Target))
                {
                    duplicate = k;
                    break;
                }
            }

            if (duplicate < 0)
            {
                kept.Add(item);
            }
            else if (item.Strength > kept[duplicate].Strength)
            {
                kept[duplicate] = item;
            }
        }

        return kept;
    }

    /// <summary>
    /// The date or place of an event: the first one attached to the event's own clause (or a clause above it), else the
    /// first the sentence names.
    /// </summary>
    private static T? Nearest<T>(SentenceGraph graph, List<T> found, int trigger, Func<T, int> anchorOf)
        where T : class
    {
        foreach (var item in found)
        {
            var anchor = anchorOf(item);
            var clause = anchor;
            while (clause >= 0 && graph.Pos(clause) is not (UniversalPos.VERB or UniversalPos.None) && graph.Head(clause) >= 0)
            {
                clause = graph.Head(clause);
            }

            if (clause >= 0 && (graph.Dominates(clause, trigger) || graph.Dominates(trigger, anchor)))
            {
                return item;
            }
        }

        return found.Count > 0 ? found[0] : null;
    }

    private static PoliticalEvent ToRecord(string id, SentenceGraph graph, CodedEvent item, EventOntology? ontology)
    {
        var facts = Describe(ontology, item.Code);
        return new PoliticalEvent
        {
            Id = id,
            Cameo = item.Code,
            Plover = facts?.PloverEvent is { } plover ? (facts.PloverMode is { } mode ? $"{plover}:{mode}" : plover) : null,
            Goldstein = facts?.Goldstein,
            QuadClass = facts is null ? QuadClassOf(item.Code) : (int)facts.QuadClass,
            Source = ReferenceEquals(item.Source, Actor.Nobody) ? null : Participant(graph, item.Source),
            Target = ReferenceEquals(item.Target, Actor.Nobody) ? null : Participant(graph, item.Target),
            Negated = item.Negated || item.Hypothetical,
            QuotationId = item.QuotationId,
            Evidence = new TextRange(graph.Start(item.First), graph.End(item.Last)),
            Rule = item.Rule,
        };
    }

    /// <summary>The ontology's entry for a code, or for its nearest parent (a dictionary may use codes the ontology lacks).</summary>
    private static CameoEventCode? Describe(EventOntology? ontology, string code)
    {
        if (ontology is null)
        {
            return null;
        }

        for (var length = code.Length; length >= 2; length--)
        {
            if (ontology.TryGet(code[..length], out var found))
            {
                return found;
            }
        }

        return null;
    }

    private static EventParticipant Participant(SentenceGraph graph, Actor actor) =>
        new(actor.EntityId, actor.Name, actor.Code, new TextRange(graph.Start(actor.First), graph.End(actor.Last)));

    /// <summary>GDELT's QuadClass of a CAMEO code's root: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict.</summary>
    internal static int QuadClassOf(string code)
    {
        if (code.Length < 2 || !char.IsAsciiDigit(code[0]) || !char.IsAsciiDigit(code[1]))
        {
            return 0;
        }

        var root = (code[0] - '0') * 10 + (code[1] - '0');
        return root switch
        {
            >= 1 and <= 5 => 1,
            >= 6 and <= 9 => 2,
            >= 10 and <= 14 => 3,
            >= 15 and <= 20 => 4,
            _ => 0,
        };
    }
}
