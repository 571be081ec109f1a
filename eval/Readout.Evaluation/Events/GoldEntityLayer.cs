using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Knowledge.Actors;

namespace Readout.Evaluation.Events;

/// <summary>
/// Builds an <c>entities</c> layer from a worked example's gold entities, so the event coder can be scored apart from
/// entity linking: every name mention string is found in the text (the longest first, no overlaps), and a pronoun the
/// gold lists goes to the first of its persons named earlier in its sentence, else in the nearest sentence before that
/// names one (the gold gives pronoun strings, not offsets).
/// </summary>
public static class GoldEntityLayer
{
    /// <summary>Sets the entities layer of <paramref name="document"/> (tokenized and split) from <paramref name="entities"/>.</summary>
    public static void Apply(Document document, IReadOnlyList<GoldEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);
        var text = document.Text;
        var names = new List<(int Start, int End, int Entity)>();
        for (var e = 0; e < entities.Count; e++)
        {
            foreach (var mention in entities[e].Mentions)
            {
                if (!IsPronoun(mention))
                {
                    foreach (var start in Occurrences(text, mention, StringComparison.Ordinal))
                    {
                        names.Add((start, start + mention.Length, e));
                    }
                }
            }
        }

        names.Sort((a, b) => (b.End - b.Start).CompareTo(a.End - a.Start) is var byLength && byLength != 0 ? byLength : a.Start.CompareTo(b.Start));
        var taken = new List<(int Start, int End, int Entity)>();
        foreach (var name in names)
        {
            if (!taken.Exists(t => t.Start < name.End && name.Start < t.End))
            {
                taken.Add(name);
            }
        }

        taken.Sort((a, b) => a.Start.CompareTo(b.Start));
        var mentions = new List<Mention>[entities.Count];
        for (var e = 0; e < entities.Count; e++)
        {
            mentions[e] = [];
        }

        foreach (var (start, end, entity) in taken)
        {
            mentions[entity].Add(new Mention(new TextRange(start, end), MentionKind.Name, "gold"));
        }

        AddPronouns(document, entities, taken, mentions);
        var layer = new List<Entity>();
        for (var e = 0; e < entities.Count; e++)
        {
            mentions[e].Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
            layer.Add(new Entity
            {
                Id = "e" + (e + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Name = entities[e].Name,
                Type = entities[e].Type,
                Actor = entities[e].Actor is { } code ? ActorCodes.ToAnnotation(code) : null,
                Mentions = mentions[e],
            });
        }

        document.Set(AnnotationLayers.Entities, layer);
    }

    private static void AddPronouns(Document document, IReadOnlyList<GoldEntity> entities, List<(int Start, int End, int Entity)> names, List<Mention>[] mentions)
    {
        var sentences = document.Sentences.Spans;
        foreach (var pronoun in new[] { "he", "she", "He", "She" })
        {
            foreach (var start in Occurrences(document.Text, pronoun, StringComparison.Ordinal))
            {
                var sentence = SentenceOf(sentences, start);
                for (var s = sentence; s >= 0; s--)
                {
                    var antecedent = FirstPerson(entities, names, pronoun, sentences[s].Start, s == sentence ? start : sentences[s].End);
                    if (antecedent >= 0)
                    {
                        mentions[antecedent].Add(new Mention(new TextRange(start, start + pronoun.Length), MentionKind.Pronoun, "gold-nearest-subject"));
                        break;
                    }
                }
            }
        }
    }

    private static int FirstPerson(IReadOnlyList<GoldEntity> entities, List<(int Start, int End, int Entity)> names, string pronoun, int from, int to)
    {
        foreach (var (start, _, entity) in names)
        {
            if (start >= from && start < to && entities[entity].Mentions.Contains(pronoun, StringComparer.OrdinalIgnoreCase))
            {
                return entity;
            }
        }

        return -1;
    }

    private static int SentenceOf(IReadOnlyList<Span> sentences, int offset)
    {
        for (var s = sentences.Count - 1; s >= 0; s--)
        {
            if (sentences[s].Start <= offset)
            {
                return s;
            }
        }

        return 0;
    }

    private static IEnumerable<int> Occurrences(string text, string word, StringComparison comparison)
    {
        for (var at = text.IndexOf(word, comparison); at >= 0; at = text.IndexOf(word, at + 1, comparison))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
            if (before && after)
            {
                yield return at;
            }
        }
    }

    private static bool IsPronoun(string mention) => mention.Equals("he", StringComparison.OrdinalIgnoreCase) || mention.Equals("she", StringComparison.OrdinalIgnoreCase);
}
