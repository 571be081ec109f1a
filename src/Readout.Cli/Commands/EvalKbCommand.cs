using System.CommandLine;
using System.Globalization;
using Readout.Evaluation.Knowledge;
using Readout.Knowledge;

namespace Readout.Cli.Commands;

/// <summary><c>readout eval kb --data DIR</c>: how many of the expected entities the knowledge base alone resolves to their actor codes.</summary>
internal static class EvalKbCommand
{
    public static Command Create(CliContext context)
    {
        var (data, _, json) = EvalCommand.CommonOptions();
        var date = new Option<string>("--date")
        {
            Description = "The date for articles whose JSON gives none (YYYY-MM-DD).",
            DefaultValueFactory = _ => "2023-11-15",
        };
        var showMentions = new Option<bool>("--show-mentions") { Description = "List every mention, what was expected and what was found, on standard error." };
        var command = new Command("kb", "Knowledge-base coverage of the expected entities: actor codes and countries by lookup alone.") { data, json, date, showMentions };
        command.SetAction(parse => EvalCommand.Report(
            context,
            parse.GetValue(data)!,
            parse.GetValue(json),
            () => KnowledgeCoverage.Evaluate(
                parse.GetValue(data)!,
                KnowledgeBase.Shared,
                DateOnly.ParseExact(parse.GetValue(date)!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                parse.GetValue(showMentions) ? context.Error : null)));
        return command;
    }
}
