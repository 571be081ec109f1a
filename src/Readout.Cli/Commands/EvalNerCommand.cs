using System.CommandLine;
using Readout.Evaluation.Entities;
using Readout.Extraction;

namespace Readout.Cli.Commands;

/// <summary><c>readout eval ner --data DIR</c>: CoNLL-style span F1 of the shipped entity recognizer on a UNER (or WNUT17) split, on gold tokens.</summary>
internal static class EvalNerCommand
{
    public static Command Create(CliContext context)
    {
        var (data, split, json) = EvalCommand.CommonOptions();
        var showErrors = new Option<bool>("--show-errors") { Description = "List every missed and extra name on standard error." };
        var command = new Command("ner", "Named-entity F1 (exact span and type, PERSON/ORG/GPE+LOC mapped to PER/ORG/LOC) against a UNER corpus.")
        {
            data, split, json, showErrors,
        };
        command.SetAction(parse => EvalCommand.Report(
            context,
            parse.GetValue(data)!,
            parse.GetValue(json),
            () => EntityRecognitionEvaluator.Evaluate(
                parse.GetValue(data)!,
                parse.GetValue(split)!,
                StandardPipeline.EntityRecognitionComponents(),
                parse.GetValue(showErrors) ? context.Error : null)));
        return command;
    }
}
