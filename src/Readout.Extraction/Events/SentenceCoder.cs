using Readout.Core.Documents;
using Readout.Extraction.Events.Actors;
using Readout.Extraction.Events.Clauses;
using Readout.Extraction.Events.Dictionaries;
using Readout.Extraction.Events.Nominal;
using Readout.Extraction.Events.Patterns;
using Readout.Extraction.Events.Statements;
using Readout.Extraction.Syntax;

namespace Readout.Extraction.Events;

/// <summary>
/// Codes the verbs of one sentence, deepest clause first: finds each dictionary verb, reads its clause, picks the
/// heaviest matching pattern (else the verb's default code), resolves source and target, and lets a coded verb above
/// a complement clause turn the events below it into its own (a transformation, or the PETRARCH-2 convention that the
/// higher verb's code wins).
/// </summary>
/// <remarks>Holds no per-document state; one instance serves many threads.</remarks>
internal sealed class SentenceCoder
{
    private const string StatementCode = "010";
    private const string IntentCode = "030";
    private readonly EventCoderOptions _options;

    public SentenceCoder(EventCoderOptions options)
    {
        _options = options;
    }

    /// <summary>
    /// Codes a sentence. The list keeps every event found, absorbed and untargeted ones included, for the quotation pass;
    /// <see cref="Keeps"/> says which of them are written out.
    /// </summary>
    public List<CodedEvent> Code(SentenceContext sentence, IActorSource source, ActorResolver resolver)
    {
        var graph = sentence.Graph;
        var events = new List<CodedEvent>();
        var taken = new bool[graph.Count];
        var verbs = new List<int>();
        for (var i = 0; i < graph.Count; i++)
        {
            if (VerbLookup.IsCandidate(graph, i))
            {
                verbs.Add(i);
            }
        }

        // Deepest first, so the events of a complement clause exist when the verb above it is coded.
        verbs.Sort((a, b) => graph.Depth(b) != graph.Depth(a) ? graph.Depth(b) - graph.Depth(a) : a - b);
        var hits = new List<VerbHit>();
        var consumed = new bool[graph.Count];
        var everyToken = new int[graph.Count];
        for (var i = 0; i < everyToken.Length; i++)
        {
            everyToken[i] = i;
        }

        var actorWords = new List<ActorMatch>();
        source.Find(sentence, everyToken, actorWords);
        foreach (var verb in verbs)
        {
            hits.Clear();
            VerbLookup.Find(sentence, verb, hits);
            if (hits.Count == 0)
            {
                continue;
            }

            Array.Clear(consumed);
            foreach (var hit in hits)
            {
                for (var t = hit.First; t < hit.End; t++)
                {
                    consumed[t] = t != verb;
                }

                if (hit.Particle >= 0)
                {
                    consumed[hit.Particle] = true;
                }
            }

            CodeVerb(sentence, actorWords, resolver, verb, hits, consumed, taken, events);
        }

        StatedIntents(sentence.Dictionary.Verbs, events);
        NominalEventFinder.Find(sentence, resolver, taken, events);
        return events;
    }

    /// <summary>
    /// "Portugal will support Turkey", "Iran will attack": an act an actor says it will do is an intent (CAMEO 03) or a
    /// threat (13), composed as the dictionary's compositions say; dictionaries without them leave the act as it is.
    /// </summary>
    private static void StatedIntents(VerbLexicon lexicon, List<CodedEvent> events)
    {
        var count = events.Count;
        for (var i = 0; i < count; i++)
        {
            var item = events[i];
            if (!item.Future || item.Absorbed || item.QuotationId is not null || ReferenceEquals(item.Source, Actor.Nobody))
            {
                continue;
            }

            if (Transformations.Apply(lexicon, item.Source, [item.Source], item, null, IntentCode) is { } intent && intent.Code != item.Code)
            {
                events[i] = intent with { Rule = item.Rule + " + intent (" + intent.Detail + ")", Future = false };
            }
        }
    }

    /// <summary>True for an event to write out: not absorbed by a statement above it, with a target, between two different codes, not a bare statement unless asked for.</summary>
    public bool Keeps(CodedEvent coded) =>
        !coded.Absorbed && (!ReferenceEquals(coded.Target, Actor.Nobody) || !_options.RequireTarget)
        && !SameCode(coded.Source, coded.Target)
        && (!ReferenceEquals(coded.Source, Actor.Nobody) || (!_options.RequireSource && !ReferenceEquals(coded.Target, Actor.Nobody)))
        && (_options.PetrarchStatements || coded.Code != StatementCode);

    /// <summary>Two actors with one code (the foreign minister conveying the president's message): no event between them.</summary>
    private static bool SameCode(Actor source, Actor target) =>
        source.Code is { } code && string.Equals(code, target.Code, StringComparison.Ordinal);

    private void CodeVerb(SentenceContext sentence, List<ActorMatch> actorWords, ActorResolver resolver, int verb, List<VerbHit> hits, bool[] consumed, bool[] taken, List<CodedEvent> events)
    {
        var graph = sentence.Graph;
        var lexicon = sentence.Dictionary.Verbs;
        var clause = ClauseReader.Read(graph, verb, consumed);
        var actors = new ClauseActors(sentence, clause.Reach, actorWords, resolver);
        var matcher = new PatternMatcher(sentence, clause, actors);
        PatternMatch? best = null;
        var blocks = new List<int>();
        foreach (var hit in hits)
        {
            var block = lexicon.Entries[hit.Entry].Block;
            if (blocks.Contains(block))
            {
                continue;
            }

            blocks.Add(block);
            foreach (var index in lexicon.PatternsOf(block))
            {
                var pattern = lexicon.Patterns[index];
                if (matcher.Match(pattern) is { } match && IsBetter(match, best))
                {
                    best = match;
                }
            }
        }

        var (code, reverse, blockName) = best is not null
            ? (best.Pattern.Code, best.Pattern.ReverseCode, lexicon.Blocks[best.Pattern.Block].Name)
            : DefaultCode(lexicon, hits);
        var rule = best is not null ? best.Pattern.Id : blockName;
        var detail = best?.Pattern.Text ?? $"{blockName} [{code ?? string.Empty}{(reverse is null ? string.Empty : ":" + reverse)}] (the verb's default)";
        if (best is null && sentence.Dictionary.Verbs.Transformations.Count > 0 && VerbClasses.Matches("COMMIT", blockName, code)
            && graph.Child(verb, DependencyRole.OpenComplement) >= 0)
        {
            // "agreed to set up", "is willing to send": committing to an act is expressing the intent to cooperate
            // (CAMEO 030), unless the act itself composes into a more precise intent below.
            (code, reverse) = (IntentCode, null);
            rule = blockName + " + intent";
            detail = $"{blockName} with a clause to do: express intent to cooperate [{IntentCode}]";
        }

        var coded = code is not null || reverse is not null;
        if (coded)
        {
            foreach (var token in best?.Tokens ?? [])
            {
                taken[token] = true;
            }
        }

        var subject = Participants(sentence, resolver, clause.Subject, clause);
        IReadOnlyList<Actor> sources, targets;
        var targetsFromClause = false;
        if (clause.Passive)
        {
            sources = best?.Source?.Actors ?? (clause.Agent >= 0 ? resolver.Resolve(sentence, clause.Agent) : []);
            targets = best?.Target?.Actors ?? subject;
        }
        else if (best is { SubjectIsTarget: true })
        {
            targets = subject;
            sources = best.Source?.Actors ?? [];
        }
        else
        {
            sources = best?.Source?.Actors ?? subject;
            targets = best?.Target?.Actors ?? DefaultTargets(graph, clause, actors, best, sources, out targetsFromClause);
        }

        var (negated, hypothetical) = Polarity(graph, clause);
        var future = clause.Future;
        var obligation = clause.Obligation;
        var strength = 1 + (best?.Score ?? 0);
        var lower = LowerEvents(graph, verb, events);
        if (sources.Count > 0 && lower.Count > 0)
        {
            var anyAbsorbed = false;
            var anyReported = false;
            var composedTargets = new List<Actor>();
            foreach (var speaker in sources)
            {
                foreach (var reported in lower)
                {
                    anyReported |= !ReferenceEquals(reported.Source, Actor.Nobody);
                    if (Transformations.Apply(sentence.Dictionary.Verbs, speaker, sources, reported, blockName, code) is { } transformed)
                    {
                        // A copied event keeps its own modality ("said it would not attack"); a new one is the upper verb's.
                        var copied = transformed.Code == reported.Code;
                        reported.Absorbed = true;
                        composedTargets.Add(transformed.Target);
                        events.Add(transformed with
                        {
                            Negated = negated || (copied && reported.Negated),
                            Hypothetical = hypothetical || (copied && reported.Hypothetical),
                            Future = future || (copied && reported.Future),
                        });
                    }
                }
            }

            if (composedTargets.Count > 0)
            {
                // The composed act's other readings go with it ("agreed to meet X": not also X meeting them).
                foreach (var reported in lower)
                {
                    reported.Absorbed |= AnyAbsorbedAt(lower, reported.Trigger);
                }
            }

            // A verb composed with an event under it ("invited X to visit", "seeks to dominate X") is read as that
            // composition; otherwise, the PETRARCH way, a coded verb above takes over the events it reports.
            foreach (var speaker in composedTargets.Count > 0 ? [] : sources)
            {
                foreach (var reported in lower)
                {
                    if (!coded || ReferenceEquals(reported.Source, Actor.Nobody) || (!_options.PetrarchStatements && VerbClasses.Matches("SAY", blockName, code)))
                    {
                        // An uncoded verb above ("plans to…") leaves the events under it as they are, and so does a
                        // statement outside the PETRARCH convention: the reported event is the news. An act with no
                        // one to do it ("disputes should be resolved") is only there for a composition.
                        continue;
                    }

                    reported.Absorbed = true;
                    anyAbsorbed = true;

                    // PETRARCH-2: with no transformation the higher verb's code wins, aimed at whoever the statement is about.
                    var about = targets.Count > 0 && !targetsFromClause ? targets
                        : [Transformations.Among(reported.Source, sources) ? reported.Target : reported.Source];
                    if (ReferenceEquals(about[0], Actor.Nobody))
                    {
                        about = targets.Count > 0 ? targets : [];
                    }

                    Emit(sentence, code, reverse, [speaker], about, verb, rule, blockName, detail, best, negated, hypothetical, future, obligation, strength, events);
                }
            }

            // A statement that kept the events it reports is an event of its own only towards its own object, and a
            // composed verb only towards those its composition did not reach.
            if (composedTargets.Count > 0)
            {
                targets = Without(targets, composedTargets);
            }

            if (anyReported && (anyAbsorbed || targets.Count == 0 || targetsFromClause))
            {
                return;
            }
        }

        if (coded && clause.Passive && targets.Count == 0 && sources.Count > 1 && best is not { Reciprocal: true })
        {
            // "The talks were brokered by Qatar and the EU": a coordinated agent does not act on itself.
            foreach (var source in sources)
            {
                Emit(sentence, code, reverse, [source], targets, verb, rule, blockName, detail, best, negated, hypothetical, future, obligation, strength, events);
            }
        }
        else if (coded)
        {
            Emit(sentence, code, reverse, sources, targets, verb, rule, blockName, detail, best, negated, hypothetical, future, obligation, strength, events);
        }
    }

    private static bool AnyAbsorbedAt(List<CodedEvent> events, int trigger)
    {
        foreach (var coded in events)
        {
            if (coded.Absorbed && coded.Trigger == trigger)
            {
                return true;
            }
        }

        return false;
    }

    private static List<Actor> Without(IReadOnlyList<Actor> actors, List<Actor> removed)
    {
        var kept = new List<Actor>(actors.Count);
        foreach (var actor in actors)
        {
            if (!Transformations.Among(actor, removed))
            {
                kept.Add(actor);
            }
        }

        return kept;
    }

    /// <summary>More words matched wins; then a heavier pattern; then the one whose words lie nearer the verb.</summary>
    private static bool IsBetter(PatternMatch match, PatternMatch? best)
    {
        if (best is null || match.Score != best.Score)
        {
            return best is null || match.Score > best.Score;
        }

        if (match.Pattern.Weight != best.Pattern.Weight)
        {
            return match.Pattern.Weight > best.Pattern.Weight;
        }

        return First(match.Tokens) < First(best.Tokens);

        static int First(IReadOnlyList<int> tokens)
        {
            var first = int.MaxValue;
            foreach (var token in tokens)
            {
                first = Math.Min(first, token);
            }

            return first;
        }
    }

    private void Emit(SentenceContext sentence, string? code, string? reverse, IReadOnlyList<Actor> sources, IReadOnlyList<Actor> targets, int verb, string rule,
        string block, string detail, PatternMatch? best, bool negated, bool hypothetical, bool future, bool obligation, int strength, List<CodedEvent> events)
    {
        var negation = sentence.Dictionary.Negation;
        if (negated && negation is not null)
        {
            // The suite's ontology defines "not X" as a code of its own.
            code = code is null ? null : negation.Negate(code);
            reverse = reverse is null ? null : negation.Negate(reverse);
            negated = false;
        }

        var patternFirst = int.MaxValue;
        var patternLast = -1;
        foreach (var token in best?.Tokens ?? [])
        {
            patternFirst = Math.Min(patternFirst, token);
            patternLast = Math.Max(patternLast, token);
        }

        void Add(string eventCode, Actor from, Actor to, string how)
        {
            var nobody = ReferenceEquals(to, Actor.Nobody);
            var anonymous = ReferenceEquals(from, Actor.Nobody);
            if ((!anonymous && from.SameAs(to)) || (!anonymous && from.Code is null && from.EntityId is null) || (!nobody && to.Code is null && to.EntityId is null))
            {
                return;
            }

            events.Add(new CodedEvent
            {
                Code = eventCode,
                Source = from,
                Target = to,
                Trigger = verb,
                Rule = rule + how,
                Block = block,
                Detail = detail,
                First = Math.Min(Math.Min(verb, patternFirst), Math.Min(anonymous ? verb : from.First, nobody ? verb : to.First)),
                Last = Math.Max(Math.Max(verb, patternLast), Math.Max(from.Last, to.Last)),
                Negated = negated,
                Hypothetical = hypothetical,
                Future = future,
                Obligation = obligation,
                Strength = strength,
            });
        }

        if (sources.Count == 0)
        {
            // Kept for a statement above to give a source ("[we] should deepen relations with X", said Y); dropped at
            // the end unless source-less events are asked for.
            sources = [Actor.Nobody];
        }

        if (sources.Count > 1 && (best is { Reciprocal: true } || (targets.Count == 0 && _options.ReciprocalCoordination)))
        {
            // "Iran and Syria agreed": each acts on the others.
            foreach (var from in sources)
            {
                foreach (var to in sources)
                {
                    if (code is not null)
                    {
                        Add(code, from, to, string.Empty);
                    }
                }
            }

            return;
        }

        if (targets.Count == 0)
        {
            // Kept for a statement verb above to transform ("said Iraq had attacked"); dropped at the end otherwise.
            foreach (var from in sources)
            {
                if (code is not null)
                {
                    Add(code, from, Actor.Nobody, string.Empty);
                }
            }

            return;
        }

        foreach (var from in sources)
        {
            foreach (var to in targets)
            {
                if (code is not null)
                {
                    Add(code, from, to, string.Empty);
                }

                if (reverse is not null)
                {
                    Add(reverse, to, from, " (paired)");
                }
            }
        }
    }

    /// <summary>The actors of a subject; a pronoun subject of an embedded clause stands for the clause above's subject.</summary>
    private static IReadOnlyList<Actor> Participants(SentenceContext sentence, ActorResolver resolver, int head, Clause clause)
    {
        if (head < 0)
        {
            return [];
        }

        var actors = resolver.Resolve(sentence, head);
        var graph = sentence.Graph;
        if (actors.Count > 0 || graph.Pos(head) != UniversalPos.PRON && graph.Pos(head) != UniversalPos.None)
        {
            return actors;
        }

        for (var above = graph.Head(clause.Verb); above >= 0; above = graph.Head(above))
        {
            var (subject, _) = ClauseReader.SubjectOf(graph, above);
            if (subject >= 0 && subject != head)
            {
                var governing = resolver.Resolve(sentence, subject);
                if (governing.Count > 0)
                {
                    return governing;
                }
            }
        }

        return actors;
    }

    private static IReadOnlyList<Actor> DefaultTargets(SentenceGraph graph, Clause clause, ClauseActors actors, PatternMatch? best, IReadOnlyList<Actor> sources, out bool fromClause)
    {
        fromClause = false;
        var found = Targets(graph, clause, actors, best, sources, headWordsMatched: false, ref fromClause);
        if (found.Count == 0 && best is not null)
        {
            // "accused Norland's army" under "* &MILITARY": the pattern's word is the head of the target's phrase.
            found = Targets(graph, clause, actors, best, sources, headWordsMatched: true, ref fromClause);
        }

        return found;
    }

    private static IReadOnlyList<Actor> Targets(SentenceGraph graph, Clause clause, ClauseActors actors, PatternMatch? best, IReadOnlyList<Actor> sources, bool headWordsMatched, ref bool fromClause)
    {
        foreach (var phrase in actors.Phrases)
        {
            // A phrase holding the pattern's words is the thing acted on, not a target ("signed the Arnor accord with
            // Gondor"), unless asked for one whose own head the pattern named.
            if (best is not null && Overlaps(phrase, best.Tokens) && !(headWordsMatched && best.Tokens.Contains(phrase.Head)))
            {
                continue;
            }

            // A phrase naming only the source itself ("Iraqi Kurds demonstrated in Iraq") is no target; one naming the
            // source among others is ("between Arnor and Gondor": a source acting on itself is dropped later).
            var usable = new List<Actor>();
            var someoneElse = false;
            foreach (var actor in phrase.Actors)
            {
                usable.Add(actor);
                someoneElse |= !Transformations.Among(actor, sources);
            }

            if (!someoneElse)
            {
                continue;
            }

            if (usable.Count > 0)
            {
                fromClause = InsideComplement(graph, clause.Verb, phrase.Head);
                return usable;
            }
        }

        return [];
    }

    private static bool Overlaps(ActorPhrase phrase, IReadOnlyList<int> tokens)
    {
        foreach (var token in tokens)
        {
            if (phrase.Covers(token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideComplement(SentenceGraph graph, int verb, int token)
    {
        for (var k = token; k >= 0; k = graph.Head(k))
        {
            var head = graph.Head(k);
            if (head == verb)
            {
                return graph.Role(k) is DependencyRole.Complement or DependencyRole.OpenComplement;
            }
        }

        return false;
    }

    /// <summary>Uncoded events of complement clauses under <paramref name="verb"/>.</summary>
    private static List<CodedEvent> LowerEvents(SentenceGraph graph, int verb, List<CodedEvent> events)
    {
        var lower = new List<CodedEvent>();
        foreach (var coded in events)
        {
            if (!coded.Absorbed && coded.Trigger != verb && InsideComplement(graph, verb, coded.Trigger))
            {
                lower.Add(coded);
            }
        }

        return lower;
    }

    private static (string? Code, string? Reverse, string Block) DefaultCode(VerbLexicon lexicon, List<VerbHit> hits)
    {
        foreach (var hit in hits)
        {
            var entry = lexicon.Entries[hit.Entry];
            if (entry.HasOwnCode)
            {
                return (entry.Code, entry.ReverseCode, lexicon.Blocks[entry.Block].Name);
            }
        }

        foreach (var hit in hits)
        {
            var block = lexicon.Blocks[lexicon.Entries[hit.Entry].Block];
            if (block.Code is not null || block.ReverseCode is not null)
            {
                return (block.Code, block.ReverseCode, block.Name);
            }
        }

        return (null, null, lexicon.Blocks[lexicon.Entries[hits[0].Entry].Block].Name);
    }

    /// <summary>The clause's own negation and modality, and what the verbs above it say: "refused to meet", "plans to impose".</summary>
    private static (bool Negated, bool Hypothetical) Polarity(SentenceGraph graph, Clause clause)
    {
        var negated = clause.Negated;
        var hypothetical = clause.Hypothetical;
        for (int k = clause.Verb, hops = 0; hops < 4; hops++)
        {
            var role = graph.Role(k);
            var head = graph.Head(k);
            if (head < 0 || role is not (DependencyRole.OpenComplement or DependencyRole.Complement or DependencyRole.Conjunct))
            {
                break;
            }

            if (role != DependencyRole.Conjunct)
            {
                var lemma = graph.Lemma(head) is { } l ? l.AsSpan() : graph.Text(head);
                negated |= Modality.IsNegating(lemma);
                hypothetical |= Modality.IsHypothetical(lemma);
            }

            k = head;
        }

        foreach (var child in graph.Children(clause.Verb))
        {
            if (graph.Role(child) == DependencyRole.Marker && (graph.Is(child, "if") || graph.Is(child, "unless")))
            {
                hypothetical = true;
            }
        }

        return (negated, hypothetical);
    }
}
