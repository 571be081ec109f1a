using Readout.Core.Annotations;
using Readout.Core.Documents;

namespace Readout.Testing;

/// <summary>Hand-annotated documents (text written for these tests) with entities, quotations and events set.</summary>
public static class AnnotatedArticles
{
    /// <summary>
    /// A meeting story: Norland's foreign minister meets Sudmark's; a quotation; a CONSULT event and a threat.
    /// <paramref name="tail"/> varies the text (a near-duplicate when short).
    /// </summary>
    public static Document Meeting(string published = "2023-03-14", string tail = "")
    {
        var text =
            "Anna Berg, the foreign minister of Norland, met her Sudmark counterpart Piet Dorn in Valletta on Tuesday. " +
            "\"We agreed to reopen the border crossings before the harvest,\" Berg said after the talks. " +
            "Dorn warned that Sudmark would close its airspace to Norland if the fishing dispute was not settled by summer. " +
            "Both ministers said they would meet again in the spring to review the agreement and the state of the fisheries." + tail;
        var document = new Document(text, "test://meeting") { Title = "Ministers meet in Valletta", Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture) };
        var sentenceEnds = new[] { text.IndexOf("Tuesday.", StringComparison.Ordinal) + 8, text.IndexOf("talks.", StringComparison.Ordinal) + 6, text.IndexOf("summer.", StringComparison.Ordinal) + 7, text.Length };
        var start = 0;
        foreach (var end in sentenceEnds)
        {
            document.Sentences.Add(new Span(document, start, end, -1, -1, null));
            start = end + 1;
        }

        TextRange Find(string part, int from = 0)
        {
            var at = text.IndexOf(part, from, StringComparison.Ordinal);
            return new TextRange(at, at + part.Length);
        }

        document.Set(AnnotationLayers.Entities, new List<Entity>
        {
            new() { Id = "e1", Name = "Anna Berg", Type = "PERSON", KnowledgeBaseId = "Q-berg", Actor = new ActorCode("NRLGOV", "NRL", "GOV"), Mentions = [new Mention(Find("Anna Berg"), MentionKind.Name, "name"), new Mention(Find("Berg said"), MentionKind.Name, "surname")] },
            new() { Id = "e2", Name = "Piet Dorn", Type = "PERSON", Actor = new ActorCode("SDMGOV", "SDM", "GOV"), Mentions = [new Mention(Find("Piet Dorn"), MentionKind.Name, "name"), new Mention(Find("Dorn warned"), MentionKind.Name, "surname")] },
            new() { Id = "e3", Name = "Norland", Type = "GPE", Actor = new ActorCode("NRL", "NRL", null), Mentions = [new Mention(Find("Norland"), MentionKind.Name, "name")] },
        });
        var quoteContent = Find("We agreed to reopen the border crossings before the harvest,");
        document.Set(AnnotationLayers.Quotations, new List<Quotation>
        {
            new() { Id = "q1", Kind = QuotationKind.Direct, Speaker = Find("Berg said"), SpeakerEntityId = "e1", SpeakerName = "Anna Berg", Cue = Find("said"), Content = quoteContent, Rule = "quote-said" },
        });
        document.Set(AnnotationLayers.Events, new List<PoliticalEvent>
        {
            new()
            {
                Id = "v1", Cameo = "040", Plover = "CONSULT:meet", Goldstein = 1.0, QuadClass = 1,
                Source = new EventParticipant("e1", "Anna Berg", "NRLGOV"), Target = new EventParticipant("e2", "Piet Dorn", "SDMGOV"),
                Location = new Place("Valletta", "MLT", 35.9, 14.5), Evidence = Find("met her Sudmark counterpart"), Rule = "meet",
            },
            new()
            {
                Id = "v2", Cameo = "138", Plover = "THREATEN", Goldstein = -7.0, QuadClass = 3,
                Source = new EventParticipant("e2", "Piet Dorn", "SDMGOV"), Target = new EventParticipant("e3", "Norland", "NRL"),
                Date = new DateOnly(2023, 4, 2), Evidence = Find("would close its airspace"), Rule = "threaten",
            },
        });
        return document;
    }

    /// <summary>A story with one quotation and no events, unrelated to the meeting.</summary>
    public static Document Harbour(string published = "2023-05-20")
    {
        var text = "The harbour authority of Ostmark said the new pier would open in June. \"Ships will dock at night as well,\" said Lena Voss, its director, adding that cargo fees would not change this year.";
        var document = new Document(text, "test://harbour") { Title = "New pier", Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture) };
        document.Sentences.Add(new Span(document, 0, text.IndexOf("June.", StringComparison.Ordinal) + 5, -1, -1, null));
        var content = text.IndexOf("Ships", StringComparison.Ordinal);
        var speaker = text.IndexOf("Lena Voss", StringComparison.Ordinal);
        document.Set(AnnotationLayers.Quotations, new List<Quotation>
        {
            new() { Id = "q1", Kind = QuotationKind.Direct, Speaker = new TextRange(speaker, speaker + 9), SpeakerName = "Lena Voss", Content = new TextRange(content, text.IndexOf(" well,", StringComparison.Ordinal) + 6), Rule = "quote-said" },
        });
        return document;
    }
}
