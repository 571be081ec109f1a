using System.CommandLine;
using Readout.Core.Documents;
using Readout.Core.Errors;
using Readout.Evaluation.Corpora;
using Readout.Evaluation.Events;
using Readout.Evaluation.Reporting;
using Readout.Nlp.Conllu;

namespace Readout.Cli.Commands;

/// <summary>
/// <c>readout eval events --suite NAME [--data DIR] [--parse given|ours]</c>: event coding scored on the PETRARCH suites
/// (with their own dictionaries), the PLOVER gold records, the ConfliBERT CAMEO sentences, or the seed article.
/// </summary>
internal static class EvalEventsCommand
{
    public static Command Create(CliContext context)
    {
        var (data, _, json) = EvalCommand.CommonOptions(defaultData: Path.Combine("..", "shared", "data", "event-coding"));
        var suite = new Option<string>("--suite") { Description = "The suite to score.", Required = true };
        suite.AcceptOnlyFromAmong("petrarch2", "upetrarch", "gsr");
        var parse = new Option<string>("--parse") { Description = "Use the parse the suite gives (given) or Readout's own (ours).", DefaultValueFactory = _ => "given" };
        parse.AcceptOnlyFromAmong("given", "ours");
        var showErrors = new Option<bool>("--show-errors") { Description = "List every record with a missed or extra coding on standard error." };
        var command = new Command("events", "Event coding: found / extra codings on the PETRARCH suites (percent, as their validation script reports them).")
        {
            data, suite, parse, json, showErrors,
        };
        command.SetAction(result => EvalCommand.Report(
            context,
            result.GetValue(data)!,
            result.GetValue(json),
            () => Evaluate(result.GetValue(data)!, result.GetValue(suite)!, result.GetValue(parse)!, result.GetValue(showErrors) ? context.Error : null)));
        return command;
    }

    private static EvaluationReport Evaluate(string data, string suiteName, string parse, TextWriter? errors)
    {
        var suite = PetrarchSuiteReader.Read(PetrarchSuites.FileOf(data, suiteName));
        var dictionary = PetrarchSuites.Dictionaries(data, suite);
        Func<PetrarchRecord, Document?> parser = parse == "given"
            ? GivenParse
            : throw new ReadoutException(ErrorCodes.ModelMissing, "Readout's own dependency parser is not installed yet: use --parse given");
        var report = PetrarchSuiteEvaluator.Evaluate(suiteName, suite, dictionary, parser, errors);
        report.Fact("parse", parse);
        return report;
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
}
