using System.CommandLine;
using Readout.Evaluation.Knowledge;
using Readout.Extraction;

namespace Readout.Cli.Commands;

/// <summary><c>readout eval entities --data DIR</c>: the entity layer against the expected entities of expected-results JSON (found, type, actor code, country, one entity).</summary>
internal static class EvalEntitiesCommand
{
    public static Command Create(CliContext context)
    {
        var (data, _, json) = EvalCommand.CommonOptions();
        var date = new Option<string>("--date")
        {
            Description = "The publication date for articles whose JSON gives none (YYYY-MM-DD); offices are read on it.",
        };
        var showEntities = new Option<bool>("--show-entities") { Description = "List every expected entity and what was found for it on standard error." };
        var command = new Command("entities", "Expected entities found by the standard pipeline, with their types, actor codes and countries, each as one entity.")
        {
            data, json, date, showEntities,
        };
        command.SetAction(parse => EvalCommand.Report(
            context,
            parse.GetValue(data)!,
            parse.GetValue(json),
            () => ExpectedEntityEvaluator.Evaluate(parse.GetValue(data)!, StandardPipeline.Create(),
                EvalCommand.DateOf(parse.GetValue(date)),
                parse.GetValue(showEntities) ? context.Error : null)));
        return command;
    }
}
