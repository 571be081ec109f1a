using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Core.Processing;
using Readout.Nlp.Entities;

namespace Readout.Extraction.Coreference;

/// <summary>
/// Joins the first person inside a direct quotation to its speaker: "I", "me", "my" in a person's words are that
/// person; "we", "us", "our" in an institution's or a state's words are that institution or state.
/// </summary>
/// <remarks>
/// Requires: <see cref="LayerNames.Quotations"/> and <see cref="LayerNames.Entities"/>; rewrites
/// <see cref="LayerNames.Entities"/> with the new mentions (rule <c>pronoun:quote-speaker</c>). Coreference runs
/// before quotations (which need it to resolve speakers), so the words inside a quotation can only join their
/// speaker afterwards. A "we" in a person's words is left alone: it may be the government, the party or the family.
/// Words inside a quotation nested in the quotation are someone else's and are skipped. Thread-safe: no state.
/// </remarks>
public sealed class QuotedSpeakerResolver : IComponent
{
    private static readonly string[] RequiredLayers = [LayerNames.Tokens, LayerNames.Quotations, LayerNames.Entities];
    private static readonly string[] ProducedLayers = [LayerNames.Entities];

    /// <inheritdoc />
    public string Name => "quoted-speaker-resolver";

    /// <inheritdoc />
    public string Version => "1.0";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => RequiredLayers;

    /// <inheritdoc />
    public IReadOnlyList<string> Produces => ProducedLayers;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = document.Get(AnnotationLayers.Entities);
        var quotes = document.Get(AnnotationLayers.Quotations);
        if (entities is null || quotes is null || entities.Count == 0)
        {
            return;
        }

        var added = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var taken = new HashSet<TextRange>(entities.SelectMany(e => e.Mentions).Select(m => m.Range));
        foreach (var quote in quotes)
        {
            if (quote.Kind != QuotationKind.Direct || quote.SpeakerEntityId is not { } id || !byId.TryGetValue(id, out var speaker))
            {
                continue;
            }

            var person = speaker.Type == EntityTypes.Person && speaker.Members is null;
            var body = speaker.Type is EntityTypes.Organization or EntityTypes.GeopoliticalEntity;
            if (!person && !body)
            {
                continue;
            }

            foreach (var range in FirstPerson(document, quote.Content, plural: body))
            {
                if (taken.Add(range))
                {
                    if (!added.TryGetValue(id, out var list))
                    {
                        added[id] = list = [];
                    }

                    list.Add(new Mention(range, MentionKind.Pronoun, "pronoun:quote-speaker"));
                }
            }
        }

        if (added.Count == 0)
        {
            return;
        }

        var updated = entities.Select(e => added.TryGetValue(e.Id, out var more)
            ? e with { Mentions = [.. e.Mentions.Concat(more).OrderBy(m => m.Range.Start).ThenByDescending(m => m.Range.End)] }
            : e).ToList();
        document.Set(AnnotationLayers.Entities, updated);
    }

    /// <summary>The first-person words of <paramref name="content"/> outside any quotation nested in it.</summary>
    private static IEnumerable<TextRange> FirstPerson(Document document, TextRange content, bool plural)
    {
        var tokens = document.Tokens;
        var nested = false;
        for (var k = tokens.IndexAtOrAfter(content.Start); k < tokens.Count && tokens.Starts[k] < content.End; k++)
        {
            var word = document.Text.AsSpan(tokens.Starts[k], tokens.Ends[k] - tokens.Starts[k]);
            // An opening mark starts a nested quotation; a closing one (or ’, which is also an apostrophe) ends one.
            if (word is "\u2018" or "\u201C" || (word is "\"" && !nested))
            {
                nested = true;
                continue;
            }

            if (nested && word is "\u2019" or "\u201D" or "\"")
            {
                nested = false;
                continue;
            }

            if (!nested && IsFirstPerson(word, plural))
            {
                yield return new TextRange(tokens.Starts[k], tokens.Ends[k]);
            }
        }
    }

    private static bool IsFirstPerson(ReadOnlySpan<char> word, bool plural) =>
        PersonalPronouns.Of(word) == (plural ? PronounPerson.FirstPlural : PronounPerson.FirstSingular);
}
