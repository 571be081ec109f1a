using System.Globalization;
using Readout.Core.Annotations;
using Readout.Core.Documents;

namespace Readout.Core.Contract;

/// <summary>Turns an analysed <see cref="Document"/> into the public contract shape.</summary>
public static class ContractMapper
{
    /// <summary>Maps <paramref name="document"/>; layers that were not produced come out as empty arrays.</summary>
    /// <param name="document">An analysed document.</param>
    /// <param name="includeTokens">Whether to include the token layer (large; off by default).</param>
    public static AnalysedDocument ToContract(Document document, bool includeTokens = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;

        var sentenceLayer = document.GetSpans(LayerNames.Sentences);
        var sentences = new List<ContractRange>(sentenceLayer?.Count ?? 0);
        if (sentenceLayer is not null)
        {
            foreach (var sentence in sentenceLayer)
            {
                sentences.Add(new ContractRange(sentence.Start, sentence.End));
            }
        }

        var entities = document.Get(AnnotationLayers.Entities) ?? [];
        var quotes = document.Get(AnnotationLayers.Quotations) ?? [];
        var events = document.Get(AnnotationLayers.Events) ?? [];

        return new AnalysedDocument
        {
            Id = document.Id,
            Source = document.Source,
            Title = document.Title,
            Published = document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Text = text,
            Sentences = sentences,
            Tokens = includeTokens ? MapTokens(document) : null,
            Entities = entities.Select(e => MapEntity(e, text)).ToList(),
            Quotes = quotes.Select(q => MapQuote(q, text)).ToList(),
            Events = events.Select(e => MapEvent(e, text)).ToList(),
        };
    }

    private static List<ContractToken> MapTokens(Document document)
    {
        var table = document.Tokens;
        var tokens = new List<ContractToken>(table.Count);
        for (var i = 0; i < table.Count; i++)
        {
            var token = document.TokenAt(i);
            tokens.Add(new ContractToken
            {
                Start = token.Start,
                End = token.End,
                Text = token.Text,
                Lemma = token.Lemma,
                Upos = table.HasTags ? token.Upos.ToString() : null,
                Xpos = token.Xpos,
                Feats = table.HasTags ? table.Features[i] : null,
                Head = table.HasDependencies ? token.Head : null,
                Deprel = token.Relation,
            });
        }

        return tokens;
    }

    private static string KindOf(MentionKind kind) => kind switch
    {
        MentionKind.Name => "name",
        MentionKind.Nominal => "nominal",
        _ => "pronoun",
    };

    private static ContractTextSpan Slice(TextRange range, string text) => new(range.Start, range.End, range.Of(text));

    private static ContractEntity MapEntity(Entity entity, string text) => new()
    {
        Id = entity.Id,
        Name = entity.Name,
        Type = entity.Type,
        Kb = entity.KnowledgeBaseId,
        Actor = entity.Actor is { } actor ? new ContractActor(actor.Code, actor.Country, actor.Role) : null,
        Mentions = entity.Mentions.Select(m => new ContractMention(m.Range.Start, m.Range.End, m.Range.Of(text)) { Kind = KindOf(m.Kind), Rule = m.Rule }).ToList(),
        Members = entity.Members,
    };

    private static ContractQuote MapQuote(Quotation quote, string text) => new()
    {
        Id = quote.Id,
        Kind = quote.Kind switch
        {
            QuotationKind.Direct => "direct",
            QuotationKind.Indirect => "indirect",
            _ => "mixed",
        },
        Speaker = quote.Speaker is null && quote.SpeakerEntityId is null && quote.SpeakerName is null
            ? null
            : new ContractSpeaker(quote.SpeakerEntityId, quote.SpeakerName, quote.Speaker?.Start, quote.Speaker?.End),
        Cue = quote.Cue is { } cue ? Slice(cue, text) : null,
        Content = Slice(quote.Content, text),
        Rule = quote.Rule,
    };

    private static ContractEvent MapEvent(PoliticalEvent politicalEvent, string text) => new()
    {
        Id = politicalEvent.Id,
        Cameo = politicalEvent.Cameo,
        Plover = politicalEvent.Plover,
        Goldstein = politicalEvent.Goldstein,
        QuadClass = politicalEvent.QuadClass,
        Source = MapParticipant(politicalEvent.Source),
        Target = MapParticipant(politicalEvent.Target),
        Negated = politicalEvent.Negated,
        Date = politicalEvent.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Location = politicalEvent.Location is { } place
            ? new ContractLocation(place.Name, place.Country, place.Latitude, place.Longitude)
            : null,
        Quote = politicalEvent.QuotationId,
        Evidence = Slice(politicalEvent.Evidence, text),
        Rule = politicalEvent.Rule,
    };

    private static ContractParticipant? MapParticipant(EventParticipant? participant) =>
        participant is null ? null : new ContractParticipant(participant.EntityId, participant.Name, participant.Code);
}
