using System.CommandLine;
using Readout.Core.Documents;
using Readout.Core.Errors;
using Readout.Evaluation.Corpora;
using Readout.Evaluation.Events;
using Readout.Evaluation.Reporting;
using Readout.Extraction.Events;
using Readout.Extraction.Events.Dictionaries;
using Readout.Knowledge.Ontologies;
using Readout.Nlp.Conllu;

namespace Readout.Cli.Commands;

/// <summary>
/// <c>readout eval events --suite NAME [--data DIR]</c>: event coding scored on the PETRARCH suites (with their own
/// dictionaries, on the parse they give or on Readout's), the PLOVER gold records and the ConfliBERT CAMEO sentences.
/// </summary>
internal static class EvalEventsCommand
{
    public static Command Create(CliContext context)
    {
        var (data, _, json) = EvalCommand.CommonOptions(defaultData: Path.Combine("..", "shared", "data", "event-coding"));
        var suite = new Option<string>("--suite") { Description = "The suite to score.", Required = true };
        suite.AcceptOnlyFromAmong("petrarch2", "upetrarch", "gsr", "plover", "conflibert", "seed");
        var parse = new Option<string>("--parse") { Description = "PETRARCH suites: the parse the suite gives (given) or Readout's own (ours).", DefaultValueFactory = _ => "given" };
        parse.AcceptOnlyFromAmong("given", "ours");
        var actors = new Option<string>("--actors")
        {
            Description = "plover, conflibert: actors from PETRARCH's Phoenix dictionaries (phoenix, the default) or Readout's entity layer (entities); "
                + "seed: Readout's entity layer (entities, the default) or the example's gold entities (gold).",
        };
        actors.AcceptOnlyFromAmong("phoenix", "entities", "gold");
        var showErrors = new Option<bool>("--show-errors") { Description = "List every record with a missed or extra coding on standard error." };
        var date = new Option<string>("--date") { Description = "seed: the publication date for articles whose JSON gives none (YYYY-MM-DD); actors' offices are read on it." };
        var command = new Command("events", "Event coding: found / extra codings on the PETRARCH suites, PLOVER type accuracy, ConfliBERT pentacode macro-F1, the worked example's events (seed; --data is then the example's directory, ../shared/seed by default).")
        {
            data, suite, parse, actors, json, showErrors, date,
        };
        command.SetAction(result => EvalCommand.Report(
            context,
            DataOf(result, data),
            result.GetValue(json),
            () => Evaluate(DataOf(result, data), result.GetValue(suite)!, result.GetValue(parse)!, result.GetValue(actors), EvalCommand.DateOf(result.GetValue(date)), result.GetValue(showErrors) ? context.Error : null)));
        return command;
    }

    // The seed suite reads the worked example, which lives beside the data directory rather than in it.
    private static string DataOf(ParseResult result, Option<string> data) =>
        result.GetValue<string>("--suite") == "seed" && result.GetResult(data) is null or { Implicit: true }
            ? Path.Combine("..", "shared", "seed")
            : result.GetValue(data)!;

    private static EvaluationReport Evaluate(string data, string suiteName, string parse, string? actors, DateOnly? date, TextWriter? errors)
    {
        if (suiteName == "seed")
        {
            actors ??= "entities";
            if (actors == "phoenix")
            {
                throw new ReadoutException(ErrorCodes.InvalidOption, "--suite seed takes --actors entities or gold");
            }

            var coder = new EventCoder(EventCoderOptions.Installed());
            var articles = EventArticleReader.Read(data).Select(a => a with { Published = a.Published ?? date }).ToList();
            return ArticleEventEvaluator.Evaluate(articles, EventPipelines.AnalyseArticle(coder, goldEntities: actors == "gold"), errors)
                .Fact("actors", actors);
        }

        actors ??= "phoenix";
        if (actors == "gold")
        {
            throw new ReadoutException(ErrorCodes.InvalidOption, "--actors gold is for --suite seed");
        }

        if (suiteName is "plover" or "conflibert")
        {
            var dictionary = EventDictionaryBuilder.Build(data, actors == "phoenix"
                ? [.. EventDictionaryBuilder.PhoenixActorFiles.Select(f => Path.Combine(data, "petrarch2", "dictionaries", f))]
                : null);
            // Both score event types: an event whose source or target is not resolved still has a type.
            var coder = new EventCoder(new EventCoderOptions
            {
                Dictionary = dictionary,
                Ontology = EventOntology.Shared,
                RequireTarget = false,
                RequireSource = false,
            });
            var analyse = EventPipelines.Analyse(coder);
            var report = suiteName == "plover"
                ? PloverEvaluator.Evaluate(PloverGoldReader.Read(Path.Combine(data, "plover", "gold_standard_records", "PLOVER_GSR_CAMEO.txt")), analyse, errors)
                : ConflibertEvaluator.Evaluate(ConflibertReader.ReadClasses(Path.Combine(data, "conflibert-cameo")), ConflibertReader.ReadSpans(Path.Combine(data, "conflibert-cameo")), analyse, errors);
            return report.Fact("actors", actors);
        }

        var petrarch = PetrarchSuiteReader.Read(PetrarchSuites.FileOf(data, suiteName));
        var suiteDictionary = PetrarchSuites.Dictionaries(data, petrarch);
        Func<PetrarchRecord, Document?> parser = parse == "given" ? GivenParse : OurParse(EventPipelines.Parsing());
        return PetrarchSuiteEvaluator.Evaluate(suiteName, petrarch, suiteDictionary, parser, errors).Fact("parse", parse);
    }

    private static Document? GivenParse(PetrarchRecord record)
    {
        if (!record.HasConlluParse)
        {
            return null;
        }

        var sentence = ConlluReader.Read(new StringReader(record.Parse + "\n\n"), record.Id).First();
        return GoldParseDocument.Build(sentence, record.Id, record.Date);
    }

    private static Func<PetrarchRecord, Document?> OurParse(Core.Processing.Pipeline parsing) => record =>
    {
        var document = new Document(record.Text, record.Id) { Published = record.Date };
        parsing.Process(document);
        return document;
    };
}
