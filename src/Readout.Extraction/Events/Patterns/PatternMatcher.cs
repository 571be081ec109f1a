using Readout.Core.Documents;
using Readout.Extraction.Events.Clauses;
using Readout.Extraction.Events.Dictionaries;
using Readout.Extraction.Syntax;

namespace Readout.Extraction.Events.Patterns;

/// <summary>
/// Matches verb patterns against a clause. The lower part (before <c>*</c>) is matched against the subject phrase and
/// the upper part against the clause's words after the verb, in order, other words allowed between elements. A word
/// matches a token's form or lemma; <c>{…}</c> must fall inside one noun phrase; <c>(PREP …)</c> must fall inside the
/// phrase the preposition introduces; <c>$ + ^ %</c> take the next actor phrase.
/// </summary>
/// <remarks>One matcher serves one clause; not thread-safe.</remarks>
internal sealed class PatternMatcher
{
    private readonly SentenceContext _sentence;
    private readonly Clause _clause;
    private readonly ClauseActors _actors;
    private readonly IReadOnlyList<Synset> _synsets;
    private readonly List<int> _tokens = [];
    private readonly HashSet<int> _present = [];
    private readonly List<(ElementKind Kind, ActorPhrase Phrase)> _slots = [];
    private int[] _run = [];
    private int _lowerMatched;

    public PatternMatcher(SentenceContext sentence, Clause clause, ClauseActors actors)
    {
        _sentence = sentence;
        _clause = clause;
        _actors = actors;
        _synsets = sentence.Dictionary.Verbs.Synsets;
        foreach (var token in clause.Upper)
        {
            _present.Add(sentence.FormIds[token]);
            _present.Add(sentence.LemmaIds[token]);
        }
    }

    /// <summary>Matches <paramref name="pattern"/>; returns null when it does not apply.</summary>
    public PatternMatch? Match(VerbPattern pattern)
    {
        foreach (var word in pattern.RequiredWords)
        {
            if (!_present.Contains(word))
            {
                return null;
            }
        }

        _tokens.Clear();
        _slots.Clear();
        var subjectIsTarget = false;
        var reciprocal = false;
        var lowerWords = 0;
        foreach (var element in pattern.Lower)
        {
            switch (element.Kind)
            {
                case ElementKind.Target:
                    subjectIsTarget = true;
                    break;
                case ElementKind.Compound:
                    reciprocal = true;
                    break;
                case ElementKind.Source:
                case ElementKind.Skip:
                    break;
                default:
                    lowerWords++;
                    break;
            }
        }

        if (reciprocal && (_clause.Subject < 0 || _sentence.Graph.Child(_clause.Subject, DependencyRole.Conjunct) < 0))
        {
            return null;
        }

        _lowerMatched = 0;
        if (lowerWords > 0)
        {
            _run = _clause.Lower;
            if (!MatchFrom(pattern.Lower, 0, 0, _run.Length, lowerPart: true))
            {
                return null;
            }

            // Lower words count, but the tokens they took are the subject's, not the clause's.
            _lowerMatched = _tokens.Count;
            _tokens.Clear();
        }

        _run = _clause.Upper;
        if (!MatchFrom(pattern.Upper, 0, 0, _run.Length, lowerPart: false))
        {
            return null;
        }

        ActorPhrase? source = null, target = null;
        foreach (var (kind, phrase) in _slots)
        {
            if (kind == ElementKind.Source)
            {
                source ??= phrase;
            }
            else if (kind is ElementKind.Target or ElementKind.Compound)
            {
                target ??= phrase;
            }
        }

        var slotTokens = 0;
        foreach (var token in _tokens)
        {
            foreach (var (_, phrase) in _slots)
            {
                if (phrase.Covers(token))
                {
                    slotTokens++;
                    break;
                }
            }
        }

        return new PatternMatch
        {
            Pattern = pattern,
            Score = _tokens.Count - slotTokens + _lowerMatched,
            Source = source,
            Target = target,
            SubjectIsTarget = subjectIsTarget,
            Reciprocal = reciprocal,
            Tokens = [.. _tokens],
        };
    }

    private bool MatchFrom(ReadOnlySpan<PatternElement> elements, int k, int position, int limit, bool lowerPart)
    {
        while (k < elements.Length && lowerPart && elements[k].IsSlot)
        {
            k++;
        }

        if (k == elements.Length)
        {
            return true;
        }

        var element = elements[k];
        for (var p = position; p < limit; p++)
        {
            var tokenMark = _tokens.Count;
            var slotMark = _slots.Count;
            if (MatchAt(element, p, limit, out var next) && MatchFrom(elements, k + 1, next, limit, lowerPart))
            {
                return true;
            }

            _tokens.RemoveRange(tokenMark, _tokens.Count - tokenMark);
            _slots.RemoveRange(slotMark, _slots.Count - slotMark);
        }

        return false;
    }

    private bool MatchAt(PatternElement element, int p, int limit, out int next)
    {
        next = p;
        // Every element takes at least one token: none matches at the end of its scope (a synset item or an
        // infinitive's "to" can leave the next element there).
        if (p >= limit)
        {
            return false;
        }

        switch (element.Kind)
        {
            case ElementKind.Word:
                return MatchWords(element.Words, p, limit, out next);
            case ElementKind.Synset:
                var synset = _synsets[element.Synset];
                if (!synset.MayStartWith(_sentence.FormIds[_run[p]]) && !synset.MayStartWith(_sentence.LemmaIds[_run[p]]))
                {
                    return false;
                }

                foreach (var item in synset.Items)
                {
                    var tokenMark = _tokens.Count;
                    if (MatchConsecutive(item, p, limit, out next))
                    {
                        return true;
                    }

                    _tokens.RemoveRange(tokenMark, _tokens.Count - tokenMark);
                }

                return false;
            case ElementKind.NounPhrase:
                return MatchNounPhrase(element.Items, p, limit, out next);
            case ElementKind.Preposition:
                return MatchPreposition(element, p, limit, out next);
            default:
                return MatchSlot(element.Kind, p, limit, out next);
        }
    }

    private bool MatchWords(int[] words, int p, int limit, out int next)
    {
        next = p;
        if (p + words.Length > limit)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!_sentence.IsWord(_run[p + k], words[k]))
            {
                return false;
            }
        }

        for (var k = 0; k < words.Length; k++)
        {
            _tokens.Add(_run[p + k]);
        }

        next = p + words.Length;
        return true;
    }

    /// <summary>A synset item: its elements one after another with nothing between them.</summary>
    private bool MatchConsecutive(PatternElement[] items, int p, int limit, out int next)
    {
        next = p;
        foreach (var item in items)
        {
            if (!MatchAt(item, next, limit, out next))
            {
                return false;
            }
        }

        return true;
    }

    private bool MatchNounPhrase(PatternElement[] items, int p, int limit, out int next)
    {
        next = p;
        var start = _tokens.Count;
        if (items.Length == 0 || !MatchAt(items[0], p, limit, out next) || !MatchFrom(items, 1, next, limit, lowerPart: false))
        {
            return false;
        }

        // Every word must sit in one noun phrase: under the highest of them, a nominal, with only that phrase's words
        // between ("to supply" is not a noun phrase).
        var graph = _sentence.Graph;
        var top = _tokens[start];
        for (var k = start + 1; k < _tokens.Count; k++)
        {
            if (graph.Depth(_tokens[k]) < graph.Depth(top))
            {
                top = _tokens[k];
            }
        }

        if (graph.Pos(top) is UniversalPos.VERB or UniversalPos.AUX)
        {
            return false;
        }

        var last = p;
        for (var k = start; k < _tokens.Count; k++)
        {
            if (!graph.Dominates(top, _tokens[k]))
            {
                return false;
            }

            last = Math.Max(last, Array.IndexOf(_run, _tokens[k]));
        }

        for (var q = p; q <= last; q++)
        {
            if (!graph.Dominates(top, _run[q]))
            {
                return false;
            }
        }

        next = last + 1;
        return true;
    }

    private bool MatchPreposition(PatternElement element, int p, int limit, out int next)
    {
        next = p;
        var preposition = _run[p];
        if (!_sentence.IsWord(preposition, element.Words[0]))
        {
            return false;
        }

        // The phrase the preposition introduces: the tokens after it under its head.
        var graph = _sentence.Graph;
        var phrase = graph.Head(preposition);
        var scopeEnd = p + 1;
        if (phrase >= 0 && phrase != _clause.Verb)
        {
            while (scopeEnd < limit && graph.Dominates(phrase, _run[scopeEnd]))
            {
                scopeEnd++;
            }
        }
        else
        {
            scopeEnd = limit;
        }

        _tokens.Add(preposition);
        if (element.Items.Length == 0)
        {
            next = p + 1;
            return true;
        }

        var mark = _tokens.Count;

        // An infinitive's "to" is followed by its verb: "(TO MEET)" is "to meet", not "to lift the … meeting".
        var infinitive = graph.Role(preposition) == DependencyRole.Marker;
        if (infinitive ? !MatchAt(element.Items[0], p + 1, scopeEnd, out var after) || !MatchFrom(element.Items, 1, after, scopeEnd, lowerPart: false)
            : !MatchFrom(element.Items, 0, p + 1, scopeEnd, lowerPart: false))
        {
            return false;
        }

        next = p + 1;
        for (var k = mark; k < _tokens.Count; k++)
        {
            next = Math.Max(next, Array.IndexOf(_run, _tokens[k]) + 1);
        }

        foreach (var (_, slot) in _slots)
        {
            next = Math.Max(next, Math.Min(PositionAfter(slot.LastToken), scopeEnd));
        }

        return true;
    }

    private bool MatchSlot(ElementKind kind, int p, int limit, out int next)
    {
        next = p;
        if (_run != _clause.Upper)
        {
            return false;
        }

        var phrase = _actors.StartingAt(_run[p]);
        if (phrase is null || (kind == ElementKind.Compound && phrase.Actors.Count < 2))
        {
            return false;
        }

        _slots.Add((kind, phrase));
        next = PositionAfter(phrase.LastToken);
        for (var q = p; q < next && q < limit; q++)
        {
            _tokens.Add(_run[q]);
        }

        return true;
    }

    /// <summary>The first position of the run whose token comes after <paramref name="token"/>.</summary>
    private int PositionAfter(int token)
    {
        var at = Array.BinarySearch(_run, token);
        return at >= 0 ? at + 1 : ~at;
    }
}
