using System.CommandLine;
using Readout.Evaluation.Coreference;
using Readout.Extraction;

namespace Readout.Cli.Commands;

/// <summary><c>readout eval coref --data GUM</c>: MUC, B³, CEAF-e and CoNLL F1 of the entity layer against GUM's coreference (dep-open documents).</summary>
internal static class EvalCorefCommand
{
    public static Command Create(CliContext context)
    {
        var (data, split, json) = EvalCommand.CommonOptions();
        var showErrors = new Option<bool>("--show-errors") { Description = "List every pronoun resolved to the wrong referent on standard error." };
        var command = new Command("coref", "Coreference F1 (MUC, B3, CEAF-e, CoNLL; overall and people) and pronoun resolution against GUM, end to end.")
        {
            data, split, json, showErrors,
        };
        command.SetAction(parse => EvalCommand.Report(
            context,
            parse.GetValue(data)!,
            parse.GetValue(json),
            () => CoreferenceEvaluator.Evaluate(
                parse.GetValue(data)!,
                parse.GetValue(split)!,
                StandardPipeline.Create(),
                parse.GetValue(showErrors) ? context.Error : null)));
        return command;
    }
}
