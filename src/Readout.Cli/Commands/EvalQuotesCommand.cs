using System.CommandLine;
using Readout.Evaluation.Quotations;
using Readout.Extraction;

namespace Readout.Cli.Commands;

/// <summary><c>readout eval quotes --data DIR</c>: quotation detection F1 and speaker accuracy (LitBank, or expected-results JSON).</summary>
internal static class EvalQuotesCommand
{
    public static Command Create(CliContext context)
    {
        var (data, _, json) = EvalCommand.CommonOptions();
        var showErrors = new Option<bool>("--show-errors") { Description = "List missed, extra and misattributed quotations on standard error." };
        var noEntities = new Option<bool>("--no-entities") { Description = "Leave out the entity stages (speakers are not resolved to entities): what they add." };
        var half = new Option<string>("--half")
        {
            Description = "Score all documents, or one fixed half of them (dev: where rules are looked for; test: only scored).",
            DefaultValueFactory = _ => "all",
        };
        half.AcceptOnlyFromAmong("all", "dev", "test");
        var command = new Command("quotes", "Quotation detection F1 (content Jaccard >= 0.8) and speaker accuracy.") { data, json, showErrors, noEntities, half };
        command.SetAction(parse => EvalCommand.Report(
            context,
            parse.GetValue(data)!,
            parse.GetValue(json),
            () => QuotationEvaluator.Evaluate(
                parse.GetValue(data)!,
                StandardPipeline.Create(withEntities: !parse.GetValue(noEntities)),
                parse.GetValue(showErrors) ? context.Error : null,
                parse.GetValue(half)!)));
        return command;
    }
}
