using System.Globalization;
using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Storage;
using Readout.Storage.Records;
using Readout.Testing;

namespace Readout.Server.Tests.Fixtures;

/// <summary>
/// A small corpus of hand-annotated documents (entities, quotations and events set by hand, as the NLP stages will
/// set them), so the page and the API can be tested before the entity and event stages land.
/// </summary>
public static class SeededCorpus
{
    /// <summary>The months the meeting story is carried in, one document each.</summary>
    public static readonly string[] MeetingMonths = ["2023-01-10", "2023-02-14", "2023-03-14", "2023-05-09", "2023-06-20"];

    /// <summary>Text of the hostile document: markup and attribute-injection strings that must show as text.</summary>
    public const string HostileText =
        "Reporters quoted <script>window.__pwned = 'script';</script> in the statement. " +
        "\"Close the \"><img src=x onerror=\"window.__pwned='img'\"> border now,\" said Mal O'Ry\" onmouseover=\"window.__pwned='attr'\" at noon.";

    /// <summary>The title of the hostile document.</summary>
    public const string HostileTitle = "<img src=x onerror=\"window.__pwned='title'\"> Hostile markup";

    /// <summary>Writes the corpus into the store at <paramref name="address"/> and returns the hostile document's id.</summary>
    public static string Write(string address)
    {
        using var store = DocumentStores.Open(address);
        var documents = MeetingMonths.Select((date, i) => Meeting(date, i)).Append(AnnotatedArticles.Harbour()).ToList();
        var hostile = Hostile();
        documents.Add(hostile);
        store.Write(documents.Select(d => StoredDocument.Create(d, new DocumentMetadata(Outlet: "Test Wire", Format: "text"), "seeded@1")).ToList());
        return Document.ContentHash(hostile.Text);
    }

    // The meeting story; the threat is dated by the document so that each month has both kinds of event.
    private static Document Meeting(string published, int index)
    {
        var tail = index == 0 ? string.Empty : $" Report {index + 1} adds that {index + 2} more rounds of talks are planned for the autumn, each in a different capital.";
        var document = AnnotatedArticles.Meeting(published, tail);
        document.Title = $"Ministers meet in Valletta ({DateOnly.Parse(published, CultureInfo.InvariantCulture):MMMM yyyy})";
        var events = document.Get(AnnotationLayers.Events)!;
        document.Set(AnnotationLayers.Events, events.Select(e => e with { Date = null }).ToList());
        return document;
    }

    private static Document Hostile()
    {
        var text = HostileText;
        var document = new Document(text, "test://hostile") { Title = HostileTitle, Published = new DateOnly(2023, 7, 1) };
        document.Sentences.Add(new Span(document, 0, text.IndexOf("statement.", StringComparison.Ordinal) + 10, -1, -1, null));
        TextRange Find(string part)
        {
            var at = text.IndexOf(part, StringComparison.Ordinal);
            return new TextRange(at, at + part.Length);
        }

        var speaker = Find("Mal O'Ry\" onmouseover=\"window.__pwned='attr'\"");
        document.Set(AnnotationLayers.Entities, new List<Entity>
        {
            new() { Id = "e1", Name = "Mal O'Ry\" onmouseover=\"x", Type = "PERSON\" onclick=\"y", KnowledgeBaseId = "<b>kb</b>", Actor = new ActorCode("NRLGOV", "NRL", "GOV"), Mentions = [new Mention(speaker, MentionKind.Name, "name")] },
        });
        document.Set(AnnotationLayers.Quotations, new List<Quotation>
        {
            new() { Id = "q1", Kind = QuotationKind.Direct, Speaker = speaker, SpeakerEntityId = "e1", SpeakerName = "<i>Mal</i> O'Ry", Content = Find("Close the \"><img src=x onerror=\"window.__pwned='img'\"> border now,"), Rule = "quote-said" },
        });
        return document;
    }
}
