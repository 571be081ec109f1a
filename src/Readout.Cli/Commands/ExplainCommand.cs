using System.CommandLine;
using System.Globalization;
using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Core.Errors;
using Readout.Evaluation.Events;
using Readout.Extraction;
using Readout.Extraction.Events;
using Readout.Ingest.Inputs;
using Readout.Knowledge.Ontologies;

namespace Readout.Cli.Commands;

/// <summary>
/// <c>readout explain FILE [--event v3] [--entities EXPECTED.json]</c>: why each event was coded: the code and what it means, the evidence, the
/// trigger, the rule and the pattern as the dictionary writes it, how source and target were resolved, polarity, date,
/// place and quotation.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The article to analyse." };
        var eventId = new Option<string?>("--event") { Description = "The event to explain (v1, v2…); all events when absent." };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for relative dates and dated roles." };
        var entities = new Option<string?>("--entities")
        {
            Description = "A worked example's expected-results JSON whose entities stand in for the entity stage (while it is not installed).",
        };
        var command = new Command("explain", "Analyse an article and explain why each event was coded.") { file, eventId, published, entities };
        command.SetAction(parse =>
        {
            try
            {
                return Explain(context, parse.GetValue(file)!, parse.GetValue(eventId), parse.GetValue(published), parse.GetValue(entities));
            }
            catch (ReadoutException error)
            {
                context.ReportError(parse.GetValue(file)!, error);
                return 1;
            }
        });
        return command;
    }

    private static int Explain(CliContext context, string path, string? eventId, string? published, string? entities)
    {
        var pipeline = StandardPipeline.Create();
        if (entities is null && !pipeline.Components.Any(c => c is EventCoder))
        {
            throw new ReadoutException(ErrorCodes.MissingRequirement,
                "event coding needs the dependency parse and the entity layer, and the installed pipeline does not produce both yet (--entities FILE stands in for the entity stage)");
        }

        var document = LoadDocument(context, path);
        if (published is not null)
        {
            document.Published = DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (entities is null)
        {
            pipeline.Process(document);
        }
        else
        {
            // The given entities replace the entity stage's: the stages up to the parse and quotations, then the coder.
            EventPipelines.Parsing().Process(document);
            GoldEntityLayer.Apply(document, EventArticleReader.ReadEntities(entities));
            new EventCoder(EventCoderOptions.Installed()).Process(document);
        }

        Write(context.Out, document, eventId, ModelOntology());
        return 0;
    }

    /// <summary>Writes the explanation of one event, or of every event, of an analysed document.</summary>
    internal static void Write(TextWriter output, Document document, string? eventId, EventOntology? ontology)
    {
        var events = document.Get(AnnotationLayers.Events) ?? [];
        var traces = document.Get(EventCoder.Traces) ?? [];
        var shown = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var item = events[i];
            if (eventId is not null && item.Id != eventId)
            {
                continue;
            }

            var trace = i < traces.Count ? traces[i] : null;
            var name = ontology is not null && ontology.TryGet(item.Cameo, out var code) ? code.Name : "(not in the CAMEO code list)";
            output.WriteLine($"{item.Id}  CAMEO {item.Cameo} {name}");
            output.WriteLine($"    PLOVER {item.Plover ?? "-"}   Goldstein {item.Goldstein?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-"}   QuadClass {item.QuadClass}");
            output.WriteLine($"    evidence   \"{item.Evidence.Of(document.Text)}\" [{item.Evidence.Start}, {item.Evidence.End})");
            output.WriteLine($"    trigger    {trace?.Trigger ?? "-"}");
            output.WriteLine($"    rule       {item.Rule}");
            output.WriteLine($"    pattern    {trace?.Detail ?? "-"}");
            output.WriteLine($"    source     {item.Source?.Code ?? "-"}  \"{Mention(document, item.Source)}\"  from {trace?.Source ?? "-"}");
            output.WriteLine($"    target     {item.Target?.Code ?? "-"}  \"{Mention(document, item.Target)}\"  from {trace?.Target ?? "-"}");
            output.WriteLine($"    negated    {(trace?.Negated ?? item.Negated ? "yes" : "no")}   hypothetical {(trace?.Hypothetical == true ? "yes" : "no")}");
            output.WriteLine($"    date       {item.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}");
            output.WriteLine($"    location   {(item.Location is { } place ? $"{place.Name} ({place.Country ?? "?"})" : "-")}");
            output.WriteLine($"    quotation  {item.QuotationId ?? "-"}");
            shown++;
        }

        if (shown == 0)
        {
            output.WriteLine(eventId is null ? "no events coded" : $"no event {eventId} (the document has {events.Count})");
        }
    }

    private static string Mention(Document document, EventParticipant? participant) =>
        participant?.Mention is { } range ? range.Of(document.Text) : participant?.Name ?? "-";

    private static EventOntology? ModelOntology()
    {
        try
        {
            return EventOntology.Shared;
        }
        catch (ReadoutException)
        {
            return null;
        }
    }

    private static Document LoadDocument(CliContext context, string path)
    {
        foreach (var item in new InputReader(64L * 1024 * 1024, null).Read(path, context.OpenStandardInput))
        {
            return item.Load().ToDocument();
        }

        throw new ReadoutException(ErrorCodes.InputEmpty, $"{path}: no document to explain");
    }
}
